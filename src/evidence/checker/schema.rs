//! The JSON Schema of the data files, generated from the model's types, serde attributes and
//! doc comments, so it cannot drift from what the build accepts. Each data file names its
//! schema in a `"$schema"` key, which editors follow to validate and autocomplete as one types.
//!
//! The committed copies live in `schema/`; a test fails when they differ from what this module
//! generates, and `cargo run --bin check-data -- --write-schema` rewrites them. Native only:
//! the WebAssembly app never needs a schema.
// The `///` comments of the types below are schema text an editor shows, so plain text.
#![allow(rustdoc::bare_urls, rustdoc::invalid_html_tags)]

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::Value;

use super::canonical::sorted_keys;
use crate::evidence::data::load::FileKind;
use crate::evidence::model::{Condition, DatasetInfo, Publication, Safety};

/// The command that rewrites the committed schema files, for messages.
pub const WRITE_SCHEMA_COMMAND: &str = "cargo run --bin check-data -- --write-schema";

// The three types below only describe the files for the schema: `load.rs` reads a file record
// by record, so that one broken publication does not hide the mistakes in the others.

/// The dataset's version and date: `data/dataset.json`.
#[derive(JsonSchema)]
#[schemars(title = "LDN Evidence: data/dataset.json")]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct DatasetFile {
    /// Where editors find the schema of this file: "../schema/dataset.schema.json".
    #[serde(rename = "$schema")]
    schema: Option<String>,
    #[serde(flatten)]
    info: DatasetInfo,
}

/// The safety panel shown on every condition's page, and the publications that only it cites:
/// `data/safety.json`.
#[derive(JsonSchema)]
#[schemars(title = "LDN Evidence: data/safety.json")]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct SafetyFile {
    /// Where editors find the schema of this file: "../schema/safety.schema.json".
    #[serde(rename = "$schema")]
    schema: Option<String>,
    safety: Safety,
    /// Publications the safety panel cites that are about no single condition (their
    /// `conditions` may be empty). Use [] when there are none.
    publications: Vec<Publication>,
}

/// One condition and the publications about it: `data/conditions/<id>.json`.
#[derive(JsonSchema)]
#[schemars(title = "LDN Evidence: data/conditions/<id>.json")]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ConditionFile {
    /// Where editors find the schema of this file: "../../schema/condition.schema.json".
    #[serde(rename = "$schema")]
    schema: Option<String>,
    condition: Condition,
    /// The publications about this condition. A publication about several conditions is kept
    /// in one of their files and lists all of them in its `conditions`. Use [] when there are
    /// none.
    publications: Vec<Publication>,
}

/// The whole dataset in one file, as the site offers it for download (open data).
#[derive(JsonSchema, serde::Serialize)]
#[schemars(title = "LDN Evidence: the whole dataset")]
#[serde(deny_unknown_fields)]
pub struct OpenDataFile {
    /// The schema of this file, beside it: "ldn-evidence-data.schema.json".
    #[serde(rename = "$schema")]
    pub schema: String,
    /// The terms of reuse, e.g. "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)".
    pub licence: String,
    /// Version and date of the dataset (data/dataset.json).
    pub info: DatasetInfo,
    /// Every condition (data/conditions/<id>.json, without its publications).
    pub conditions: Vec<Condition>,
    /// Every publication, with where each fact was verified.
    pub publications: Vec<Publication>,
    /// The safety panel (data/safety.json).
    pub safety: Safety,
}

/// The schema of [`OpenDataFile`].
pub fn open_data_schema() -> String {
    schema_text::<OpenDataFile>()
}

/// A generated schema file: its name in `schema/` and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaFile {
    pub name: &'static str,
    pub text: String,
}

/// The schema of every kind of data file, as it should be committed in `schema/`.
pub fn schema_files() -> Vec<SchemaFile> {
    FileKind::ALL
        .into_iter()
        .map(|kind| SchemaFile {
            name: kind.schema_file(),
            text: match kind {
                FileKind::Info => schema_text::<DatasetFile>(),
                FileKind::Safety => schema_text::<SafetyFile>(),
                FileKind::Condition => schema_text::<ConditionFile>(),
            },
        })
        .collect()
}

/// Draft 7, which every editor with JSON Schema support understands; pretty-printed with
/// sorted keys so that a change to the model shows as a small diff.
fn schema_text<T: JsonSchema>() -> String {
    let schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    let mut value = schema.to_value();
    unwrap_descriptions(&mut value);
    let mut text =
        serde_json::to_string_pretty(&sorted_keys(value)).expect("a JSON value serialises");
    text.push('\n');
    text
}

/// Doc comments are wrapped at 100 columns in the source; editors show the schema's
/// descriptions as running text, so lines are joined and only blank lines kept as breaks.
fn unwrap_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                match item {
                    Value::String(text) if key == "description" => {
                        *text = text
                            .split("\n\n")
                            .map(|paragraph| paragraph.split('\n').collect::<Vec<_>>().join(" "))
                            .collect::<Vec<_>>()
                            .join("\n\n");
                    }
                    _ => unwrap_descriptions(item),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(unwrap_descriptions),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(kind: FileKind) -> Value {
        let file = schema_files()
            .into_iter()
            .find(|f| f.name == kind.schema_file())
            .unwrap();
        serde_json::from_str(&file.text).unwrap()
    }

    #[test]
    fn a_condition_file_has_a_condition_and_its_publications_and_nothing_else() {
        let schema = schema(FileKind::Condition);
        assert_eq!(schema["additionalProperties"], Value::Bool(false));
        assert_eq!(
            schema["required"],
            serde_json::json!(["condition", "publications"])
        );
        assert!(schema["properties"]["$schema"].is_object());
    }

    #[test]
    fn doc_comments_become_descriptions_on_one_line() {
        let schema = schema(FileKind::Condition);
        let verified = &schema["definitions"]["Publication"]["properties"]["verified_from"];
        let description = verified["description"].as_str().unwrap();
        assert!(description.starts_with("Where each fact was read"));
        assert!(!description.contains('\n'), "{description}");
    }

    #[test]
    fn enum_values_are_written_as_in_the_files() {
        let text = &schema_files()[2].text;
        for value in ["\"parallel-rct\"", "\"not-reported\"", "\"none-declared\""] {
            assert!(text.contains(value), "{value} missing");
        }
    }

    #[test]
    fn fields_with_a_default_are_optional() {
        let schema = schema(FileKind::Condition);
        let required = schema["definitions"]["Publication"]["required"]
            .as_array()
            .unwrap();
        for optional in ["peer_reviewed", "notes", "verified_from", "same_trial_as"] {
            assert!(!required.contains(&Value::from(optional)), "{optional}");
        }
        for needed in ["id", "design", "dose_range", "outcomes"] {
            assert!(required.contains(&Value::from(needed)), "{needed}");
        }
    }
}
