//! The JSON Schema in `schema/`: it is exactly what the model generates, every data file names
//! the right one, and every data file validates against it. The check uses a small validator
//! written for the keywords the generated schema uses; it refuses any other keyword, so a
//! schema it cannot fully check fails loudly instead of passing.

// Reads files from disk, which the browser test runner cannot do.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::fs;
use std::path::Path;

use serde_json::Value;

use ldn_evidence::evidence::checker::schema::{schema_files, WRITE_SCHEMA_COMMAND};
use ldn_evidence::evidence::checker::warnings::schema_reference_warnings;
use ldn_evidence::evidence::data::load::{read_dataset_dir, FileKind};

use common::data_dir;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn committed_schema(kind: FileKind) -> Value {
    let path = Path::new(ROOT).join("schema").join(kind.schema_file());
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_committed_schema_is_what_the_model_generates() {
    let mut stale = Vec::new();
    for file in schema_files() {
        let path = Path::new(ROOT).join("schema").join(file.name);
        if fs::read_to_string(&path).ok().as_deref() != Some(file.text.as_str()) {
            stale.push(format!("schema/{}", file.name));
        }
    }
    assert!(
        stale.is_empty(),
        "{} {} out of date with src/evidence/model.rs (its types, serde attributes or doc \
         comments changed). Regenerate with\n\n    {WRITE_SCHEMA_COMMAND}\n\nand commit the result.",
        stale.join(" and "),
        if stale.len() == 1 { "is" } else { "are" }
    );
}

#[test]
fn every_data_file_names_its_schema_by_a_path_that_exists() {
    let dir = data_dir();
    let files = read_dataset_dir(&dir).unwrap();
    let warnings: Vec<String> = schema_reference_warnings(&files)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(warnings.is_empty(), "{}", warnings.join("\n"));
    for file in &files {
        let kind = FileKind::of(&file.path).unwrap();
        let relative = file.path.strip_prefix("data/").unwrap();
        let folder = dir.join(relative).parent().unwrap().to_path_buf();
        let target = folder.join(kind.schema_reference());
        assert!(
            target.exists(),
            "{}: \"$schema\" leads to {}, which does not exist",
            file.path,
            target.display()
        );
    }
}

#[test]
fn every_data_file_validates_against_its_schema() {
    let files = read_dataset_dir(&data_dir()).unwrap();
    assert!(files.len() >= 3);
    for file in files {
        let kind = FileKind::of(&file.path).unwrap();
        let value: Value = serde_json::from_str(&file.text).unwrap();
        let errors = Validator::new(committed_schema(kind)).errors(&value);
        assert!(errors.is_empty(), "{}:\n{}", file.path, errors.join("\n"));
    }
}

#[test]
fn the_schema_rejects_the_structural_mistakes_the_build_rejects() {
    let validator = Validator::new(committed_schema(FileKind::Condition));
    let fixture = |name: &str| -> Value {
        let path = Path::new(ROOT).join("tests/fixtures").join(name);
        serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
    };
    assert!(validator
        .errors(&fixture("base/conditions/example.json"))
        .is_empty());
    for (fixture_name, expected) in [
        (
            "invalid/unknown-enum-value.json",
            "publications[0].design: matches none of the allowed values",
        ),
        (
            "invalid/missing-required-field.json",
            "publications[0]: missing required field \"year\"",
        ),
        (
            "invalid/unknown-field.json",
            "publications[0].jounral: unknown field",
        ),
    ] {
        let errors = validator.errors(&fixture(fixture_name));
        assert!(
            errors.iter().any(|e| e == expected),
            "{fixture_name}: expected {expected:?} in {errors:#?}"
        );
    }
}

#[test]
fn the_validator_knows_required_types_consts_and_lists() {
    let schema = serde_json::json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["n"],
        "properties": {
            "n": {"type": "integer", "minimum": 1},
            "tags": {"type": "array", "items": {"enum": ["a", "b"]}},
            "status": {"oneOf": [{"const": "x"}, {"const": "y"}]},
            "maybe": {"anyOf": [{"type": "string"}, {"type": "null"}]}
        }
    });
    let validator = Validator::new(schema);
    assert!(validator
        .errors(&serde_json::json!({"n": 2, "tags": ["a"], "status": "y", "maybe": null}))
        .is_empty());
    assert_eq!(
        validator.errors(
            &serde_json::json!({"n": 0.5, "tags": ["c"], "status": "z", "maybe": 3, "extra": 1})
        ),
        vec![
            "extra: unknown field",
            "maybe: matches none of the allowed values",
            "n: expected integer, found 0.5",
            "status: matches none of the allowed values",
            "tags[0]: not one of the allowed values",
        ]
    );
}

