//! JSON syntax mistakes in a dataset file, said the way a person fixes them: which publication
//! the mistake is in, and the place of the comma itself rather than of the token after it
//! (which is where the JSON reader notices).

/// Where in a file a syntax error is, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxProblem {
    /// `publications[3]` when the mistake is inside (or just after) a publication, else empty.
    pub path: String,
    pub reason: String,
}

/// Explains `error`, which serde_json raised reading `text`.
pub fn explain(text: &str, error: &serde_json::Error) -> SyntaxProblem {
    let noticed_at = offset_of(text, error.line(), error.column());
    let message = error.to_string();
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_string();
    let before = last_token_before(text, noticed_at);
    let (place, reason) = if message == "trailing comma" {
        let comma = before.unwrap_or(noticed_at);
        (
            comma,
            format!(
                "there is a comma after the last item of a list or object, at {}: remove it",
                line_and_column(text, comma)
            ),
        )
    } else if message.starts_with("expected `,` or") {
        let end = before.map_or(noticed_at, |at| at + 1);
        (
            end,
            format!(
                "a comma is missing at {}, before the next item (line {})",
                line_and_column(text, end),
                line_of(text, noticed_at)
            ),
        )
    } else if message.starts_with("EOF while parsing") {
        (
            noticed_at,
            "the file ends before every { or [ is closed: a closing } or ] is missing (or a \
             quote \" is)"
                .to_string(),
        )
    } else if message.starts_with("control character") {
        (
            noticed_at,
            format!(
                "a line break or tab inside a text value, at {}: write the text on one line",
                line_and_column(text, noticed_at)
            ),
        )
    } else {
        (
            noticed_at,
            format!("{message}, at {}", line_and_column(text, noticed_at)),
        )
    };
    let path = publication_at(text, place)
        .map(|index| format!("publications[{index}]"))
        .unwrap_or_default();
    SyntaxProblem {
        path,
        reason: format!("invalid JSON: {reason}"),
    }
}

/// The byte offset of serde_json's 1-based line and column (a column counts bytes; 0 means
/// the line ended).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut offset = (line_start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The offset of the last character before `offset` that is not white space.
fn last_token_before(text: &str, offset: usize) -> Option<usize> {
    text[..offset]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_whitespace())
        .map(|(at, _)| at)
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

/// "line 12, column 7" as an editor counts them (characters, from 1).
fn line_and_column(text: &str, offset: usize) -> String {
    let line_start = text[..offset].rfind('\n').map_or(0, |at| at + 1);
    let column = text[line_start..offset].chars().count() + 1;
    format!("line {}, column {column}", line_of(text, offset))
}

/// The index of the publication that `offset` falls in, or the one just before it when it is
/// between two (a stray comma). Reads the text leniently, since it is not valid JSON.
pub fn publication_at(text: &str, offset: usize) -> Option<usize> {
    let scan = PublicationScan::of(&text[..offset.min(text.len())]);
    scan.open_list.then_some(scan.starts.len().checked_sub(1)?)
}

/// The `id` of the publication at `index`, read leniently from a file that may not be valid
/// JSON: the first `"id": "..."` directly inside it.
pub fn publication_id(text: &str, index: usize) -> Option<String> {
    let start = PublicationScan::of(text).starts.get(index).copied()?;
    let mut depth = 0usize;
    let mut strings = Strings::new(&text[start..]);
    while let Some(token) = strings.next() {
        match token {
            Token::Open => depth += 1,
            Token::Close if depth <= 1 => return None,
            Token::Close => depth -= 1,
            Token::Text(key) if depth == 1 && key == "id" => {
                return match strings.next_after_colon()? {
                    Token::Text(id) => Some(id),
                    _ => None,
                };
            }
            _ => {}
        }
    }
    None
}

/// The publications list of a file as far as a scan of its text got.
#[derive(Default)]
struct PublicationScan {
    /// Whether the scan ended inside the top-level `"publications": [...]`.
    open_list: bool,
    /// Where each publication's `{` is, for those that had started by then.
    starts: Vec<usize>,
}

impl PublicationScan {
    fn of(text: &str) -> PublicationScan {
        let mut scan = PublicationScan::default();
        let mut depth = 0usize;
        let mut last_key_at_top: Option<String> = None;
        let mut list_depth = None;
        let mut strings = Strings::new(text);
        while let Some(token) = strings.next() {
            match token {
                Token::Open => {
                    depth += 1;
                    if depth == 2 && last_key_at_top.as_deref() == Some("publications") {
                        list_depth = Some(depth);
                    } else if Some(depth - 1) == list_depth {
                        scan.starts.push(strings.at - 1);
                    }
                }
                Token::Close => {
                    if Some(depth) == list_depth {
                        list_depth = None;
                    }
                    depth = depth.saturating_sub(1);
                }
                Token::Text(key) if depth == 1 => last_key_at_top = Some(key),
                _ => {}
            }
        }
        scan.open_list = list_depth.is_some();
        scan
    }
}

