//! LDN Evidence: what published research says about low-dose naltrexone, condition by condition.
//!
//! `evidence` is the pure-Rust core (model, data rules, grading, search, the maintainers'
//! checker); `ui` is the Yew app that displays it; `embed` reads what a host page asked for;
//! `boot` starts the app in the browser (`main.rs` only calls [`boot::start`]); `static_site`
//! writes the pages as HTML at build time.

pub mod boot;
pub mod embed;
pub mod evidence;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_site;
pub mod ui;

use evidence::views::catalogue::Catalogue;
use evidence::words::Language;

/// The dataset validated by `build.rs` at compile time, as compact bytes (evidence::data::compact).
const EMBEDDED_DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

/// The embedded dataset with every condition graded.
pub fn embedded_catalogue() -> Catalogue {
    Catalogue::new(embedded_dataset(), Language::ENGLISH)
}

fn embedded_dataset() -> evidence::model::Dataset {
    evidence::data::compact::decode(EMBEDDED_DATASET)
        .expect("build.rs embeds a dataset that decodes")
}

/// The text packs build.rs wrote (evidence::data::text_pack), one per language besides English.
mod text_packs {
    type TextPackBytes = &'static [u8];
    /// The pages fetch the bytes: only the native build, which writes the site, holds them.
    #[cfg(not(target_arch = "wasm32"))]
    macro_rules! text_pack_bytes {
        ($path:expr) => {
            include_bytes!($path)
        };
    }
    #[cfg(target_arch = "wasm32")]
    macro_rules! text_pack_bytes {
        ($path:expr) => {
            &[]
        };
    }
    include!(concat!(env!("OUT_DIR"), "/text_packs.rs"));
}

/// The languages the site has pages in: English, and each language the app has words for and
/// the dataset has text in.
pub fn site_languages() -> Vec<Language> {
    Language::ALL
        .into_iter()
        .filter(|language| *language == Language::ENGLISH || text_pack_address(*language).is_some())
        .collect()
}

/// The text pack build.rs wrote for `language`: (code, address, bytes).
fn text_pack(language: Language) -> Option<&'static (&'static str, &'static str, &'static [u8])> {
    text_packs::TEXT_PACKS
        .iter()
        .find(|(code, _, _)| *code == language.code())
}

/// Where the pages in `language` fetch its text pack, relative to the site's root.
pub fn text_pack_address(language: Language) -> Option<&'static str> {
    text_pack(language).map(|(_, address, _)| *address)
}

/// The pack's bytes, for the build that writes them into the site.
#[cfg(not(target_arch = "wasm32"))]
pub fn text_pack_bytes(language: Language) -> Option<&'static [u8]> {
    text_pack(language).map(|(_, _, bytes)| *bytes)
}

/// The embedded dataset in `language`, with its text pack's `bytes`, every condition graded;
/// `None` if the bytes are not this dataset's pack (a stale or damaged file).
pub fn catalogue_in(language: Language, bytes: &[u8]) -> Option<Catalogue> {
    let pack: evidence::data::text_pack::TextPack = evidence::data::compact::decode(bytes)?;
    let dataset = pack.apply(embedded_dataset(), language.code())?;
    Some(Catalogue::new(dataset, language))
}

// Reads data/ from disk, which the browser test runner cannot do.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn spanish_pages_read_the_dataset_in_spanish_from_their_pack() {
        assert_eq!(site_languages(), [Language::ENGLISH, Language::SPANISH]);
        let address = text_pack_address(Language::SPANISH).unwrap();
        assert!(
            address.starts_with("es/text.") && address.ends_with(".bin"),
            "{address}"
        );
        let bytes = text_pack_bytes(Language::SPANISH).unwrap();
        let spanish = catalogue_in(Language::SPANISH, bytes).unwrap();
        let english = embedded_catalogue();
        assert_eq!(spanish.language, Language::SPANISH);
        assert_eq!(spanish.entries.len(), english.entries.len());
        assert!(spanish.entry("fibromyalgia").is_some());
        assert_eq!(
            spanish.entry("multiple-sclerosis").unwrap().condition.name,
            "Esclerosis múltiple"
        );
        assert_eq!(catalogue_in(Language::SPANISH, &bytes[1..]), None);
        assert_eq!(text_pack_address(Language::ENGLISH), None);
    }
}
