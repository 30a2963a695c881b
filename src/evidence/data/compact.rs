//! The dataset as compact bytes, the form `build.rs` embeds in the app. Reading JSON in the
//! browser took serde_json and the derived deserializers, about a tenth of the WebAssembly;
//! this format is read by a few small functions. Strings and lists are a length (LEB128)
//! followed by their contents, enums one byte, structs their fields in declaration order.
//! The round-trip test over the real dataset checks that every field survives.

use super::text_pack::TextPack;
use crate::evidence::model::{
    Blinding, Category, Change, Comparison, Condition, ConditionText, ConflictOfInterest, Dataset,
    DatasetInfo, Design, Direction, DoseRange, GradeMove, Outcome, OutcomeText, Publication,
    PublicationText, Release, ReviewScope, Safety, SafetyPoint, SafetySection, SafetySectionText,
    Source, TextTranslation, Translations,
};

/// The bytes not yet read.
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&first, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(first)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (taken, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(taken)
    }

    fn number(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
}

fn write_number(mut value: u32, out: &mut Vec<u8>) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// A value that can be written as compact bytes and read back.
pub trait Compact: Sized {
    fn write(&self, out: &mut Vec<u8>);
    fn read(input: &mut Reader) -> Option<Self>;
}

/// Encodes the whole dataset, or a text pack.
pub fn encode<T: Compact>(value: &T) -> Vec<u8> {
    let mut out = Vec::new();
    value.write(&mut out);
    out
}

/// Decodes what [`encode`] wrote; `None` if the bytes are cut short or malformed.
pub fn decode<T: Compact>(bytes: &[u8]) -> Option<T> {
    let mut reader = Reader { bytes };
    let value = T::read(&mut reader)?;
    reader.bytes.is_empty().then_some(value)
}

impl Compact for u32 {
    fn write(&self, out: &mut Vec<u8>) {
        write_number(*self, out);
    }
    fn read(input: &mut Reader) -> Option<Self> {
        input.number()
    }
}

impl Compact for u16 {
    fn write(&self, out: &mut Vec<u8>) {
        write_number(u32::from(*self), out);
    }
    fn read(input: &mut Reader) -> Option<Self> {
        input.number()?.try_into().ok()
    }
}

impl Compact for bool {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn read(input: &mut Reader) -> Option<Self> {
        match input.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Compact for String {
    fn write(&self, out: &mut Vec<u8>) {
        write_number(self.len() as u32, out);
        out.extend_from_slice(self.as_bytes());
    }
    fn read(input: &mut Reader) -> Option<Self> {
        let len = input.number()? as usize;
        String::from_utf8(input.take(len)?.to_vec()).ok()
    }
}

impl<T: Compact> Compact for Option<T> {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(value) => {
                out.push(1);
                value.write(out);
            }
        }
    }
    fn read(input: &mut Reader) -> Option<Self> {
        match input.byte()? {
            0 => Some(None),
            1 => Some(Some(T::read(input)?)),
            _ => None,
        }
    }
}

impl<T: Compact> Compact for Vec<T> {
    fn write(&self, out: &mut Vec<u8>) {
        write_number(self.len() as u32, out);
        for item in self {
            item.write(out);
        }
    }
    fn read(input: &mut Reader) -> Option<Self> {
        let len = input.number()? as usize;
        (0..len).map(|_| T::read(input)).collect()
    }
}

/// Leaves out of `dataset` what the app does not show: where facts were verified (maintainers
/// read that in data/) and, until its pages use it, text in other languages, so a reader of
/// English does not download it.
pub fn keep_what_the_app_shows(dataset: &mut Dataset) {
    for publication in &mut dataset.publications {
        publication.verified_from.clear();
    }
    dataset.info.recognised_sources.clear();
    super::translations::strip(dataset);
}

/// Translations: a list of language and text pairs.
impl<T: Compact> Compact for Translations<T> {
    fn write(&self, out: &mut Vec<u8>) {
        write_number(self.pairs().len() as u32, out);
        for (language, text) in self.pairs() {
            language.write(out);
            text.write(out);
        }
    }
    fn read(input: &mut Reader) -> Option<Self> {
        let len = input.number()? as usize;
        let pairs = (0..len)
            .map(|_| Some((String::read(input)?, T::read(input)?)))
            .collect::<Option<_>>()?;
        Some(Translations::new(pairs))
    }
}

/// Structs: every field, in order. Naming each field here means a new field in the model
/// fails to compile until it is added, so nothing can be silently dropped.
macro_rules! compact_struct {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl Compact for $name {
            fn write(&self, out: &mut Vec<u8>) {
                let $name { $($field),* } = self;
                $($field.write(out);)*
            }
            fn read(input: &mut Reader) -> Option<Self> {
                Some($name { $($field: Compact::read(input)?),* })
            }
        }
    };
}

/// Enums without data: one byte, the variant's position in this list.
macro_rules! compact_enum {
    ($name:ident { $($variant:ident),* $(,)? }) => {
        impl Compact for $name {
            fn write(&self, out: &mut Vec<u8>) {
                // Exhaustive, so a variant added to the model fails to compile until listed.
                match self {
                    $($name::$variant)|* => {}
                }
                const ALL: &[$name] = &[$($name::$variant),*];
                let index = ALL.iter().position(|v| v == self);
                out.push(index.expect("the match above lists every variant") as u8);
            }
            fn read(input: &mut Reader) -> Option<Self> {
                const ALL: &[$name] = &[$($name::$variant),*];
                ALL.get(usize::from(input.byte()?)).copied()
            }
        }
    };
}