enum Token {
    Open,
    Close,
    Colon,
    /// A string's contents (escapes are kept as written, which is enough for ids and keys).
    Text(String),
    Other,
}

/// The structural tokens of JSON-like text: brackets and strings, skipping everything else.
struct Strings<'a> {
    text: &'a str,
    /// The offset just after the last token read.
    at: usize,
}

impl<'a> Strings<'a> {
    fn new(text: &'a str) -> Self {
        Strings { text, at: 0 }
    }

    fn next(&mut self) -> Option<Token> {
        let rest = &self.text[self.at..];
        let (skip, first) = rest.char_indices().find(|(_, c)| !c.is_whitespace())?;
        self.at += skip + first.len_utf8();
        Some(match first {
            '{' | '[' => Token::Open,
            '}' | ']' => Token::Close,
            ':' => Token::Colon,
            '"' => {
                let body = &self.text[self.at..];
                let mut escaped = false;
                let end = body
                    .char_indices()
                    .find(|&(_, c)| {
                        let closes = c == '"' && !escaped;
                        escaped = c == '\\' && !escaped;
                        closes
                    })
                    .map_or(body.len(), |(at, _)| at);
                self.at = (self.at + end + 1).min(self.text.len());
                Token::Text(body[..end].to_string())
            }
            _ => Token::Other,
        })
    }

    /// The token after a key's colon.
    fn next_after_colon(&mut self) -> Option<Token> {
        match self.next()? {
            Token::Colon => self.next(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> SyntaxProblem {
        let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        explain(text, &error)
    }

    const TWO: &str = "{\n  \"condition\": {\"id\": \"c\"},\n  \"publications\": [\n    {\n      \"id\": \"doe-2020\",\n      \"year\": 2020\n    },\n    {\n      \"id\": \"roe-2021\",\n      \"year\": 2021\n    }\n  ]\n}\n";

    #[test]
    fn a_trailing_comma_is_pointed_at_itself_and_its_publication_named() {
        let text = TWO.replace("\"year\": 2021\n", "\"year\": 2021,\n");
        let found = problem(&text);
        assert_eq!(found.path, "publications[1]");
        assert_eq!(
            found.reason,
            "invalid JSON: there is a comma after the last item of a list or object, at line 10, \
             column 19: remove it"
        );
    }

    #[test]
    fn a_comma_after_the_last_publication_names_that_publication() {
        let text = TWO.replace("2021\n    }\n", "2021\n    },\n");
        let found = problem(&text);
        assert_eq!(found.path, "publications[1]");
        assert!(found.reason.contains("line 11, column 6"), "{found:?}");
    }

    #[test]
    fn a_missing_comma_is_placed_at_the_end_of_the_item_before_it() {
        let text = TWO.replace("\"doe-2020\",", "\"doe-2020\"");
        let found = problem(&text);
        assert_eq!(found.path, "publications[0]");
        assert_eq!(
            found.reason,
            "invalid JSON: a comma is missing at line 5, column 23, before the next item (line 6)"
        );
    }

    #[test]
    fn a_mistake_outside_the_publications_names_none() {
        let text = TWO.replace("{\"id\": \"c\"}", "{\"id\": \"c\",}");
        assert_eq!(problem(&text).path, "");
    }

    #[test]
    fn an_unclosed_file_says_what_is_missing() {
        let found = problem(&TWO[..TWO.len() - 3]);
        assert!(
            found.reason.contains("a closing } or ] is missing"),
            "{found:?}"
        );
    }

    #[test]
    fn ids_are_read_from_text_that_is_not_valid_json() {
        let text = TWO.replace("\"year\": 2021\n", "\"year\": 2021,\n");
        assert_eq!(publication_id(&text, 0).as_deref(), Some("doe-2020"));
        assert_eq!(publication_id(&text, 1).as_deref(), Some("roe-2021"));
        assert_eq!(publication_id(&text, 2), None);
    }

    #[test]
    fn brackets_and_quotes_inside_text_do_not_confuse_the_scan() {
        let text = TWO.replace(
            "\"doe-2020\"",
            "\"doe-2020\", \"title\": \"a [b] {c} \\\"d\\\"\"",
        );
        let text = text.replace("\"year\": 2021\n", "\"year\": 2021,\n");
        assert_eq!(problem(&text).path, "publications[1]");
        assert_eq!(publication_id(&text, 1).as_deref(), Some("roe-2021"));
    }
}
