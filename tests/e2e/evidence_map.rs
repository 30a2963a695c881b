//! The evidence map: reached from home, one row per condition with gaps left blank, marks that
//! open their studies by tap or keyboard, a table view, and an order that survives a reload.

use fantoccini::key::Key;
use fantoccini::Locator;

use crate::browser::{Page, TestResult};
use crate::ensure;

/// The ids of the marks drawn for one condition, e.g. `map-mark-sjogrens-syndrome-case-reports`.
async fn marks_of(page: &Page, condition: &str) -> TestResult<Vec<String>> {
    let ids = page
        .eval(&format!(
            "return [...document.querySelectorAll('[id^=\"map-mark-{condition}-\"]')].map(e => e.id);"
        ))
        .await?;
    Ok(serde_json::from_value(ids)?)
}

pub async fn the_map_is_linked_from_home_and_draws_every_condition(page: Page) -> TestResult {
    page.open("/").await?;
    let total = page.condition_total().await?;
    page.follow_link("See every condition on one evidence map")
        .await?;
    page.wait_for_text("h1", "Evidence map").await?;
    let url = page.current_url().await?;
    ensure!(url.ends_with("/map/"), "the map's address is {url}");

    let title = page
        .eval("return document.querySelector('svg[role=group] title').textContent;")
        .await?;
    ensure!(
        title == format!("Evidence map of {total} conditions").as_str(),
        "the chart's title is {title:?}"
    );
    let described = page
        .eval("const s = document.querySelector('svg[role=group]'); return document.getElementById(s.getAttribute('aria-describedby')).textContent;")
        .await?;
    ensure!(
        described
            .as_str()
            .is_some_and(|d| d.contains("area shows how many people")),
        "the chart's description is {described}"
    );
    let rows = page.count(".map-grid__row").await?;
    ensure!(rows == total, "{rows} rows for {total} conditions");

    // Sjögren's has case reports only: one mark, and the other four cells are gaps.
    let sjogren = marks_of(&page, "sjogrens-syndrome").await?;
    ensure!(
        sjogren == ["map-mark-sjogrens-syndrome-case-reports"],
        "Sjögren's marks: {sjogren:?}"
    );
    let lupus = marks_of(&page, "systemic-lupus-erythematosus").await?;
    ensure!(
        lupus.is_empty(),
        "lupus has no counted study, yet: {lupus:?}"
    );

    // Every mark says in words what its shape and colour say.
    let mismatched = page
        .eval(
            "const words = { benefit: 'Benefit', 'no-difference': 'No difference', mixed: 'Mixed', worse: 'Worse' };
             return [...document.querySelectorAll('.map-mark')].filter(m => {
               const kind = [...m.classList].find(c => c.startsWith('map-mark--')).slice(10);
               return m.querySelector('.map-mark__word').textContent !== words[kind];
             }).map(m => m.id);",
        )
        .await?;
    ensure!(
        mismatched.as_array().is_some_and(|a| a.is_empty()),
        "marks whose word does not match their shape: {mismatched}"
    );
    // The biggest mark is the cell with the most people.
    let biggest = page
        .eval(
            "const area = m => { const b = m.querySelector('.map-mark__shape').getBBox(); return b.width * b.height; };
             const marks = [...document.querySelectorAll('.map-mark')].sort((a, b) => area(b) - area(a));
             return marks[0].querySelector('.map-mark__people').textContent;",
        )
        .await?;
    ensure!(
        biggest == "3,775 people",
        "the biggest mark holds {biggest}"
    );
    Ok(())
}

