//! Citing the studies: a reader downloads a condition's references (and everyone's) as RIS and
//! BibTeX files, and copies one study's reference, with or without the Clipboard API.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::browser::{Page, TestResult};
use crate::ensure;

/// A fresh, empty folder for this browser's downloads.
fn download_folder() -> TestResult<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target/e2e/downloads")
        .join(std::process::id().to_string());
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// Waits until the browser has finished writing `name` into `dir`, and returns its text.
async fn downloaded(dir: &Path, name: &str) -> TestResult<String> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let path = dir.join(name);
        let partial = std::fs::read_dir(dir)?
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().ends_with(".crdownload"));
        if path.exists() && !partial {
            return Ok(std::fs::read_to_string(path)?);
        }
        let present: Vec<String> = std::fs::read_dir(dir)?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        ensure!(
            Instant::now() < deadline,
            "{name} was not downloaded (the folder holds {present:?})"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The DOIs the dataset holds for a condition (`None`: every publication).
fn dataset_dois(condition: Option<&str>) -> Vec<String> {
    let catalogue = ldn_evidence::embedded_catalogue();
    catalogue
        .dataset
        .publications
        .iter()
        .filter(|p| condition.is_none_or(|c| p.conditions.iter().any(|pc| pc == c)))
        .filter_map(|p| p.doi.clone())
        .collect()
}

pub async fn downloads_hold_the_references_under_the_strict_policy(page: Page) -> TestResult {
    let dir = download_folder()?;
    page.cdp(
        "Browser.setDownloadBehavior",
        json!({ "behavior": "allow", "downloadPath": dir.to_string_lossy() }),
    )
    .await?;
    // Notes policy breaches.
    page.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "window.cspViolations = [];
            document.addEventListener('securitypolicyviolation',
              e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));" }),
    )
    .await?;

    page.open("/condition/fibromyalgia/").await?;
    page.wait_for_text("h2", "Cite these studies").await?;
    page.follow_link("Download RIS").await?;
    let ris = downloaded(&dir, "ldn-evidence-fibromyalgia.ris").await?;
    let expected = dataset_dois(Some("fibromyalgia"));
    ensure!(expected.len() >= 5, "too few DOIs to test: {expected:?}");
    for doi in &expected {
        ensure!(
            ris.contains(&format!("DO  - {doi}\r\n")),
            "the RIS file lacks {doi}"
        );
    }
    ensure!(
        ris.starts_with("TY  - ") && ris.ends_with("ER  - \r\n"),
        "the RIS file does not run from TY to ER: {:?}",
        &ris[..ris.len().min(80)]
    );

    page.follow_link("Download BibTeX").await?;
    let bibtex = downloaded(&dir, "ldn-evidence-fibromyalgia.bib").await?;
    for doi in &expected {
        ensure!(
            bibtex.contains(&format!("doi = {{{doi}}}")),
            "the BibTeX file lacks {doi}"
        );
    }

    // The home page offers every publication in one file.
    page.follow_link("LDN Evidence").await?;
    page.wait_for_text("h2", "Cite the studies").await?;
    page.follow_link("Download RIS").await?;
    let all = downloaded(&dir, "ldn-evidence-all.ris").await?;
    let everything = dataset_dois(None);
    let found: Vec<&str> = all
        .split("\r\n")
        .filter_map(|line| line.strip_prefix("DO  - "))
        .collect();
    ensure!(
        found.len() == everything.len() && everything.iter().all(|d| found.contains(&d.as_str())),
        "ldn-evidence-all.ris has {} DOIs, the dataset {}",
        found.len(),
        everything.len()
    );

    let violations = page.eval("return window.cspViolations").await?;
    ensure!(
        violations.as_array().is_some_and(|v| v.is_empty()),
        "downloading broke the Content-Security-Policy: {violations}"
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

pub async fn copy_citation_puts_the_reference_on_the_clipboard(page: Page) -> TestResult {
    page.cdp(
        "Browser.grantPermissions",
        json!({ "origin": page.origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
    )
    .await?;
    page.open("/condition/fibromyalgia/").await?;
    page.wait_for_text("h1", "Fibromyalgia").await?;
    page.press_button("Copy citation for Younger and Mackey 2009")
        .await?;
    let status = page
        .wait_for_text(".copy-citation__status", "Citation copied")
        .await?;
    ensure!(
        status.attr("aria-live").await?.as_deref() == Some("polite"),
        "the message is not in a polite live region"
    );
    let copied = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             navigator.clipboard.readText().then(done, e => done('could not read: ' + e));",
            vec![],
        )
        .await?;
    let copied = copied.as_str().unwrap_or_default();
    ensure!(
        copied.starts_with(
            "Younger J, Mackey S. Fibromyalgia symptoms are reduced by low-dose naltrexone"
        ) && copied.contains("doi:10.1111/j.1526-4637.2009.00613.x")
            && copied.ends_with("PMID: 19453963."),
        "the clipboard holds {copied:?}"
    );
    Ok(())
}

pub async fn a_refused_clipboard_leaves_the_citation_selected_to_copy(page: Page) -> TestResult {
    // As in a frame without the clipboard permission, or a browser without the API.
    page.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });" }),
    )
    .await?;
    page.open("/condition/fibromyalgia/").await?;
    page.wait_for_text("h1", "Fibromyalgia").await?;
    page.press_button("Copy citation for Younger and Mackey 2009")
        .await?;
    page.wait_for_text(
        ".copy-citation__status",
        "Select and copy the citation above",
    )
    .await?;
    let shown = page.text(".copy-citation__text").await?;
    ensure!(
        shown.starts_with("Younger J, Mackey S. Fibromyalgia symptoms")
            && shown.ends_with("PMID: 19453963."),
        "the citation shown is {shown:?}"
    );
    let selected = page.eval("return window.getSelection().toString()").await?;
    ensure!(
        selected.as_str() == Some(shown.as_str()),
        "selected {selected}, not the citation"
    );
    Ok(())
}

pub async fn copy_citation_works_inside_a_frame_on_another_site(page: Page) -> TestResult {
    // Only the loader's allow="clipboard-write" lets a frame from another origin copy.
    crate::embedding::open_host_page(&page, "/index.html").await?;
    crate::embedding::in_widget(&page, async |p| {
        p.follow_link("Fibromyalgia").await?;
        p.wait_for_text("h1", "Fibromyalgia").await?;
        p.press_button("Copy citation for Younger and Mackey 2009")
            .await?;
        p.wait_for_text(".copy-citation__status", "Citation copied")
            .await?;
        Ok(())
    })
    .await
}
