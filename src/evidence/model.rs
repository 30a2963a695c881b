//! The evidence data model: conditions, publications, their outcomes and the safety notes.
//! These are the shapes of the JSON files in `data/`; field docs say what a maintainer enters.

use serde::{Deserialize, Serialize};

/// The whole curated dataset after loading and validation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    pub info: DatasetInfo,
    pub conditions: Vec<Condition>,
    pub publications: Vec<Publication>,
    pub safety: Safety,
}

/// Version and date of the dataset as a whole (`data/dataset.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetInfo {
    /// Semantic version of the data, raised whenever a study is added or changed.
    pub version: String,
    /// Date of this version, `YYYY-MM-DD`.
    pub released: String,
}

/// One condition LDN has been tried in. Its studies are the publications that list its id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Lowercase ASCII slug of the English name, e.g. `sjogrens-syndrome`; also the file name.
    pub id: String,
    /// Display name, e.g. "Sjögren's syndrome".
    pub name: String,
    /// Other names people search for (abbreviations, older names).
    #[serde(default)]
    pub aliases: Vec<String>,
    pub category: Category,
    /// Plain-language summary of what the studies found, in our own neutral words.
    pub summary: String,
    /// What the studies measured, in plain words ("pain", "fatigue", ...).
    pub outcomes_studied: Vec<String>,
    /// When a maintainer last checked the literature for this condition, `YYYY-MM-DD`.
    pub last_reviewed: String,
}

/// Broad group a condition belongs to, used by the category filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Rheumatic,
    Gastrointestinal,
    Neurological,
    Pain,
    Skin,
    MentalHealth,
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Rheumatic,
        Category::Gastrointestinal,
        Category::Neurological,
        Category::Pain,
        Category::Skin,
        Category::MentalHealth,
        Category::Other,
    ];

    /// Machine name, the same as in the data files; used in addresses.
    pub fn slug(self) -> &'static str {
        match self {
            Category::Rheumatic => "rheumatic",
            Category::Gastrointestinal => "gastrointestinal",
            Category::Neurological => "neurological",
            Category::Pain => "pain",
            Category::Skin => "skin",
            Category::MentalHealth => "mental-health",
            Category::Other => "other",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.slug() == slug)
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::Rheumatic => "Rheumatic",
            Category::Gastrointestinal => "Gut",
            Category::Neurological => "Nervous system",
            Category::Pain => "Pain",
            Category::Skin => "Skin",
            Category::MentalHealth => "Mental health",
            Category::Other => "Other",
        }
    }
}

/// One publication: a trial, a case report, a review or a protocol.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// Slug `firstauthor-year`, with a suffix if needed (`smith-2011`, `bruun-2024-final`).
    pub id: String,
    /// Ids of the conditions this publication informs.
    pub conditions: Vec<String>,
    /// Authors as "Surname AB". Empty when the author list could not be verified.
    #[serde(default)]
    pub authors: Vec<String>,
    pub year: u16,
    pub title: String,
    pub journal: Option<String>,
    /// Volume, issue and pages as printed, e.g. `10(4):663–672`.
    pub volume_pages: Option<String>,
    /// DOI without a resolver prefix, e.g. `10.1002/art.37734`.
    pub doi: Option<String>,
    /// PubMed id, digits only.
    pub pmid: Option<String>,
    /// Trial registration, e.g. `NCT00568555`.
    pub registration: Option<String>,
    /// An https page for the publication when there is no DOI or PMID to link to.
    pub url: Option<String>,
    pub design: Design,
    /// Id of the publication that first reported the same trial, when this one reports more
    /// results from it: listed, but not counted a second time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_trial_as: Option<String>,
    /// False for conference abstracts, preprints and reports that were never peer reviewed.
    #[serde(default = "yes")]
    pub peer_reviewed: bool,
    /// People with the condition who took part (for reviews: in the pooled studies).
    pub participants: Option<u32>,
    /// More about the numbers, e.g. "80 enrolled, 60 completed".
    pub participants_note: Option<String>,
    /// Dose as given in the paper, e.g. "4.5 mg at bedtime".
    pub dose: Option<String>,
    pub dose_range: DoseRange,
    /// How long people took it, e.g. "12 weeks".
    pub duration: Option<String>,
    pub placebo_controlled: bool,
    pub blinding: Blinding,
    /// What LDN was compared with, e.g. "placebo", "amitriptyline".
    pub comparator: Option<String>,
    /// For systematic reviews and meta-analyses: what kinds of studies they pooled.
    pub review_scope: Option<ReviewScope>,
    pub outcomes: Vec<Outcome>,
    /// Side effects reported in this publication, in words and numbers.
    pub adverse_effects: Option<String>,
    pub conflict_of_interest: ConflictOfInterest,
    pub funder: Option<String>,
    /// Caveats a reader should see, e.g. "dose above the LDN range".
    #[serde(default)]
    pub notes: Vec<String>,
    /// Where each fact was read (page addresses), for maintainers; never shown, so the build
    /// leaves it out of the copy embedded in the app.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verified_from: Vec<String>,
}

