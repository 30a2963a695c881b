//! Hosting anywhere: under the strict Content-Security-Policy the project ships, under a
//! sub-path, and without a single request to another origin.

use std::path::Path;

use serde_json::json;

use crate::browser::{Page, TestResult};
use crate::{ensure, SUB_PATH};

/// The headers `dist/_headers` sets for every path, so the test serves exactly what we ship.
pub fn deployment_headers(dist: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(dist.join("_headers")).expect("dist/_headers exists");
    text.lines()
        .skip_while(|line| line.trim() != "/*")
        .skip(1)
        .take_while(|line| line.starts_with(' '))
        .filter_map(|line| line.trim().split_once(": "))
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect()
}

/// Visits each kind of page the way a reader would.
async fn tour(page: &Page, start: &str) -> TestResult {
    page.open(start).await?;
    page.wait_for_text("article.card h2", "").await?;
    page.type_into_labelled("Search conditions", "fibro")
        .await?;
    page.follow_link("Fibromyalgia").await?;
    page.wait_for_text("h1", "Fibromyalgia").await?;
    page.follow_link("Safety and dosing").await?;
    page.wait_for_text("h1", "Safety and dosing").await?;
    page.follow_link("How we grade").await?;
    page.wait_for_text("h1", "How we grade").await?;
    Ok(())
}

pub async fn the_strict_content_security_policy_reports_nothing(page: Page) -> TestResult {
    page.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "window.cspViolations = [];
            document.addEventListener('securitypolicyviolation',
              e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));" }),
    )
    .await?;
    tour(&page, "/").await?;
    let violations = page.eval("return window.cspViolations").await?;
    ensure!(
        violations.as_array().is_some_and(|v| v.is_empty()),
        "the app broke its own Content-Security-Policy: {violations}"
    );
    // Prove the policy is on and the listener hears it: an inline script must be refused.
    page.eval(
        "const s = document.createElement('script'); s.textContent = 'window.inlineRan = 1';
         document.body.appendChild(s);",
    )
    .await?;
    let ran = page.eval("return window.inlineRan === 1").await?;
    let violations = page.eval("return window.cspViolations.length").await?;
    ensure!(
        ran == false && violations == 1,
        "the policy is not enforced (inline ran: {ran}, violations: {violations})"
    );
    Ok(())
}

pub async fn a_sub_path_deployment_serves_pages_and_deep_links(page: Page) -> TestResult {
    tour(&page, SUB_PATH).await?;
    page.open(&format!("{SUB_PATH}condition/multiple-sclerosis/"))
        .await?;
    page.wait_for_text("h1", "Multiple sclerosis").await?;
    page.client.refresh().await?;
    page.wait_for_text("h1", "Multiple sclerosis").await?;
    let errors = page.console_errors().await?;
    ensure!(
        errors.is_empty(),
        "console errors under {SUB_PATH}: {errors:#?}"
    );
    Ok(())
}

pub async fn the_app_only_talks_to_its_own_origin(page: Page) -> TestResult {
    tour(&page, "/").await?;
    let elsewhere = page
        .eval(
            "return performance.getEntries()
               .map(e => e.name)
               .filter(n => /^[a-z]+:/.test(n) && !n.startsWith(location.origin + '/'));",
        )
        .await?;
    ensure!(
        elsewhere.as_array().is_some_and(|a| a.is_empty()),
        "requests to other origins: {elsewhere}"
    );
    let kept = page
        .eval("return [document.cookie, localStorage.length, sessionStorage.length]")
        .await?;
    ensure!(
        kept == json!(["", 0, 0]),
        "the app stored something: {kept}"
    );
    Ok(())
}