pub async fn tapping_a_mark_on_a_phone_lists_its_studies_with_links(page: Page) -> TestResult {
    page.emulate_phone(375, 740).await?;
    page.open("/map/").await?;
    page.wait_for_text("h1", "Evidence map").await?;
    let scrolls_inside = page
        .eval(
            "const c = document.querySelector('.map-chart'); return c.scrollWidth > c.clientWidth;",
        )
        .await?;
    ensure!(
        scrolls_inside == true,
        "the chart neither fits nor scrolls in its own box"
    );
    let overflow = page.horizontal_overflow().await?;
    let viewport = page.eval("return window.innerWidth").await?;
    ensure!(
        overflow <= 0 && viewport == 375,
        "the page is wider than the phone: {viewport} px viewport, {overflow} px overflow"
    );

    let mark = page
        .client
        .find(Locator::Id("map-mark-fibromyalgia-controlled-trials"))
        .await?;
    let label = mark.attr("aria-label").await?.unwrap_or_default();
    mark.click().await?;
    page.wait_for_text("#map-details-heading", "Fibromyalgia: controlled trials")
        .await?;
    let focused = page.eval("return document.activeElement.id").await?;
    ensure!(
        focused == "map-details-heading",
        "after a tap, focus is on {focused}"
    );
    let pressed = mark.attr("aria-pressed").await?;
    ensure!(
        pressed.as_deref() == Some("true"),
        "the mark is not pressed"
    );

    let studies = page.count(".map-details__study").await?;
    ensure!(
        label.contains(&format!("{studies} studies")),
        "the mark says {label:?} but the panel lists {studies}"
    );
    let links = page
        .eval(
            "return [...document.querySelectorAll('.map-details__study a')].map(a => [a.href, a.rel, a.target]);",
        )
        .await?;
    let links = links.as_array().cloned().unwrap_or_default();
    ensure!(
        links.len() >= studies,
        "only {} links for {studies} studies",
        links.len()
    );
    for link in &links {
        let href = link[0].as_str().unwrap_or_default();
        ensure!(
            href.starts_with("https://") && !href.contains("127.0.0.1"),
            "a study links to {href}"
        );
        ensure!(
            link[1] == "noopener noreferrer",
            "{href} has rel {}",
            link[1]
        );
    }

    page.press_button("Back to the map").await?;
    let back = page.eval("return document.activeElement.id").await?;
    ensure!(
        back == "map-mark-fibromyalgia-controlled-trials",
        "Back to the map focused {back}"
    );
    Ok(())
}

/// Scrolls the `scroller` box all the way right, with the Fibromyalgia row in view, and says
/// whether its name (one of `names`) is still inside the box and not covered by anything.
async fn fibromyalgia_in_view_scrolled_right(
    page: &Page,
    scroller: &str,
    names: &str,
) -> TestResult<bool> {
    let in_view = page
        .eval(&format!(
            "const box = document.querySelector('{scroller}');
             const name = [...document.querySelectorAll('{names}')]
               .find(n => n.textContent.startsWith('Fibromyalgia'));
             name.scrollIntoView({{ block: 'center' }});
             box.scrollLeft = box.scrollWidth;
             const b = box.getBoundingClientRect();
             const r = name.getBoundingClientRect();
             const hit = document.elementFromPoint(r.left + 5, r.top + r.height / 2);
             return box.scrollLeft > 0 && r.left >= b.left && r.right <= b.right
               && hit !== null && name.contains(hit);"
        ))
        .await?;
    Ok(in_view == true)
}

/// Scrolled sideways to the trials and reviews on a phone, the reader still sees which row is
/// which, in the chart and in the table.
pub async fn on_a_phone_the_condition_names_stay_in_view_while_scrolling_sideways(
    page: Page,
) -> TestResult {
    page.emulate_phone(360, 740).await?;
    page.open("/map/").await?;
    page.wait_for_text("h1", "Evidence map").await?;
    ensure!(
        fibromyalgia_in_view_scrolled_right(&page, ".map-chart", ".map-grid__name").await?,
        "scrolled to the right, the condition names are out of view or covered"
    );
    // A mark reached by keyboard is scrolled clear of the labels, not left under them.
    let mark_clear = page
        .eval(
            "const mark = document.getElementById('map-mark-cancer-case-reports');
             mark.focus();
             const labels = document.querySelector('.map-chart__labels').getBoundingClientRect();
             return mark.getBoundingClientRect().left >= labels.right - 1;",
        )
        .await?;
    ensure!(
        mark_clear == true,
        "a focused mark is hidden under the condition names"
    );

    page.follow_link("Show as table").await?;
    page.wait_for_text("caption", "Studies of LDN by condition")
        .await?;
    ensure!(
        fibromyalgia_in_view_scrolled_right(&page, ".map-table-wrap", ".map-table tbody th a")
            .await?,
        "scrolled to the right, the table's condition names are out of view or covered"
    );
    Ok(())
}

