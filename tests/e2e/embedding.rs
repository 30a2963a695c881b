//! Embedding on another site: host pages on a second origin use the one-line loader, and the
//! widget must fit its frame, accept heights only from itself, and leave the host page alone.

use ldn_evidence::evidence::words::english_ui::UI as ENGLISH_UI;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::Locator;

use crate::browser::{Page, TestResult};
use crate::prerendered::{app_started, visible_cards};
use crate::{ensure, SUB_PATH};

/// Writes the host site's pages into `target/e2e/host` and returns the folder.
/// `slow_widget` is the widget served with its WebAssembly held back, to see the first paint.
pub fn write_host_pages(widget: &str, sub_path_widget: &str, slow_widget: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e/host");
    std::fs::create_dir_all(&dir).expect("create target/e2e/host");
    let page = |title: &str, body: String| {
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\n\
             <link rel=\"icon\" href=\"data:,\">\n\
             <script src=\"globals-before.js\"></script></head>\n<body>\n<h1>{title}</h1>\n{body}\n</body></html>\n"
        )
    };
    let files = [
        (
            "globals-before.js",
            // Both snapshots are taken by the page itself, before the WebDriver adds helpers;
            // the load event waits for both copies of the async loader to have run.
            "window.hostGlobalsBefore = Object.getOwnPropertyNames(window);\n\
             addEventListener('load', () => {\n\
               window.hostGlobalsAtLoad = Object.getOwnPropertyNames(window);\n\
             });\n"
                .to_string(),
        ),
        (
            "index.html",
            page(
                "Sjögren's support group",
                format!(
                    "<p>Our members often ask about LDN.</p>\n\
                     <div id=\"widget\" data-ldn-evidence data-src=\"{widget}/\" \
                     data-conditions=\"fibromyalgia,sjogrens-syndrome,no-such-condition\" data-theme=\"dark\">\
                     <a href=\"{widget}/\">Evidence on low-dose naltrexone</a></div>\n\
                     <p id=\"after\">More from our group.</p>\n\
                     <script src=\"{widget}/embed.js\" async></script>\n\
                     <script src=\"{widget}/embed.js\" async></script>"
                ),
            ),
        ),
        (
            "single.html",
            page(
                "MS society",
                format!(
                    "<div id=\"widget\" data-ldn-evidence data-condition=\"multiple-sclerosis\" data-compact>\
                     <a href=\"{sub_path_widget}{SUB_PATH}\">Evidence on low-dose naltrexone</a></div>\n\
                     <script src=\"{sub_path_widget}{SUB_PATH}embed.js\" async></script>"
                ),
            ),
        ),
        (
            "first-paint-one.html",
            page(
                "Fibromyalgia network",
                format!(
                    "<div id=\"widget\" data-ldn-evidence data-src=\"{slow_widget}/\" data-condition=\"fibromyalgia\" data-compact></div>\n\
                     <script src=\"{slow_widget}/embed.js\" async></script>"
                ),
            ),
        ),
        (
            "first-paint-two.html",
            page(
                "Autoimmune alliance",
                format!(
                    "<div id=\"widget\" data-ldn-evidence data-src=\"{slow_widget}/\" \
                     data-conditions=\"systemic-lupus-erythematosus,sjogrens-syndrome\" data-compact></div>\n\
                     <script src=\"{slow_widget}/embed.js\" async></script>"
                ),
            ),
        ),
        (
            "spanish.html",
            page(
                "Grupo de apoyo",
                format!(
                    "<div id=\"widget\" data-ldn-evidence data-src=\"{widget}/\" data-lang=\"es\" \
                     data-conditions=\"fibromyalgia,sjogrens-syndrome\">\
                     <a href=\"{widget}/es/\">Evidencia sobre la LDN</a></div>\n\
                     <script src=\"{widget}/embed.js\" async></script>"
                ),
            ),
        ),
        (
            "bad.html",
            page(
                "Careless host",
                format!(
                    "<div id=\"widget\" data-ldn-evidence data-src=\"{widget}/\" \
                     data-conditions=\"nope,&lt;b&gt;x&lt;/b&gt;\" data-theme=\"purple\" data-compact=\"perhaps\"></div>\n\
                     <div id=\"bad-src\" data-ldn-evidence data-src=\"javascript:alert(1)\">\
                     <a href=\"{widget}/\">Evidence on LDN</a></div>\n\
                     <script src=\"{widget}/embed.js\"></script>"
                ),
            ),
        ),
    ];
    for (name, content) in files {
        std::fs::write(dir.join(name), content).expect("write a host page");
    }
    dir
}

/// Opens a host page and waits for the loader to put the widget's frame in `#widget`.
pub(crate) async fn open_host_page(page: &Page, path: &str) -> TestResult<Element> {
    page.open(path).await?;
    let frame = page
        .client
        .wait()
        .for_element(Locator::Css("#widget iframe"))
        .await?;
    Ok(frame)
}

