//! "Print for your doctor": on screen a real, named button; on paper a clean sheet of one or
//! two pages, on A4 and US Letter, in either theme, with full references and their DOIs.

use fantoccini::key::Key;
use fantoccini::Locator;
use serde_json::{json, Value};

use crate::browser::{Page, TestResult};
use crate::pdf::{Paper, Printed, A4, LETTER};
use crate::{ensure, SUB_PATH};

/// The sheet must fit on this many pages, however many studies a condition has.
const MOST_PAGES: usize = 2;

const BUTTON_NAME: &str = "Print for your doctor";

/// Text of the site's navigation and controls: none of it belongs on paper.
const SCREEN_ONLY: [&str; 6] = [
    "Skip to content",
    "How we grade",
    "Safety and dosing",
    "All conditions",
    BUTTON_NAME,
    "The studies (",
];

/// Opens a condition page and waits for it, print-only sheet included, to be drawn.
async fn open_condition(page: &Page, path: &str) -> TestResult {
    page.open(path).await?;
    page.wait_for_text(".doctor-sheet", "").await?;
    Ok(())
}

/// The references the sheet cites, whole, as the page holds them (hidden on screen).
async fn cited_references(page: &Page) -> TestResult<Vec<String>> {
    let texts = page
        .eval(
            "return [...document.querySelectorAll('.doctor-sheet__references li')]
               .map(li => li.textContent);",
        )
        .await?;
    Ok(serde_json::from_value(texts)?)
}

/// What every printed sheet must show, and must not.
fn check_sheet(printed: &Printed, paper: Paper, name: &str, address: &str) -> TestResult {
    let what = format!("{name} on {}", paper.name);
    ensure!(
        printed.pages <= MOST_PAGES,
        "{what} printed on {} pages",
        printed.pages
    );
    for expected in [
        name,
        "Evidence grade:",
        "Why this grade",
        "Who should not take it",
        "opioid",
        "Evidence dataset version",
        "We last checked the research on",
        "Information, not medical advice.",
        address,
    ] {
        ensure!(
            printed.contains(expected),
            "{what} does not print {expected:?}:\n{}",
            printed.text
        );
    }
    for unwanted in SCREEN_ONLY {
        ensure!(
            !printed.contains(unwanted),
            "{what} prints the screen's {unwanted:?}"
        );
    }
    Ok(())
}

/// Queries the accessibility tree, as a screen reader sees the page, for nodes with this
/// role and name; returns whether each one is exposed (not ignored).
async fn accessible_nodes(page: &Page, role: &str, name: &str) -> TestResult<Vec<bool>> {
    let document = page.cdp("DOM.getDocument", json!({ "depth": 0 })).await?;
    let found = page
        .cdp(
            "Accessibility.queryAXTree",
            json!({ "nodeId": document["root"]["nodeId"], "role": role, "accessibleName": name }),
        )
        .await?;
    Ok(found["nodes"]
        .as_array()
        .map(|nodes| {
            nodes
                .iter()
                .map(|n| n["ignored"] != Value::Bool(true))
                .collect()
        })
        .unwrap_or_default())
}

pub async fn the_print_button_is_a_named_button_that_opens_printing(page: Page) -> TestResult {
    open_condition(&page, "/condition/fibromyalgia/").await?;
    let buttons = accessible_nodes(&page, "button", BUTTON_NAME).await?;
    ensure!(
        buttons == [true],
        "expected one exposed button named {BUTTON_NAME:?}, found {buttons:?}"
    );
    let button = page
        .client
        .find(Locator::XPath(&format!(
            "//button[normalize-space(.)='{BUTTON_NAME}']"
        )))
        .await?;
    ensure!(
        button.attr("type").await?.as_deref() == Some("button"),
        "the print button is not type=button"
    );
    ensure!(button.is_displayed().await?, "the print button is hidden");

    // Count calls instead of opening a real dialog; by mouse, then by keyboard.
    page.eval("window.printCalls = 0; window.print = () => { window.printCalls += 1; };")
        .await?;
    button.click().await?;
    button.send_keys(&Key::Enter.to_string()).await?;
    let calls = page.eval("return window.printCalls").await?;
    ensure!(
        calls == 2,
        "window.print ran {calls} times for a click and Enter"
    );

    // The sheet is for paper only: not shown, and not read out a second time.
    let shown = page
        .eval("return getComputedStyle(document.querySelector('.doctor-sheet')).display")
        .await?;
    ensure!(shown == "none", "the print sheet shows on screen ({shown})");
    let headings = accessible_nodes(&page, "heading", "Key studies").await?;
    ensure!(
        headings.iter().all(|exposed| !exposed),
        "screen readers can reach the print-only sheet"
    );
    let errors = page.console_errors().await?;
    ensure!(errors.is_empty(), "console errors: {errors:#?}");
    Ok(())
}

pub async fn the_condition_with_most_studies_prints_full_references_on_two_pages(
    page: Page,
) -> TestResult {
    // Fibromyalgia has the most publications in the dataset (18), so the longest sheet.
    open_condition(&page, "/condition/fibromyalgia/").await?;
    let address = page.current_url().await?;
    let references = cited_references(&page).await?;
    ensure!(
        references.len() >= 5,
        "only {} references",
        references.len()
    );
    for paper in [A4, LETTER] {
        let printed = page.print_to_pdf(paper, false).await?;
        check_sheet(&printed, paper, "Fibromyalgia", &address)?;
        for reference in &references {
            ensure!(
                printed.contains(reference),
                "{} is missing the reference {reference:?}",
                paper.name
            );
        }
        // The largest trial, cited in full with its DOI and PMID.
        for part in [
            "Bruun KD, Christensen R, Amris K",
            "Lancet Rheumatology. 2024;6(1):e31\u{2013}e39.",
            "doi:10.1016/S2665-9913(23)00278-3.",
            "PMID: 38258677.",
            "more publications are listed on the web page below.",
        ] {
            ensure!(printed.contains(part), "{} lacks {part:?}", paper.name);
        }
    }
    // Room to spare for readers whose fonts run longer: still two pages on paper half an inch
    // shorter than Letter.
    let shorter = Paper {
        name: "Letter less half an inch",
        height: LETTER.height - 0.5,
        ..LETTER
    };
    let printed = page.print_to_pdf(shorter, false).await?;
    ensure!(
        printed.pages <= MOST_PAGES,
        "the longest sheet has no room to spare: {} pages on {}",
        printed.pages,
        shorter.name
    );
    Ok(())
}

