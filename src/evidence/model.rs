//! The evidence data model: conditions, publications, their outcomes and the safety notes.
//! These are the shapes of the JSON files in `data/`; field docs say what a maintainer enters.
//!
//! Natively the types also describe themselves as JSON Schema (`schema/`, see
//! [`crate::evidence::checker::schema`]): the `///` comments below become the hints a
//! maintainer's editor shows, so they are written for someone filling in a data file, as plain
//! text (addresses without link marks). Run `cargo run --bin check-data -- --write-schema`
//! after changing them.
#![allow(rustdoc::bare_urls)]

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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DatasetInfo {
    /// Version of the data as MAJOR.MINOR.PATCH, e.g. "1.2.0". Raise MINOR when publications or
    /// conditions are added or removed or a grade changes, PATCH for corrections that move no
    /// grade; see docs/adding-a-study.md. Shown in the app's footer.
    pub version: String,
    /// Date of this version, YYYY-MM-DD: the day the change was made. Shown in the app's footer.
    pub released: String,
    /// The languages every reader-facing text is written in, as codes, English first:
    /// ["en", "es"]. English is in the fields themselves; every other language is in each
    /// record's `translations`, and the build refuses a record whose text in one is missing.
    #[serde(default = "english_only")]
    pub languages: Vec<String>,
    /// The sites a `verified_from` address may be on: sites readers recognise and can open
    /// themselves, e.g. "doi.org", "pubmed.ncbi.nlm.nih.gov", a journal's or a trial registry's
    /// own site ("bmj.com" also covers "casereports.bmj.com"). Never a mirror or aggregator.
    #[serde(default)]
    pub recognised_sources: Vec<String>,
    /// What changed in each version, newest first: the first entry is this version. Shown to
    /// readers on each condition's page and on the "What changed" page.
    #[serde(default)]
    pub changes: Vec<Release>,
}

fn english_only() -> Vec<String> {
    vec![ENGLISH.to_string()]
}

/// The code of the language the data's own fields are written in.
pub const ENGLISH: &str = "en";

/// A record's text in each language other than English, by language code ("es"): the same
/// reader-facing text as the English fields beside it, field for field, numbers unchanged.
/// Written as a JSON object ({"es": {...}}); held as a list of pairs, which costs the
/// WebAssembly far less code than a map for each kind of record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translations<T>(Vec<(String, T)>);

impl<T> Default for Translations<T> {
    fn default() -> Self {
        Translations(Vec::new())
    }
}

impl<T> Translations<T> {
    pub fn new(pairs: Vec<(String, T)>) -> Self {
        Translations(pairs)
    }

    pub fn get(&self, language: &str) -> Option<&T> {
        self.0.iter().find(|(l, _)| l == language).map(|(_, t)| t)
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(l, _)| l.as_str())
    }

    pub fn pairs(&self) -> &[(String, T)] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl<T: Serialize> Serialize for Translations<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(l, t)| (l, t)))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Translations<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Pairs<T> {
            type Value = Translations<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of texts by language code, e.g. {\"es\": {...}}")
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<Self::Value, M::Error> {
                let mut pairs: Vec<(String, T)> = Vec::new();
                while let Some((language, text)) = map.next_entry::<String, T>()? {
                    if pairs.iter().any(|(l, _)| *l == language) {
                        return Err(serde::de::Error::custom(format!(
                            "the language {language:?} is written twice"
                        )));
                    }
                    pairs.push((language, text));
                }
                Ok(Translations(pairs))
            }
        }
        deserializer.deserialize_map(Pairs(std::marker::PhantomData))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<T: schemars::JsonSchema> schemars::JsonSchema for Translations<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::collections::BTreeMap::<String, T>::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        std::collections::BTreeMap::<String, T>::json_schema(generator)
    }
}

/// One version of the dataset and what changed in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Release {
    /// The version, e.g. "1.2.0"; the newest must be `version` above.
    pub version: String,
    /// Its date, YYYY-MM-DD; the newest must be `released` above.
    pub date: String,
    /// Each change, in plain words for readers.
    pub entries: Vec<Change>,
}

/// One change a reader should know about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// Ids of the conditions it is about; [] for a change to the whole dataset.
    #[serde(default)]
    pub conditions: Vec<String>,
    /// What changed, in plain words, e.g. "Added the 2023 arthritis crossover trial (no
    /// difference from placebo)."
    pub text: String,
    /// Only when this change moved a condition's grade: from which grade to which, as the
    /// checker's review summary reports it, e.g. {"from": "mixed", "to": "not-supported"}. The
    /// checker refuses a release whose grade moves are not recorded exactly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade_moved: Option<GradeMove>,
    /// `text` in each other language, e.g. {"es": {"text": "Se añadió ..."}}.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<TextTranslation>,
}

