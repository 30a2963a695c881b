//! Hostile input in a real browser: hundreds of generated addresses (random and hostile query
//! strings, old hash paths, embed settings, very long values, HTML and script payloads) each
//! show content or a friendly message, never a blank page, an uncaught error, a script from
//! the address or a request to another origin; and a flood of forged messages cannot resize
//! an embed's frame or stall the page that hosts it.

use std::time::{Duration, Instant};

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use serde_json::{json, Value};

use crate::browser::{Page, TestResult};
use crate::embedding::{frame_height, open_host_page, wait_until_frame_fits};
use crate::ensure;

/// How many generated addresses the sweep opens.
const ADDRESSES: usize = 200;

/// Payloads that would run a script, or fetch from another origin, if the app ever rendered
/// text from the address as HTML or followed it as a link. Each marks the page if it runs.
const PAYLOADS: [&str; 10] = [
    "<img src=https://evil.example/x.png onerror=window.pwned=1>",
    "\"><script>window.pwned=1</script>",
    "javascript:window.pwned=1",
    "';window.pwned=1;//",
    "<svg onload=window.pwned=1>",
    "<iframe src=https://evil.example/></iframe>",
    "%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E",
    "{{7*7}}${7*7}",
    "\u{202e}\u{0}\u{ffff}",
    "../../../../etc/passwd",
];

const PATHS: [&str; 12] = [
    "/",
    "/condition/fibromyalgia/",
    "/condition/multiple-sclerosis/",
    "/condition/no-such-thing/",
    "/condition/crohns-disease/",
    "/map/",
    "/map/table/",
    "/safety/",
    "/how-we-grade/",
    "/changes/",
    "/index.html",
    "/?embed=1&conditions=fibromyalgia,sjogrens-syndrome",
];

const KEYS: [&str; 12] = [
    "q",
    "category",
    "grade",
    "sort",
    "order",
    "embed",
    "conditions",
    "condition",
    "theme",
    "compact",
    "view",
    "x",
];

const VALUES: [&str; 12] = [
    "fibromyalgia",
    "lupus,crohns-disease",
    "rheumatic",
    "strength",
    "dark",
    "1",
    "table",
    "",
    "%",
    "%E2%9C%93",
    "%ZZ%",
    "\u{1f600}",
];

/// Mostly none; else an old hash address the app once produced, or a broken one.
const HASHES: [&str; 10] = [
    "",
    "",
    "",
    "",
    "#/condition/systemic-lupus-erythematosus",
    "#/map?view=table&order=name",
    "#/safety",
    "#/how-we-grade",
    "#/?q=ms&grade=mixed",
    "#/condition/",
];

/// Characters a browser's address bar would escape itself; the rest reach the page as typed.
const ESCAPED: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b'<').add(b'>').add(b'`');

/// A small deterministic generator (xorshift), so a failure names an address that can be
/// opened again by hand.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % sides as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.roll(from.len())]
    }

    /// A value for an address: a known one, a payload, random characters or something long.
    fn value(&mut self) -> String {
        match self.roll(5) {
            0 | 1 => self.pick(&VALUES).to_string(),
            2 => self.pick(&PAYLOADS).to_string(),
            3 => (0..self.roll(30))
                .map(|_| char::from_u32(0x20 + self.roll(0x2fe0) as u32).unwrap_or('?'))
                .collect(),
            _ => self.pick(&PAYLOADS).repeat(200 + self.roll(400)),
        }
    }

    fn address(&mut self) -> String {
        let mut path = self.pick(&PATHS).to_string();
        if self.roll(10) == 0 {
            path = format!("/condition/{}/", self.value());
        }
        let query: Vec<String> = (0..self.roll(5))
            .map(|_| format!("{}={}", self.pick(&KEYS), self.value()))
            .collect();
        let mut hash = self.pick(&HASHES).to_string();
        if self.roll(12) == 0 {
            hash = format!("#/condition/{}", self.value());
        }
        let address = match (query.is_empty(), path.contains('?')) {
            (true, _) => format!("{path}{hash}"),
            (false, true) => format!("{path}&{}{hash}", query.join("&")),
            (false, false) => format!("{path}?{}{hash}", query.join("&")),
        };
        utf8_percent_encode(&address, ESCAPED).to_string()
    }
}

/// Records uncaught errors and rejected promises on every page the sweep opens.
const ERROR_RECORDER: &str = "window.uncaught = [];
    addEventListener('error', e => window.uncaught.push(String(e.message)));
    addEventListener('unhandledrejection', e => window.uncaught.push(String(e.reason)));";

