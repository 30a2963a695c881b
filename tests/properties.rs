//! Hostile input, proven: every parser of text the app does not control (the address, an
//! embed's settings, the data files, the compact dataset) is fed thousands of generated
//! inputs. None may panic; whatever the app writes itself must read back to the same state.
//! The case counts keep the whole file to about 15 seconds: 1,000 to 3,000 cases for each
//! address parser, the search and the codec; 256 for the data files, where each case loads
//! and validates all 22 files of the real dataset.

// Native only: proptest and the data files.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::sync::OnceLock;

use ldn_evidence::embed::{EmbedConfig, Theme};
use ldn_evidence::evidence::data::compact::{decode, encode};
use ldn_evidence::evidence::data::date::Date;
use ldn_evidence::evidence::data::load::{load_dataset, read_dataset_dir, SourceFile};
use ldn_evidence::evidence::data::rules::is_slug;
use ldn_evidence::evidence::grading::EvidenceGrade;
use ldn_evidence::evidence::model::{Category, Dataset};
use ldn_evidence::evidence::views::catalogue::Catalogue;
use ldn_evidence::evidence::views::evidence_map::{MapOrder, MapSettings};
use ldn_evidence::evidence::views::query::{Query, SortOrder};
use ldn_evidence::evidence::views::search::fold;
use ldn_evidence::ui::{Location, Route};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use serde_json::Value;

/// Address text as hostile pages and careless links write it: any characters, percent
/// escapes (valid, cut short, or of invalid UTF-8), the address's own separators, and length.
fn address_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        "%[0-9a-fA-F]{2}",
        "%[0-9a-zA-Z]?",
        select(vec![
            "&", "=", "?", "#", "/", ",", "+", "%", "..", "\0", "\u{202e}", "<script>"
        ])
        .prop_map(String::from),
        select(vec![
            "embed",
            "conditions",
            "condition",
            "theme",
            "compact",
            "q",
            "category",
            "grade",
            "sort",
            "order",
            "fibromyalgia",
            "dark",
            "1",
            "condition/",
            "map/",
            "table",
        ])
        .prop_map(String::from),
    ];
    prop_oneof![
        8 => prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat()),
        1 => (any::<char>(), 2_000..20_000usize).prop_map(|(c, n)| c.to_string().repeat(n)),
    ]
}

/// `n` generated cases per property. Failures are not saved to a file: each one found is fixed
/// with a plain test of its own beside the code.
fn cases(n: u32) -> ProptestConfig {
    ProptestConfig {
        cases: n,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Random text, or the start of a condition's name or alias, as a reader types it.
fn search_text() -> impl Strategy<Value = String> {
    let names: Vec<String> = catalogue()
        .dataset
        .conditions
        .iter()
        .flat_map(|c| std::iter::once(c.name.clone()).chain(c.aliases.clone()))
        .collect();
    prop_oneof![
        "\\PC{0,30}",
        (select(names), any::<prop::sample::Index>()).prop_map(|(name, cut)| {
            let length = 1 + cut.index(name.chars().count());
            name.chars().take(length).collect()
        }),
    ]
}

/// A condition id as the dataset allows them: words of letters and digits, single hyphens.
fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}"
}

fn encoded(params: &[(&str, String)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params.iter().map(|(k, v)| (*k, v.as_str())))
        .finish()
}

/// The shipped catalogue, made once per test thread (it is not `Sync`).
fn catalogue() -> &'static Catalogue {
    thread_local! {
        static CATALOGUE: &'static Catalogue = Box::leak(Box::new(ldn_evidence::embedded_catalogue()));
    }
    CATALOGUE.with(|catalogue| *catalogue)
}

