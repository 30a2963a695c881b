//! Finding conditions: accent-, case- and punctuation-insensitive search over names, aliases
//! and summaries, with filters by category and grade and three sort orders.

use super::query::{Query, SortOrder};
use crate::evidence::grading::EvidenceGrade;
use crate::evidence::model::{Category, Condition};

/// Folds text for matching: lowercase, Latin accents removed, apostrophes dropped and any
/// other punctuation turned into a space, then runs of spaces collapsed
/// ("Sjögren's" → "sjogrens", "ME/CFS" → "me cfs").
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(case_folded) {
        match c {
            'a'..='z' | '0'..='9' => folded.push(c),
            '\'' | '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' => {}
            _ => match strip_accent(c) {
                Some(base) => folded.push_str(base),
                None if c.is_alphanumeric() => folded.push(c),
                None => folded.push(' '),
            },
        }
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A letter as its lowercase form, by way of its uppercase so that letters whose uppercase
/// is several letters fold the same whichever case was typed ("ﬅ" and "ST" both give "st").
fn case_folded(c: char) -> impl Iterator<Item = char> {
    let ascii = c.is_ascii().then(|| c.to_ascii_lowercase());
    let other = (!c.is_ascii()).then(|| c.to_uppercase().flat_map(char::to_lowercase));
    ascii.into_iter().chain(other.into_iter().flatten())
}

/// The unaccented form of common Latin letters; enough for condition names and authors.
fn strip_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ß' => "ss",
        'ś' | 'š' | 'ş' => "s",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// The distinct words of some folded text, sorted so that a prefix is found by binary search
/// instead of scanning every word on every keystroke.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WordSet(Vec<String>);

impl WordSet {
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> WordSet {
        let mut words: Vec<String> = texts
            .into_iter()
            .flat_map(str::split_whitespace)
            .map(str::to_owned)
            .collect();
        words.sort_unstable();
        words.dedup();
        WordSet(words)
    }

    /// Whether some word starts with `prefix`: the first word not below it is the only candidate.
    pub fn has_prefix(&self, prefix: &str) -> bool {
        let first = self.0.partition_point(|word| word.as_str() < prefix);
        self.0
            .get(first)
            .is_some_and(|word| word.starts_with(prefix))
    }
}

/// A query folded and split once, then compared against every condition.
pub struct FoldedQuery {
    whole: String,
    words: Vec<String>,
}

impl FoldedQuery {
    pub fn new(text: &str) -> FoldedQuery {
        let whole = fold(text);
        let words = whole.split_whitespace().map(str::to_owned).collect();
        FoldedQuery { whole, words }
    }
}

/// A condition's searchable text, folded and indexed once up front so each keystroke only compares.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchEntry {
    pub name: String,
    aliases: Vec<String>,
    name_words: WordSet,
    alias_words: WordSet,
    summary_words: WordSet,
}

impl SearchEntry {
    pub fn new(condition: &Condition) -> SearchEntry {
        let name = fold(&condition.name);
        let aliases: Vec<String> = condition.aliases.iter().map(|a| fold(a)).collect();
        SearchEntry {
            name_words: WordSet::new([name.as_str()]),
            alias_words: WordSet::new(aliases.iter().map(String::as_str)),
            summary_words: WordSet::new([fold(&condition.summary).as_str()]),
            name,
            aliases,
        }
    }

    /// How well a query matches; `None` when some query word is found nowhere. Lower is better:
    /// exact name, exact alias, every word in the name, in name or aliases, anywhere.
    pub fn rank(&self, query: &FoldedQuery) -> Option<u8> {
        if query.words.is_empty() || self.name == query.whole {
            return Some(0);
        }
        if self.aliases.contains(&query.whole) {
            return Some(1);
        }
        let every_word = |found: &dyn Fn(&str) -> bool| query.words.iter().all(|w| found(w));
        let in_name = |w: &str| self.name_words.has_prefix(w);
        let in_aliases = |w: &str| in_name(w) || self.alias_words.has_prefix(w);
        let anywhere = |w: &str| in_aliases(w) || self.summary_words.has_prefix(w);
        if every_word(&in_name) {
            Some(2)
        } else if every_word(&in_aliases) {
            Some(3)
        } else if every_word(&anywhere) {
            Some(4)
        } else {
            None
        }
    }
}