compact_struct!(Dataset {
    info,
    conditions,
    publications,
    safety
});
compact_struct!(DatasetInfo {
    version,
    released,
    languages,
    recognised_sources,
    changes
});
compact_struct!(Release {
    version,
    date,
    entries
});
compact_struct!(Change {
    conditions,
    text,
    grade_moved,
    translations
});
compact_struct!(TextTranslation { text });
compact_struct!(TextPack {
    changes,
    conditions,
    publications,
    outcomes,
    sections,
    points
});
compact_struct!(GradeMove { from, to });
compact_struct!(Condition {
    id,
    name,
    aliases,
    category,
    summary,
    outcomes_studied,
    last_reviewed,
    literature_search,
    translations
});
compact_struct!(ConditionText {
    name,
    aliases,
    summary,
    outcomes_studied,
    literature_search
});
compact_struct!(Publication {
    id,
    conditions,
    authors,
    authors_incomplete,
    year,
    title,
    journal,
    volume_pages,
    doi,
    pmid,
    missing_identifiers,
    registration,
    url,
    design,
    same_trial_as,
    peer_reviewed,
    participants,
    participants_note,
    dose,
    dose_range,
    duration,
    placebo_controlled,
    blinding,
    comparator,
    review_scope,
    outcomes,
    adverse_effects,
    conflict_of_interest,
    funder,
    notes,
    translations,
    verified_from,
});
compact_struct!(PublicationText {
    participants_note,
    dose,
    duration,
    comparator,
    missing_identifiers,
    adverse_effects,
    funder,
    conflict_of_interest,
    notes
});
compact_struct!(Outcome {
    measure,
    direction,
    result,
    compared_with,
    primary,
    condition,
    translations
});
compact_struct!(OutcomeText { measure, result });
compact_struct!(Safety {
    last_reviewed,
    sections
});
compact_struct!(SafetySection {
    id,
    heading,
    translations,
    points
});
compact_struct!(SafetySectionText { heading });
compact_struct!(SafetyPoint {
    text,
    translations,
    publications,
    sources
});
compact_struct!(Source { title, url });

compact_enum!(Category {
    Rheumatic,
    Gastrointestinal,
    Neurological,
    Pain,
    Skin,
    MentalHealth,
    Other
});
compact_enum!(Design {
    Protocol,
    NarrativeReview,
    CaseReport,
    CaseSeries,
    RetrospectiveCohort,
    RegistryStudy,
    OpenLabelTrial,
    ControlledTrial,
    SingleBlindCrossover,
    RandomisedCrossover,
    ParallelRct,
    SystematicReview,
    MetaAnalysis,
});
compact_enum!(DoseRange {
    Low,
    AboveLow,
    NotReported
});
compact_enum!(Blinding {
    None,
    Single,
    Double,
    NotReported
});
compact_enum!(ReviewScope {
    ControlledTrials,
    MixedDesigns
});
compact_enum!(Direction {
    Benefit,
    NoDifference,
    Worse,
    Mixed
});
compact_enum!(Comparison {
    Placebo,
    Active,
    Baseline,
    None,
    PlaceboOrActive
});

impl Compact for ConflictOfInterest {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            ConflictOfInterest::Declared { text } => {
                out.push(0);
                text.write(out);
            }
            ConflictOfInterest::NoneDeclared => out.push(1),
            ConflictOfInterest::NotReported => out.push(2),
        }
    }
    fn read(input: &mut Reader) -> Option<Self> {
        match input.byte()? {
            0 => Some(ConflictOfInterest::Declared {
                text: String::read(input)?,
            }),
            1 => Some(ConflictOfInterest::NoneDeclared),
            2 => Some(ConflictOfInterest::NotReported),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dataset as `data/` holds it, read from the JSON files (natively: it reads files).
    #[cfg(not(target_arch = "wasm32"))]
    fn from_data_dir() -> Dataset {
        use crate::evidence::data::date::Date;
        use crate::evidence::data::load::{load_dataset, read_dataset_dir};
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let files = read_dataset_dir(&dir).expect("data/ is readable");
        load_dataset(&files, Date::today()).expect("data/ is valid")
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_real_dataset_survives_the_round_trip() {
        let dataset = from_data_dir();
        assert_eq!(decode(&encode(&dataset)), Some(dataset));
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_app_embeds_exactly_what_data_holds() {
        let mut dataset = from_data_dir();
        keep_what_the_app_shows(&mut dataset);
        assert_eq!(crate::embedded_catalogue().dataset, dataset);
    }

    #[test]
    fn numbers_of_any_size_round_trip() {
        for value in [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX] {
            let mut out = Vec::new();
            write_number(value, &mut out);
            assert_eq!(Reader { bytes: &out }.number(), Some(value));
        }
    }

    #[test]
    fn cut_or_corrupt_bytes_are_refused_not_misread() {
        let bytes = encode(&crate::embedded_catalogue().dataset);
        assert_eq!(decode::<Dataset>(&bytes[..bytes.len() - 1]), None);
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode::<Dataset>(&longer), None);
        assert_eq!(decode::<Dataset>(&[]), None);
    }
}