/// The `text` of a change or of a safety statement in another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TextTranslation {
    pub text: String,
}

/// A grade before and after a change, as grade slugs ("mixed", "not-supported", ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GradeMove {
    pub from: String,
    pub to: String,
}

/// One condition LDN has been tried in. Its studies are the publications that list its id in
/// their `conditions`; its grade is computed from them, never typed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Lowercase slug of the English name, e.g. "sjogrens-syndrome": letters a-z, digits and
    /// single hyphens. It must be the file name too (conditions/sjogrens-syndrome.json), and it
    /// is what publications list in their `conditions`.
    pub id: String,
    /// Name shown in the app, e.g. "Sjögren's syndrome".
    pub name: String,
    /// Other names people search for: abbreviations, older names, other spellings.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Broad group, used by the category filter.
    pub category: Category,
    /// Plain-language summary of what the studies found, in our own neutral words. Mention
    /// null and negative results as well as positive ones.
    pub summary: String,
    /// What the studies measured, in plain words ("pain", "fatigue", ...). At least one.
    pub outcomes_studied: Vec<String>,
    /// When a maintainer last searched the literature for this condition, YYYY-MM-DD. Shown on
    /// the condition's page; the checker warns when it is more than 12 months old.
    pub last_reviewed: String,
    /// How the literature was searched, in plain words, when a reader needs it: above all when
    /// nothing was found ("On 3 December 2026 we searched ... and found no study"). Shown on the
    /// condition's page. Leave it out otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub literature_search: Option<String>,
    /// The text above in each other language, e.g. {"es": {"name": "Fibromialgia", ...}}.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<ConditionText>,
}

/// A condition's text in another language. `aliases` are the words readers of that language
/// search for (accents are ignored by search; add common misspellings); the English aliases
/// keep working beside them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConditionText {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub summary: String,
    pub outcomes_studied: Vec<String>,
    /// Only when the English `literature_search` is there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub literature_search: Option<String>,
}

/// Broad group a condition belongs to, used by the category filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Joints, connective tissue and autoimmune diseases (shown as "Rheumatic").
    Rheumatic,
    /// Gut diseases (shown as "Gut").
    Gastrointestinal,
    /// Brain and nerves (shown as "Nervous system").
    Neurological,
    /// Pain conditions (shown as "Pain").
    Pain,
    /// Skin diseases (shown as "Skin").
    Skin,
    /// Mental health (shown as "Mental health").
    MentalHealth,
    /// Anything else (shown as "Other").
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
}

