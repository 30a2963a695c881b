//! Settings read from the query string of an address: the home page's search and filters, the
//! map's order, an embed's settings. Every reader skips what it does not understand and says
//! what it skipped, never an error, so a link with a typo still opens its page.

/// Settings read from an address, and a note for each part that was skipped.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FromAddress<T> {
    pub value: T,
    pub ignored: Vec<String>,
}

/// The key-value pairs of a query string, with or without its leading `?`, percent-decoded.
pub fn pairs(query_string: &str) -> form_urlencoded::Parse<'_> {
    let query_string = query_string.strip_prefix('?').unwrap_or(query_string);
    form_urlencoded::parse(query_string.as_bytes())
}
