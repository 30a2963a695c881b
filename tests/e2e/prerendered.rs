//! The pre-rendered home page: its cards are in index.html, so they show before the
//! WebAssembly arrives (here held back for three seconds); the app then takes over without
//! losing what the reader typed, and other addresses never flash the home page first.

use fantoccini::Locator;

use crate::browser::{Page, TestResult};
use crate::ensure;

/// The CSS visibility of the app's mount point: boot.js hides it while it is stale.
async fn app_visibility(page: &Page) -> TestResult<String> {
    let visibility = page
        .eval("return getComputedStyle(document.getElementById('app')).visibility")
        .await?;
    Ok(visibility.as_str().unwrap_or_default().to_string())
}

/// The fibromyalgia page gets drawn, and is visible.
async fn fibromyalgia_shows(page: &Page) -> TestResult {
    page.wait_for_text("h1", "Fibromyalgia").await?;
    let visibility = app_visibility(page).await?;
    ensure!(
        visibility == "visible",
        "the condition page is {visibility}"
    );
    Ok(())
}

/// Whether the WebAssembly has arrived (resource entries appear once a download ends).
async fn app_started(page: &Page) -> TestResult<bool> {
    let started = page
        .eval("return performance.getEntriesByType('resource').some(r => r.name.endsWith('_bg.wasm'))")
        .await?;
    Ok(started == true)
}

pub async fn the_cards_show_before_the_app_loads_and_typing_carries_over(page: Page) -> TestResult {
    page.open("/").await?;
    // Straight after navigation, with the WebAssembly still on its way.
    let cards = page.count("article.card").await?;
    ensure!(
        !app_started(&page).await?,
        "the app started before the check; the delay is too short"
    );
    ensure!(cards == 20, "{cards} cards before the app loaded");
    let visibility = app_visibility(&page).await?;
    ensure!(visibility == "visible", "the home page is {visibility}");

    let search = page.client.find(Locator::Id("condition-search")).await?;
    search.send_keys("lupus").await?;
    page.wait_for_text("[role=status]", "1 of 20 conditions")
        .await?;
    let value = page.search_text().await?;
    ensure!(
        value == "lupus",
        "the search box holds {value:?} after the app loaded"
    );
    let focused = page.eval("return document.activeElement.id").await?;
    ensure!(
        focused == "condition-search",
        "focus moved to {focused} when the app took over"
    );
    let heading = page.text("article.card h2").await?;
    ensure!(
        heading.contains("Lupus"),
        "the one card left is {heading:?}"
    );
    Ok(())
}

pub async fn a_deep_link_never_flashes_the_home_page(page: Page) -> TestResult {
    page.open("/#/condition/fibromyalgia").await?;
    let visibility = app_visibility(&page).await?;
    ensure!(
        visibility == "hidden",
        "the pre-rendered home page is {visibility} under a condition's address"
    );
    fibromyalgia_shows(&page).await
}

/// `trunk serve` builds have no pre-rendered page: boot.js still hides the mount point for a
/// deep link, and the app must show it again once drawn.
pub async fn without_pre_rendering_a_deep_link_still_shows(page: Page) -> TestResult {
    page.open("/#/condition/fibromyalgia").await?;
    fibromyalgia_shows(&page).await
}
