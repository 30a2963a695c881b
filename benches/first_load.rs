//! The first-load benchmark: how fast a reader on a cheap phone sees the cards, for the app
//! against a plain-HTML page of the same cards (`prerender static`), and how fast search
//! answers a keystroke, also with a dataset 50 times the real one.
//!
//! Run with `scripts/bench.sh` (it installs what is missing). Each run is a fresh browser
//! profile with the cache off, 4x CPU slowdown and a slow 4G connection; the table reports
//! the median of the runs. Absolute times depend on the machine; the ratio app / static is
//! the number to hold. Writes the results to BENCHMARKS.md.

#[allow(dead_code)]
#[path = "../tests/e2e/browser.rs"]
mod browser;
#[allow(dead_code)]
#[path = "../tests/e2e/server.rs"]
mod server;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use browser::{Chromedriver, Page, TestResult};
use fantoccini::Locator;
use serde_json::json;
use server::{ServerOptions, StaticServer};

const RUNS: usize = 5;
const CPU_SLOWDOWN: u32 = 4;
/// "Slow 4G" as Chrome's DevTools presets it: 150 ms round trip, 1.6 Mbit/s down.
const LATENCY_MS: u32 = 150;
const DOWNLOAD_BYTES_PER_S: u32 = 1_600_000 / 8;
const UPLOAD_BYTES_PER_S: u32 = 750_000 / 8;
/// The stress dataset: the real one repeated this many times.
const SCALE: usize = 50;
const KEYS: &str = "fibro";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `trunk build --release` into `target/bench/<name>`, with extra environment variables.
fn build(name: &str, env: &[(&str, String)]) -> PathBuf {
    let dist = root().join("target/bench").join(name);
    let mut command = Command::new("trunk");
    command
        .current_dir(root())
        .args(["build", "--release", "--offline", "--dist"])
        .arg(&dist)
        // Its own target dir: `cargo bench` holds the lock on the main one.
        .env("CARGO_TARGET_DIR", root().join("target/bench/cargo"));
    for (key, value) in env {
        command.env(key, value);
    }
    let status = command
        .status()
        .expect("trunk is installed (scripts/setup.sh)");
    assert!(status.success(), "trunk build --release failed for {name}");
    dist
}

/// The plain-HTML page of the same cards, written by the project's own pre-renderer.
fn build_static(app: &Path) -> PathBuf {
    let out = root().join("target/bench/static");
    let status = Command::new("cargo")
        .current_dir(root())
        .args(["run", "--quiet", "--bin", "prerender", "--", "static"])
        .arg(app)
        .arg(&out)
        .env("CARGO_TARGET_DIR", root().join("target/bench/cargo"))
        .status()
        .expect("cargo runs");
    assert!(status.success(), "prerender static failed");
    out
}

fn serve(dist: &Path) -> StaticServer {
    StaticServer::start(
        dist,
        ServerOptions {
            gzip: true,
            ..ServerOptions::default()
        },
    )
}

/// A fresh profile with the phone-and-network handicap applied.
async fn slow_page(driver: &Chromedriver, origin: &str) -> TestResult<Page> {
    let page = driver.open(origin, 412, 915).await?;
    page.cdp("Network.enable", json!({})).await?;
    page.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await?;
    page.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": LATENCY_MS,
                "downloadThroughput": DOWNLOAD_BYTES_PER_S, "uploadThroughput": UPLOAD_BYTES_PER_S }),
    )
    .await?;
    page.cdp(
        "Emulation.setCPUThrottlingRate",
        json!({ "rate": CPU_SLOWDOWN }),
    )
    .await?;
    Ok(page)
}

