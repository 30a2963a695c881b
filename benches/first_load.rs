//! The first-load benchmark: how fast a reader on a cheap phone sees the first card, for the
//! app against plain-HTML pages of the same content (`prerender static`), at four entry points
//! (the home page, a condition's page, and a one- and a two-condition embed on another site);
//! the bytes that must arrive before that card; Lighthouse on two pages; and how fast search
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
    // Host pages embed the static pages with the same loader as the app's.
    std::fs::copy(app.join("embed.js"), out.join("embed.js")).expect("copy embed.js");
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
    slow_page_sized(driver, origin, 412, 915).await
}

/// A fresh, handicapped profile with a window of the given size.
async fn slow_page_sized(
    driver: &Chromedriver,
    origin: &str,
    width: u32,
    height: u32,
) -> TestResult<Page> {
    let page = driver.open(origin, width, height).await?;
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

/// When the first card's text (or a condition page's verdict) was on screen, as milliseconds
/// since the epoch, so frames and their host page compare.
const FIRST_CARD: &str = "
    const cards = window.__cards.filter(e => e.identifier.startsWith('card-') || e.identifier === 'condition-verdict');
    return cards.length ? performance.timeOrigin + Math.min(...cards.map(e => e.renderTime || e.loadTime)) : null;";

/// Where a reader arrives: a page of the site, or a host page on another origin that embeds
/// the widget (`host` names its file, written by [`write_host_pages`]).
struct Entry {
    name: &'static str,
    path: &'static str,
    embedded: bool,
}

const ENTRIES: [Entry; 5] = [
    Entry {
        name: "home page",
        path: "/",
        embedded: false,
    },
    Entry {
        name: "condition page (deep link)",
        path: "/condition/fibromyalgia/",
        embedded: false,
    },
    Entry {
        name: "condition page in Spanish (deep link)",
        path: "/es/condition/fibromyalgia/",
        embedded: false,
    },
    Entry {
        name: "one-condition embed",
        path: "/one.html",
        embedded: true,
    },
    Entry {
        name: "two-condition embed",
        path: "/two.html",
        embedded: true,
    },
];

/// The host pages, on their own origin, embedding the widget at `widget` with its loader.
fn write_host_pages(widget: &str, name: &str) -> PathBuf {
    let dir = root().join("target/bench/hosts").join(name);
    std::fs::create_dir_all(&dir).expect("create the host pages' folder");
    let page = |attributes: &str| {
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title>\
             <link rel=\"icon\" href=\"data:,\"></head><body><h1>Our group</h1>\
             <div data-ldn-evidence data-src=\"{widget}/\" {attributes}></div>\
             <script src=\"{widget}/embed.js\" async></script></body></html>"
        )
    };
    let pages = [
        ("one.html", "data-condition=\"fibromyalgia\" data-compact"),
        (
            "two.html",
            "data-conditions=\"systemic-lupus-erythematosus,sjogrens-syndrome\" data-compact",
        ),
    ];
    for (file, attributes) in pages {
        std::fs::write(dir.join(file), page(attributes)).expect("write a host page");
    }
    dir
}

/// Milliseconds from the reader's navigation to the first card on screen. In an embed the
/// card is inside the widget's frame, timed from the host page's navigation.
async fn first_card_ms(driver: &Chromedriver, origin: &str, entry: &Entry) -> TestResult<f64> {
    let page = slow_page(driver, origin).await?;
    page.open(entry.path).await?;
    let start = page.eval("return performance.timeOrigin").await?;
    let start = start.as_f64().ok_or("no time origin")?;
    if entry.embedded {
        let frame = page
            .client
            .wait()
            .for_element(Locator::Css("[data-ldn-evidence] iframe"))
            .await?;
        frame.enter_frame().await?;
    }
    page.eval(OBSERVE).await?;
    let painted = poll_number(&page, FIRST_CARD).await?;
    page.close().await?;
    Ok(painted - start)
}

/// Milliseconds until the app is in charge of a page (`app-ready`), on a home page (`/`, or
/// `/es/`, which fetches its Spanish text beside the app).
async fn ready_ms(driver: &Chromedriver, origin: &str, home: &str) -> TestResult<f64> {
    let page = slow_page(driver, origin).await?;
    page.open(home).await?;
    let ready = poll_number(
        &page,
        "const m = performance.getEntriesByName('app-ready'); return m.length ? m[0].startTime : null;",
    )
    .await?;
    page.close().await?;
    Ok(ready)
}

/// Where layout shift is measured: page, and window size as (label, width, height).
const SHIFT_PAGES: [&str; 2] = ["/", "/condition/fibromyalgia/"];
const SHIFT_SIZES: [(&str, u32, u32); 2] = [("phone", 375, 667), ("desktop", 1280, 900)];

