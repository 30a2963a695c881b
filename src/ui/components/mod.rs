//! The pieces pages are built from: cards, badges, study lists, citation links, the header
//! and footer, and the paced drawing of long lists.

pub mod back_link;
pub mod card_list;
pub mod citation_downloads;
pub mod citation_links;
pub mod condition_card;
pub mod copy_citation;
pub mod disclosure;
pub mod doctor_sheet;
pub mod filter_chips;
pub mod finder;
pub mod grade_badge;
pub mod language_switch;
pub mod open_data;
pub mod pacing;
pub mod page_meta;
pub mod print_button;
pub mod site_footer;
pub mod site_header;
pub mod study_item;
pub mod study_list;
pub mod what_changed;