/// Runs `script` until it returns a number, for up to 30 s.
async fn poll_number(page: &Page, script: &str) -> TestResult<f64> {
    for _ in 0..600 {
        if let Some(value) = page.eval(script).await?.as_f64() {
            return Ok(value);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Err(format!("timed out waiting for: {script}").into())
}

/// Starts recording Element Timing entries, which only observers can read (buffered ones too).
const OBSERVE: &str = "
    window.__cards = [];
    new PerformanceObserver(list => window.__cards.push(...list.getEntries()))
      .observe({ type: 'element', buffered: true });";

/// Milliseconds from navigation to the first card's text on screen.
const FIRST_CARD: &str = "
    const cards = window.__cards.filter(e => e.identifier.startsWith('card-'));
    return cards.length ? Math.min(...cards.map(e => e.renderTime || e.loadTime)) : null;";

/// Bytes over the wire (compressed body) per file name, the page itself included.
const BYTES: &str = "
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    return entries.map(e => [e.name.split('/').pop() || 'index.html', e.encodedBodySize]);";

struct Load {
    first_card_ms: f64,
    ready_ms: Option<f64>,
    bytes: Vec<(String, f64)>,
}

async fn measure_load(driver: &Chromedriver, origin: &str, app: bool) -> TestResult<Load> {
    let page = slow_page(driver, origin).await?;
    page.open("/").await?;
    page.eval(OBSERVE).await?;
    let first_card_ms = poll_number(&page, FIRST_CARD).await?;
    let ready_ms = if app {
        Some(
            poll_number(
                &page,
                "const m = performance.getEntriesByName('app-ready'); return m.length ? m[0].startTime : null;",
            )
            .await?,
        )
    } else {
        tokio::time::sleep(Duration::from_millis(500)).await;
        None
    };
    let bytes: Vec<(String, f64)> = serde_json::from_value(page.eval(BYTES).await?)?;
    page.close().await?;
    Ok(Load {
        first_card_ms,
        ready_ms,
        bytes,
    })
}

/// Milliseconds from each keystroke to the updated list, typing `KEYS` one key at a time.
async fn measure_keystrokes(driver: &Chromedriver, origin: &str) -> TestResult<Vec<f64>> {
    let page = driver.open(origin, 412, 915).await?;
    page.cdp(
        "Emulation.setCPUThrottlingRate",
        json!({ "rate": CPU_SLOWDOWN }),
    )
    .await?;
    page.open("/").await?;
    poll_number(
        &page,
        "return performance.getEntriesByName('app-ready').length ? 1 : null;",
    )
    .await?;
    let search = page.client.find(Locator::Id("condition-search")).await?;
    let mut times = Vec::new();
    for key in KEYS.chars() {
        page.eval("performance.clearMeasures('search-keystroke');")
            .await?;
        search.send_keys(&key.to_string()).await?;
        times.push(
            poll_number(
                &page,
                "const m = performance.getEntriesByName('search-keystroke'); return m.length ? m[0].duration : null;",
            )
            .await?,
        );
    }
    page.close().await?;
    Ok(times)
}

/// Lighthouse's mobile performance score (0-100) for the page at `origin`, with the Debian
/// Chromium; `None`, with the reason printed, when it cannot run.
fn lighthouse_score(origin: &str) -> Option<f64> {
    let bin = root().join("tools/lighthouse/node_modules/.bin/lighthouse");
    let report = root().join("target/bench/lighthouse.json");
    let status = Command::new(&bin)
        .arg(format!("{origin}/"))
        .args([
            "--only-categories=performance",
            "--chrome-flags=--headless=new --no-sandbox",
            "--output=json",
            "--quiet",
        ])
        .arg(format!("--output-path={}", report.display()))
        .env("CHROME_PATH", "/usr/bin/chromium")
        .status();
    if !matches!(status, Ok(s) if s.success()) {
        eprintln!("lighthouse did not run ({status:?}); scripts/bench.sh installs it");
        return None;
    }
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(report).ok()?).ok()?;
    report["categories"]["performance"]["score"]
        .as_f64()
        .map(|score| score * 100.0)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> TestResult {
    println!("building the release app, the {SCALE}x app and the static page...");
    let app = build("app", &[]);
    let stress = build("app-50x", &[("LDN_DATA_SCALE", SCALE.to_string())]);
    let plain = build_static(&app);
    let (app_server, stress_server, plain_server) = (serve(&app), serve(&stress), serve(&plain));
    let driver = Chromedriver::start();

    let mut app_loads = Vec::new();
    let mut plain_loads = Vec::new();
    for run in 1..=RUNS {
        println!("run {run} of {RUNS}");
        app_loads.push(measure_load(&driver, &app_server.origin, true).await?);
        plain_loads.push(measure_load(&driver, &plain_server.origin, false).await?);
    }
    let mut keystrokes = Vec::new();
    let mut stress_keystrokes = Vec::new();
    for _ in 0..RUNS {
        keystrokes.extend(measure_keystrokes(&driver, &app_server.origin).await?);
        stress_keystrokes.extend(measure_keystrokes(&driver, &stress_server.origin).await?);
    }

    let first =
        |loads: &[Load]| median(&mut loads.iter().map(|l| l.first_card_ms).collect::<Vec<_>>());
    let results = Results {
        app_bytes: app_loads[0].bytes.clone(),
        plain_bytes: plain_loads[0].bytes.clone(),
        app_first: first(&app_loads),
        plain_first: first(&plain_loads),
        ready: median(
            &mut app_loads
                .iter()
                .filter_map(|l| l.ready_ms)
                .collect::<Vec<_>>(),
        ),
        keystroke: median(&mut keystrokes),
        stress_keystroke: median(&mut stress_keystrokes),
        lighthouse: lighthouse_score(&app_server.origin),
    };
    let report = report(&results);
    println!("\n{report}");
    let path = root().join("BENCHMARKS.md");
    std::fs::write(&path, format!("{HEADER}\n{report}\n{CAVEATS}"))?;
    println!("written to {}", path.display());
    Ok(())
}

fn kilobytes(bytes: f64) -> String {
    format!("{:.1} KB", bytes / 1000.0)
}

/// What one benchmark run found; times in milliseconds, medians of the runs.
struct Results {
    app_bytes: Vec<(String, f64)>,
    plain_bytes: Vec<(String, f64)>,
    app_first: f64,
    plain_first: f64,
    ready: f64,
    keystroke: f64,
    stress_keystroke: f64,
    lighthouse: Option<f64>,
}

fn report(results: &Results) -> String {
    let Results {
        app_bytes,
        plain_bytes,
        app_first,
        plain_first,
        ready,
        keystroke,
        stress_keystroke,
        lighthouse,
    } = results;
    let mut text = String::from(
        "## Bytes over the wire (gzip)\n\n| file | app | static page |\n|---|---|---|\n",
    );
    let find = |list: &[(String, f64)], name: &str| {
        list.iter()
            .find(|(n, _)| n == name)
            .map_or("–".to_string(), |(_, b)| kilobytes(*b))
    };
    for (name, bytes) in app_bytes {
        text.push_str(&format!(
            "| {name} | {} | {} |\n",
            kilobytes(*bytes),
            find(plain_bytes, name)
        ));
    }
    let total = |list: &[(String, f64)]| list.iter().map(|(_, b)| b).sum::<f64>();
    text.push_str(&format!(
        "| **total** | **{}** | **{}** |\n\n",
        kilobytes(total(app_bytes)),
        kilobytes(total(plain_bytes))
    ));
    text.push_str(&format!(
        "## Times (median of {RUNS} runs, {CPU_SLOWDOWN}x CPU slowdown, slow 4G)\n\n| measure | time |\n|---|---|\n\
         | first card, static HTML | {plain_first:.0} ms |\n\
         | first card, app | {app_first:.0} ms |\n\
         | **ratio app / static** | **{:.2}** |\n\
         | app ready (WebAssembly loaded and in charge) | {ready:.0} ms |\n\
         | keystroke to updated list, real dataset | {keystroke:.1} ms |\n\
         | keystroke to updated list, {SCALE}x dataset | {stress_keystroke:.1} ms |\n",
        app_first / plain_first
    ));
    text.push_str(&match lighthouse {
        Some(score) => format!(
            "| Lighthouse mobile performance (its own simulated slow 4G and 4x CPU) | {score:.0} |\n"
        ),
        None => "| Lighthouse mobile performance | did not run |\n".to_string(),
    });
    text
}

const HEADER: &str = "# Benchmarks

Written by `scripts/bench.sh` (benches/first_load.rs). The release app is compared with a
plain-HTML page of the same cards that the project renders itself (`prerender static`), both
served gzip-compressed from 127.0.0.1 to headless Chromium with a fresh profile and no cache.
";

const CAVEATS: &str = "
## Caveats

- Absolute times depend on the machine: these runs share 2 CPU cores with the build, and
  Chromium's CPU throttling multiplies whatever the host gives it. The ratio app / static is
  the number to hold; the times are for comparing runs on the same machine.
- \"First card\" is the Element Timing paint time of the first card's text, read the same way
  on both pages. The app's first card comes from the pre-rendered HTML; \"app ready\" is when
  the WebAssembly has loaded and taken over the page.
- Keystroke times are from the `input` event to the end of Yew's update of the list
  (performance marks in src/ui/timing.rs), with 4x CPU slowdown.
- Targets: first load at most 150 KB gzip (not met; see docs/performance.md for where the
  bytes are), first card at most 1.3x the static page, keystroke at most 16 ms with the 50x
  dataset, Lighthouse mobile performance at least 95.
";