fn yes() -> bool {
    true
}

/// Study design, from the weakest to the strongest kind of evidence on the ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Design {
    /// A plan for a trial; it reports no results yet.
    Protocol,
    /// An expert overview without a systematic search; context, not evidence.
    NarrativeReview,
    CaseReport,
    CaseSeries,
    RetrospectiveCohort,
    /// A before-and-after study of prescription or registry data.
    RegistryStudy,
    OpenLabelTrial,
    SingleBlindCrossover,
    RandomisedCrossover,
    ParallelRct,
    SystematicReview,
    MetaAnalysis,
}

impl Design {
    pub fn label(self) -> &'static str {
        match self {
            Design::Protocol => "trial protocol",
            Design::NarrativeReview => "narrative review",
            Design::CaseReport => "case report",
            Design::CaseSeries => "case series",
            Design::RetrospectiveCohort => "look-back study of records",
            Design::RegistryStudy => "prescription database study",
            Design::OpenLabelTrial => "open-label trial",
            Design::SingleBlindCrossover => "single-blind crossover trial",
            Design::RandomisedCrossover => "randomised crossover trial",
            Design::ParallelRct => "randomised controlled trial",
            Design::SystematicReview => "systematic review",
            Design::MetaAnalysis => "meta-analysis",
        }
    }

    /// Reviews summarise other studies: their participants are not added to a condition's total.
    pub fn is_review(self) -> bool {
        matches!(self, Design::SystematicReview | Design::MetaAnalysis)
    }

    /// Reports of one or a few patients, with no comparison of any kind.
    pub fn is_case_level(self) -> bool {
        matches!(self, Design::CaseReport | Design::CaseSeries)
    }

    /// Designs that report no findings of their own and so never count towards a grade.
    pub fn reports_no_findings(self) -> bool {
        matches!(self, Design::Protocol | Design::NarrativeReview)
    }
}

/// Whether the dose studied is in the low-dose range this app is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DoseRange {
    /// Low dose as the authors use the term (about 0.5–6 mg a day, or 0.1 mg/kg in children).
    Low,
    /// Weight-based or standard doses (0.5–1 mg/kg, 50 mg): not LDN, listed but not graded.
    AboveLow,
    /// The dose could not be verified; the study still counts, the dose shows as unknown.
    NotReported,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Blinding {
    None,
    Single,
    Double,
    NotReported,
}

/// What a systematic review or meta-analysis pooled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewScope {
    /// Only controlled trials: its conclusion counts like a controlled result.
    ControlledTrials,
    /// Case reports, uncontrolled studies and trials together.
    MixedDesigns,
}

/// One thing a publication measured and what it found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// What was measured, e.g. "Pain intensity (0–10) after 12 weeks".
    pub measure: String,
    pub direction: Direction,
    /// The result in words and numbers, e.g. "−1.3 on LDN vs −0.9 on placebo (p=0.27)".
    pub result: String,
    pub compared_with: Comparison,
    /// The outcome the study was designed around.
    #[serde(default)]
    pub primary: bool,
    /// Set when this outcome is about one of several conditions the publication covers.
    pub condition: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Benefit,
    NoDifference,
    Worse,
    Mixed,
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Direction::Benefit => "Benefit",
            Direction::NoDifference => "No difference",
            Direction::Worse => "Worse",
            Direction::Mixed => "Mixed",
        }
    }

    /// Stable machine name, for CSS classes.
    pub fn slug(self) -> &'static str {
        match self {
            Direction::Benefit => "benefit",
            Direction::NoDifference => "no-difference",
            Direction::Worse => "worse",
            Direction::Mixed => "mixed",
        }
    }
}

/// What an outcome's result was measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Comparison {
    /// People on a dummy pill (or pooled placebo-controlled trials).
    Placebo,
    /// Another treatment.
    Active,
    /// The same people before treatment.
    Baseline,
    /// No comparison: a description of what happened.
    None,
}

/// What the authors said about conflicts of interest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "kebab-case", deny_unknown_fields)]
pub enum ConflictOfInterest {
    /// A conflict was declared or is plain from the affiliations; `text` quotes or describes it.
    Declared {
        text: String,
    },
    NoneDeclared,
    NotReported,
}

/// The cross-condition safety panel (`data/safety.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Safety {
    pub last_reviewed: String,
    pub sections: Vec<SafetySection>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetySection {
    /// Slug used for in-page links, e.g. `who-should-not-take-it`.
    pub id: String,
    pub heading: String,
    pub points: Vec<SafetyPoint>,
}

/// One statement in the safety panel and what supports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafetyPoint {
    pub text: String,
    /// Ids of publications in the dataset that support the statement.
    #[serde(default)]
    pub publications: Vec<String>,
    /// Other sources (drug labels, agency pages).
    #[serde(default)]
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    /// An https address.
    pub url: String,
}