/// One publication: a trial, a case report, a review or a protocol. Enter what the paper says;
/// when a detail is not reported or could not be verified, use null (or "not-reported"), never
/// a guess.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// Slug "firstauthor-year", with a suffix if needed ("smith-2011", "bruun-2024-final"):
    /// letters a-z, digits and single hyphens, unique across the whole dataset.
    pub id: String,
    /// Ids of the conditions this publication informs (file names in data/conditions/ without
    /// ".json"). A publication about several conditions lists each of them and is kept in one
    /// of their files only.
    pub conditions: Vec<String>,
    /// Authors as "Surname AB", in the paper's order. Empty when the author list could not be
    /// verified.
    #[serde(default)]
    pub authors: Vec<String>,
    /// true when the paper has more authors than `authors` lists, because the full list could
    /// not be verified: references then end the list with "et al.". Leave it out otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub authors_incomplete: bool,
    /// Year of publication, e.g. 2024 (not in the future).
    pub year: u16,
    /// Title as printed, without a full stop at the end.
    pub title: String,
    /// Journal name, or null (e.g. for a report or a preprint; say which in `notes`).
    pub journal: Option<String>,
    /// Volume, issue and pages as printed, e.g. "10(4):663–672", or null.
    pub volume_pages: Option<String>,
    /// DOI without "https://doi.org/", e.g. "10.1002/art.37734", or null if it has none.
    pub doi: Option<String>,
    /// PubMed id, digits only, e.g. "23423221", or null if it is not in PubMed.
    pub pmid: Option<String>,
    /// Why this record has no DOI or no PMID, when it lacks one, e.g. "Conference abstract:
    /// it has neither." or "The journal is not indexed in PubMed." Leave it out when both are
    /// filled in. The checker warns about a record that lacks one and does not say why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_identifiers: Option<String>,
    /// Trial registration, e.g. "NCT00568555", or null.
    pub registration: Option<String>,
    /// An https page for the publication when there is no DOI or PMID to link to; else null.
    pub url: Option<String>,
    /// Study design, a rung on the ladder from "protocol" (weakest) to "meta-analysis"; the
    /// grading rule reads it (docs/grading.md).
    pub design: Design,
    /// Id of the publication that first reported the same trial, when this one reports more
    /// results from it: listed, but not counted a second time. Leave it out otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_trial_as: Option<String>,
    /// false for conference abstracts, preprints and reports that were never peer reviewed:
    /// they are listed but not counted. Leave it out (true) for journal articles.
    #[serde(default = "yes")]
    pub peer_reviewed: bool,
    /// People with the condition who took part (for reviews: in the pooled studies), or null
    /// when the paper does not say. Never 0.
    pub participants: Option<u32>,
    /// More about the numbers, e.g. "80 enrolled, 60 completed", or null.
    pub participants_note: Option<String>,
    /// Dose as given in the paper, e.g. "4.5 mg at bedtime", or null if not reported.
    pub dose: Option<String>,
    /// Whether the dose is in the low-dose range; studies above it are listed, not counted.
    pub dose_range: DoseRange,
    /// How long people took it, e.g. "12 weeks", or null if not reported.
    pub duration: Option<String>,
    /// true when some participants got a placebo (a dummy pill) to compare LDN with.
    pub placebo_controlled: bool,
    /// Who was kept from knowing who got LDN.
    pub blinding: Blinding,
    /// What LDN was compared with, e.g. "placebo", "amitriptyline", or null for none.
    pub comparator: Option<String>,
    /// Only for systematic reviews and meta-analyses, and required for them: what kinds of
    /// studies they pooled. null for every other design.
    pub review_scope: Option<ReviewScope>,
    /// What the publication measured and found, one entry per measure. At least one, except
    /// for a protocol ([]).
    pub outcomes: Vec<Outcome>,
    /// Side effects reported in this publication, in words and numbers, or null if none were
    /// reported.
    pub adverse_effects: Option<String>,
    /// What the authors said about conflicts of interest.
    pub conflict_of_interest: ConflictOfInterest,
    /// Who paid for the study, as stated, or null if not reported.
    pub funder: Option<String>,
    /// Caveats a reader should see, e.g. "Dose above the LDN range." or "The exact title was
    /// not verified."
    #[serde(default)]
    pub notes: Vec<String>,
    /// The text fields above in each other language: each English field that is filled in,
    /// and no other, e.g. {"es": {"dose": "4.5 mg al acostarse", "notes": [...]}}. References
    /// (authors, title, journal) stay as published; outcomes carry their own translations.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<PublicationText>,
    /// Where each fact was read: addresses of the pages you checked (the journal's page,
    /// PubMed, the trial registry). At least one. For maintainers only: never shown, so the
    /// build leaves it out of the copy embedded in the app.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verified_from: Vec<String>,
}

impl Publication {
    /// The outcomes that say what this publication found for `condition_id`: its primary
    /// outcomes when it marks any, otherwise all of them (outcomes about another of its
    /// conditions left out).
    pub fn deciding_outcomes(&self, condition_id: &str) -> Vec<&Outcome> {
        let about: Vec<&Outcome> = self
            .outcomes
            .iter()
            .filter(|o| o.condition.as_deref().is_none_or(|c| c == condition_id))
            .collect();
        if about.iter().any(|o| o.primary) {
            about.into_iter().filter(|o| o.primary).collect()
        } else {
            about
        }
    }
}

fn yes() -> bool {
    true
}

/// Study design, from the weakest to the strongest kind of evidence on the ladder. See
/// docs/grading.md for how the grading rule reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Design {
    /// A plan for a trial; it reports no results yet. Listed, never counted.
    Protocol,
    /// An expert overview without a systematic search; context, not evidence. Listed, never
    /// counted.
    NarrativeReview,
    /// One patient described in detail.
    CaseReport,
    /// A few patients described together, with no comparison group.
    CaseSeries,
    /// A look back at the records of patients who took LDN.
    RetrospectiveCohort,
    /// A before-and-after study of prescription or registry data.
    RegistryStudy,
    /// A trial in which everyone knowingly took LDN (no placebo group, or none that counts).
    OpenLabelTrial,
    /// A trial with a placebo or comparison group whose report does not say whether people
    /// were put in the groups at random (e.g. an abstract that says only "double blind
    /// placebo controlled"). Record only what the source states.
    ControlledTrial,
    /// Everyone took LDN and placebo in turn, and only the patients did not know which.
    SingleBlindCrossover,
    /// Everyone took LDN and placebo in turn, in a randomly assigned order.
    RandomisedCrossover,
    /// A randomised controlled trial: people were randomly put in an LDN or a comparison group.
    ParallelRct,
    /// A review that searched for all studies systematically. Needs `review_scope`.
    SystematicReview,
    /// A systematic review that pooled the studies' numbers. Needs `review_scope`.
    MetaAnalysis,
}