/// A validator for the subset of JSON Schema draft 7 that schemars generates here.
struct Validator {
    root: Value,
}

impl Validator {
    fn new(root: Value) -> Validator {
        Validator { root }
    }

    /// Every place `value` breaks the schema, as `path: reason`, sorted.
    fn errors(&self, value: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        self.check(&self.root, value, "", &mut errors);
        errors.sort();
        errors
    }

    fn check(&self, schema: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
        let here = |reason: String| {
            if path.is_empty() {
                reason
            } else {
                format!("{path}: {reason}")
            }
        };
        let Some(schema) = schema.as_object() else {
            assert!(schema.is_boolean(), "unexpected schema {schema}");
            if schema == &Value::Bool(false) {
                errors.push(here("not allowed".into()));
            }
            return;
        };
        // The type first: the other keywords only make sense for a value of the right type.
        if let Some(rule) = schema.get("type") {
            let allowed: Vec<&str> = match rule {
                Value::String(one) => vec![one.as_str()],
                Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
                other => panic!("unexpected type {other}"),
            };
            if !allowed.iter().any(|t| has_type(value, t)) {
                errors.push(here(format!(
                    "expected {}, found {value}",
                    allowed.join(" or ")
                )));
                return;
            }
        }
        for (keyword, rule) in schema {
            match keyword.as_str() {
                // Annotations: they describe, they do not constrain. The type is checked above.
                "$schema" | "title" | "description" | "default" | "format" | "definitions"
                | "type" => {}
                "$ref" => {
                    let name = rule
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/definitions/"))
                        .expect("a local definition");
                    self.check(&self.root["definitions"][name], value, path, errors);
                }
                "const" => {
                    if value != rule {
                        errors.push(here(format!("expected {rule}, found {value}")));
                    }
                }
                "enum" => {
                    if !rule.as_array().unwrap().contains(value) {
                        errors.push(here("not one of the allowed values".into()));
                    }
                }
                "minimum" | "maximum" => {
                    let (Some(number), Some(bound)) = (value.as_f64(), rule.as_f64()) else {
                        continue;
                    };
                    let outside = if keyword == "minimum" {
                        number < bound
                    } else {
                        number > bound
                    };
                    if outside {
                        errors.push(here(format!("{number} is beyond the {keyword} {bound}")));
                    }
                }
                "allOf" => {
                    for part in rule.as_array().unwrap() {
                        self.check(part, value, path, errors);
                    }
                }
                "anyOf" | "oneOf" => {
                    let passing = rule
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|part| {
                            let mut trial = Vec::new();
                            self.check(part, value, path, &mut trial);
                            trial.is_empty()
                        })
                        .count();
                    let fits = if keyword == "oneOf" {
                        passing == 1
                    } else {
                        passing >= 1
                    };
                    if !fits {
                        errors.push(here("matches none of the allowed values".into()));
                    }
                }
                "required" => {
                    for field in rule.as_array().unwrap() {
                        let field = field.as_str().unwrap();
                        if value.get(field).is_none() {
                            errors.push(here(format!("missing required field \"{field}\"")));
                        }
                    }
                }
                "properties" => {
                    for (field, part) in rule.as_object().unwrap() {
                        if let Some(item) = value.get(field) {
                            self.check(part, item, &join(path, field), errors);
                        }
                    }
                }
                "additionalProperties" => {
                    let known = schema.get("properties").and_then(Value::as_object);
                    for (field, item) in value.as_object().into_iter().flatten() {
                        if known.is_some_and(|k| k.contains_key(field)) {
                            continue;
                        }
                        if rule == &Value::Bool(false) {
                            errors.push(format!("{}: unknown field", join(path, field)));
                        } else {
                            self.check(rule, item, &join(path, field), errors);
                        }
                    }
                }
                "items" => {
                    for (index, item) in value.as_array().into_iter().flatten().enumerate() {
                        self.check(rule, item, &format!("{path}[{index}]"), errors);
                    }
                }
                other => panic!("the test's validator does not know the keyword {other:?}"),
            }
        }
    }
}

fn has_type(value: &Value, name: &str) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        other => panic!("unknown type {other}"),
    }
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}
