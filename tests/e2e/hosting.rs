//! Hosting anywhere: under the strict Content-Security-Policy the project ships, under a
//! sub-path, and without a single request to another origin.

use std::path::Path;

use serde_json::json;

use crate::browser::{Page, TestResult};
use crate::{ensure, SUB_PATH};
use ldn_evidence::evidence::words::english_ui::UI as ENGLISH_UI;
use ldn_evidence::evidence::words::spanish_ui::UI as SPANISH_UI;

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
    page.reload().await?;
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

pub async fn an_unknown_address_deep_under_a_sub_path_finds_the_site(page: Page) -> TestResult {
    page.open(&format!("{SUB_PATH}condition/typo/")).await?;
    page.wait_for_text("h1", "Page not found").await?;
    let styled = page
        .eval("return getComputedStyle(document.querySelector('.site-header')).display")
        .await?;
    ensure!(styled == "block", "404.html lost its styles ({styled})");
    page.follow_link("See all conditions").await?;
    page.wait_for_text("h1", ENGLISH_UI.home.heading).await?;
    let url = page.current_url().await?;
    ensure!(url.ends_with(SUB_PATH), "the way home led to {url}");
    // A Spanish address that does not exist gets the not-found page in Spanish, and its way
    // home leads to the Spanish home page.
    page.open(&format!("{SUB_PATH}es/condition/typo/")).await?;
    page.wait_for_text("h1", SPANISH_UI.not_found.heading)
        .await?;
    page.follow_link(SPANISH_UI.not_found.link).await?;
    page.wait_for_text("h1", SPANISH_UI.home.heading).await?;
    let url = page.current_url().await?;
    ensure!(
        url.ends_with(&format!("{SUB_PATH}es/")),
        "the Spanish way home led to {url}"
    );
    Ok(())
}

/// The title, description and preview tags of the page open in `page`.
async fn head_tags(page: &Page) -> TestResult<serde_json::Value> {
    page.eval(
        "const meta = n => document.querySelector(`meta[name='${n}'], meta[property='${n}']`)?.content ?? null;
         return { title: document.title, description: meta('description'),
                  ogTitle: meta('og:title'), ogDescription: meta('og:description'),
                  twitterCard: meta('twitter:card'), ogUrl: meta('og:url'),
                  canonical: document.querySelector('link[rel=canonical]')?.href ?? null };",
    )
    .await
}

pub async fn each_page_names_itself_for_tabs_and_previews(page: Page) -> TestResult {
    let pages = [
        (
            "/condition/fibromyalgia/",
            "Fibromyalgia",
            "Evidence grade: Mixed.",
        ),
        (
            "/condition/systemic-lupus-erythematosus/",
            "Lupus (SLE)",
            "Evidence grade: No studies.",
        ),
        ("/map/table/", "Evidence map", "as a table"),
        ("/safety/", "Safety and dosing", "Side effects"),
    ];
    for (path, name, described) in pages {
        // With JavaScript off: what a link preview or a search engine's first look reads.
        page.cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": true }),
        )
        .await?;
        page.open(path).await?;
        let tags = head_tags(&page).await?;
        let text = |key: &str| tags[key].as_str().unwrap_or_default().to_string();
        ensure!(
            text("title").contains(name) && text("title").ends_with("LDN Evidence"),
            "{path} is titled {:?}",
            text("title")
        );
        ensure!(
            text("description").contains(described),
            "{path} is described as {:?}",
            text("description")
        );
        ensure!(
            text("ogTitle") == text("title") && text("ogDescription") == text("description"),
            "{path}'s preview tags differ from its title and description: {tags}"
        );
        ensure!(text("twitterCard") == "summary", "{path}: {tags}");
        // The app keeps the same title once it runs.
        page.cdp(
            "Emulation.setScriptExecutionDisabled",
            json!({ "value": false }),
        )
        .await?;
        page.open(path).await?;
        page.wait_for_text("h1", name).await?;
        let title = page.client.title().await?;
        ensure!(
            title == text("title"),
            "the app retitled {path} as {title:?}"
        );
    }
    Ok(())
}

