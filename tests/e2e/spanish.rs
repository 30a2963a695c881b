//! Spanish: every page exists under es/ and reads in Spanish (references stay as published),
//! the language link keeps the reader on the same page, search ignores accents and knows the
//! English names, the print sheet and an embed on another site read in Spanish, and axe finds
//! nothing.

use std::collections::BTreeSet;

use ldn_evidence::evidence::words::spanish_ui::UI as SPANISH_UI;
use ldn_evidence::evidence::words::Language;
use serde_json::json;

use crate::browser::{Page, TestResult};
use crate::embedding::{in_widget, open_host_page};
use crate::ensure;
use crate::pdf::{A4, LETTER};

/// One of each kind of Spanish page, and the heading that shows it has finished drawing.
const PAGES: [(&str, &str); 8] = [
    ("/es/", SPANISH_UI.home.heading),
    ("/es/condition/fibromyalgia/", "Fibromialgia"),
    ("/es/condition/systemic-lupus-erythematosus/", "Lupus"),
    ("/es/safety/", SPANISH_UI.safety.heading),
    ("/es/how-we-grade/", SPANISH_UI.grading.heading),
    ("/es/changes/", SPANISH_UI.changes.heading),
    ("/es/map/", SPANISH_UI.map.heading),
    ("/es/map/table/", SPANISH_UI.map.heading),
];

/// The string literals of a source file (naively: what stands between pairs of quotes).
fn literals(source: &str) -> BTreeSet<&str> {
    source.split('"').skip(1).step_by(2).collect()
}

/// The English interface's phrases (several words, no placeholders) that the Spanish
/// catalogue does not also use: none of them may show on a Spanish page.
fn english_phrases() -> Vec<&'static str> {
    let spanish: BTreeSet<&str> = literals(include_str!("../../src/evidence/words/spanish_ui.rs"))
        .union(&literals(include_str!(
            "../../src/evidence/words/spanish.rs"
        )))
        .copied()
        .collect();
    let english = literals(include_str!("../../src/evidence/words/english_ui.rs"))
        .into_iter()
        .chain(literals(include_str!(
            "../../src/evidence/words/english.rs"
        )));
    english
        .filter(|text| text.len() >= 12 && text.contains(' ') && !text.contains(['{', '\\']))
        .filter(|text| !spanish.contains(text))
        .collect()
}

