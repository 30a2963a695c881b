//! Headless Chromium through chromedriver, and a `Page` with the few actions a person takes:
//! open an address, type, click, read what is on screen.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

pub type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// Fails the current scenario with a message when `condition` is false.
#[macro_export]
macro_rules! ensure {
    ($condition:expr, $($message:tt)+) => {
        if !$condition {
            return Err(format!($($message)+).into());
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
    /// Opens `path` (e.g. `/` or `/#/condition/fibromyalgia`) on the site.
    pub async fn open(&self, path: &str) -> TestResult {
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

    pub async fn count(&self, css: &str) -> TestResult<usize> {
        Ok(self.client.find_all(Locator::Css(css)).await?.len())
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
            match self.client.find(Locator::LinkText(name)).await {
                Ok(link) => return Ok(link.click().await?),
                Err(error) if error.is_no_such_element() && Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(50)).await
                }
                Err(error) => return Err(format!("no link named {name:?}: {error}").into()),
            }
        }
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