pub async fn without_the_site_address_no_absolute_address_is_written(page: Page) -> TestResult {
    page.open("/condition/fibromyalgia/").await?;
    let tags = head_tags(&page).await?;
    ensure!(
        tags["canonical"].is_null() && tags["ogUrl"].is_null(),
        "a build without LDN_SITE_URL wrote addresses it cannot know: {tags}"
    );
    let dist = crate::site_dist();
    for file in ["sitemap.xml", "robots.txt"] {
        ensure!(
            !dist.join(file).exists(),
            "{file} was written without the site's address"
        );
    }
    Ok(())
}

pub async fn with_the_site_address_pages_and_sitemap_are_absolute(page: Page) -> TestResult {
    for (path, expected) in [
        ("", crate::site::SITE_URL.to_string()),
        (
            "condition/fibromyalgia/",
            format!("{}condition/fibromyalgia/", crate::site::SITE_URL),
        ),
        ("map/table/", format!("{}map/table/", crate::site::SITE_URL)),
    ] {
        page.open(&format!("{SUB_PATH}{path}")).await?;
        let tags = head_tags(&page).await?;
        ensure!(
            tags["canonical"] == expected.as_str() && tags["ogUrl"] == expected.as_str(),
            "{path}: {tags}"
        );
        // The same page in Spanish, named absolutely.
        let spanish = page
            .eval("return document.querySelector('link[rel=alternate][hreflang=es]').href")
            .await?;
        let wanted = format!("{}es/{path}", crate::site::SITE_URL);
        ensure!(
            spanish == wanted.as_str(),
            "{path}: Spanish alternate {spanish}"
        );
    }
    page.open(&format!("{SUB_PATH}sitemap.xml")).await?;
    let sitemap = page
        .eval("return [...document.getElementsByTagName('loc')].map(l => l.textContent)")
        .await?;
    let listed: Vec<String> = serde_json::from_value(sitemap)?;
    ensure!(
        // Every page but the not-found one, in English and in Spanish.
        listed.len() == 2 * 26 && listed.iter().all(|l| l.starts_with(crate::site::SITE_URL)),
        "sitemap.xml lists {listed:?}"
    );
    for page_address in [
        crate::site::SITE_URL.to_string(),
        format!(
            "{}condition/systemic-lupus-erythematosus/",
            crate::site::SITE_URL
        ),
        format!("{}how-we-grade/", crate::site::SITE_URL),
        format!("{}es/condition/fibromyalgia/", crate::site::SITE_URL),
    ] {
        ensure!(
            listed.contains(&page_address),
            "sitemap.xml leaves out {page_address}"
        );
    }
    ensure!(
        !listed.iter().any(|l| l.contains("404")),
        "sitemap.xml lists the not-found page"
    );
    page.open(&format!("{SUB_PATH}robots.txt")).await?;
    let robots = page.text("body").await?;
    ensure!(
        robots.contains(&format!("Sitemap: {}sitemap.xml", crate::site::SITE_URL)),
        "robots.txt: {robots:?}"
    );
    Ok(())
}

pub async fn the_home_page_offers_the_whole_dataset_as_open_data(page: Page) -> TestResult {
    page.open("/").await?;
    let links = page
        .eval("return [...document.querySelectorAll('.open-data a[download]')].map(a => new URL(a.href).pathname)")
        .await?;
    let links: Vec<String> = serde_json::from_value(links)?;
    ensure!(links.len() == 3, "open data links: {links:?}");
    let dist = crate::site_dist();
    let read = |path: &str| std::fs::read_to_string(dist.join(path.trim_start_matches('/')));
    for link in &links {
        ensure!(read(link).is_ok(), "{link} is linked but not in the build");
    }
    let data: serde_json::Value = serde_json::from_str(&read("ldn-evidence-data.json")?)?;
    ensure!(
        data["licence"]
            .as_str()
            .is_some_and(|l| l.starts_with("CC BY 4.0")),
        "the data names no licence"
    );
    let publications = data["publications"].as_array().cloned().unwrap_or_default();
    ensure!(
        publications.len() > 80
            && publications
                .iter()
                .all(|p| p["verified_from"].as_array().is_some_and(|s| !s.is_empty())),
        "the JSON holds {} publications, or some without their sources",
        publications.len()
    );
    let csv = read("ldn-evidence-publications.csv")?;
    ensure!(
        csv.starts_with("condition_id,condition,publication_id,reference,doi,pmid,")
            && csv.lines().count() > publications.len(),
        "the CSV has {} lines",
        csv.lines().count()
    );
    Ok(())
}
