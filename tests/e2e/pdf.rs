//! Printing a page to PDF through the DevTools protocol, as a reader's "Save as PDF" does,
//! and reading the result back: how many pages, and what text is on them.

use base64::Engine;
use serde_json::json;

use crate::browser::{Page, TestResult};

/// A sheet of paper, in inches, as Chromium's print settings take it.
#[derive(Debug, Clone, Copy)]
pub struct Paper {
    pub name: &'static str,
    pub width: f64,
    pub height: f64,
}

pub const A4: Paper = Paper {
    name: "A4",
    width: 8.27,
    height: 11.69,
};

pub const LETTER: Paper = Paper {
    name: "Letter",
    width: 8.5,
    height: 11.0,
};

/// A printed page as a PDF document.
pub struct Printed {
    pub pages: usize,
    /// All the text, in page order. Lines break wherever the layout broke them.
    pub text: String,
}

impl Printed {
    /// Whether `expected` is printed, wherever the lines happened to wrap.
    pub fn contains(&self, expected: &str) -> bool {
        squeezed(&self.text).contains(&squeezed(expected))
    }
}

/// The text without any white space, so a DOI or address wrapped over two lines still matches.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

impl Page {
    /// Prints the current page on `paper` with the page's own margins (its `@page` rule), with
    /// or without background colours and images, as the print dialog's checkbox sets them.
    pub async fn print_to_pdf(&self, paper: Paper, backgrounds: bool) -> TestResult<Printed> {
        let result = self
            .cdp(
                "Page.printToPDF",
                json!({
                    "paperWidth": paper.width,
                    "paperHeight": paper.height,
                    "printBackground": backgrounds,
                    "displayHeaderFooter": false,
                }),
            )
            .await?;
        let data = result["data"]
            .as_str()
            .ok_or_else(|| format!("Page.printToPDF returned no data: {result}"))?;
        let bytes = base64::engine::general_purpose::STANDARD.decode(data)?;
        read_pdf(&bytes)
    }
}

/// Page count and text of a PDF; lopdf inflates the compressed streams and maps the embedded
/// fonts' glyphs back to characters.
pub fn read_pdf(bytes: &[u8]) -> TestResult<Printed> {
    let document = lopdf::Document::load_mem(bytes)?;
    let numbers: Vec<u32> = document.get_pages().keys().copied().collect();
    let text = document.extract_text(&numbers)?;
    Ok(Printed {
        pages: numbers.len(),
        text,
    })
}
