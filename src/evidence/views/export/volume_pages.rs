//! Volume, issue and pages read back out of the text the dataset stores as printed
//! (`10(4):663–672`, `11(3):e4225`, `208:6–14`). Only shapes that are unambiguous are taken
//! apart; anything else is kept whole so an export never invents a volume or a page.

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VolumePages {
    pub volume: Option<String>,
    pub issue: Option<String>,
    pub first_page: Option<String>,
    pub last_page: Option<String>,
    /// The whole text as printed when some of it could not be taken apart.
    pub unparsed: Option<String>,
}

const DASHES: [char; 3] = ['-', '\u{2013}', '\u{2014}'];

impl VolumePages {
    pub fn parse(text: &str) -> VolumePages {
        let text = text.trim();
        let whole = || VolumePages {
            unparsed: Some(text.to_string()),
            ..VolumePages::default()
        };
        if text.is_empty() {
            return VolumePages::default();
        }
        let (head, pages) = match text.split_once(':') {
            Some((head, pages)) => (head, Some(pages)),
            // A book chapter gives only its pages; a range says so.
            None if text.contains(DASHES) => ("", Some(text)),
            None => (text, None),
        };
        let mut parsed = VolumePages::default();
        if !head.is_empty() {
            let Some((volume, issue)) = volume_and_issue(head) else {
                return whole();
            };
            parsed.volume = Some(volume);
            parsed.issue = issue;
        }
        if let Some(pages) = pages {
            match page_range(pages) {
                Some((first, last)) => {
                    parsed.first_page = Some(first);
                    parsed.last_page = last;
                }
                None if head.is_empty() => return whole(),
                // Volume and issue are sure; the pages go along as printed.
                None => parsed.unparsed = Some(text.to_string()),
            }
        }
        parsed
    }
}

/// `10(4)`, `124(Pt B)`, `20`.
fn volume_and_issue(text: &str) -> Option<(String, Option<String>)> {
    let (volume, issue) = match text.split_once('(') {
        Some((volume, rest)) => {
            let issue = rest.strip_suffix(')')?.trim();
            let plain = |c: char| c.is_ascii_alphanumeric() || c == ' ' || DASHES.contains(&c);
            if issue.is_empty() || !issue.chars().all(plain) {
                return None;
            }
            (volume.trim(), Some(issue.to_string()))
        }
        None => (text.trim(), None),
    };
    let digits = !volume.is_empty() && volume.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| (volume.to_string(), issue))
}

/// A page or article number: digits, perhaps after a letter or two (`e4225`, `E393`, `S12`).
fn page(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let split = text.find(|c: char| c.is_ascii_digit())?;
    let (prefix, number) = text.split_at(split);
    let fits = prefix.len() <= 2
        && prefix.bytes().all(|b| b.is_ascii_alphabetic())
        && number.bytes().all(|b| b.is_ascii_digit());
    fits.then_some((prefix, number))
}

/// Compares digit strings of any length without parsing them into a number.
fn numerically_before(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
    (a.len(), a) < (b.len(), b)
}

/// `663–672`, `e31–e39`, `4225`; an abbreviated end (`663–72`) is written out in full.
fn page_range(text: &str) -> Option<(String, Option<String>)> {
    let Some((first, last)) = text.split_once(DASHES) else {
        return page(text).map(|_| (text.trim().to_string(), None));
    };
    let (first_prefix, first_number) = page(first)?;
    let (last_prefix, last_number) = page(last)?;
    if !last_prefix.is_empty() && !last_prefix.eq_ignore_ascii_case(first_prefix) {
        return None;
    }
    let last_number = if last_number.len() < first_number.len() {
        format!(
            "{}{last_number}",
            &first_number[..first_number.len() - last_number.len()]
        )
    } else {
        last_number.to_string()
    };
    if numerically_before(&last_number, first_number) {
        return None;
    }
    let last = format!(
        "{}{last_number}",
        if last_prefix.is_empty() {
            first_prefix
        } else {
            last_prefix
        }
    );
    Some((first.trim().to_string(), Some(last)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> [Option<String>; 5] {
        let p = VolumePages::parse(text);
        [p.volume, p.issue, p.first_page, p.last_page, p.unparsed]
    }

    fn some(parts: [&str; 5]) -> [Option<String>; 5] {
        parts.map(|p| (!p.is_empty()).then(|| p.to_string()))
    }

    #[test]
    fn volume_issue_and_page_range_come_apart() {
        assert_eq!(parsed("10(4):663–672"), some(["10", "4", "663", "672", ""]));
        assert_eq!(parsed("6(1):e31–e39"), some(["6", "1", "e31", "e39", ""]));
        assert_eq!(
            parsed("24(4):E393–E406"),
            some(["24", "4", "E393", "E406", ""])
        );
    }

    #[test]
    fn an_article_number_is_a_first_page_only() {
        assert_eq!(parsed("11(3):e4225"), some(["11", "3", "e4225", "", ""]));
        assert_eq!(parsed("24:100485"), some(["24", "", "100485", "", ""]));
        assert_eq!(parsed("2011:804296"), some(["2011", "", "804296", "", ""]));
    }

    #[test]
    fn missing_parts_stay_missing() {
        assert_eq!(parsed("208:6–14"), some(["208", "", "6", "14", ""]));
        assert_eq!(parsed("12(1)"), some(["12", "1", "", "", ""]));
        assert_eq!(parsed("20"), some(["20", "", "", "", ""]));
        assert_eq!(parsed("317–326"), some(["", "", "317", "326", ""]));
        assert_eq!(
            parsed("124(Pt B):110966"),
            some(["124", "Pt B", "110966", "", ""])
        );
        assert_eq!(parsed(""), some(["", "", "", "", ""]));
    }

    #[test]
    fn an_abbreviated_page_range_is_written_out() {
        assert_eq!(parsed("10(4):663–72"), some(["10", "4", "663", "672", ""]));
    }

    #[test]
    fn text_that_is_not_clear_is_kept_whole_and_nothing_is_guessed() {
        assert_eq!(parsed("CD010410"), some(["", "", "", "", "CD010410"]));
        assert_eq!(
            parsed("25(6):13030/qt89b75552"),
            some(["25", "6", "", "", "25(6):13030/qt89b75552"])
        );
        assert_eq!(parsed("Suppl(2):S1"), some(["", "", "", "", "Suppl(2):S1"]));
        assert_eq!(
            parsed("10(4):672–663"),
            some(["10", "4", "", "", "10(4):672–663"])
        );
        assert_eq!(parsed("e5–f9"), some(["", "", "", "", "e5–f9"]));
    }
}
