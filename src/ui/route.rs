//! The app's addresses. Hash routes (`#/condition/fibromyalgia`) work on any static host:
//! a reload or a shared link needs no server rewrite rules.

use percent_encoding::{percent_decode_str, utf8_percent_encode, NON_ALPHANUMERIC};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Condition { id: String },
    EvidenceMap,
    Safety,
    HowWeGrade,
    NotFound,
}

impl Route {
    /// The route of a path such as `/condition/fibromyalgia`; anything unknown is `NotFound`.
    pub fn recognize(path: &str) -> Route {
        let path = path.trim_end_matches('/');
        match path {
            "" => Route::Home,
            "/map" => Route::EvidenceMap,
            "/safety" => Route::Safety,
            "/how-we-grade" => Route::HowWeGrade,
            _ => match path.strip_prefix("/condition/") {
                Some(id) if !id.is_empty() && !id.contains('/') => Route::Condition {
                    id: percent_decode_str(id).decode_utf8_lossy().into_owned(),
                },
                _ => Route::NotFound,
            },
        }
    }

    pub fn to_path(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::Condition { id } => {
                format!("/condition/{}", utf8_percent_encode(id, SEGMENT))
            }
            Route::EvidenceMap => "/map".to_string(),
            Route::Safety => "/safety".to_string(),
            Route::HowWeGrade => "/how-we-grade".to_string(),
            Route::NotFound => "/not-found".to_string(),
        }
    }
}

/// Everything but letters, digits and `-` is escaped in a path segment (ids are slugs anyway).
const SEGMENT: &percent_encoding::AsciiSet = &NON_ALPHANUMERIC.remove(b'-');

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_own_path() {
        for route in [
            Route::Home,
            Route::Condition {
                id: "sjogrens-syndrome".into(),
            },
            Route::EvidenceMap,
            Route::Safety,
            Route::HowWeGrade,
            Route::NotFound,
        ] {
            assert_eq!(Route::recognize(&route.to_path()), route);
        }
    }

    #[test]
    fn odd_paths_are_not_found_and_ids_are_decoded_text() {
        assert_eq!(Route::recognize("/nowhere"), Route::NotFound);
        assert_eq!(Route::recognize("/condition/"), Route::NotFound);
        assert_eq!(Route::recognize("/condition/a/b"), Route::NotFound);
        assert_eq!(Route::recognize("/map/"), Route::EvidenceMap);
        assert_eq!(
            Route::recognize("/condition/%3Cb%3E"),
            Route::Condition { id: "<b>".into() }
        );
        assert_eq!(
            Route::Condition { id: "<b>".into() }.to_path(),
            "/condition/%3Cb%3E"
        );
    }
}
