//! The page shell: what a first-time visitor sees, and that the build stays self-contained.

use crate::browser::{Page, TestResult};
use crate::ensure;
use ldn_evidence::evidence::words::english_ui::UI as ENGLISH_UI;

pub async fn home_says_what_this_is_and_that_it_is_not_advice(page: Page) -> TestResult {
    page.open("/").await?;
    page.wait_for_text("h1", ENGLISH_UI.home.heading).await?;
    let purpose = page.text(".intro__purpose").await?;
    ensure!(
        purpose.to_lowercase().contains("low-dose naltrexone"),
        "purpose line: {purpose:?}"
    );
    let note = page.text(".intro__note").await?;
    ensure!(
        note.to_lowercase().contains("not medical advice"),
        "advice note: {note:?}"
    );
    let footer = page.text("footer").await?;
    ensure!(footer.contains("last reviewed"), "footer: {footer:?}");
    let lang = page.eval("return document.documentElement.lang").await?;
    ensure!(lang == "en", "html lang is {lang}");
    let title = page.client.title().await?;
    ensure!(title.contains("low-dose naltrexone"), "title: {title:?}");
    Ok(())
}

pub async fn every_condition_has_a_card_and_the_count_says_so(page: Page) -> TestResult {
    page.open("/").await?;
    let status = page
        .wait_for_text("[role=status]", "conditions")
        .await?
        .text()
        .await?;
    let cards = page.count("article.card").await?;
    ensure!(cards >= 1, "no cards shown");
    ensure!(
        status == format!("{cards} of {cards} conditions"),
        "status {status:?} with {cards} cards"
    );
    Ok(())
}

pub async fn loading_the_page_logs_no_errors(page: Page) -> TestResult {
    page.open("/").await?;
    page.wait_for_text("article.card h2", "").await?;
    page.open("/condition/sjogrens-syndrome/").await?;
    page.wait_for_text("h1", "Sjögren").await?;
    let errors = page.console_errors().await?;
    // A missing favicon would show here as a failed resource load.
    ensure!(errors.is_empty(), "console errors: {errors:#?}");
    Ok(())
}

pub async fn a_failed_download_shows_a_message_not_a_blank_page(page: Page) -> TestResult {
    // `page` points at a server that refuses the WebAssembly file.
    page.open("/").await?;
    page.wait_for_text("#app-limited", "could not start")
        .await?;
    // The pre-rendered cards stay readable above the note.
    let cards = page.count("article.card").await?;
    ensure!(cards == 20, "{cards} pre-rendered cards beside the note");
    Ok(())
}

/// Not a browser test: the release files must not load anything from another host.
/// Comments are skipped (wasm-bindgen's glue cites MDN in one); code and markup are not. Pages
/// may link to studies elsewhere (`<a href>`), but nothing they load may come from there.
pub async fn release_files_reference_no_other_host(_: Page) -> TestResult {
    let dist = crate::site_dist();
    let mut checked = 0;
    for path in files_under(&dist)? {
        let kind = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        if !["js", "css", "html"].contains(&kind) {
            continue;
        }
        let code = without_comments(&std::fs::read_to_string(&path)?);
        let loading: Vec<&str> = match kind {
            "js" | "css" => vec![code.as_str()],
            "html" => ["<link", "<script", "<img", "<iframe", "<source", "<object"]
                .iter()
                .flat_map(|tag| code.match_indices(tag))
                .map(|(at, _)| &code[at..at + code[at..].find('>').unwrap_or(0)])
                .collect(),
            _ => continue,
        };
        for text in loading {
            for marker in [
                "http://",
                "https://",
                "src=\"//",
                "href=\"//",
                "url(//",
                "from\"//",
                "import(\"//",
            ] {
                ensure!(
                    !text.contains(marker),
                    "{} mentions {marker:?}: the build must only load from its own origin",
                    path.display()
                );
            }
        }
        checked += 1;
    }
    ensure!(
        checked >= 25,
        "expected every page, JS and CSS file in {}",
        dist.display()
    );
    Ok(())
}

/// Every file under `dir`, in every folder.
pub fn files_under(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

/// Drops `/* ... */`, `<!-- ... -->` and whole-line `// ...` comments.
fn without_comments(text: &str) -> String {
    let mut code = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("/*").into_iter().chain(rest.find("<!--")).min() {
        code.push_str(&rest[..start]);
        let close = if rest[start..].starts_with("/*") {
            "*/"
        } else {
            "-->"
        };
        rest = rest[start..]
            .find(close)
            .map_or("", |end| &rest[start + end + close.len()..]);
    }
    code.push_str(rest);
    code.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}
