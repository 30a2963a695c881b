//! Accessibility and phones: axe-core finds nothing on each kind of page in both themes,
//! everything works by keyboard, and a 320 px phone never scrolls sideways.

use fantoccini::key::Key;
use fantoccini::Locator;

use crate::browser::{Page, TestResult};
use crate::ensure;
use ldn_evidence::evidence::words::english_ui::UI as ENGLISH_UI;

/// One of each kind of page, and the text that shows it has finished drawing.
const PAGES: [(&str, &str); 8] = [
    ("/", ENGLISH_UI.home.heading),
    ("/condition/fibromyalgia/", "Fibromyalgia"),
    ("/condition/systemic-lupus-erythematosus/", "Lupus"),
    ("/safety/", "Safety and dosing"),
    ("/how-we-grade/", "How we grade"),
    ("/changes/", "What changed"),
    ("/map/", "Evidence map"),
    ("/map/table/", "Evidence map"),
];

async fn expect_no_violations(page: &Page, what: &str) -> TestResult {
    let violations = page.accessibility_violations().await?;
    ensure!(
        violations.is_empty(),
        "axe found problems on {what}:\n{}",
        violations.join("\n")
    );
    Ok(())
}

pub async fn axe_finds_no_violations_in_the_light_theme(page: Page) -> TestResult {
    // First prove the check can fail: a planted image without a text alternative is caught.
    page.open("/").await?;
    page.wait_for_text("h1", ENGLISH_UI.home.heading).await?;
    page.eval("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"favicon.svg\">');")
        .await?;
    let planted = page.accessibility_violations().await?;
    ensure!(
        planted.iter().any(|v| v.starts_with("image-alt")),
        "axe missed a planted image without alt text: {planted:?}"
    );
    for (path, heading) in PAGES {
        page.open(path).await?;
        page.wait_for_text("h1", heading).await?;
        expect_no_violations(&page, path).await?;
    }
    // With the filters open and one chip on, and a closed study group opened.
    page.open("/?grade=mixed").await?;
    page.wait_for_text("button.chip", "Mixed").await?;
    expect_no_violations(&page, "home with a filter on").await?;
    Ok(())
}

pub async fn axe_finds_no_violations_in_the_dark_theme(page: Page) -> TestResult {
    page.emulate_dark_theme().await?;
    for (path, heading) in PAGES {
        page.open(path).await?;
        page.wait_for_text("h1", heading).await?;
        expect_no_violations(&page, &format!("{path} (dark)")).await?;
    }
    let background = page
        .eval("return getComputedStyle(document.body).backgroundColor")
        .await?;
    ensure!(
        background == "rgb(20, 23, 27)",
        "the dark theme did not apply: body background {background}"
    );
    Ok(())
}

pub async fn a_keyboard_user_can_search_open_a_condition_and_come_back(page: Page) -> TestResult {
    page.open("/").await?;
    page.wait_for_text("article.card h2", "").await?;

    page.press_tab().await?;
    let first = page.focused().await?;
    ensure!(first == "a Skip to content", "first Tab reached {first:?}");
    page.press(Key::Enter).await?;
    let after_skip = page.eval("return document.activeElement.id").await?;
    ensure!(
        after_skip == "main",
        "the skip link moved focus to {after_skip}"
    );

    // From the main content, Tab reaches the search box before anything else.
    page.press_tab().await?;
    let focused = page.focused().await?;
    ensure!(
        focused.starts_with("input"),
        "Tab after skipping reached {focused:?}"
    );
    page.press_tab().await?;
    let focused = page.focused().await?;
    ensure!(focused.starts_with("select"), "then reached {focused:?}");
    page.press_tab().await?;
    let focused = page.focused().await?;
    ensure!(
        focused.contains("Filter by type or grade"),
        "then reached {focused:?}"
    );
    page.press(Key::Enter).await?;
    page.wait_for_text("button.chip", "Skin").await?;
    page.press_tab().await?;
    page.press(Key::Enter).await?;
    let status = page
        .wait_for_text("[role=status]", "of")
        .await?
        .text()
        .await?;
    ensure!(
        !status.starts_with("20 of"),
        "Enter on a chip did not filter: {status}"
    );
    page.press(Key::Enter).await?;

    // Back in the search box, type, and open the one match with Enter.
    let search = page.client.find(Locator::Css("input[type=search]")).await?;
    search.send_keys("hailey").await?;
    page.wait_for_text("[role=status]", "1 of").await?;
    let mut reached_card = false;
    for _ in 0..40 {
        page.press_tab().await?;
        if page.focused().await? == "a Hailey-Hailey disease" {
            reached_card = true;
            break;
        }
    }
    ensure!(reached_card, "Tab never reached the card's link");
    page.press(Key::Enter).await?;
    page.wait_for_text("h1", "Hailey-Hailey disease").await?;
    let focused = page.eval("return document.activeElement.id").await?;
    ensure!(
        focused == "page-heading",
        "focus after opening a condition is on {focused}, not its heading"
    );
    let visible_focus = page
        .eval(
            "const s = document.querySelector('.back-link a'); s.focus();
             return getComputedStyle(s).outlineStyle;",
        )
        .await?;
    ensure!(visible_focus != "none", "focused links show no outline");
    page.press(Key::Enter).await?;
    page.wait_for_text("[role=status]", "1 of").await?;
    let errors = page.console_errors().await?;
    ensure!(errors.is_empty(), "console errors: {errors:#?}");
    Ok(())
}

pub async fn a_320_pixel_phone_never_scrolls_sideways(page: Page) -> TestResult {
    // Portrait, then the same phone turned to landscape (also what 200 % zoom on a laptop gives).
    for (width, height) in [(320, 640), (640, 320)] {
        page.emulate_phone(width, height).await?;
        for (path, heading) in PAGES {
            check_phone_layout(&page, path, heading, width).await?;
        }
    }
    let errors = page.console_errors().await?;
    ensure!(errors.is_empty(), "console errors: {errors:#?}");
    Ok(())
}

async fn check_phone_layout(page: &Page, path: &str, heading: &str, width: u32) -> TestResult {
    page.open(path).await?;
    page.wait_for_text("h1", heading).await?;
    let shown = page.eval("return window.innerWidth").await?;
    ensure!(
        shown == width,
        "the phone emulation gave a {shown} px viewport"
    );
    // Open every closed group so the widest content is on screen.
    for button in page
        .client
        .find_all(Locator::Css("button[aria-expanded=false]"))
        .await?
    {
        button.click().await?;
    }
    let overflow = page.horizontal_overflow().await?;
    ensure!(
        overflow <= 0,
        "{path} is {overflow} px wider than a {width} px screen"
    );
    let small = page
        .eval(
            "return [...document.querySelectorAll('button, input, select, nav a, .card a, .back-link a, .citation-links a, .sources a')]
               .filter(e => e.getClientRects().length > 0)
               .filter(e => e.getBoundingClientRect().height < 44)
               .map(e => e.outerHTML.slice(0, 80));",
        )
        .await?;
    ensure!(
        small.as_array().is_some_and(|a| a.is_empty()),
        "touch targets under 44 px on {path} at {width} px: {small}"
    );
    Ok(())
}