/// Everything a reader or a screen reader gets from the page, hidden parts (the print sheet,
/// text for screen readers) included, but not the references, which are marked as English.
const PAGE_TEXT: &str = "
    const body = document.body.cloneNode(true);
    body.querySelectorAll('[lang=en]').forEach(e => e.remove());
    const attributes = [...body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
      .flatMap(e => ['aria-label', 'title', 'placeholder', 'alt'].map(a => e.getAttribute(a) || ''));
    return [document.title, body.textContent, ...attributes].join('\\n');";

async fn english_on_the_page(page: &Page, phrases: &[&str]) -> TestResult<Vec<String>> {
    let text = page.eval(PAGE_TEXT).await?;
    let text = text.as_str().unwrap_or_default();
    Ok(phrases
        .iter()
        .filter(|phrase| text.contains(**phrase))
        .map(|phrase| phrase.to_string())
        .collect())
}

async fn open_spanish(page: &Page, path: &str, heading: &str) -> TestResult {
    page.open(path).await?;
    page.wait_for_text("h1", heading).await?;
    let lang = page.eval("return document.documentElement.lang").await?;
    ensure!(lang == "es", "{path} is marked lang={lang}");
    Ok(())
}

pub async fn every_spanish_page_reads_in_spanish(page: Page) -> TestResult {
    let phrases = english_phrases();
    ensure!(
        phrases.len() > 150,
        "read only {} English phrases",
        phrases.len()
    );
    // The check can fail: an English page is full of them.
    page.open("/condition/fibromyalgia/").await?;
    let found = english_on_the_page(&page, &phrases).await?;
    ensure!(
        found.len() > 10,
        "the check found only {found:?} on an English page"
    );

    for (path, heading) in PAGES {
        open_spanish(&page, path, heading).await?;
        let found = english_on_the_page(&page, &phrases).await?;
        ensure!(found.is_empty(), "{path} shows English: {found:?}");
    }
    // The condition page's own parts, the Spanish dataset text among them.
    open_spanish(&page, "/es/condition/fibromyalgia/", "Fibromialgia").await?;
    page.wait_for_text("h2", SPANISH_UI.condition.why_heading)
        .await?;
    page.wait_for_text("article.study", "controlado aleatorizado")
        .await?;
    // The citation files download under Spanish names; their contents stay bibliographic.
    let names = page
        .eval("return [...document.querySelectorAll('.cite a[download]')].map(a => a.getAttribute('download'))")
        .await?;
    ensure!(
        names
            == json!([
                "ldn-evidencia-fibromyalgia.ris",
                "ldn-evidencia-fibromyalgia.bib"
            ]),
        "downloads named {names}"
    );
    let errors = page.console_errors().await?;
    ensure!(errors.is_empty(), "console errors: {errors:#?}");
    Ok(())
}

pub async fn axe_finds_no_violations_on_spanish_pages(page: Page) -> TestResult {
    for (path, heading) in PAGES {
        open_spanish(&page, path, heading).await?;
        let violations = page.accessibility_violations().await?;
        ensure!(
            violations.is_empty(),
            "axe found problems on {path}:\n{}",
            violations.join("\n")
        );
    }
    Ok(())
}

pub async fn the_language_link_keeps_the_page_and_the_search(page: Page) -> TestResult {
    let spanish = Language::SPANISH.ui().site.language_name;
    let english = Language::ENGLISH.ui().site.language_name;
    page.open("/condition/fibromyalgia/").await?;
    page.follow_link(spanish).await?;
    page.wait_for_app("the Spanish page").await?;
    page.wait_for_text("h1", "Fibromialgia").await?;
    let url = page.current_url().await?;
    ensure!(
        url.ends_with("/es/condition/fibromyalgia/"),
        "Spanish address: {url}"
    );
    page.follow_link(english).await?;
    page.wait_for_app("the English page").await?;
    page.wait_for_text("h1", "Fibromyalgia").await?;
    let url = page.current_url().await?;
    ensure!(
        url.ends_with("/condition/fibromyalgia/") && !url.contains("/es/"),
        "{url}"
    );

    // A search made in English carries over, and the app stays in Spanish from page to page.
    page.open("/?q=sjogren").await?;
    page.wait_for_text("[role=status]", "1 of").await?;
    page.follow_link(spanish).await?;
    page.wait_for_app("the Spanish home page").await?;
    page.wait_for_text("[role=status]", "1 de").await?;
    ensure!(
        page.search_text().await? == "sjogren",
        "the search was lost"
    );
    let card = page.text("article.card h2").await?;
    ensure!(
        card == "Síndrome de Sjögren",
        "the Spanish search found {card:?}"
    );
    page.follow_link(&card).await?;
    page.wait_for_text("h2", SPANISH_UI.condition.why_heading)
        .await?;
    let url = page.current_url().await?;
    ensure!(url.ends_with("/es/condition/sjogrens-syndrome/"), "{url}");
    Ok(())
}

pub async fn spanish_search_ignores_accents_and_knows_english_names(page: Page) -> TestResult {
    page.open("/es/").await?;
    for (typed, found) in [
        ("fibromialgia", "Fibromialgia"),
        ("esclerosis multiple", "Esclerosis múltiple"),
        ("sindrome de sjogren", "Síndrome de Sjögren"),
        ("covid persistente", "COVID persistente"),
        ("lupus eritematoso sistemico", "Lupus (LES)"),
        ("multiple sclerosis", "Esclerosis múltiple"),
    ] {
        page.type_into_labelled(SPANISH_UI.finder.search_label, typed)
            .await?;
        // Other conditions' summaries may name it too; its own card comes first.
        first_card_becomes(&page, found, typed).await?;
    }
    Ok(())
}

/// Waits until the first card is `expected`.
async fn first_card_becomes(page: &Page, expected: &str, typed: &str) -> TestResult {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let first = page.texts("article.card h2").await?;
        if first.first().map(String::as_str) == Some(expected) {
            return Ok(());
        }
        ensure!(
            std::time::Instant::now() < deadline,
            "{typed:?} found {first:?}, not {expected:?} first"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

pub async fn the_spanish_print_sheet_reads_in_spanish_on_two_pages(page: Page) -> TestResult {
    open_spanish(&page, "/es/condition/fibromyalgia/", "Fibromialgia").await?;
    page.wait_for_text(".doctor-sheet", "").await?;
    let address = page.current_url().await?;
    let words = &SPANISH_UI.sheet;
    for paper in [A4, LETTER] {
        let printed = page.print_to_pdf(paper, false).await?;
        ensure!(
            printed.pages <= 2,
            "the Spanish sheet prints on {} pages of {}",
            printed.pages,
            paper.name
        );
        for expected in [
            "Fibromialgia",
            words.why,
            words.key_studies,
            words.safety_heading,
            "Bruun KD, Christensen R, Amris K",
            &address,
        ] {
            ensure!(
                printed.contains(expected),
                "the Spanish sheet on {} lacks {expected:?}:\n{}",
                paper.name,
                printed.text
            );
        }
        for english in ["Why this grade", "Key studies", "Evidence grade:"] {
            ensure!(
                !printed.contains(english),
                "the Spanish sheet prints {english:?}"
            );
        }
    }
    Ok(())
}

pub async fn a_spanish_embed_on_another_site_shows_spanish_cards(page: Page) -> TestResult {
    let frame = open_host_page(&page, "/spanish.html").await?;
    let title = frame.attr("title").await?.unwrap_or_default();
    let expected = Language::SPANISH.ui().site.frame_title;
    ensure!(title == expected, "frame title {title:?}");
    let (cards, lang, status) = in_widget(&page, async |p| {
        p.wait_for_app("the Spanish embed").await?;
        p.wait_for_text("article.card h2", "").await?;
        let cards = p.texts("article.card h2").await?;
        let lang = p.eval("return document.documentElement.lang").await?;
        let status = p.text("[role=status]").await?;
        Ok((cards, lang, status))
    })
    .await?;
    ensure!(lang == json!("es"), "the frame's page is lang={lang}");
    ensure!(
        cards == ["Fibromialgia", "Síndrome de Sjögren"],
        "the Spanish embed shows {cards:?}"
    );
    ensure!(status.contains(" de "), "the count reads {status:?}");
    let errors = page.console_errors().await?;
    ensure!(errors.is_empty(), "console errors: {errors:#?}");
    Ok(())
}
