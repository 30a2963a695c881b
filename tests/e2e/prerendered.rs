//! Every page is real HTML: it reads in full, and its links work, before the WebAssembly
//! arrives (held back here for three seconds), without it (refused) and with JavaScript off.
//! Old `#/…` addresses land on their page without showing another first, and the app takes
//! over without losing what the reader typed.

use fantoccini::Locator;
use serde_json::json;

use crate::browser::{Page, TestResult};
use crate::ensure;
use ldn_evidence::evidence::words::english_ui::UI as ENGLISH_UI;

/// Whether the WebAssembly has arrived (resource entries appear once a download ends).
pub async fn app_started(page: &Page) -> TestResult<bool> {
    let started = page
        .eval("return performance.getEntriesByType('resource').some(r => r.name.endsWith('_bg.wasm'))")
        .await?;
    Ok(started == true)
}

/// The names of the condition cards a reader can see.
pub async fn visible_cards(page: &Page) -> TestResult<Vec<String>> {
    let names = page.texts("article.card h2").await?;
    Ok(names.into_iter().filter(|name| !name.is_empty()).collect())
}

/// Reads every kind of page by following links from the home page, as a reader would, and
/// checks each shows its whole content.
async fn tour_by_links(page: &Page) -> TestResult {
    page.open("/").await?;
    let cards = visible_cards(page).await?;
    ensure!(
        cards.len() == 20,
        "the home page shows {} cards",
        cards.len()
    );
    page.follow_link("Fibromyalgia").await?;
    page.wait_for_text("h1", "Fibromyalgia").await?;
    let url = page.current_url().await?;
    ensure!(url.ends_with("/condition/fibromyalgia/"), "at {url}");
    page.wait_for_text("h2", "Why this grade").await?;
    let studies = page.text("#studies-heading").await?;
    ensure!(studies.starts_with("The studies ("), "{studies:?}");
    let listed = page.count(".study").await?;
    ensure!(
        listed >= 10,
        "only {listed} studies listed for fibromyalgia"
    );

    page.follow_link("Evidence map").await?;
    page.wait_for_text("h1", "Evidence map").await?;
    page.follow_link("Show as table").await?;
    page.wait_for_text("caption", "").await?;
    let rows = page.count(".map-table tbody tr").await?;
    ensure!(rows == 20, "the map table has {rows} rows");
    ensure!(
        page.current_url().await?.ends_with("/map/table/"),
        "the table is not a page of its own"
    );

    page.follow_link("Safety and dosing").await?;
    page.wait_for_text("h1", "Safety and dosing").await?;
    ensure!(
        page.count(".safety__points li").await? > 5,
        "the safety page is empty"
    );
    page.follow_link("How we grade").await?;
    page.wait_for_text("h1", "How we grade").await?;
    page.follow_link("Conditions").await?;
    page.wait_for_text("h1", ENGLISH_UI.home.heading).await?;
    Ok(())
}

/// Opens every condition's own page directly and checks its heading and grade.
async fn every_condition_page(page: &Page) -> TestResult {
    page.open("/").await?;
    let hrefs = page
        .eval("return [...document.querySelectorAll('article.card h2 a')].map(a => [a.href, a.textContent])")
        .await?;
    let hrefs = hrefs.as_array().cloned().unwrap_or_default();
    ensure!(hrefs.len() == 20, "{} card links", hrefs.len());
    for pair in hrefs {
        let (href, name) = (
            pair[0].as_str().unwrap_or(""),
            pair[1].as_str().unwrap_or(""),
        );
        page.client.goto(href).await?;
        page.wait_for_text("h1", name).await?;
        ensure!(
            page.count(".detail__grade .badge").await? == 1,
            "{href} has no grade badge"
        );
    }
    Ok(())
}

pub async fn without_the_webassembly_every_page_reads_and_links(page: Page) -> TestResult {
    tour_by_links(&page).await?;
    every_condition_page(&page).await?;
    let limited = page.text("#app-limited").await?;
    ensure!(
        limited.contains("You can still read"),
        "no note that search and buttons could not start: {limited:?}"
    );
    ensure!(
        page.count("#app-failed:not([hidden])").await? == 0,
        "a readable page says it stopped working"
    );
    Ok(())
}

pub async fn with_javascript_off_every_page_reads_and_links(page: Page) -> TestResult {
    page.cdp(
        "Emulation.setScriptExecutionDisabled",
        json!({ "value": true }),
    )
    .await?;
    tour_by_links(&page).await?;
    every_condition_page(&page).await
}

