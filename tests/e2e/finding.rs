//! Finding a condition: aliases, filters, sort, the empty state, and a search that survives
//! reloads and the trip to a condition page and back.

use fantoccini::Locator;

use crate::browser::{Page, TestResult};
use crate::ensure;

async fn click_button(page: &Page, starting_with: &str) -> TestResult {
    page.wait_for_text("button", starting_with)
        .await?
        .click()
        .await?;
    Ok(())
}

pub async fn aliases_and_abbreviations_find_their_condition(page: Page) -> TestResult {
    page.open("/").await?;
    page.wait_for_text("article.card h2", "").await?;
    for (typed, expected) in [
        ("scleroderma", "Systemic sclerosis"),
        ("long covid", "Long COVID"),
        ("crohn’s", "Crohn's disease"),
        ("ME/CFS", "ME/CFS"),
    ] {
        page.type_into_labelled("Search conditions", typed).await?;
        page.wait_for_text("[role=status]", "1 of").await?;
        let names = page.texts("article.card h2").await?;
        ensure!(
            names.len() == 1 && names[0].starts_with(expected),
            "{typed:?} found {names:?}"
        );
    }
    Ok(())
}

pub async fn filters_and_sort_narrow_and_order_the_cards(page: Page) -> TestResult {
    page.open("/").await?;
    let total = page.condition_total().await?;

    click_button(&page, "Filter by type or grade").await?;
    let chip = page
        .wait_for_text("button.chip", "Case reports only (")
        .await?;
    let label = chip.text().await?;
    let expected: usize = label
        .trim_start_matches("Case reports only (")
        .trim_end_matches(')')
        .parse()?;
    chip.click().await?;
    page.wait_for_text(
        "[role=status]",
        &format!("{expected} of {total} conditions"),
    )
    .await?;
    ensure!(
        chip.attr("aria-pressed").await?.as_deref() == Some("true"),
        "the chip does not say it is on"
    );
    let grades = page.texts("article.card .badge__label").await?;
    ensure!(
        grades.len() == expected && grades.iter().all(|g| g == "Case reports only"),
        "cards shown with the filter on are graded {grades:?}"
    );

    // Turn it off again, then order everything by strength of evidence.
    chip.click().await?;
    page.wait_for_text("[role=status]", &format!("{total} of {total} conditions"))
        .await?;
    let sort = page.client.find(Locator::Id("condition-sort")).await?;
    sort.select_by_label("Strength of evidence").await?;
    page.wait_for_text("article.card h2", "").await?;
    let ranks = page.texts("article.card .badge__label").await?;
    let ladder = [
        "Strong",
        "Moderate",
        "Preliminary",
        "Mixed",
        "Uncontrolled only",
        "Case reports only",
        "Too small to tell",
        "Not supported",
        "No studies",
    ];
    let positions: Vec<usize> = ranks
        .iter()
        .map(|r| ladder.iter().position(|l| l == r).unwrap_or(usize::MAX))
        .collect();
    ensure!(
        positions.windows(2).all(|w| w[0] <= w[1]),
        "cards are not in order of strength: {ranks:?}"
    );
    let url = page.current_url().await?;
    ensure!(
        url.contains("sort=strength"),
        "the order is not in the address: {url}"
    );

    page.reload().await?;
    page.wait_for_text("article.card h2", "").await?;
    let after_reload = page.texts("article.card .badge__label").await?;
    ensure!(
        after_reload == ranks,
        "the order changed on reload: {after_reload:?}"
    );
    Ok(())
}

pub async fn nothing_matching_offers_to_clear_the_search(page: Page) -> TestResult {
    page.open("/").await?;
    page.wait_for_text("article.card h2", "").await?;
    page.type_into_labelled("Search conditions", "xyzzy")
        .await?;
    let empty = page
        .wait_for_text(".empty-state", "Nothing matches")
        .await?;
    let text = empty.text().await?;
    ensure!(
        text.contains("xyzzy"),
        "empty state does not repeat the search: {text:?}"
    );
    click_button(&page, "Clear search and filters").await?;
    page.wait_for_text("article.card h2", "").await?;
    let value = page.search_text().await?;
    ensure!(value.is_empty(), "search box still holds {value:?}");
    Ok(())
}

pub async fn the_back_link_returns_to_the_same_search(page: Page) -> TestResult {
    page.open("/").await?;
    page.wait_for_text("article.card h2", "").await?;
    page.type_into_labelled("Search conditions", "sclerosis")
        .await?;
    page.wait_for_text("[role=status]", "2 of").await?;
    page.follow_link("Multiple sclerosis").await?;
    page.wait_for_text("h1", "Multiple sclerosis").await?;
    page.follow_link("\u{2190} Back to your search").await?;
    page.wait_for_text("[role=status]", "2 of").await?;
    let value = page.search_text().await?;
    ensure!(
        value == "sclerosis",
        "search box holds {value:?} after coming back"
    );
    Ok(())
}

pub async fn odd_addresses_show_as_text_and_never_break_the_page(page: Page) -> TestResult {
    page.open("/?q=%3Cb%20id%3Dinjected%3Ehi%3C%2Fb%3E&grade=bogus&sort=%22&x=%E2%9C%93")
        .await?;
    page.wait_for_text("[role=status]", "0 of").await?;
    ensure!(
        page.count("#injected").await? == 0,
        "markup from the address was rendered"
    );
    let value = page.search_text().await?;
    ensure!(
        value == "<b id=injected>hi</b>",
        "search box shows {value:?}"
    );
    let errors = page.console_errors().await?;
    ensure!(errors.is_empty(), "console errors: {errors:#?}");
    Ok(())
}
