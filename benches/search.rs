//! Time per search query over a synthetic dataset 50 times the real one.
//! Run with `cargo bench --bench search`; the target is under 1 ms per query natively.

use criterion::{criterion_group, criterion_main, Criterion};
use ldn_evidence::evidence::data::synthetic::scaled;
use ldn_evidence::evidence::grading::EvidenceGrade;
use ldn_evidence::evidence::model::Category;
use ldn_evidence::evidence::views::catalogue::Catalogue;
use ldn_evidence::evidence::views::query::{Query, SortOrder};
use ldn_evidence::evidence::words::Language;

/// A query with only search text.
fn text(text: &str) -> Query {
    Query {
        text: text.into(),
        ..Query::default()
    }
}

fn search(c: &mut Criterion) {
    let real = ldn_evidence::embedded_catalogue();
    let catalogue = Catalogue::new(scaled(&real.dataset, 50), Language::ENGLISH);
    let queries = [
        ("empty query, by name", Query::default()),
        ("one word: sjogren", text("sjogren")),
        ("accents and apostrophe: Sjögren's", text("Sjögren's")),
        ("two words in summaries: pain placebo", text("pain placebo")),
        ("no match", text("zzzz")),
        (
            "filtered and sorted by strength",
            Query {
                text: "s".into(),
                categories: vec![Category::Rheumatic, Category::Pain],
                grades: vec![EvidenceGrade::Mixed, EvidenceGrade::CaseReports],
                sort: SortOrder::Strength,
            },
        ),
    ];
    let mut group = c.benchmark_group(format!(
        "search over {} conditions",
        catalogue.entries.len()
    ));
    for (name, query) in &queries {
        group.bench_function(*name, |b| {
            b.iter(|| catalogue.search(std::hint::black_box(query)).len())
        });
    }
    group.finish();
}

/// The same over the Spanish catalogue, whose conditions also carry their Spanish names and
/// aliases beside the English ones (more words to compare).
fn search_in_spanish(c: &mut Criterion) {
    use ldn_evidence::evidence::data::date::Date;
    use ldn_evidence::evidence::data::load::{load_dataset, read_dataset_dir};
    use ldn_evidence::evidence::data::translations::in_language;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let files = read_dataset_dir(&dir).expect("data/ is readable");
    let dataset = load_dataset(&files, Date::today()).expect("data/ is valid");
    let spanish = in_language(&dataset, "es");
    let catalogue = Catalogue::new(scaled(&spanish, 50), Language::SPANISH);
    let mut group = c.benchmark_group(format!(
        "search in Spanish over {} conditions",
        catalogue.entries.len()
    ));
    for typed in [
        "fibromialgia",
        "esclerosis multiple",
        "sindrome de sjogren",
        "fibromyalgia",
    ] {
        let query = text(typed);
        group.bench_function(typed, |b| {
            b.iter(|| catalogue.search(std::hint::black_box(&query)).len())
        });
    }
    group.finish();
}

criterion_group!(benches, search, search_in_spanish);
criterion_main!(benches);
