//! What the reader asked for on the home page (search text, filters, order), how each control
//! changes it, and its form in the address (`?q=sjogren&category=rheumatic&sort=strength`),
//! so that a reload, a shared link or the "back" link restores the same view.

use super::address::{pairs, FromAddress};
use crate::evidence::grading::rule::EvidenceGrade;
use crate::evidence::model::Category;
use crate::evidence::words::ui::FinderWords;

/// How the list of conditions is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortOrder {
    /// Best match first while searching, otherwise by name.
    #[default]
    Name,
    /// Most support for a benefit first (see [`EvidenceGrade`]'s order), then by name.
    Strength,
    /// Most participants in counted studies first, then by name.
    Participants,
}

impl SortOrder {
    pub const ALL: [SortOrder; 3] = [
        SortOrder::Name,
        SortOrder::Strength,
        SortOrder::Participants,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SortOrder::Name => "name",
            SortOrder::Strength => "strength",
            SortOrder::Participants => "participants",
        }
    }

    pub fn label(self, words: &FinderWords) -> &'static str {
        match self {
            SortOrder::Name => words.sort_name,
            SortOrder::Strength => words.sort_strength,
            SortOrder::Participants => words.sort_participants,
        }
    }

    pub fn from_slug(slug: &str) -> Option<SortOrder> {
        SortOrder::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// What the reader asked for: free text, optional filters and an order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub text: String,
    /// Empty means every category.
    pub categories: Vec<Category>,
    /// Empty means every grade.
    pub grades: Vec<EvidenceGrade>,
    pub sort: SortOrder,
}

/// One thing the reader did to the search controls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryChange {
    Text(String),
    ToggleCategory(Category),
    ToggleGrade(EvidenceGrade),
    Sort(SortOrder),
    /// Clear the search text and every filter; the order stays.
    ClearAll,
}

impl Query {
    /// The query after one change; filters stay in a stable order so equal views have equal URLs.
    pub fn changed(&self, change: QueryChange) -> Query {
        let mut next = self.clone();
        match change {
            QueryChange::Text(text) => next.text = text,
            QueryChange::ToggleCategory(category) => toggle(&mut next.categories, category),
            QueryChange::ToggleGrade(grade) => toggle(&mut next.grades, grade),
            QueryChange::Sort(sort) => next.sort = sort,
            QueryChange::ClearAll => {
                next.text.clear();
                next.categories.clear();
                next.grades.clear();
            }
        }
        next
    }

    /// Whether any search text or filter narrows the list.
    pub fn is_narrowed(&self) -> bool {
        !self.text.trim().is_empty() || !self.categories.is_empty() || !self.grades.is_empty()
    }

    /// How many filters are on (search text not included).
    pub fn filter_count(&self) -> usize {
        self.categories.len() + self.grades.len()
    }

    /// Address parameters for this query; defaults are left out, so the plain home page has none.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if !self.text.trim().is_empty() {
            params.push((TEXT_KEY, self.text.clone()));
        }
        let join = |slugs: Vec<&str>| slugs.join(",");
        if !self.categories.is_empty() {
            params.push((
                CATEGORY_KEY,
                join(self.categories.iter().map(|c| c.slug()).collect()),
            ));
        }
        if !self.grades.is_empty() {
            params.push((
                GRADE_KEY,
                join(self.grades.iter().map(|g| g.slug()).collect()),
            ));
        }
        if self.sort != SortOrder::default() {
            params.push((SORT_KEY, self.sort.slug().to_string()));
        }
        params
    }

    /// Reads a query from the address's query string (with or without the leading `?`).
    /// Anything it does not understand is skipped and reported, never an error: a link with a
    /// typo still opens the page.
    pub fn from_query_string(query_string: &str) -> FromAddress<Query> {
        let mut parsed = FromAddress::<Query>::default();
        for (key, value) in pairs(query_string) {
            let query = &mut parsed.value;
            let mut ignored = |what: String| parsed.ignored.push(what);
            match key.as_ref() {
                TEXT_KEY => query.text = value.chars().take(MAX_TEXT_CHARS).collect(),
                CATEGORY_KEY => {
                    add_slugs(&value, Category::from_slug, &mut query.categories, |slug| {
                        ignored(format!("unknown category {slug:?}"))
                    })
                }
                GRADE_KEY => add_slugs(
                    &value,
                    EvidenceGrade::from_slug,
                    &mut query.grades,
                    |slug| ignored(format!("unknown grade {slug:?}")),
                ),
                SORT_KEY => match SortOrder::from_slug(&value) {
                    Some(sort) => query.sort = sort,
                    None => ignored(format!("unknown sort order {value:?}")),
                },
                other => ignored(format!("unknown parameter {other:?}")),
            }
        }
        parsed.value.categories.sort();
        parsed.value.grades.sort();
        parsed
    }
}