proptest! {
    #![proptest_config(cases(3_000))]

    #[test]
    fn any_embed_address_gives_settings_whose_ids_are_slugs(text in address_text()) {
        let parsed = EmbedConfig::from_query_string(&text);
        let allowed = |id: &String| is_slug(id);
        prop_assert!(parsed.value.conditions.iter().all(allowed));
        prop_assert!(parsed.value.condition.iter().all(allowed));
    }

    #[test]
    fn embed_settings_read_back_from_the_address_the_app_writes(
        conditions in prop::collection::btree_set(slug(), 0..5),
        theme in select(vec![Theme::Auto, Theme::Light, Theme::Dark]),
        compact in any::<bool>(),
    ) {
        let conditions = conditions.into_iter().collect();
        let config = EmbedConfig { embedded: true, conditions, condition: None, theme, compact };
        let parsed = EmbedConfig::from_query_string(&config.carried_params());
        prop_assert_eq!(parsed.value, config);
        prop_assert!(parsed.ignored.is_empty());
    }

    #[test]
    fn any_search_address_gives_a_query_that_reads_back_unchanged(text in address_text()) {
        let query = Query::from_query_string(&text).value;
        let written = encoded(&query.to_params());
        let again = Query::from_query_string(&written);
        prop_assert!(again.ignored.is_empty(), "{:?}", again.ignored);
        // Blank search text is not written: it searches for nothing either way.
        let expected = Query { text: if query.text.trim().is_empty() { String::new() } else { query.text.clone() }, ..query };
        prop_assert_eq!(again.value, expected);
    }

    #[test]
    fn queries_the_controls_make_read_back_from_their_address(
        text in "\\PC{0,60}",
        categories in subsequence(Category::ALL.to_vec(), 0..=Category::ALL.len()),
        grades in subsequence(EvidenceGrade::ALL.to_vec(), 0..=EvidenceGrade::ALL.len()),
        sort in select(SortOrder::ALL.to_vec()),
    ) {
        prop_assume!(!text.trim().is_empty());
        let query = Query { text, categories, grades, sort };
        let again = Query::from_query_string(&encoded(&query.to_params()));
        prop_assert_eq!(again.value, query);
    }

    #[test]
    fn any_map_address_gives_settings_that_read_back(text in address_text(), order in select(MapOrder::ALL.to_vec())) {
        let parsed = MapSettings::from_query_string(&text).value;
        let again = MapSettings::from_query_string(&encoded(&parsed.to_params()));
        prop_assert_eq!((again.value, again.ignored), (parsed, vec![]));
        let settings = MapSettings { order };
        prop_assert_eq!(MapSettings::from_query_string(&encoded(&settings.to_params())).value, settings);
    }

    #[test]
    fn any_path_is_a_page_and_every_page_reads_back_from_its_address(text in address_text(), id in "\\PC{1,40}") {
        let location = Location::from_relative(&text);
        prop_assert_eq!(Location::from_relative(&location.href("")), location);
        let route = Route::Condition { id };
        prop_assert_eq!(Route::recognize(&route.to_path()), route);
    }

    #[test]
    fn any_search_finds_a_stable_subset_the_same_in_any_case_or_accent(text in search_text()) {
        let names = |text: &str| -> Vec<String> {
            let query = Query { text: text.to_string(), ..Query::default() };
            catalogue().search(&query).iter().map(|entry| entry.condition.id.clone()).collect()
        };
        let found = names(&text);
        let mut unique = found.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), found.len(), "a condition found twice");
        prop_assert!(found.iter().all(|id| catalogue().entry(id).is_some()));
        prop_assert_eq!(&names(&text), &found, "the same search gave another order");
        prop_assert_eq!(names(&text.to_uppercase()), found.clone());
        prop_assert_eq!(names(&text.replace('\'', "\u{2019}")), found.clone());
        // Without its accents (as a reader without them on the keyboard types it).
        prop_assert_eq!(names(&fold(&text)), found);
    }
}

/// Accents, case and apostrophes a reader may or may not type find the same conditions.
#[test]
fn accent_case_and_apostrophe_variants_find_the_same_conditions() {
    let ids = |text: &str| -> Vec<String> {
        let query = Query {
            text: text.to_string(),
            ..Query::default()
        };
        catalogue()
            .search(&query)
            .iter()
            .map(|entry| entry.condition.id.clone())
            .collect()
    };
    for variants in [
        ["Sjögren's", "sjogren's", "SJOGRENS"],
        ["Crohn's", "crohn\u{2019}s", "CROHNS"],
        ["Hashimoto's", "hashimoto", "HASHIMOTO\u{2019}S"],
    ] {
        let first = ids(variants[0]);
        assert!(!first.is_empty(), "{:?} finds nothing", variants[0]);
        for variant in &variants[1..] {
            assert_eq!(ids(variant), first, "{variant:?} vs {:?}", variants[0]);
        }
    }
}

// --- The data files ------------------------------------------------------------------------

fn real_files() -> &'static [SourceFile] {
    static FILES: OnceLock<Vec<SourceFile>> = OnceLock::new();
    FILES.get_or_init(|| {
        read_dataset_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
            .expect("data/ is readable")
    })
}

/// One mistake a maintainer (or a bad merge) could make in a data file.
#[derive(Debug, Clone)]
enum Mutation {
    DeleteField,
    WrongType,
    DuplicateId,
    BadDate,
    HugeString,
    UnknownEnumValue,
    CutShort,
}