/// Adds up every layout shift not caused by the reader, from the first paint on.
const OBSERVE_SHIFTS: &str = "
    window.__shift = 0;
    new PerformanceObserver(list => list.getEntries()
      .forEach(e => { if (!e.hadRecentInput) window.__shift += e.value; }))
      .observe({ type: 'layout-shift', buffered: true });";

/// Cumulative layout shift of `path` from first paint until a second after the app took
/// over (or after its load, where the app does not start).
async fn layout_shift(
    driver: &Chromedriver,
    origin: &str,
    path: &str,
    (width, height): (u32, u32),
) -> TestResult<f64> {
    let page = slow_page_sized(driver, origin, width, height).await?;
    page.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": OBSERVE_SHIFTS }),
    )
    .await?;
    page.open(path).await?;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let shift = poll_number(&page, "return window.__shift;").await?;
    page.close().await?;
    Ok(shift)
}

/// Gzip size of a file, compressed as a static host would (best compression).
fn gzip_size(path: &Path) -> f64 {
    use std::io::Write;
    let bytes = std::fs::read(path).unwrap_or_default();
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = encoder.write_all(&bytes);
    encoder.finish().unwrap_or_default().len() as f64
}

/// Brotli size (quality 11) from Debian's `brotli`, which scripts/bench.sh installs.
fn brotli_size(path: &Path) -> Option<f64> {
    let output = Command::new("brotli")
        .args(["-c", "-q", "11"])
        .arg(path)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then_some(output.stdout.len() as f64)
}

/// The file in `dist` whose name starts with `prefix` and ends with `suffix`.
fn asset(dist: &Path, prefix: &str, suffix: &str) -> PathBuf {
    std::fs::read_dir(dist)
        .expect("read dist")
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with(prefix) && name.ends_with(suffix)
        })
        .unwrap_or_else(|| panic!("no {prefix}*{suffix} in {}", dist.display()))
}

/// Bytes (gzip) that must arrive before an entry's first card can paint: the page's HTML,
/// the screen stylesheet (render-blocking), boot.js, and for an embed the loader too. The
/// print stylesheet is linked with `media="print"`, so it does not hold up the first paint;
/// nothing the WebAssembly needs is among them either.
fn critical_bytes(dist: &Path, entry: &Entry) -> Vec<(String, f64)> {
    let page = match entry.path {
        "/two.html" => "index.html".to_string(),
        "/one.html" => "condition/fibromyalgia/index.html".to_string(),
        path => format!("{}index.html", path.trim_start_matches('/')),
    };
    let mut files = vec![
        dist.join(page),
        asset(dist, "app-", ".css"),
        dist.join("boot.js"),
    ];
    if entry.embedded {
        files.push(dist.join("embed.js"));
    }
    files
        .iter()
        .map(|f| {
            let name = f.strip_prefix(dist).unwrap_or(f).display().to_string();
            (name, gzip_size(f))
        })
        .collect()
}