impl Design {
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DoseRange {
    /// Low dose as the authors use the term (about 0.5–6 mg a day, or 0.1 mg/kg in children).
    Low,
    /// Weight-based or standard doses (0.5–1 mg/kg, 50 mg): not LDN, listed but not graded.
    AboveLow,
    /// The dose could not be verified; the study still counts, the dose shows as unknown.
    NotReported,
}

/// Who was kept from knowing whether a participant took LDN or the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Blinding {
    /// Everyone knew who took LDN (open label, case reports, reviews).
    None,
    /// Only the participants did not know.
    Single,
    /// Neither the participants nor the people assessing them knew.
    Double,
    /// The paper does not say, or it could not be verified.
    NotReported,
}

/// What a systematic review or meta-analysis pooled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ReviewScope {
    /// Only controlled trials: its conclusion counts like a controlled result, so record its
    /// pooled result with `compared_with` "placebo" (when it pooled placebo-controlled trials).
    ControlledTrials,
    /// Case reports, uncontrolled studies and trials together: record its conclusion with
    /// `compared_with` "none" or "baseline", so it does not count as a controlled result.
    MixedDesigns,
}

/// One thing a publication measured and what it found. The grading rule reads `direction`,
/// `compared_with` and `primary`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// What was measured, e.g. "Pain intensity (0–10) after 12 weeks".
    pub measure: String,
    /// Which way the result went for LDN, as the authors report it.
    pub direction: Direction,
    /// The result in words and numbers, e.g. "−1.3 on LDN vs −0.9 on placebo (p=0.27)".
    pub result: String,
    /// What the result was measured against. Only "placebo" results decide a grade.
    pub compared_with: Comparison,
    /// true for the outcome the study was designed around (its primary outcome). When a study
    /// marks one, that outcome alone decides how the study counts. Leave it out (false) for the
    /// others.
    #[serde(default)]
    pub primary: bool,
    /// Only when the publication covers several conditions: the id of the condition this
    /// outcome is about. Leave it out otherwise.
    pub condition: Option<String>,
    /// `measure` and `result` in each other language, e.g. {"es": {"measure": "Dolor", ...}}.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<OutcomeText>,
}

/// A publication's text in another language: the fields its English record fills in, and no
/// other. `conflict_of_interest` is the declared conflict's `text`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PublicationText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_identifiers: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adverse_effects: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funder: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict_of_interest: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// An outcome's text in another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OutcomeText {
    pub measure: String,
    pub result: String,
}

/// Which way a result went for LDN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// Better on LDN.
    Benefit,
    /// No clear difference (e.g. not statistically significant).
    NoDifference,
    /// Worse on LDN.
    Worse,
    /// Better on some parts of the measure and not on others.
    Mixed,
}

impl Direction {
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
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Comparison {
    /// People on a dummy pill (or pooled placebo-controlled trials).
    Placebo,
    /// Another treatment.
    Active,
    /// A review's result pooled over trials whose control was a placebo in some and another
    /// treatment in others: not a comparison with placebo.
    PlaceboOrActive,
    /// The same people before treatment.
    Baseline,
    /// No comparison: a description of what happened.
    None,
}

/// What the authors said about conflicts of interest: an object with a "status".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "status", rename_all = "kebab-case", deny_unknown_fields)]
pub enum ConflictOfInterest {
    /// A conflict was declared or is plain from the affiliations; `text` quotes or describes it.
    Declared {
        /// The declaration quoted, or the conflict described, e.g. "The first author sells LDN."
        text: String,
    },
    /// The authors declared that they have no conflict of interest.
    NoneDeclared,
    /// The paper says nothing about conflicts, or it could not be verified.
    NotReported,
}

/// The cross-condition safety panel (`data/safety.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Safety {
    /// When a maintainer last reviewed the safety panel, YYYY-MM-DD.
    pub last_reviewed: String,
    /// The panel's sections, in the order shown.
    pub sections: Vec<SafetySection>,
}

/// A group of statements in the safety panel, under one heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SafetySection {
    /// Slug used for in-page links, e.g. "who-should-not-take-it".
    pub id: String,
    /// Heading shown above the section.
    pub heading: String,
    /// `heading` in each other language, e.g. {"es": {"heading": "Efectos secundarios"}}.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<SafetySectionText>,
    /// The statements in this section.
    pub points: Vec<SafetyPoint>,
}

/// One statement in the safety panel and what supports it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SafetyPoint {
    /// The statement, in plain words.
    pub text: String,
    /// `text` in each other language, e.g. {"es": {"text": "..."}}.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations<TextTranslation>,
    /// Ids of publications in the dataset that support the statement. A statement needs at
    /// least one publication or source.
    #[serde(default)]
    pub publications: Vec<String>,
    /// Other sources (drug labels, agency pages).
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// A safety section's heading in another language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SafetySectionText {
    pub heading: String,
}

/// A source that is not a publication in the dataset, such as a drug label or an agency page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Title of the source, e.g. the drug label's name.
    pub title: String,
    /// An https address.
    pub url: String,
}
