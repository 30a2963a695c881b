//! What a host page asked for when it embedded the widget, read from the iframe address
//! (`?embed=1&conditions=fibromyalgia,lupus&theme=dark&compact=1`). Plain Rust, so it is tested
//! natively. Nothing here can fail: a value it does not understand is dropped with a warning.
//!
//! The rest of embedding: `static/embed.js` is the loader a host page includes (it makes the
//! iframe and sizes it); `static/boot.js` gives the frame its look and reports its height;
//! `crate::boot` applies these settings to the data; the `use_embed_view` hook tells pages.

use crate::evidence::data::rules::is_slug;
use crate::evidence::views::address::{pairs, FromAddress};
use crate::evidence::views::catalogue::Catalogue;

/// Colour theme the host asked for; `Auto` follows the reader's system setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    fn from_param(value: &str) -> Option<Theme> {
        match value.trim().to_ascii_lowercase().as_str() {
            "auto" | "" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The value in an address, if not the default.
    fn param(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedConfig {
    /// Shown inside another site's iframe: report height changes to the host.
    pub embedded: bool,
    /// Show only these condition ids (empty: all).
    pub conditions: Vec<String>,
    /// Open this condition's page directly.
    pub condition: Option<String>,
    pub theme: Theme,
    /// Cards only: no site header, introduction or footer.
    pub compact: bool,
}

/// The address keys an embed's settings use. They belong to the frame, not to a page, so
/// every address inside an embed carries them along (see [`EmbedConfig::carried_params`]).
pub const EMBED_KEYS: [&str; 5] = ["embed", "conditions", "condition", "theme", "compact"];

pub fn is_embed_key(key: &str) -> bool {
    EMBED_KEYS.contains(&key)
}

/// Longer text cannot be a condition id; the cap keeps a hostile address from being carried on.
const MAX_ID_LEN: usize = 80;

/// Whether `text` could name a condition: the dataset's own slug rule, within the cap.
fn is_condition_id(text: &str) -> bool {
    text.len() <= MAX_ID_LEN && is_slug(text)
}

/// `1`, `true`, `yes` or an empty value (a bare attribute) mean on.
fn is_on(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

impl EmbedConfig {
    pub fn from_query_string(query_string: &str) -> FromAddress<EmbedConfig> {
        let mut parsed = FromAddress::<EmbedConfig>::default();
        for (key, value) in pairs(query_string) {
            let config = &mut parsed.value;
            let ignored = &mut parsed.ignored;
            match key.as_ref() {
                "embed" => config.embedded = is_on(&value).unwrap_or(true),
                "conditions" => {
                    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                        let id = id.to_ascii_lowercase();
                        if !is_condition_id(&id) {
                            ignored.push(format!("ignored condition id {id:?}"));
                        } else if !config.conditions.contains(&id) {
                            config.conditions.push(id);
                        }
                    }
                }
                "condition" => {
                    let id = value.trim().to_ascii_lowercase();
                    if is_condition_id(&id) {
                        config.condition = Some(id);
                    } else if !id.is_empty() {
                        ignored.push(format!("ignored condition id {id:?}"));
                    }
                }
                "theme" => match Theme::from_param(&value) {
                    Some(theme) => config.theme = theme,
                    None => {
                        ignored.push(format!("ignored theme {value:?} (use light, dark or auto)"))
                    }
                },
                "compact" => match is_on(&value) {
                    Some(on) => config.compact = on,
                    None => ignored.push(format!("ignored compact {value:?} (use true or false)")),
                },
                // Parameters for the home page's search (q, category, ...) are not ours.
                _ => {}
            }
        }
        parsed
    }

    /// The settings that shape every page of the frame, encoded for an address
    /// (`embed=1&conditions=a,b&theme=dark&compact=1`): links inside an embed carry them, so a
    /// reload keeps the frame's look. Empty for the full site. `condition` is left out: it
    /// only says which page the frame opens on.
    pub fn carried_params(&self) -> String {
        if !self.embedded {
            return String::new();
        }
        let mut params = form_urlencoded::Serializer::new(String::new());
        params.append_pair("embed", "1");
        if !self.conditions.is_empty() {
            params.append_pair("conditions", &self.conditions.join(","));
        }
        if let Some(theme) = self.theme.param() {
            params.append_pair("theme", theme);
        }
        if self.compact {
            params.append_pair("compact", "1");
        }
        params.finish()
    }

    /// Narrows the catalogue to the requested conditions. Unknown ids are reported; if none
    /// is known, every condition stays and the returned note says so to the reader.
    pub fn apply_to(&self, catalogue: &mut Catalogue) -> EmbedOutcome {
        let mut outcome = EmbedOutcome::default();
        let known = |id: &String| catalogue.entry(id).is_some();
        let unknown: Vec<String> = self
            .conditions
            .iter()
            .filter(|id| !known(id))
            .cloned()
            .collect();
        if !unknown.is_empty() {
            outcome.warnings.push(format!(
                "unknown condition id(s) ignored: {}",
                unknown.join(", ")
            ));
        }
        let wanted: Vec<String> = self
            .conditions
            .iter()
            .filter(|id| known(id))
            .cloned()
            .collect();
        if !wanted.is_empty() {
            catalogue.retain(|id| wanted.iter().any(|w| w == id));
        } else if !self.conditions.is_empty() {
            outcome.unknown_conditions = true;
        }
        // boot.js and embed.js open a known condition's page; an unknown one is the host's to fix.
        if let Some(id) = self
            .condition
            .as_ref()
            .filter(|id| catalogue.entry(id).is_none())
        {
            outcome
                .warnings
                .push(format!("unknown condition id ignored: {id}"));
        }
        outcome
    }
}

/// What applying a config to the catalogue found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedOutcome {
    /// None of the conditions asked for exists, so all are shown with
    /// the home page's note (`unknown_conditions` in the words of the reader's language).
    pub unknown_conditions: bool,
    /// For the console: the host page's author can fix these.
    pub warnings: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> FromAddress<EmbedConfig> {
        EmbedConfig::from_query_string(text)
    }

    fn catalogue() -> Catalogue {
        crate::embedded_catalogue()
    }

    #[test]
    fn a_plain_address_is_the_full_site() {
        assert_eq!(parse(""), FromAddress::default());
        assert_eq!(parse("?q=lupus&sort=strength"), FromAddress::default());
    }

    #[test]
    fn every_attribute_is_read() {
        let parsed = parse("?embed=1&conditions=Fibromyalgia,%20sjogrens-syndrome,,fibromyalgia&condition=crohns-disease&theme=DARK&compact=");
        assert_eq!(
            parsed.value,
            EmbedConfig {
                embedded: true,
                conditions: vec!["fibromyalgia".into(), "sjogrens-syndrome".into()],
                condition: Some("crohns-disease".into()),
                theme: Theme::Dark,
                compact: true,
            }
        );
        assert!(parsed.ignored.is_empty());
    }

    #[test]
    fn the_carried_settings_read_back_as_the_same_frame() {
        let parsed = parse("?embed=1&conditions=lupus,ms&condition=ms&theme=dark&compact=1&q=x");
        let carried = parsed.value.carried_params();
        assert_eq!(
            carried,
            "embed=1&conditions=lupus%2Cms&theme=dark&compact=1"
        );
        let again = parse(&carried).value;
        assert_eq!(
            again,
            EmbedConfig {
                condition: None,
                ..parsed.value
            }
        );
        assert_eq!(parse("?q=x").value.carried_params(), "");
    }

    #[test]
    fn bad_values_are_dropped_with_a_warning() {
        let parsed = parse(
            "embed=1&conditions=<script>,lupus&condition=../../etc&theme=purple&compact=maybe",
        );
        assert_eq!(parsed.value.conditions, vec!["lupus".to_string()]);
        assert_eq!(parsed.value.condition, None);
        assert_eq!(parsed.value.theme, Theme::Auto);
        assert!(!parsed.value.compact);
        assert_eq!(parsed.ignored.len(), 4, "{:?}", parsed.ignored);
    }

    #[test]
    fn ids_follow_the_dataset_s_own_slug_rule() {
        let long = "a".repeat(81);
        let parsed = parse(&format!("conditions=lupus,a--b,-x,y-,{long}"));
        assert_eq!(parsed.value.conditions, ["lupus"]);
        assert_eq!(parsed.ignored.len(), 4, "{:?}", parsed.ignored);
    }

    #[test]
    fn only_the_requested_conditions_remain() {
        let mut catalogue = catalogue();
        let config = parse("conditions=fibromyalgia,no-such-thing,multiple-sclerosis").value;
        let outcome = config.apply_to(&mut catalogue);
        let ids: Vec<&str> = catalogue
            .entries
            .iter()
            .map(|e| e.condition.id.as_str())
            .collect();
        assert_eq!(ids, vec!["fibromyalgia", "multiple-sclerosis"]);
        assert_eq!(
            outcome.warnings,
            vec!["unknown condition id(s) ignored: no-such-thing"]
        );
        assert!(!outcome.unknown_conditions);
        let query = crate::evidence::views::query::Query::default();
        assert_eq!(catalogue.search(&query).len(), 2);
    }

    #[test]
    fn when_no_requested_condition_exists_all_are_shown_with_a_note() {
        let mut catalogue = catalogue();
        let total = catalogue.entries.len();
        let outcome = parse("conditions=nope,nada").value.apply_to(&mut catalogue);
        assert_eq!(catalogue.entries.len(), total);
        assert!(outcome.unknown_conditions);
        assert_eq!(outcome.warnings.len(), 1);
    }

    #[test]
    fn an_unknown_condition_to_open_is_ignored() {
        let mut catalogue = catalogue();
        let outcome = parse("condition=nope").value.apply_to(&mut catalogue);
        assert_eq!(outcome.warnings, vec!["unknown condition id ignored: nope"]);
        let outcome = parse("condition=fibromyalgia")
            .value
            .apply_to(&mut catalogue);
        assert!(outcome.warnings.is_empty());
    }
}