/// The facts about one condition that searching, filtering and sorting need.
#[derive(Debug, Clone, PartialEq)]
pub struct Searchable {
    pub entry: SearchEntry,
    pub category: Category,
    pub grade: EvidenceGrade,
    pub participants: u32,
}

/// Indices into `items` that match `query`, in display order.
pub fn find(items: &[Searchable], query: &Query) -> Vec<usize> {
    let folded = FoldedQuery::new(&query.text);
    let mut hits: Vec<(u8, usize)> = items
        .iter()
        .enumerate()
        .filter(|(_, item)| {
            query.categories.is_empty() || query.categories.contains(&item.category)
        })
        .filter(|(_, item)| query.grades.is_empty() || query.grades.contains(&item.grade))
        .filter_map(|(index, item)| item.entry.rank(&folded).map(|rank| (rank, index)))
        .collect();
    let by_name = |a: usize, b: usize| items[a].entry.name.cmp(&items[b].entry.name);
    hits.sort_by(|(rank_a, a), (rank_b, b)| {
        let (a, b) = (*a, *b);
        match query.sort {
            SortOrder::Name => rank_a.cmp(rank_b).then(by_name(a, b)),
            SortOrder::Strength => items[a].grade.cmp(&items[b].grade).then(by_name(a, b)),
            SortOrder::Participants => items[b]
                .participants
                .cmp(&items[a].participants)
                .then(by_name(a, b)),
        }
    });
    hits.into_iter().map(|(_, index)| index).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn condition(name: &str, aliases: &[&str], summary: &str) -> Condition {
        Condition {
            id: fold(name).split_whitespace().collect::<Vec<_>>().join("-"),
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            category: Category::Other,
            summary: summary.into(),
            outcomes_studied: vec!["pain".into()],
            last_reviewed: "2026-11-23".into(),
            literature_search: None,
            translations: Default::default(),
        }
    }

    fn item(
        name: &str,
        aliases: &[&str],
        summary: &str,
        grade: EvidenceGrade,
        participants: u32,
    ) -> Searchable {
        Searchable {
            entry: SearchEntry::new(&condition(name, aliases, summary)),
            category: Category::Other,
            grade,
            participants,
        }
    }

    fn sample() -> Vec<Searchable> {
        vec![
            item(
                "Sjögren's syndrome",
                &["SS", "sicca syndrome"],
                "Dry eyes and mouth.",
                EvidenceGrade::CaseReports,
                3,
            ),
            item(
                "Systemic sclerosis (scleroderma)",
                &["scleroderma", "SSc"],
                "Itching improved.",
                EvidenceGrade::CaseReports,
                3,
            ),
            item(
                "Fibromyalgia",
                &["FM"],
                "Widespread pain and tiredness.",
                EvidenceGrade::Mixed,
                300,
            ),
            item(
                "Chronic and neuropathic pain",
                &["nerve pain"],
                "Pain lasting months.",
                EvidenceGrade::NotSupported,
                3800,
            ),
            item(
                "Multiple sclerosis",
                &["MS"],
                "Quality of life.",
                EvidenceGrade::Mixed,
                580,
            ),
        ]
    }

    fn names(items: &[Searchable], query: &Query) -> Vec<String> {
        find(items, query)
            .into_iter()
            .map(|i| items[i].entry.name.clone())
            .collect()
    }

    fn text(text: &str) -> Query {
        Query {
            text: text.into(),
            ..Query::default()
        }
    }

    #[test]
    fn folding_removes_case_accents_and_apostrophes() {
        assert_eq!(fold("Sjögren's"), "sjogrens");
        assert_eq!(fold("SJOGRENS"), "sjogrens");
        assert_eq!(fold("Crohn’s disease"), "crohns disease");
        assert_eq!(fold("ME/CFS"), "me cfs");
        assert_eq!(fold("Rodríguez-Freire"), "rodriguez freire");
        // Letters whose uppercase is two letters fold alike in either case.
        assert_eq!(fold("\u{fb05}"), fold(&"\u{fb05}".to_uppercase()));
        assert_eq!(fold("Straße"), fold("STRASSE"));
    }

    #[test]
    fn every_spelling_of_sjogren_finds_it() {
        let items = sample();
        for spelling in ["sjogren", "Sjögren's", "SJOGRENS", "sjögren", "  sjo  "] {
            assert_eq!(
                names(&items, &text(spelling)).first().map(String::as_str),
                Some("sjogrens syndrome"),
                "{spelling}"
            );
        }
    }

    #[test]
    fn aliases_are_searched() {
        assert_eq!(
            names(&sample(), &text("scleroderma")),
            vec!["systemic sclerosis scleroderma"]
        );
        assert_eq!(
            names(&sample(), &text("nerve")),
            vec!["chronic and neuropathic pain"]
        );
    }

    #[test]
    fn summary_words_are_searched_after_names() {
        assert_eq!(
            names(&sample(), &text("pain")),
            vec!["chronic and neuropathic pain", "fibromyalgia"]
        );
    }

    #[test]
    fn exact_name_or_alias_matches_rank_first() {
        // "ms" is the exact alias of multiple sclerosis; nothing else names it as a whole word.
        assert_eq!(
            names(&sample(), &text("MS")).first().map(String::as_str),
            Some("multiple sclerosis")
        );
        let ranked = names(&sample(), &text("ss"));
        assert_eq!(
            ranked.first().map(String::as_str),
            Some("sjogrens syndrome")
        );
    }

    #[test]
    fn every_query_word_must_match() {
        assert!(names(&sample(), &text("fibromyalgia lupus")).is_empty());
        assert_eq!(
            names(&sample(), &text("multiple quality")),
            vec!["multiple sclerosis"]
        );
    }

    #[test]
    fn an_empty_query_lists_everything_by_name() {
        let all = names(&sample(), &text(" "));
        assert_eq!(all.len(), 5);
        assert_eq!(
            all.first().map(String::as_str),
            Some("chronic and neuropathic pain")
        );
    }

    #[test]
    fn filters_by_grade_and_category() {
        let mut items = sample();
        items[2].category = Category::Pain;
        let query = Query {
            categories: vec![Category::Pain],
            ..Query::default()
        };
        assert_eq!(names(&items, &query), vec!["fibromyalgia"]);
        let query = Query {
            grades: vec![EvidenceGrade::Mixed],
            ..Query::default()
        };
        assert_eq!(
            names(&items, &query),
            vec!["fibromyalgia", "multiple sclerosis"]
        );
    }

    #[test]
    fn sorts_by_strength_then_name() {
        let query = Query {
            sort: SortOrder::Strength,
            ..Query::default()
        };
        assert_eq!(
            names(&sample(), &query),
            vec![
                "fibromyalgia",
                "multiple sclerosis",
                "sjogrens syndrome",
                "systemic sclerosis scleroderma",
                "chronic and neuropathic pain"
            ]
        );
    }

    #[test]
    fn sorts_by_participants_descending() {
        let query = Query {
            sort: SortOrder::Participants,
            ..Query::default()
        };
        assert_eq!(
            names(&sample(), &query)[..2],
            ["chronic and neuropathic pain", "multiple sclerosis"]
        );
    }

    #[test]
    fn word_prefixes_are_found_by_binary_search() {
        let words = WordSet::new(["widespread pain", "pain and tiredness"]);
        for prefix in ["w", "wide", "pain", "p", "and", "tired", "tiredness"] {
            assert!(words.has_prefix(prefix), "{prefix}");
        }
        for prefix in ["spread", "pains", "z", "a b", "tirednesses"] {
            assert!(!words.has_prefix(prefix), "{prefix}");
        }
        assert!(!WordSet::default().has_prefix("a"));
    }

    #[test]
    fn markup_in_a_query_is_just_text() {
        assert!(names(&sample(), &text("<img src=x onerror=alert(1)>")).is_empty());
    }
}