pub async fn a_keyboard_user_reaches_every_mark_and_its_studies(page: Page) -> TestResult {
    page.open("/map/").await?;
    page.wait_for_text("h1", "Evidence map").await?;
    let marks = page.count(".map-mark").await?;
    page.eval("document.querySelector('.map-controls a').focus();")
        .await?;

    // Tab walks through every mark in turn, and each one shows its studies as it gets focus.
    let mut reached = Vec::new();
    loop {
        page.press_tab().await?;
        let id = page.eval("return document.activeElement.id").await?;
        let id = id.as_str().unwrap_or_default().to_string();
        if !id.starts_with("map-mark-") {
            break;
        }
        reached.push(id);
    }
    ensure!(
        reached.len() == marks,
        "Tab reached {} of {marks} marks",
        reached.len()
    );
    let first = &reached[0];
    page.eval(&format!("document.getElementById('{first}').focus();"))
        .await?;
    let heading = page.text("#map-details-heading").await?;
    let label = page
        .client
        .find(Locator::Id(first))
        .await?
        .attr("aria-label")
        .await?
        .unwrap_or_default();
    let condition = label.split(',').next().unwrap_or_default();
    ensure!(
        heading.starts_with(condition),
        "focusing {label:?} shows {heading:?}"
    );
    page.press(Key::Enter).await?;
    let focused = page.eval("return document.activeElement.id").await?;
    ensure!(
        focused == "map-details-heading",
        "Enter on a mark left focus on {focused}"
    );
    Ok(())
}

pub async fn the_table_view_and_order_survive_a_reload(page: Page) -> TestResult {
    page.open("/map/").await?;
    page.wait_for_text("h1", "Evidence map").await?;
    let rows = page.count(".map-grid__row").await?;
    page.follow_link("Show as table").await?;
    page.wait_for_text("caption", "Studies of LDN by condition")
        .await?;
    ensure!(
        page.count("svg[role=group]").await? == 0,
        "the chart is still shown beside the table"
    );
    let order = page.client.find(Locator::Id("map-order")).await?;
    order.select_by_label("Name").await?;
    page.wait_for_text("tbody th", "Autism").await?;
    let url = page.current_url().await?;
    ensure!(
        url.ends_with("/map/table/?order=name"),
        "the address does not keep the view and order: {url}"
    );

    page.reload().await?;
    page.wait_for_text("caption", "Studies of LDN by condition")
        .await?;
    let names = page.texts("tbody th a").await?;
    ensure!(
        names.len() == rows,
        "{} table rows for {rows} conditions",
        names.len()
    );
    let mut sorted = names.clone();
    sorted.sort();
    ensure!(names == sorted, "rows are not in name order: {names:?}");
    ensure!(
        page.count("svg[role=group]").await? == 0,
        "the chart is back after reload"
    );

    // A condition with no counted study says so in every column.
    let lupus_gaps = page
        .eval(
            "const row = [...document.querySelectorAll('tbody tr')].find(r => r.querySelector('th').textContent.includes('Lupus'));
             return [...row.querySelectorAll('td')].filter(td => td.textContent === 'No studies').length;",
        )
        .await?;
    ensure!(lupus_gaps == 5, "lupus row gaps: {lupus_gaps}");
    // Study links in the table lead to the publications.
    let first_link = page
        .eval("return document.querySelector('.map-table__studies a').href;")
        .await?;
    ensure!(
        first_link
            .as_str()
            .is_some_and(|h| h.starts_with("https://")),
        "a table link goes to {first_link}"
    );

    // Back to the chart, in the same order.
    page.follow_link("Show as chart").await?;
    page.wait_for_text(".map-grid__heading", "Case reports")
        .await?;
    let url = page.current_url().await?;
    ensure!(url.ends_with("/map/?order=name"), "the chart is at {url}");
    Ok(())
}