pub async fn the_cards_show_before_the_app_loads_and_typing_carries_over(page: Page) -> TestResult {
    page.open_before_app("/").await?;
    // Straight after navigation, with the WebAssembly still on its way.
    let cards = visible_cards(&page).await?.len();
    ensure!(
        !app_started(&page).await?,
        "the app started before the check; the delay is too short"
    );
    ensure!(cards == 20, "{cards} cards before the app loaded");

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

pub async fn a_deep_link_shows_its_page_before_the_app_loads(page: Page) -> TestResult {
    page.open_before_app("/condition/fibromyalgia/").await?;
    let heading = page.text("h1").await?;
    ensure!(
        !app_started(&page).await?,
        "the app started before the check; the delay is too short"
    );
    ensure!(heading == "Fibromyalgia", "the page shows {heading:?}");
    let title = page.client.title().await?;
    ensure!(
        title.contains("Fibromyalgia"),
        "the tab is titled {title:?}"
    );
    page.wait_for_text("h1", "Fibromyalgia").await?;
    // The app is in charge once the mark is set; the page is still the same one.
    wait_for_app(&page).await?;
    ensure!(
        page.text("h1").await? == "Fibromyalgia",
        "the app replaced the condition page"
    );
    Ok(())
}

/// Waits until the app has taken over (it sets a performance mark).
async fn wait_for_app(page: &Page) -> TestResult {
    for _ in 0..300 {
        let ready = page
            .eval("return performance.getEntriesByName('app-ready').length > 0")
            .await?;
        if ready == true {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    Err("the app never took over".into())
}

pub async fn a_search_in_the_address_never_shows_a_wrong_list(page: Page) -> TestResult {
    page.open_before_app("/?q=lupus").await?;
    let visibility = page
        .eval("return getComputedStyle(document.querySelector('.card-grid')).visibility")
        .await?;
    ensure!(
        !app_started(&page).await?,
        "the app started before the check; the delay is too short"
    );
    ensure!(
        visibility == "hidden",
        "the unfiltered list is shown as if it were the answer ({visibility})"
    );
    ensure!(
        page.search_text().await? == "lupus",
        "the search box does not show the search while the app loads"
    );
    page.wait_for_text("[role=status]", "1 of 20 conditions")
        .await?;
    let cards = visible_cards(&page).await?;
    ensure!(cards.len() == 1, "after the app loaded: {cards:?}");
    Ok(())
}

/// Records, for every document the tab loads, whether it was ever painted.
async fn record_paints(page: &Page) -> TestResult {
    page.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "addEventListener('pagehide', () => {
            const painted = performance.getEntriesByType('paint').length > 0;
            sessionStorage.setItem('painted ' + location.href, String(painted));
        });" }),
    )
    .await?;
    Ok(())
}

pub async fn old_hash_addresses_land_on_their_page_without_a_flash(page: Page) -> TestResult {
    record_paints(&page).await?;
    let cases = [
        (
            "/#/condition/fibromyalgia",
            "/condition/fibromyalgia/",
            "Fibromyalgia",
        ),
        (
            "/#/map?order=name&view=table",
            "/map/table/?order=name",
            "Evidence map",
        ),
        ("/#/map", "/map/", "Evidence map"),
        ("/#/safety", "/safety/", "Safety and dosing"),
        ("/#/how-we-grade", "/how-we-grade/", "How we grade"),
        ("/#/condition/no-such-thing", "/404.html", "Page not found"),
        (
            "/?embed=1&compact=1#/condition/multiple-sclerosis",
            "/condition/multiple-sclerosis/?embed=1&compact=1",
            "Multiple sclerosis",
        ),
        ("/#/?q=lupus", "/?q=lupus", ENGLISH_UI.home.heading),
    ];
    for (old, new, heading) in cases {
        page.open(old).await?;
        page.wait_for_text("h1", heading).await?;
        let url = page.current_url().await?;
        ensure!(
            url == format!("{}{new}", page.origin),
            "{old} landed at {url}, not {new}"
        );
        let painted = page
            .eval(&format!(
                "return sessionStorage.getItem('painted ' + {:?})",
                format!("{}{old}", page.origin)
            ))
            .await?;
        ensure!(
            painted != "true",
            "{old} showed its own page before moving to {new}"
        );
    }
    // The search moved from the hash into the address and applies.
    page.wait_for_text("[role=status]", "1 of 20 conditions")
        .await?;
    let table_order = {
        page.open("/#/map?order=name&view=table").await?;
        page.wait_for_text("caption", "").await?;
        wait_for_app(&page).await?;
        page.eval("return document.getElementById('map-order').value")
            .await?
    };
    ensure!(
        table_order == "name",
        "the map's order became {table_order}"
    );
    Ok(())
}

/// `trunk serve` builds have no pre-rendered pages: the app draws every page itself.
pub async fn without_pre_rendering_a_deep_link_still_shows(page: Page) -> TestResult {
    page.open("/condition/fibromyalgia/").await?;
    page.wait_for_text("h1", "Fibromyalgia").await?;
    page.open("/#/condition/sjogrens-syndrome").await?;
    page.wait_for_text("h1", "Sjögren's syndrome").await?;
    // The one English shell answers a Spanish address too, and the app reads it in Spanish.
    page.open("/es/condition/fibromyalgia/").await?;
    page.wait_for_text("h1", "Fibromialgia").await?;
    let lang = page.eval("return document.documentElement.lang").await?;
    ensure!(lang == "es", "the Spanish page is marked lang={lang}");
    Ok(())
}