const TEXT_KEY: &str = "q";
const CATEGORY_KEY: &str = "category";
const GRADE_KEY: &str = "grade";
const SORT_KEY: &str = "sort";
/// Longer text cannot name a condition; the cap keeps a pasted essay from slowing each keystroke.
const MAX_TEXT_CHARS: usize = 200;

/// Adds each known value of a comma-separated list once; reports the rest.
fn add_slugs<T: PartialEq>(
    list_text: &str,
    from_slug: fn(&str) -> Option<T>,
    values: &mut Vec<T>,
    mut unknown: impl FnMut(&str),
) {
    for slug in list_text.split(',').filter(|s| !s.is_empty()) {
        match from_slug(slug) {
            Some(value) if !values.contains(&value) => values.push(value),
            Some(_) => {}
            None => unknown(slug),
        }
    }
}

/// Adds `item` if absent, removes it if present, keeping the list sorted.
fn toggle<T: Ord + Copy>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(index) => {
            list.remove(index);
        }
        None => {
            list.push(item);
            list.sort();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> FromAddress<Query> {
        Query::from_query_string(text)
    }

    #[test]
    fn the_default_query_has_no_parameters() {
        assert!(Query::default().to_params().is_empty());
        assert_eq!(parse(""), FromAddress::default());
        assert_eq!(parse("?"), FromAddress::default());
    }

    #[test]
    fn a_query_survives_the_round_trip_through_the_address() {
        let query = Query {
            text: "Sjögren's & co".into(),
            categories: vec![Category::Rheumatic, Category::MentalHealth],
            grades: vec![EvidenceGrade::Mixed, EvidenceGrade::NoStudies],
            sort: SortOrder::Participants,
        };
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(query.to_params())
            .finish();
        assert_eq!(
            encoded,
            "q=Sj%C3%B6gren%27s+%26+co&category=rheumatic%2Cmental-health&grade=mixed%2Cno-studies&sort=participants"
        );
        assert_eq!(parse(&format!("?{encoded}")).value, query);
        assert!(parse(&encoded).ignored.is_empty());
    }

    #[test]
    fn unknown_values_are_skipped_and_reported() {
        let parsed = parse("category=rheumatic,bogus&grade=great&sort=random&colour=red&q=ms");
        assert_eq!(
            parsed.value,
            Query {
                text: "ms".into(),
                categories: vec![Category::Rheumatic],
                ..Query::default()
            }
        );
        assert_eq!(
            parsed.ignored,
            vec![
                "unknown category \"bogus\"",
                "unknown grade \"great\"",
                "unknown sort order \"random\"",
                "unknown parameter \"colour\"",
            ]
        );
    }

    #[test]
    fn odd_characters_are_just_text() {
        let parsed = parse("q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&q2=%ZZ&%FF=1");
        assert_eq!(parsed.value.text, "<script>alert(1)</script>");
        assert_eq!(parsed.ignored.len(), 2);
    }

    #[test]
    fn very_long_text_is_cut_short() {
        let parsed = parse(&format!("q={}", "a".repeat(5000)));
        assert_eq!(parsed.value.text.len(), MAX_TEXT_CHARS);
    }

    #[test]
    fn category_slugs_are_the_names_used_in_data_files() {
        for category in Category::ALL {
            let in_data = serde_json::to_string(&category).unwrap();
            assert_eq!(in_data, format!("\"{}\"", category.slug()));
            assert_eq!(Category::from_slug(category.slug()), Some(category));
        }
    }

    #[test]
    fn repeated_filters_count_once_in_a_stable_order() {
        let parsed = parse("grade=mixed,strong,mixed&category=skin,pain");
        assert_eq!(
            parsed.value.grades,
            vec![EvidenceGrade::Strong, EvidenceGrade::Mixed]
        );
        assert_eq!(
            parsed.value.categories,
            vec![Category::Pain, Category::Skin]
        );
    }

    #[test]
    fn toggling_a_filter_twice_restores_the_query() {
        let start = Query::default().changed(QueryChange::ToggleGrade(EvidenceGrade::Mixed));
        let once = start.changed(QueryChange::ToggleCategory(Category::Skin));
        assert_eq!(once.categories, vec![Category::Skin]);
        assert_eq!(once.filter_count(), 2);
        assert_eq!(
            once.changed(QueryChange::ToggleCategory(Category::Skin)),
            start
        );
    }

    #[test]
    fn clearing_keeps_the_order_but_drops_text_and_filters() {
        let busy = Query {
            text: "pain".into(),
            categories: vec![Category::Pain],
            grades: vec![EvidenceGrade::Mixed],
            sort: SortOrder::Strength,
        };
        assert!(busy.is_narrowed());
        let cleared = busy.changed(QueryChange::ClearAll);
        assert!(!cleared.is_narrowed());
        assert_eq!(cleared.sort, SortOrder::Strength);
    }
}