pub async fn a_condition_with_few_studies_prints_every_reference_and_doi(page: Page) -> TestResult {
    open_condition(&page, "/condition/me-cfs/").await?;
    let address = page.current_url().await?;
    for paper in [A4, LETTER] {
        let printed = page.print_to_pdf(paper, false).await?;
        check_sheet(&printed, paper, "ME/CFS", &address)?;
        for part in [
            "Polo O, Pesonen P, Tuominen E.",
            "doi:10.1080/21641846.2019.1692770.",
            "Bolton MJ, Chapman BP, Van Marwijk H.",
            "BMJ Case Reports. 2020;13(1):e232502. doi:10.1136/bcr-2019-232502.",
        ] {
            ensure!(printed.contains(part), "{} lacks {part:?}", paper.name);
        }
        ensure!(
            !printed.contains("listed on the web page below"),
            "{} says studies were left out when all are cited",
            paper.name
        );
    }
    Ok(())
}

pub async fn every_condition_fits_on_two_pages_of_a4_and_letter(page: Page) -> TestResult {
    page.open("/").await?;
    page.wait_for_text("article.card h2", "").await?;
    let paths = page
        .eval("return [...document.querySelectorAll('article.card h2 a')].map(a => new URL(a.href).pathname);")
        .await?;
    let paths: Vec<String> = serde_json::from_value(paths)?;
    ensure!(paths.len() >= 20, "only {} conditions listed", paths.len());
    let mut measured = Vec::new();
    for path in paths {
        open_condition(&page, &path).await?;
        let name = page.text("h1").await?;
        let address = page.current_url().await?;
        let mut pages = Vec::new();
        for paper in [A4, LETTER] {
            let printed = page.print_to_pdf(paper, false).await?;
            check_sheet(&printed, paper, &name, &address)?;
            pages.push(format!("{} {}", paper.name, printed.pages));
        }
        measured.push(format!("{name}: {}", pages.join(", ")));
    }
    println!("  pages per condition: {}", measured.join("; "));
    Ok(())
}

pub async fn the_dark_theme_prints_black_on_white(page: Page) -> TestResult {
    page.emulate_dark_theme().await?;
    open_condition(&page, "/condition/fibromyalgia/").await?;
    let screen = page
        .eval("return getComputedStyle(document.body).backgroundColor")
        .await?;
    ensure!(
        screen == "rgb(20, 23, 27)",
        "the dark theme is not on: {screen}"
    );
    page.cdp(
        "Emulation.setEmulatedMedia",
        json!({ "media": "print",
                "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
    )
    .await?;
    let colours = page
        .eval(
            "const sheet = document.querySelector('.doctor-sheet');
             const style = e => getComputedStyle(e);
             return [style(document.body).backgroundColor, style(document.body).color,
                     style(sheet.querySelector('h3')).color, style(sheet).display,
                     style(document.querySelector('.site-header')).display];",
        )
        .await?;
    ensure!(
        colours
            == json!([
                "rgb(255, 255, 255)",
                "rgb(0, 0, 0)",
                "rgb(0, 0, 0)",
                "block",
                "none"
            ]),
        "in print with the dark theme on: body background, body text, heading text, sheet, header = {colours}"
    );
    // With background graphics on, as some readers print.
    let address = page.current_url().await?;
    let printed = page.print_to_pdf(A4, true).await?;
    check_sheet(&printed, A4, "Fibromyalgia", &address)?;
    Ok(())
}

pub async fn the_sheet_prints_its_own_address_under_a_sub_path(page: Page) -> TestResult {
    open_condition(&page, &format!("{SUB_PATH}condition/multiple-sclerosis/")).await?;
    let address = page.current_url().await?;
    ensure!(
        address.ends_with("/ldn/deeper/condition/multiple-sclerosis/"),
        "opened {address}"
    );
    let printed = page.print_to_pdf(LETTER, false).await?;
    check_sheet(&printed, LETTER, "Multiple sclerosis", &address)?;
    let safety = address.replace("condition/multiple-sclerosis/", "safety/");
    ensure!(
        printed.contains(&safety),
        "the sheet does not send readers to {safety}"
    );
    Ok(())
}

pub async fn a_sheet_printed_inside_an_embed_gives_the_full_site_address(page: Page) -> TestResult {
    open_condition(&page, "/?embed=1&compact=1&condition=fibromyalgia").await?;
    let opened = page.current_url().await?;
    ensure!(
        opened.contains("/condition/fibromyalgia/?embed=1"),
        "opened {opened}"
    );
    let page_address = opened.split('?').next().unwrap_or_default();
    let printed = page.print_to_pdf(A4, false).await?;
    check_sheet(&printed, A4, "Fibromyalgia", page_address)?;
    ensure!(
        !printed.contains("embed=1"),
        "the sheet prints the widget's settings:\n{}",
        printed.text
    );
    Ok(())
}
