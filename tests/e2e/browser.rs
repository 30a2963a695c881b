//! Headless Chromium through chromedriver, and a `Page` with the few actions a person takes:
//! open an address, type, click, read what is on screen.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

pub type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// Fails the current scenario with a message when `condition` is false.
#[macro_export]
macro_rules! ensure {
    ($condition:expr, $($message:tt)+) => {
        // A match, not `if !`: conditions may compare floats, which clippy rightly dislikes negated.
        match $condition {
            true => {}
            false => return Err(format!($($message)+).into()),
        }
    };
}

/// A chromedriver process on a free port, stopped when dropped.
pub struct Chromedriver {
    process: Child,
    pub url: String,
}

impl Chromedriver {
    pub fn start() -> Chromedriver {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        let process = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is installed (scripts/setup.sh installs it)");
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Chromedriver { process, url }
    }

    /// A fresh browser session (own profile, no shared state) at the given window size.
    pub async fn open(&self, origin: &str, width: u32, height: u32) -> TestResult<Page> {
        let capabilities = json!({
            "goog:chromeOptions": {
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--no-first-run",
                    format!("--window-size={width},{height}")
                ]
            },
            "goog:loggingPrefs": { "browser": "ALL" }
        });
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&self.url)
            .await?;
        Ok(Page {
            client,
            origin: origin.to_string(),
        })
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// One browser tab pointed at the site under test.
#[derive(Clone)]
pub struct Page {
    pub client: Client,
    pub origin: String,
}

/// How long to wait for something to appear before failing.
const PATIENCE: Duration = Duration::from_secs(15);

impl Page {
    /// Opens `path` (e.g. `/` or `/condition/fibromyalgia/`) on the site and, where the app
    /// can start, waits until it has taken over the pre-rendered page, so a scenario never
    /// holds an element the take-over is about to replace.
    pub async fn open(&self, path: &str) -> TestResult {
        self.open_before_app(path).await?;
        self.wait_for_app(path).await
    }

    /// Reloads the page and, like `open`, waits until the app has taken over.
    pub async fn reload(&self) -> TestResult {
        self.client.refresh().await?;
        let url = self.current_url().await?;
        self.wait_for_app(&url).await
    }

    /// Waits until the app has taken over the page (or cannot).
    pub async fn wait_for_app(&self, path: &str) -> TestResult {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let settled = self
                .eval(
                    "const root = document.documentElement;
                     const shown = id => { const e = document.getElementById(id); return e && !e.hidden; };
                     return !document.getElementById('app') || !root.classList.contains('js')
                       || performance.getEntriesByName('app-ready').length > 0
                       || shown('app-limited') || shown('app-failed');",
                )
                .await?;
            if settled == true {
                return Ok(());
            }
            ensure!(Instant::now() < deadline, "the app never took over {path}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Opens `path` and returns as soon as the page has loaded, app or no app.
    pub async fn open_before_app(&self, path: &str) -> TestResult {
        self.client.goto(&format!("{}{path}", self.origin)).await?;
        Ok(())
    }

    pub async fn close(self) -> TestResult {
        self.client.close().await?;
        Ok(())
    }

    /// Waits until `css` matches an element whose text contains `expected`, and returns it.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> TestResult<Element> {
        let deadline = Instant::now() + PATIENCE;
        let mut last_seen = String::new();
        loop {
            for element in self.client.find_all(Locator::Css(css)).await? {
                let text = element.text().await.unwrap_or_default();
                if text.contains(expected) {
                    return Ok(element);
                }
                last_seen = text;
            }
            ensure!(
                Instant::now() < deadline,
                "no `{css}` containing {expected:?} appeared (last text seen: {last_seen:?})"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The visible text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> TestResult<String> {
        Ok(self.client.find(Locator::Css(css)).await?.text().await?)
    }

    /// The visible text of every element matching `css`, in page order.
    pub async fn texts(&self, css: &str) -> TestResult<Vec<String>> {
        let mut texts = Vec::new();
        for element in self.client.find_all(Locator::Css(css)).await? {
            texts.push(element.text().await?);
        }
        Ok(texts)
    }

    pub async fn count(&self, css: &str) -> TestResult<usize> {
        Ok(self.client.find_all(Locator::Css(css)).await?.len())
    }

    /// How many elements matching `css` take up room on the page (not `display: none`).
    pub async fn count_shown(&self, css: &str) -> TestResult<usize> {
        let script = format!(
            "return [...document.querySelectorAll({css:?})].filter(e => e.getClientRects().length > 0).length"
        );
        Ok(self.eval(&script).await?.as_u64().unwrap_or_default() as usize)
    }

    /// Replaces the text in the field labelled `label`, typing it key by key.
    pub async fn type_into_labelled(&self, label: &str, text: &str) -> TestResult {
        let label_element = self.wait_for_text("label", label).await?;
        let id = label_element
            .attr("for")
            .await?
            .ok_or_else(|| format!("label {label:?} is not tied to a field"))?;
        let field = self.client.find(Locator::Id(&id)).await?;
        field.clear().await?;
        field.send_keys(text).await?;
        Ok(())
    }

    /// Clicks the link whose visible text is exactly `name`.
    pub async fn follow_link(&self, name: &str) -> TestResult {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let clicked = match self.client.find(Locator::LinkText(name)).await {
                Ok(link) => link.click().await,
                Err(error) => Err(error),
            };
            match clicked {
                Ok(()) => return Ok(()),
                Err(error) if comes_back(&error) && Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(50)).await
                }
                Err(error) => return Err(format!("no link named {name:?}: {error}").into()),
            }
        }
    }

    /// Clicks the button whose text (visually hidden parts included) is `name`, waiting for it.
    pub async fn press_button(&self, name: &str) -> TestResult {
        let xpath = format!("//button[normalize-space(.)='{name}']");
        let deadline = Instant::now() + PATIENCE;
        loop {
            let clicked = match self.client.find(Locator::XPath(&xpath)).await {
                Ok(button) => button.click().await,
                Err(error) => Err(error),
            };
            match clicked {
                Ok(()) => return Ok(()),
                Err(error) if comes_back(&error) && Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(50)).await
                }
                Err(error) => return Err(format!("no button named {name:?}: {error}").into()),
            }
        }
    }

    /// What the search box holds.
    pub async fn search_text(&self) -> TestResult<String> {
        let search = self.client.find(Locator::Css("input[type=search]")).await?;
        Ok(search.prop("value").await?.unwrap_or_default())
    }

    /// The N in "N of N conditions" once the home page has drawn its cards.
    pub async fn condition_total(&self) -> TestResult<usize> {
        let status = self
            .wait_for_text("[role=status]", "conditions")
            .await?
            .text()
            .await?;
        let total = status.split(' ').nth(2).unwrap_or_default();
        Ok(total
            .parse()
            .map_err(|_| format!("no total in {status:?}"))?)
    }

    pub async fn current_url(&self) -> TestResult<String> {
        Ok(self.client.current_url().await?.to_string())
    }

    /// Runs a script in the page and returns its result.
    pub async fn eval(&self, script: &str) -> TestResult<Value> {
        Ok(self.client.execute(script, vec![]).await?)
    }

    /// Console messages at error level since the last call (Chromium's browser log).
    pub async fn console_errors(&self) -> TestResult<Vec<String>> {
        let entries = self.client.issue_cmd(BrowserLog).await?;
        let entries = entries.as_array().cloned().unwrap_or_default();
        Ok(entries
            .iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_string())
            .collect())
    }
}

