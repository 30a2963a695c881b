//! The first screen on a phone: the answer in view without scrolling, a header of one row,
//! targets a thumb can hit, and no accessibility problem in either theme.

use serde_json::Value;

use crate::browser::{Page, TestResult};
use crate::ensure;

/// The phones the first screen is designed for: a common one and the smallest supported.
const PHONES: [(u32, u32); 2] = [(375, 667), (320, 568)];

/// Each selector's first visible element, and whether it lies wholly inside the viewport.
const IN_VIEW: &str = "
    const out = {};
    for (const css of arguments[0]) {
      const e = [...document.querySelectorAll(css)].find(e => e.getClientRects().length);
      const r = e && e.getBoundingClientRect();
      out[css] = !!r && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
    }
    return out;";

async fn all_in_view(page: &Page, path: &str, selectors: &[&str]) -> TestResult {
    page.open(path).await?;
    let seen: Value = page
        .client
        .execute(IN_VIEW, vec![serde_json::json!(selectors)])
        .await?;
    let missing: Vec<&&str> = selectors.iter().filter(|css| seen[**css] != true).collect();
    ensure!(
        missing.is_empty(),
        "{path}: not in view on load: {missing:?}"
    );
    Ok(())
}

/// The tops of the header's visible parts: one row means one top (within a few pixels).
const HEADER_ROWS: &str = "
    const parts = [...document.querySelectorAll('.site-header__name, .site-nav__link, .language-switch__link')]
      .filter(e => e.getClientRects().length);
    const tops = parts.map(e => Math.round(e.getBoundingClientRect().top));
    return { parts: parts.length, spread: Math.max(...tops) - Math.min(...tops),
             height: document.querySelector('.site-header').getBoundingClientRect().height };";

/// In English and in Spanish, whose words run longer.
pub async fn the_first_screen_of_a_phone_answers(page: Page) -> TestResult {
    for (width, height) in PHONES {
        page.emulate_phone(width, height).await?;
        for folder in ["/", "/es/"] {
            all_in_view(
                &page,
                folder,
                &["#condition-search", ".card__title a", ".card .badge"],
            )
            .await?;
            let header = page.eval(HEADER_ROWS).await?;
            ensure!(
                header["parts"].as_u64() >= Some(5)
                    && header["spread"].as_i64() <= Some(4)
                    && header["height"].as_f64() <= Some(60.0),
                "at {width} px the header of {folder} is not one row: {header}"
            );
            all_in_view(
                &page,
                &format!("{folder}condition/fibromyalgia/"),
                &["h1", ".detail__grade .badge", ".detail__verdict"],
            )
            .await?;
        }
    }
    Ok(())
}

/// Controls smaller than 44 x 44 px. Links inside running text are exempt, as in WCAG.
const SMALL_TARGETS: &str = "
    return [...document.querySelectorAll('a, button, input, select, summary')]
      .filter(e => e.getClientRects().length && getComputedStyle(e).display !== 'inline')
      .filter(e => !e.closest('.app-drawing, [hidden], .visually-hidden, .skip-link'))
      .map(e => [e, e.getBoundingClientRect()])
      .filter(([, r]) => r.width < 44 || r.height < 44)
      .map(([e, r]) => `${e.tagName.toLowerCase()}.${e.className} '${e.textContent.trim().slice(0, 30)}' ${Math.round(r.width)}x${Math.round(r.height)}`);";

pub async fn every_control_on_a_phone_is_big_enough_to_tap(page: Page) -> TestResult {
    page.emulate_phone(320, 568).await?;
    for path in [
        "/",
        "/condition/fibromyalgia/",
        "/safety/",
        "/how-we-grade/",
        "/map/",
        "/es/",
        "/es/condition/fibromyalgia/",
    ] {
        page.open(path).await?;
        let small = page.eval(SMALL_TARGETS).await?;
        ensure!(
            small.as_array().is_some_and(|s| s.is_empty()),
            "{path}: controls under 44 x 44 px: {small}"
        );
    }
    Ok(())
}

pub async fn a_phone_finds_no_accessibility_problems_in_either_theme(page: Page) -> TestResult {
    page.emulate_phone(375, 667).await?;
    for dark in [false, true] {
        if dark {
            page.emulate_dark_theme().await?;
        }
        for path in ["/", "/condition/fibromyalgia/", "/es/"] {
            page.open(path).await?;
            // With a badge's explanation open, as a reader who tapped it sees the page.
            page.eval("document.querySelector('.grade-legend').open = true")
                .await?;
            let violations = page.accessibility_violations().await?;
            ensure!(
                violations.is_empty(),
                "axe on {path} ({}): {violations:#?}",
                if dark { "dark" } else { "light" }
            );
        }
    }
    Ok(())
}