/// What the reader sees, and what must never happen, on the page that is open.
const INSPECT: &str = "
    const h1 = document.querySelector('h1');
    const shown = id => { const e = document.getElementById(id); return !!e && !e.hidden; };
    return {
      heading: h1 ? h1.textContent.trim() : '',
      text: document.body.innerText.trim().length,
      failed: shown('app-failed'),
      pwned: window.pwned === 1,
      uncaught: window.uncaught || [],
      elsewhere: performance.getEntries().map(e => e.name)
        .filter(n => /^[a-z]+:/.test(n) && !n.startsWith(location.origin + '/')),
    };";

pub async fn hundreds_of_hostile_addresses_each_show_a_page(page: Page) -> TestResult {
    page.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": ERROR_RECORDER }),
    )
    .await?;
    let mut dice = Dice(0x5eed_1dea_2026_1206);
    for n in 0..ADDRESSES {
        let address = dice.address();
        page.open(&address).await?;
        let seen = page.eval(INSPECT).await?;
        let shown: String = address.chars().take(300).collect();
        let problem = |what: &str| format!("address {n} ({shown}…): {what}: {seen}");
        ensure!(
            seen["heading"] != "" && seen["text"].as_u64() > Some(100),
            "{}",
            problem("blank page")
        );
        ensure!(seen["failed"] == false, "{}", problem("the app failed"));
        ensure!(
            seen["pwned"] == false,
            "{}",
            problem("a script from the address ran")
        );
        ensure!(
            seen["uncaught"] == json!([]),
            "{}",
            problem("uncaught error")
        );
        ensure!(
            seen["elsewhere"] == json!([]),
            "{}",
            problem("a request to another origin")
        );
        let errors: Vec<String> = page
            .console_errors()
            .await?
            .into_iter()
            // An unknown path is answered with 404.html and its status, as static hosts do.
            .filter(|e| !e.contains("status of 404"))
            .collect();
        ensure!(
            errors.is_empty(),
            "{}",
            problem(&format!("console errors {errors:?}"))
        );
    }
    Ok(())
}

/// Forged messages: every shape the loader must ignore, sent from the host page itself and
/// from another frame, ten thousand in all.
const FLOOD: &str = "
    const shapes = [
      { ldnEvidence: { resizeHeight: 99999 } },
      { ldnEvidence: { resizeHeight: -5 } },
      { ldnEvidence: { resizeHeight: 1e308 } },
      { ldnEvidence: { resizeHeight: '900' } },
      { ldnEvidence: { resizeHeight: null } },
      { ldnEvidence: { resizeHeight: [900] } },
      { ldnEvidence: 900 },
      { ldnEvidence: null },
      { resizeHeight: 900 },
      'ldnEvidence',
      900,
      null,
      new ArrayBuffer(8),
      { ldnEvidence: { resizeHeight: 777, extra: 'x'.repeat(100000) } },
    ];
    const other = document.createElement('iframe');
    other.srcdoc = '<p>another frame</p>';
    document.body.appendChild(other);
    return new Promise(done => {
      other.onload = () => {
        for (let i = 0; i < 10000; i++) {
          const shape = shapes[i % shapes.length];
          (i % 2 ? other.contentWindow.parent : window).postMessage(shape, '*');
        }
        done(true);
      };
    });";

pub async fn a_flood_of_forged_messages_cannot_resize_the_frame(page: Page) -> TestResult {
    open_host_page(&page, "/index.html").await?;
    let fitted = wait_until_frame_fits(&page).await?;
    page.eval(FLOOD).await?;
    // The host page still answers: a task queued after the flood runs promptly.
    let started = Instant::now();
    let answered: Value = page
        .eval("return new Promise(done => setTimeout(() => done(true), 0))")
        .await?;
    ensure!(
        answered == true && started.elapsed() < Duration::from_secs(5),
        "the host page stalled for {:?} after the flood",
        started.elapsed()
    );
    tokio::time::sleep(Duration::from_millis(800)).await;
    let after = frame_height(&page).await?;
    ensure!(
        (after - fitted).abs() <= 1.0,
        "forged messages resized the frame ({fitted} -> {after} px)"
    );
    let errors = page.console_errors().await?;
    ensure!(
        errors.is_empty(),
        "the flood caused console errors: {errors:?}"
    );
    Ok(())
}
