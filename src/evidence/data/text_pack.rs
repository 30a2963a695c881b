//! The dataset's text in one language other than English, record by record in the dataset's
//! order: what the pages in that language fetch (`es/text.<hash>.bin`, written by `build.rs`).
//! The app embeds the dataset in English only, so a reader of English downloads none of it,
//! and a reader of Spanish downloads the Spanish text alone, not a second copy of the
//! references, identifiers and figures that read the same in every language.

use super::translations::into_language;
use crate::evidence::model::{
    ConditionText, Dataset, OutcomeText, PublicationText, SafetySectionText, TextTranslation,
    Translations,
};

/// One language's text for every record that can carry one, `None` where a record has none.
#[derive(Debug, Clone, PartialEq)]
pub struct TextPack {
    pub changes: Vec<Option<TextTranslation>>,
    pub conditions: Vec<Option<ConditionText>>,
    pub publications: Vec<Option<PublicationText>>,
    pub outcomes: Vec<Option<OutcomeText>>,
    pub sections: Vec<Option<SafetySectionText>>,
    pub points: Vec<Option<TextTranslation>>,
}

/// Every record's translations, in the one order both making and reading a pack follow.
struct Slots<'a> {
    changes: Vec<&'a mut Translations<TextTranslation>>,
    conditions: Vec<&'a mut Translations<ConditionText>>,
    publications: Vec<&'a mut Translations<PublicationText>>,
    outcomes: Vec<&'a mut Translations<OutcomeText>>,
    sections: Vec<&'a mut Translations<SafetySectionText>>,
    points: Vec<&'a mut Translations<TextTranslation>>,
}

fn slots(dataset: &mut Dataset) -> Slots<'_> {
    let mut publications = Vec::new();
    let mut outcomes = Vec::new();
    for publication in &mut dataset.publications {
        publications.push(&mut publication.translations);
        outcomes.extend(publication.outcomes.iter_mut().map(|o| &mut o.translations));
    }
    let mut sections = Vec::new();
    let mut points = Vec::new();
    for section in &mut dataset.safety.sections {
        sections.push(&mut section.translations);
        points.extend(section.points.iter_mut().map(|p| &mut p.translations));
    }
    Slots {
        changes: (dataset.info.changes.iter_mut())
            .flat_map(|release| release.entries.iter_mut().map(|e| &mut e.translations))
            .collect(),
        conditions: dataset
            .conditions
            .iter_mut()
            .map(|c| &mut c.translations)
            .collect(),
        publications,
        outcomes,
        sections,
        points,
    }
}

fn texts<T: Clone>(slots: &[&mut Translations<T>], language: &str) -> Vec<Option<T>> {
    slots.iter().map(|t| t.get(language).cloned()).collect()
}

/// Puts each text into its record; `false`, leaving the slots as they were, if the pack was
/// made from a dataset with another number of such records.
fn fill<T: Clone>(slots: Vec<&mut Translations<T>>, texts: &[Option<T>], language: &str) -> bool {
    if slots.len() != texts.len() {
        return false;
    }
    for (slot, text) in slots.into_iter().zip(texts) {
        if let Some(text) = text {
            *slot = Translations::new(vec![(language.to_string(), text.clone())]);
        }
    }
    true
}

impl TextPack {
    /// The text in `language` of every record of `dataset`.
    pub fn of(dataset: &Dataset, language: &str) -> TextPack {
        let mut dataset = dataset.clone();
        let slots = slots(&mut dataset);
        TextPack {
            changes: texts(&slots.changes, language),
            conditions: texts(&slots.conditions, language),
            publications: texts(&slots.publications, language),
            outcomes: texts(&slots.outcomes, language),
            sections: texts(&slots.sections, language),
            points: texts(&slots.points, language),
        }
    }

    /// `dataset` as readers of `language` see it, with this pack's text (see [`into_language`]);
    /// `None` if the pack was made from another dataset.
    pub fn apply(&self, mut dataset: Dataset, language: &str) -> Option<Dataset> {
        let slots = slots(&mut dataset);
        let filled = fill(slots.changes, &self.changes, language)
            && fill(slots.conditions, &self.conditions, language)
            && fill(slots.publications, &self.publications, language)
            && fill(slots.outcomes, &self.outcomes, language)
            && fill(slots.sections, &self.sections, language)
            && fill(slots.points, &self.points, language);
        filled.then(|| into_language(dataset, language))
    }
}

// Reads data/ from disk, which the browser test runner cannot do.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::evidence::data::date::Date;
    use crate::evidence::data::load::{load_dataset, read_dataset_dir};
    use crate::evidence::data::translations::{in_language, strip};

    fn real_dataset() -> Dataset {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        load_dataset(&read_dataset_dir(&dir).unwrap(), Date::today()).unwrap()
    }

    #[test]
    fn the_english_dataset_and_the_pack_read_as_the_whole_dataset_in_spanish() {
        let dataset = real_dataset();
        let pack = TextPack::of(&dataset, "es");
        let mut english = dataset.clone();
        strip(&mut english);
        let mut spanish = pack.apply(english.clone(), "es").unwrap();
        let mut expected = in_language(&dataset, "es");
        for dataset in [&mut spanish, &mut expected] {
            strip(dataset);
        }
        assert_eq!(spanish, expected);
        assert_ne!(spanish, english);
        assert_eq!(spanish.conditions.len(), dataset.conditions.len());
    }

    #[test]
    fn a_pack_from_another_dataset_is_refused() {
        let dataset = real_dataset();
        let pack = TextPack::of(&dataset, "es");
        let mut other = dataset.clone();
        other.publications.pop();
        assert_eq!(pack.apply(other, "es"), None);
    }
}