impl Page {
    /// Runs a Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, cmd: &str, params: Value) -> TestResult<Value> {
        Ok(self
            .client
            .issue_cmd(DevTools {
                body: json!({ "cmd": cmd, "params": params }),
            })
            .await?)
    }

    /// Lays the page out as a phone of this width would (touch, mobile viewport).
    pub async fn emulate_phone(&self, width: u32, height: u32) -> TestResult {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 2, "mobile": true }),
        )
        .await?;
        Ok(())
    }

    /// Makes `prefers-color-scheme` report dark, as a phone in dark mode does.
    pub async fn emulate_dark_theme(&self) -> TestResult {
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
        )
        .await?;
        Ok(())
    }

    /// Presses Tab in whatever has focus, as a keyboard user moves on.
    pub async fn press_tab(&self) -> TestResult {
        self.press(Key::Tab).await
    }

    pub async fn press(&self, key: Key) -> TestResult {
        let focused = self.client.active_element().await?;
        focused.send_keys(&key.to_string()).await?;
        Ok(())
    }

    /// A short description of the focused element: its tag, then its accessible text.
    pub async fn focused(&self) -> TestResult<String> {
        let described = self
            .eval(
                "const e = document.activeElement;
                 return e.tagName.toLowerCase() + ' ' + (e.getAttribute('aria-label') || e.textContent || e.value || '').trim();",
            )
            .await?;
        Ok(described.as_str().unwrap_or_default().to_string())
    }

    /// Runs axe-core (injected from tools/node_modules) on the page and lists each violation.
    pub async fn accessibility_violations(&self) -> TestResult<Vec<String>> {
        let source = std::fs::read_to_string(axe_path()).map_err(|e| {
            format!("cannot read axe-core ({e}); scripts/setup.sh installs it into tools/")
        })?;
        // Evaluated at global scope through DevTools, like an extension: no page script changes.
        self.cdp("Runtime.evaluate", json!({ "expression": source }))
            .await?;
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document).then(
                   r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                     + v.nodes.map(n => n.target.join(' ')).join(', '))),
                   e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await?;
        Ok(serde_json::from_value(result)?)
    }

    /// The page's width beyond the viewport, in CSS pixels: 0 means no sideways scrolling.
    pub async fn horizontal_overflow(&self) -> TestResult<i64> {
        let overflow = self
            .eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
            .await?;
        Ok(overflow.as_i64().unwrap_or(i64::MAX))
    }
}

fn axe_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/node_modules/axe-core/axe.min.js")
}

/// chromedriver's DevTools endpoint (a Chromium extension to WebDriver).
#[derive(Debug)]
struct DevTools {
    body: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// chromedriver's log endpoint (outside the W3C standard, so fantoccini has no method for it).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(r#"{"type":"browser"}"#.to_string()),
        )
    }
}

/// An element that is not there yet, or was replaced between finding and clicking it (the app
/// takes over the pre-rendered page in one step): worth looking for again.
fn comes_back(error: &fantoccini::error::CmdError) -> bool {
    error.is_no_such_element() || error.is_stale_element_reference()
}
