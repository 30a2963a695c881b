//! What readers see, computed from the graded dataset: the catalogue and its search, the
//! evidence map, the study list and the doctor's sheet, references and citation files.

pub mod address;
pub mod catalogue;
pub mod citation;
pub mod evidence_map;
pub mod export;
pub mod handout;
pub mod map_layout;
pub mod person_name;
pub mod query;
pub mod search;
pub mod study_groups;
