//! The app's addresses. Every page is a folder of the deployed site (`condition/lupus/`), written
//! relative to the site's root, so the same files work at a host's root or under any sub-path,
//! and each page exists as a real HTML file (see `src/bin/prerender.rs`).

use percent_encoding::{percent_decode_str, utf8_percent_encode, NON_ALPHANUMERIC};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Condition {
        id: String,
    },
    EvidenceMap,
    /// The evidence map as a table: its own page, so it reads without JavaScript.
    EvidenceMapTable,
    Safety,
    HowWeGrade,
    /// What changed in each version of the dataset.
    Changes,
    NotFound,
}

impl Route {
    /// The route of a path relative to the site's root, such as `condition/fibromyalgia/`
    /// (the final `/` and a leading one are optional); anything unknown is `NotFound`.
    pub fn recognize(path: &str) -> Route {
        let path = path.trim_start_matches('/');
        // `./` is how the app writes the home page's address (see router.rs).
        let path = if path == "." {
            ""
        } else {
            path.strip_prefix("./").unwrap_or(path)
        };
        let path = path.strip_suffix("index.html").unwrap_or(path);
        match path.trim_end_matches('/') {
            "" => Route::Home,
            "map" => Route::EvidenceMap,
            "map/table" => Route::EvidenceMapTable,
            "safety" => Route::Safety,
            "how-we-grade" => Route::HowWeGrade,
            "changes" => Route::Changes,
            path => match path.strip_prefix("condition/") {
                Some(id) if !id.is_empty() && !id.contains('/') => Route::Condition {
                    id: percent_decode_str(id).decode_utf8_lossy().into_owned(),
                },
                _ => Route::NotFound,
            },
        }
    }

    /// The page's folder relative to the site's root: empty for the home page, else ending in
    /// `/` (`condition/fibromyalgia/`). The not-found page is `404.html`, where static hosts
    /// look for it.
    pub fn to_path(&self) -> String {
        match self {
            Route::Home => String::new(),
            Route::Condition { id } => {
                format!("condition/{}/", utf8_percent_encode(id, SEGMENT))
            }
            Route::EvidenceMap => "map/".to_string(),
            Route::EvidenceMapTable => "map/table/".to_string(),
            Route::Safety => "safety/".to_string(),
            Route::HowWeGrade => "how-we-grade/".to_string(),
            Route::Changes => "changes/".to_string(),
            Route::NotFound => "404.html".to_string(),
        }
    }

    /// How many folders below the site's root the page's file sits (`condition/x/` is 2).
    pub fn depth(&self) -> usize {
        self.to_path().matches('/').count()
    }
}

/// Everything but letters, digits and `-` is escaped in a path segment (ids are slugs anyway).
const SEGMENT: &percent_encoding::AsciiSet = &NON_ALPHANUMERIC.remove(b'-');

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_page_reads_back_from_the_address_links_use() {
        for address in [".", "./", "./index.html"] {
            assert_eq!(Route::recognize(address), Route::Home, "{address}");
        }
        assert_eq!(
            Route::recognize("./condition/lupus/"),
            Route::Condition { id: "lupus".into() }
        );
    }

    #[test]
    fn every_route_reads_back_from_its_own_path() {
        for route in [
            Route::Home,
            Route::Condition {
                id: "sjogrens-syndrome".into(),
            },
            Route::EvidenceMap,
            Route::EvidenceMapTable,
            Route::Safety,
            Route::HowWeGrade,
            Route::Changes,
        ] {
            assert_eq!(Route::recognize(&route.to_path()), route);
        }
        assert_eq!(Route::recognize("404.html"), Route::NotFound);
    }

    #[test]
    fn paths_are_folders_below_the_root() {
        assert_eq!(Route::Home.depth(), 0);
        assert_eq!(Route::EvidenceMap.depth(), 1);
        assert_eq!(Route::EvidenceMapTable.depth(), 2);
        assert_eq!(Route::Condition { id: "ms".into() }.depth(), 2);
        assert_eq!(Route::NotFound.depth(), 0);
    }

    #[test]
    fn odd_paths_are_not_found_and_ids_are_decoded_text() {
        assert_eq!(Route::recognize("nowhere"), Route::NotFound);
        assert_eq!(Route::recognize("condition/"), Route::NotFound);
        assert_eq!(Route::recognize("condition/a/b"), Route::NotFound);
        assert_eq!(Route::recognize("/map"), Route::EvidenceMap);
        assert_eq!(Route::recognize("index.html"), Route::Home);
        assert_eq!(Route::recognize("safety/index.html"), Route::Safety);
        assert_eq!(
            Route::recognize("condition/%3Cb%3E/"),
            Route::Condition { id: "<b>".into() }
        );
        assert_eq!(
            Route::Condition { id: "<b>".into() }.to_path(),
            "condition/%3Cb%3E/"
        );
    }
}