/// Every place in `value`, as a list of keys and indices, so a mutation can pick one.
fn places(value: &Value, here: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                here.push(Value::from(key.as_str()));
                places(child, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                here.push(Value::from(index));
                places(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at<'a>(value: &'a mut Value, place: &[Value]) -> &'a mut Value {
    place.iter().fold(value, |value, step| match step {
        Value::String(key) => &mut value[key.as_str()],
        index => &mut value[index.as_u64().unwrap() as usize],
    })
}

fn mutate(text: &str, mutation: &Mutation, pick: usize) -> String {
    if let Mutation::CutShort = mutation {
        let cut = pick % text.len().max(1);
        return text[..text.floor_char_boundary(cut)].to_string();
    }
    let mut root: Value = serde_json::from_str(text).unwrap();
    let mut all = Vec::new();
    places(&root, &mut Vec::new(), &mut all);
    let place = &all[pick % all.len()];
    match mutation {
        Mutation::DeleteField => {
            if let Some((Value::String(key), parent)) = place.split_last() {
                at(&mut root, parent)
                    .as_object_mut()
                    .unwrap()
                    .remove(key.as_str());
            }
        }
        Mutation::WrongType => {
            let target = at(&mut root, place);
            *target = match target {
                Value::String(_) => Value::from(7),
                Value::Number(_) => Value::from("seven"),
                Value::Array(_) => Value::from(true),
                Value::Object(_) => Value::Array(vec![]),
                _ => Value::from("x"),
            };
        }
        Mutation::DuplicateId => {
            if let Some(first) = root["publications"].get(0).cloned() {
                root["publications"].as_array_mut().unwrap().push(first);
            }
        }
        Mutation::BadDate => {
            let target = at(&mut root, place);
            if target.is_string() {
                *target = Value::from("2026-02-30");
            }
        }
        Mutation::HugeString => {
            *at(&mut root, place) = Value::from("é".repeat(500_000));
        }
        Mutation::UnknownEnumValue => {
            let target = at(&mut root, place);
            if target.is_string() {
                *target = Value::from("randomized-crossover");
            }
        }
        Mutation::CutShort => unreachable!(),
    }
    serde_json::to_string_pretty(&root).unwrap()
}

proptest! {
    #![proptest_config(cases(256))]

    /// A damaged data file is either still valid or refused with its file, the field's path
    /// and a reason; never a panic.
    #[test]
    fn a_damaged_data_file_is_refused_with_file_path_and_reason(
        file in 0..real_files().len(),
        mutation in select(vec![
            Mutation::DeleteField, Mutation::WrongType, Mutation::DuplicateId, Mutation::BadDate,
            Mutation::HugeString, Mutation::UnknownEnumValue, Mutation::CutShort,
        ]),
        pick in any::<usize>(),
    ) {
        let mut files = real_files().to_vec();
        files[file].text = mutate(&files[file].text, &mutation, pick);
        let today = Date::parse("2026-12-06").unwrap();
        if let Err(errors) = load_dataset(&files, today) {
            prop_assert!(!errors.is_empty());
            for error in errors {
                prop_assert!(error.file.starts_with("data/"), "{error:?}");
                prop_assert!(!error.reason.trim().is_empty(), "{error:?}");
            }
        }
    }
}

// --- The compact dataset -------------------------------------------------------------------

proptest! {
    #![proptest_config(cases(2_000))]

    /// Cut or corrupted bytes are refused (or, rarely, read as another valid dataset); they
    /// never panic. The whole dataset always survives the round trip.
    #[test]
    fn cut_or_corrupted_compact_bytes_are_refused_never_misread_into_a_panic(
        cut in any::<prop::sample::Index>(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let bytes = encode(&catalogue().dataset);
        prop_assert_eq!(decode::<Dataset>(&bytes[..cut.index(bytes.len())]), None);
        let mut corrupt = bytes.clone();
        for (at, value) in flips {
            corrupt[at.index(bytes.len())] = value;
        }
        let _ = decode::<Dataset>(&corrupt);
    }
}

#[test]
fn the_real_dataset_survives_the_compact_round_trip() {
    let dataset = common::dataset();
    assert_eq!(decode(&encode(&dataset)), Some(dataset));
}

fn dataset_size() -> usize {
    catalogue().dataset.publications.len()
}

proptest! {
    #![proptest_config(cases(1_000))]

    /// Any dataset the model can hold, not only the real one, survives the compact round
    /// trip: any subset of the publications, with any text and numbers in their fields.
    #[test]
    fn any_dataset_survives_the_compact_round_trip(
        keep in subsequence((0..dataset_size()).collect::<Vec<_>>(), 0..=dataset_size()),
        text in "\\PC{0,300}",
        number in any::<Option<u32>>(),
    ) {
        let mut dataset = catalogue().dataset.clone();
        dataset.publications = keep.iter().map(|&i| dataset.publications[i].clone()).collect();
        for publication in dataset.publications.iter_mut().step_by(2) {
            publication.title = text.clone();
            publication.notes.push(text.clone());
            publication.participants = number;
            publication.dose = Some(text.clone());
        }
        prop_assert_eq!(decode(&encode(&dataset)), Some(dataset));
    }
}