/// Runs `inside` within the widget's frame and returns to the host page.
pub(crate) async fn in_widget<T>(
    page: &Page,
    inside: impl AsyncFnOnce(&Page) -> TestResult<T>,
) -> TestResult<T> {
    let frame = page.client.find(Locator::Css("#widget iframe")).await?;
    frame.enter_frame().await?;
    let result = inside(page).await;
    page.client.enter_parent_frame().await?;
    result
}

pub(crate) async fn frame_height(page: &Page) -> TestResult<f64> {
    let height = page
        .eval("return document.querySelector('#widget iframe').getBoundingClientRect().height")
        .await?;
    Ok(height.as_f64().unwrap_or_default())
}

/// Waits until the frame is as tall as the widget's content (within 3 px) and nothing inside
/// needs scrolling; returns the frame's height.
pub(crate) async fn wait_until_frame_fits(page: &Page) -> TestResult<f64> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let frame = frame_height(page).await?;
        let inside = in_widget(page, async |p| {
            p.eval(
                "const root = document.documentElement;
                 return [root.scrollHeight, root.clientHeight];",
            )
            .await
        })
        .await?;
        let number = |i: usize| inside[i].as_f64().unwrap_or_default();
        let (content, visible) = (number(0), number(1));
        if (frame - content).abs() <= 3.0 && content <= visible + 1.0 {
            return Ok(frame);
        }
        ensure!(
            Instant::now() < deadline,
            "the frame stayed {frame} px tall for {content} px of content ({visible} px visible)"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub async fn the_loader_fills_the_placeholder_with_a_titled_frame(page: Page) -> TestResult {
    let frame = open_host_page(&page, "/index.html").await?;
    ensure!(
        page.count("iframe").await? == 1,
        "loading the script twice made more than one frame"
    );
    let title = frame.attr("title").await?.unwrap_or_default();
    ensure!(
        title == "Evidence on low-dose naltrexone",
        "frame title {title:?}"
    );
    ensure!(
        frame.attr("loading").await?.as_deref() == Some("lazy"),
        "the frame is not lazy-loaded"
    );
    ensure!(
        frame.attr("allow").await?.as_deref() == Some("clipboard-write"),
        "the frame may not write to the clipboard, so \"Copy citation\" cannot work in it"
    );
    ensure!(
        page.count("#widget > a").await? == 0,
        "the fallback link is still there"
    );
    let (cards, background) = in_widget(&page, async |p| {
        p.wait_for_text("article.card h2", "").await?;
        let cards = p.texts("article.card h2").await?;
        let background = p
            .eval("return getComputedStyle(document.body).backgroundColor")
            .await?;
        Ok((cards, background))
    })
    .await?;
    ensure!(
        cards == ["Fibromyalgia", "Sjögren's syndrome"],
        "the widget shows {cards:?}, not just the two conditions asked for"
    );
    ensure!(
        background == "rgb(20, 23, 27)",
        "data-theme=dark did not apply: background {background}"
    );
    Ok(())
}

pub async fn the_frame_fits_its_content_and_follows_it(page: Page) -> TestResult {
    // On a phone, where text wraps most and a scrollbar would cost the most width.
    page.emulate_phone(375, 700).await?;
    open_host_page(&page, "/index.html").await?;
    let home = wait_until_frame_fits(&page).await?;
    in_widget(&page, async |p| {
        p.follow_link("Fibromyalgia").await?;
        p.wait_for_text("h1", "Fibromyalgia").await?;
        Ok(())
    })
    .await?;
    let detail = wait_until_frame_fits(&page).await?;
    let host_url = page.current_url().await?;
    ensure!(
        host_url.ends_with("/index.html"),
        "opening a card moved the host page to {host_url}"
    );
    ensure!(
        detail > home + 200.0,
        "the frame did not grow for the condition page ({home} -> {detail} px)"
    );
    in_widget(&page, async |p| {
        p.wait_for_text("button", "Listed, but not counted")
            .await?
            .click()
            .await?;
        Ok(())
    })
    .await?;
    let expanded = wait_until_frame_fits(&page).await?;
    ensure!(
        expanded > detail,
        "the frame did not grow when a list opened ({detail} -> {expanded} px)"
    );
    Ok(())
}

pub async fn only_the_widget_can_resize_its_frame(page: Page) -> TestResult {
    open_host_page(&page, "/index.html").await?;
    let fitted = wait_until_frame_fits(&page).await?;
    page.eval(
        "window.postMessage({ ldnEvidence: { resizeHeight: 4321 } }, '*');
         const other = document.createElement('iframe');
         other.srcdoc = '<p>other</p>';
         other.onload = () => other.contentWindow.parent.postMessage(
           { ldnEvidence: { resizeHeight: 1234 } }, '*');
         document.body.appendChild(other);",
    )
    .await?;
    // Give any accepted message time to take effect before checking that none did.
    tokio::time::sleep(Duration::from_millis(800)).await;
    let after = frame_height(&page).await?;
    ensure!(
        (after - fitted).abs() <= 1.0,
        "a message from outside the widget resized its frame ({fitted} -> {after} px)"
    );
    Ok(())
}

pub async fn the_host_page_gains_no_globals(page: Page) -> TestResult {
    open_host_page(&page, "/index.html").await?;
    wait_until_frame_fits(&page).await?;
    let added = page
        .eval(
            "const before = new Set(window.hostGlobalsBefore);
             return window.hostGlobalsAtLoad
               .filter(n => !before.has(n) && n !== 'hostGlobalsBefore' && !/^\\d+$/.test(n));",
        )
        .await?;
    ensure!(
        added.as_array().is_some_and(|a| a.is_empty()),
        "the loader added globals to the host page: {added}"
    );
    let cookies = page.eval("return document.cookie").await?;
    ensure!(cookies == "", "cookies were set: {cookies}");
    Ok(())
}

pub async fn a_compact_embed_from_a_sub_path_opens_one_condition(page: Page) -> TestResult {
    let frame = open_host_page(&page, "/single.html").await?;
    let src = frame.attr("src").await?.unwrap_or_default();
    ensure!(
        src.contains(SUB_PATH),
        "the frame does not load from the script's folder: {src}"
    );
    let title = frame.attr("title").await?.unwrap_or_default();
    ensure!(
        title.ends_with("multiple sclerosis"),
        "frame title {title:?}"
    );
    let (headers, footers) = in_widget(&page, async |p| {
        p.wait_for_text("h1", "Multiple sclerosis").await?;
        Ok((
            p.count_shown(".site-header").await?,
            p.count_shown(".site-footer").await?,
        ))
    })
    .await?;
    ensure!(
        headers == 0 && footers == 0,
        "compact still shows the site header or footer"
    );
    wait_until_frame_fits(&page).await?;
    Ok(())
}

pub async fn bad_attributes_never_break_the_host_page(page: Page) -> TestResult {
    open_host_page(&page, "/bad.html").await?;
    let (note, cards, header) = in_widget(&page, async |p| {
        p.wait_for_app("the widget").await?;
        let note = p
            .wait_for_text("[role=note]", "all conditions are shown")
            .await?
            .text()
            .await?;
        let total = p.condition_total().await?;
        Ok((note, total, p.count_shown(".site-header").await?))
    })
    .await?;
    ensure!(
        cards >= 20,
        "only {cards} conditions shown for unknown ids ({note})"
    );
    ensure!(
        header == 1,
        "an unreadable data-compact value changed the layout"
    );
    ensure!(
        page.count("#bad-src iframe").await? == 0 && page.count("#bad-src a").await? == 1,
        "a javascript: data-src was loaded instead of leaving the fallback link"
    );
    let errors = page.console_errors().await?;
    ensure!(errors.is_empty(), "console errors: {errors:#?}");
    Ok(())
}

/// Checks, before the widget's WebAssembly has arrived, that the frame shows what was asked
/// for and already fits it.
async fn first_paint_shows(page: &Page, host: &str, heading: &str, cards: &[&str]) -> TestResult {
    let frame = open_host_page(page, host).await?;
    let src = frame.attr("src").await?.unwrap_or_default();
    wait_until_frame_fits(page).await?;
    let (started, shown, title, headers) = in_widget(page, async |p| {
        p.wait_for_text("h1", heading).await?;
        // The heading is parsed before the cards: on a slow machine the page may still be
        // arriving, so wait for each wanted card (the others are hidden from the start).
        for card in cards {
            p.wait_for_text("article.card h2", card).await?;
        }
        let shown = visible_cards(p).await?;
        let title = p.text("h1").await?;
        let headers = p.count_shown(".site-header").await?;
        Ok((app_started(p).await?, shown, title, headers))
    })
    .await?;
    ensure!(
        !started,
        "the widget's app started before the check; the delay is too short ({src})"
    );
    ensure!(title == heading, "the frame shows {title:?} from {src}");
    ensure!(shown == cards, "the frame shows the cards {shown:?}");
    ensure!(headers == 0, "the compact frame shows the site header");
    Ok(())
}

pub async fn a_one_condition_embed_paints_its_page_before_the_app(page: Page) -> TestResult {
    first_paint_shows(&page, "/first-paint-one.html", "Fibromyalgia", &[]).await
}

pub async fn a_two_condition_embed_paints_only_its_cards_before_the_app(page: Page) -> TestResult {
    first_paint_shows(
        &page,
        "/first-paint-two.html",
        ENGLISH_UI.home.heading,
        &["Lupus (SLE)", "Sjögren's syndrome"],
    )
    .await?;
    // Once the app is in charge, the same two cards, in the same frame.
    let shown = in_widget(&page, async |p| {
        p.wait_for_text("[role=status]", "2 of 2 conditions")
            .await?;
        visible_cards(p).await
    })
    .await?;
    ensure!(
        shown == ["Lupus (SLE)", "Sjögren's syndrome"],
        "after the app: {shown:?}"
    );
    Ok(())
}
