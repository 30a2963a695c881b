//! Searching and moving between pages the way a reader does.

use fantoccini::Locator;
use ldn_evidence::evidence::words::english_ui::UI as ENGLISH_UI;

use crate::browser::{Page, TestResult};
use crate::ensure;

pub async fn typing_narrows_the_cards(page: Page) -> TestResult {
    page.open("/").await?;
    let total = page.condition_total().await?;
    for spelling in ["sjogren", "Sjögren's", "SJOGRENS"] {
        page.type_into_labelled("Search conditions", spelling)
            .await?;
        page.wait_for_text("[role=status]", &format!("1 of {total} conditions"))
            .await?;
        let heading = page.text("article.card h2").await?;
        ensure!(
            heading == "Sjögren's syndrome",
            "{spelling:?} found {heading:?}"
        );
    }
    page.type_into_labelled("Search conditions", "no such condition zzz")
        .await?;
    page.wait_for_text("[role=status]", &format!("0 of {total} conditions"))
        .await?;
    ensure!(
        page.count("article.card").await? == 0,
        "cards left after a search with no match"
    );
    Ok(())
}

pub async fn a_card_link_opens_the_condition_and_survives_reload_and_back(
    page: Page,
) -> TestResult {
    page.open("/").await?;
    page.follow_link("Sjögren's syndrome").await?;
    page.wait_for_text("h1", "Sjögren's syndrome").await?;
    let url = page.current_url().await?;
    ensure!(
        url.ends_with("/condition/sjogrens-syndrome/"),
        "address after click: {url}"
    );
    page.wait_for_text("h2", "Why this grade").await?;

    page.reload().await?;
    page.wait_for_text("h1", "Sjögren's syndrome").await?;

    page.client.back().await?;
    page.wait_for_text("h1", ENGLISH_UI.home.heading).await?;
    Ok(())
}

pub async fn a_deep_link_opens_in_a_fresh_tab(page: Page) -> TestResult {
    page.open("/").await?;
    let tab = page.client.new_window(true).await?;
    page.client.switch_to_window(tab.handle).await?;
    page.open("/condition/sjogrens-syndrome/").await?;
    page.wait_for_text("h1", "Sjögren's syndrome").await?;
    Ok(())
}

pub async fn unknown_addresses_show_not_found_with_a_way_home(page: Page) -> TestResult {
    for path in [
        "/no-such-page",
        "/no/such/page/",
        "/condition/not-a-condition/",
        "/condition/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/",
        "/#/no/such/page",
        "/#/condition/not-a-condition",
    ] {
        page.open(path).await?;
        page.wait_for_text("h1", "Page not found").await?;
        ensure!(
            page.count("img").await? == 0,
            "markup from the address was rendered for {path}"
        );
    }
    page.follow_link("See all conditions").await?;
    page.wait_for_text("h1", ENGLISH_UI.home.heading).await?;
    let search = page.client.find(Locator::Css("input[type=search]")).await?;
    ensure!(
        search.is_displayed().await?,
        "search box not shown after going home"
    );
    Ok(())
}

pub async fn the_header_leads_to_safety_and_grading_pages(page: Page) -> TestResult {
    page.open("/").await?;
    page.follow_link("Safety and dosing").await?;
    page.wait_for_text("h1", "Safety and dosing").await?;
    page.wait_for_text("h2", "Who should not take it").await?;
    let current = page
        .client
        .find(Locator::Css("nav a[aria-current=page]"))
        .await?
        .text()
        .await?;
    ensure!(
        current == "Safety and dosing",
        "current page marked as {current:?}"
    );
    let title = page.client.title().await?;
    ensure!(
        title.starts_with("Safety and dosing"),
        "tab title {title:?}"
    );

    page.follow_link("How we grade").await?;
    page.wait_for_text("h1", "How we grade").await?;
    page.wait_for_text("h2", "An example: Fibromyalgia").await?;
    page.follow_link("See the studies on Fibromyalgia").await?;
    page.wait_for_text("h1", "Fibromyalgia").await?;
    page.client.back().await?;
    page.wait_for_text("h1", "How we grade").await?;
    Ok(())
}

pub async fn each_page_says_what_changed_and_links_the_whole_change_list(page: Page) -> TestResult {
    page.open("/condition/chronic-pain/").await?;
    let changed = page
        .wait_for_text(".what-changed li", "version 1.2.0")
        .await?
        .text()
        .await?;
    ensure!(
        changed.contains("crossover trial") && changed.ends_with("Grade unchanged."),
        "chronic pain's change list says {changed:?}"
    );
    page.follow_link("What changed in the whole dataset")
        .await?;
    page.wait_for_text("h1", "What changed").await?;
    let releases = page.texts(".changes h2").await?;
    let newest = format!(
        "Version {}",
        ldn_evidence::embedded_catalogue().dataset.info.version
    );
    ensure!(
        releases.first().is_some_and(|r| r.starts_with(&newest)) && releases.len() >= 2,
        "the change list shows {releases:?}"
    );
    page.follow_link("Chronic and neuropathic pain").await?;
    page.wait_for_text("h1", "Chronic and neuropathic pain")
        .await?;
    // Every page's footer leads there too.
    page.follow_link("What changed").await?;
    page.wait_for_text("h1", "What changed").await?;
    ensure!(
        page.current_url().await?.ends_with("/changes/"),
        "the change list is not a page of its own"
    );
    Ok(())
}