/// Milliseconds from each keystroke to the updated list, typing `KEYS` one key at a time on a
/// home page (`/` or `/es/`).
async fn measure_keystrokes(
    driver: &Chromedriver,
    origin: &str,
    home: &str,
) -> TestResult<Vec<f64>> {
    let page = driver.open(origin, 412, 915).await?;
    page.cdp(
        "Emulation.setCPUThrottlingRate",
        json!({ "rate": CPU_SLOWDOWN }),
    )
    .await?;
    page.open(home).await?;
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

/// What Lighthouse (mobile) says of one page: its four category scores (0-100) and its
/// first and largest contentful paint in milliseconds.
struct LighthouseReport {
    scores: [f64; 4],
    fcp_ms: f64,
    lcp_ms: f64,
}

const LIGHTHOUSE_CATEGORIES: [(&str, &str); 4] = [
    ("performance", "performance"),
    ("accessibility", "accessibility"),
    ("best-practices", "best practices"),
    ("seo", "SEO"),
];

/// Lighthouse on the page at `url`, with the Debian Chromium; `None`, with the reason printed,
/// when it cannot run.
fn lighthouse(url: &str) -> Option<LighthouseReport> {
    let bin = root().join("tools/lighthouse/node_modules/.bin/lighthouse");
    let report = root().join("target/bench/lighthouse.json");
    let categories: Vec<&str> = LIGHTHOUSE_CATEGORIES.iter().map(|(id, _)| *id).collect();
    let status = Command::new(&bin)
        .arg(url)
        .arg(format!("--only-categories={}", categories.join(",")))
        .args([
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
    let score = |id: &str| {
        report["categories"][id]["score"]
            .as_f64()
            .map(|s| s * 100.0)
    };
    let audit = |id: &str| report["audits"][id]["numericValue"].as_f64();
    Some(LighthouseReport {
        scores: [
            score("performance")?,
            score("accessibility")?,
            score("best-practices")?,
            score("seo")?,
        ],
        fcp_ms: audit("first-contentful-paint")?,
        lcp_ms: audit("largest-contentful-paint")?,
    })
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> TestResult {
    println!("building the release app, the {SCALE}x app and the static pages...");
    let app = build("app", &[]);
    let stress = build("app-50x", &[("LDN_DATA_SCALE", SCALE.to_string())]);
    let plain = build_static(&app);
    let (app_server, stress_server, plain_server) = (serve(&app), serve(&stress), serve(&plain));
    let app_hosts = serve(&write_host_pages(&app_server.origin, "app"));
    let plain_hosts = serve(&write_host_pages(&plain_server.origin, "static"));
    let driver = Chromedriver::start();

    let mut entries = Vec::new();
    for entry in &ENTRIES {
        println!(
            "{}: {RUNS} runs each of the app and the static pages",
            entry.name
        );
        let (app_origin, plain_origin) = match entry.embedded {
            true => (&app_hosts.origin, &plain_hosts.origin),
            false => (&app_server.origin, &plain_server.origin),
        };
        let (mut app_times, mut plain_times) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            app_times.push(first_card_ms(&driver, app_origin, entry).await?);
            plain_times.push(first_card_ms(&driver, plain_origin, entry).await?);
        }
        entries.push(EntryResult {
            name: entry.name,
            app_first: median(&mut app_times),
            plain_first: median(&mut plain_times),
            critical: critical_bytes(&app, entry),
        });
    }
    let (mut ready, mut spanish_ready) = (Vec::new(), Vec::new());
    let mut keystrokes = Vec::new();
    let (mut stress_keystrokes, mut spanish_stress_keystrokes) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        ready.push(ready_ms(&driver, &app_server.origin, "/").await?);
        spanish_ready.push(ready_ms(&driver, &app_server.origin, "/es/").await?);
        keystrokes.extend(measure_keystrokes(&driver, &app_server.origin, "/").await?);
        stress_keystrokes.extend(measure_keystrokes(&driver, &stress_server.origin, "/").await?);
        spanish_stress_keystrokes
            .extend(measure_keystrokes(&driver, &stress_server.origin, "/es/").await?);
    }
    let mut shifts = Vec::new();
    for path in SHIFT_PAGES {
        for (label, width, height) in SHIFT_SIZES {
            let mut runs = Vec::new();
            for _ in 0..RUNS {
                runs.push(layout_shift(&driver, &app_server.origin, path, (width, height)).await?);
            }
            shifts.push((
                format!("{path} on a {label} ({width} x {height})"),
                median(&mut runs),
            ));
        }
    }
    let code = [
        asset(&app, "ldn-evidence-", "_bg.wasm"),
        asset(&app, "ldn-evidence-", ".js"),
        app.join("boot.js"),
        app.join("embed.js"),
        asset(&app.join("es"), "text.", ".bin"),
    ]
    .iter()
    .map(|f| {
        let name = f
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        (name, gzip_size(f), brotli_size(f))
    })
    .collect();

    let results = Results {
        entries,
        code,
        ready: median(&mut ready),
        spanish_ready: median(&mut spanish_ready),
        keystroke: median(&mut keystrokes),
        stress_keystroke: median(&mut stress_keystrokes),
        spanish_stress_keystroke: median(&mut spanish_stress_keystrokes),
        shifts,
        lighthouse: [
            ("home page", lighthouse(&format!("{}/", app_server.origin))),
            (
                "condition page",
                lighthouse(&format!("{}/condition/fibromyalgia/", app_server.origin)),
            ),
        ],
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

/// One entry point's first card (median milliseconds) and the bytes before it.
struct EntryResult {
    name: &'static str,
    app_first: f64,
    plain_first: f64,
    critical: Vec<(String, f64)>,
}

/// What one benchmark run found; times in milliseconds, medians of the runs.
struct Results {
    entries: Vec<EntryResult>,
    /// The app's code: file, gzip and brotli bytes.
    code: Vec<(String, f64, Option<f64>)>,
    ready: f64,
    spanish_ready: f64,
    keystroke: f64,
    stress_keystroke: f64,
    spanish_stress_keystroke: f64,
    /// Cumulative layout shift per page and window, first paint to app in charge.
    shifts: Vec<(String, f64)>,
    lighthouse: [(&'static str, Option<LighthouseReport>); 2],
}

fn report(results: &Results) -> String {
    let mut text = format!(
        "## First card (median of {RUNS} runs, {CPU_SLOWDOWN}x CPU slowdown, slow 4G)\n\n\
         | entry point | static HTML | app | ratio app / static | bytes before the first card (gzip) |\n\
         |---|---|---|---|---|\n"
    );
    for entry in &results.entries {
        let bytes: f64 = entry.critical.iter().map(|(_, b)| b).sum();
        text.push_str(&format!(
            "| {} | {:.0} ms | {:.0} ms | **{:.2}** | {} |\n",
            entry.name,
            entry.plain_first,
            entry.app_first,
            entry.app_first / entry.plain_first,
            kilobytes(bytes)
        ));
    }
    text.push_str("\nWhat the bytes before the first card are, per entry point:\n\n");
    for entry in &results.entries {
        let files: Vec<String> = entry
            .critical
            .iter()
            .map(|(name, bytes)| format!("{name} {}", kilobytes(*bytes)))
            .collect();
        text.push_str(&format!("- {}: {}\n", entry.name, files.join(", ")));
    }
    text.push_str("\n## The app's code (loaded after the first card, never blocking it)\n\n| file | gzip | brotli |\n|---|---|---|\n");
    for (name, gzip, brotli) in &results.code {
        let brotli = brotli.map_or("–".to_string(), kilobytes);
        text.push_str(&format!("| {name} | {} | {brotli} |\n", kilobytes(*gzip)));
    }
    text.push_str(&format!(
        "\n## Times (median of {RUNS} runs, {CPU_SLOWDOWN}x CPU slowdown)\n\n| measure | time |\n|---|---|\n\
         | app ready on the home page (WebAssembly loaded and in charge, slow 4G) | {:.0} ms |\n\
         | app ready on the Spanish home page (and its Spanish text, slow 4G) | {:.0} ms |\n\
         | keystroke to updated list, real dataset | {:.1} ms |\n\
         | keystroke to updated list, {SCALE}x dataset | {:.1} ms |\n\
         | keystroke to updated list, {SCALE}x dataset in Spanish | {:.1} ms |\n",
        results.ready,
        results.spanish_ready,
        results.keystroke,
        results.stress_keystroke,
        results.spanish_stress_keystroke
    ));
    text.push_str(&format!(
        "\n## Layout shift (median of {RUNS} runs: first paint until a second after the app takes over; target 0.00)\n\n| page | cumulative layout shift |\n|---|---|\n"
    ));
    for (page, shift) in &results.shifts {
        text.push_str(&format!("| {page} | {shift:.3} |\n"));
    }
    text.push_str("\n## Lighthouse (mobile: its own simulated slow 4G and 4x CPU)\n\n| page |");
    for (_, label) in LIGHTHOUSE_CATEGORIES {
        text.push_str(&format!(" {label} |"));
    }
    text.push_str(" FCP | LCP | LCP / FCP |\n|---|---|---|---|---|---|---|---|\n");
    for (page, report) in &results.lighthouse {
        match report {
            Some(r) => text.push_str(&format!(
                "| {page} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} ms | {:.0} ms | {:.2} |\n",
                r.scores[0],
                r.scores[1],
                r.scores[2],
                r.scores[3],
                r.fcp_ms,
                r.lcp_ms,
                r.lcp_ms / r.fcp_ms
            )),
            None => text.push_str(&format!("| {page} | did not run | | | | | | |\n")),
        }
    }
    text
}

const HEADER: &str = "# Benchmarks

Written by `scripts/bench.sh` (benches/first_load.rs). The release app is compared with
plain-HTML pages of the same content that the project renders itself (`prerender static`: every
page, without a single script), both served gzip-compressed from 127.0.0.1 to headless
Chromium with a fresh profile and no cache. The embeds sit in host pages on another origin
that use the loader (`embed.js`), pointed at the app or at the static pages.
";

const CAVEATS: &str = "
## Caveats

- Absolute times depend on the machine: these runs share 2 CPU cores with the build, and
  Chromium's CPU throttling multiplies whatever the host gives it. The ratios are the numbers
  to hold; the times are for comparing runs on the same machine.
- \"First card\" is the Element Timing paint time of the first card's text (on a condition
  page, its verdict), read the same way on both sides; in an embed it is timed inside the
  frame, from the host page's navigation. The app's first card comes from its pre-rendered
  HTML; \"app ready\" is when the WebAssembly has loaded and taken over the page.
- The static side of an embed uses the same loader, so the ratio measures the widget, not the
  loader's one extra request, which both sides pay.
- Bytes before the first card are the files' gzip sizes at best compression: the page, both
  stylesheets, boot.js and, for an embed, the loader.
- Keystroke times are from the `input` event to the end of Yew's update of the list
  (performance marks in src/ui/browser/timing.rs), with 4x CPU slowdown.
- Targets: first card at most 1.1x the static page and at most 20 KB before it at every entry
  point; the WebAssembly and JavaScript no larger than before; keystroke at most 16 ms with the
  50x dataset; Lighthouse 100 in all four categories on both pages, with LCP within 1.2x of FCP.
";
