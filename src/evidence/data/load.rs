//! Loading the dataset files into the model, collecting every problem rather than the first.
//!
//! Each record (a condition, a publication, the safety panel) is parsed on its own so that one
//! broken study does not hide the mistakes in the others. The same code runs in `build.rs`,
//! the checker and the tests.

use std::path::{Path, PathBuf};
use std::{fs, io};

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::json_syntax;
pub use super::parsed::{DatasetError, Located, ParsedFiles};
use super::rules;
use super::suggest;
use crate::evidence::model::{Condition, Dataset, Publication};

/// One dataset file as read from disk: its path relative to the crate (for messages) and text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// The kinds of file the dataset folder holds, told apart by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `dataset.json`: the dataset's version and date.
    Info,
    /// `safety.json`: the safety panel and the publications only it cites.
    Safety,
    /// `conditions/<id>.json`: a condition and its publications.
    Condition,
}

impl FileKind {
    pub const ALL: [FileKind; 3] = [FileKind::Info, FileKind::Safety, FileKind::Condition];

    /// The kind of the dataset file at `path` (as named in messages, `data/...`), if any.
    pub fn of(path: &str) -> Option<FileKind> {
        let name = path.rsplit('/').next().unwrap_or(path);
        if name == "dataset.json" {
            Some(FileKind::Info)
        } else if name == "safety.json" {
            Some(FileKind::Safety)
        } else if path.contains("conditions/") && name.ends_with(".json") {
            Some(FileKind::Condition)
        } else {
            None
        }
    }

    /// The file in `schema/` that describes this kind of file.
    pub fn schema_file(self) -> &'static str {
        match self {
            FileKind::Info => "dataset.schema.json",
            FileKind::Safety => "safety.schema.json",
            FileKind::Condition => "condition.schema.json",
        }
    }

    /// What a file of this kind puts in its `"$schema"` key: the schema's path relative to the
    /// file, which is how editors find it. `schema/` sits beside `data/`.
    pub fn schema_reference(self) -> String {
        let up = match self {
            FileKind::Info | FileKind::Safety => "../",
            FileKind::Condition => "../../",
        };
        format!("{up}schema/{}", self.schema_file())
    }
}

/// Loads the dataset and applies the data rules. `today` bounds publication years and review dates.
pub fn load_dataset(
    files: &[SourceFile],
    today: super::date::Date,
) -> Result<Dataset, Vec<DatasetError>> {
    let mut errors = Vec::new();
    let parsed = parse_files(files, &mut errors);
    errors.extend(rules::problems(&parsed, today));
    if !errors.is_empty() {
        return Err(errors);
    }
    let (Some(info), Some(safety)) = (parsed.info, parsed.safety) else {
        unreachable!("validation reports missing files")
    };
    let mut conditions: Vec<Condition> = parsed.conditions.into_iter().map(|c| c.value).collect();
    conditions.sort_by(|a, b| a.id.cmp(&b.id));
    let mut publications: Vec<Publication> =
        parsed.publications.into_iter().map(|p| p.value).collect();
    publications.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(Dataset {
        info: info.value,
        conditions,
        publications,
        safety: safety.value,
    })
}

/// Parses every file, record by record, appending any problem to `errors`.
pub fn parse_files(files: &[SourceFile], errors: &mut Vec<DatasetError>) -> ParsedFiles {
    let mut parsed = ParsedFiles::default();
    for file in files {
        let Some(kind) = FileKind::of(&file.path) else {
            errors.push(DatasetError::new(
                &file.path,
                "",
                "not a dataset file: expected dataset.json, safety.json or conditions/<id>.json",
            ));
            continue;
        };
        let root = match serde_json::from_str::<Value>(&file.text) {
            Ok(Value::Object(root)) => root,
            Ok(_) => {
                errors.push(DatasetError::new(&file.path, "", "expected a JSON object"));
                continue;
            }
            Err(error) => {
                let problem = json_syntax::explain(&file.text, &error);
                errors.push(DatasetError::new(&file.path, problem.path, problem.reason));
                parsed.unreadable_file = true;
                continue;
            }
        };
        let mut reader = RecordReader {
            file: &file.path,
            root,
            errors,
            unparsed_ids: &mut parsed.unparsed_ids,
        };
        match kind {
            FileKind::Info => {
                reader.root.remove("$schema");
                let root = Value::Object(std::mem::take(&mut reader.root));
                parsed.info = reader.record(root, "");
            }
            FileKind::Safety => {
                reader.allow_keys(&["$schema", "safety", "publications"]);
                if let Some(value) = reader.take_required("safety") {
                    parsed.safety = reader.record(value, "safety");
                }
                parsed.publications.extend(reader.publications());
            }
            FileKind::Condition => {
                reader.allow_keys(&["$schema", "condition", "publications"]);
                if let Some(value) = reader.take_required("condition") {
                    parsed.conditions.extend(reader.record(value, "condition"));
                }
                parsed.publications.extend(reader.publications());
            }
        }
    }
    parsed
}

/// Reads the records of one file's top-level object.
struct RecordReader<'a> {
    file: &'a str,
    root: Map<String, Value>,
    errors: &'a mut Vec<DatasetError>,
    unparsed_ids: &'a mut Vec<String>,
}

impl RecordReader<'_> {
    fn allow_keys(&mut self, allowed: &[&str]) {
        for key in self.root.keys() {
            if !allowed.contains(&key.as_str()) {
                self.errors.push(DatasetError::new(
                    self.file,
                    key.clone(),
                    format!("unknown field, expected one of: {}", allowed.join(", ")),
                ));
            }
        }
    }

    fn take_required(&mut self, key: &str) -> Option<Value> {
        let value = self.root.remove(key);
        if value.is_none() {
            self.errors
                .push(DatasetError::new(self.file, key, "missing required field"));
        }
        value
    }

    fn publications(&mut self) -> Vec<Located<Publication>> {
        match self.root.remove("publications") {
            None => {
                self.errors.push(DatasetError::new(
                    self.file,
                    "publications",
                    "missing required field (use [] when there are none)",
                ));
                Vec::new()
            }
            Some(Value::Array(items)) => items
                .into_iter()
                .enumerate()
                .filter_map(|(index, item)| self.record(item, &format!("publications[{index}]")))
                .collect(),
            Some(_) => {
                self.errors.push(DatasetError::new(
                    self.file,
                    "publications",
                    "expected a list",
                ));
                Vec::new()
            }
        }
    }

    /// Deserialises one record, turning serde's message into a file + field path + reason.
    fn record<T: DeserializeOwned>(&mut self, value: Value, prefix: &str) -> Option<Located<T>> {
        let id = value.get("id").and_then(Value::as_str).map(str::to_string);
        match serde_path_to_error::deserialize::<_, T>(value) {
            Ok(value) => Some(Located {
                file: self.file.to_string(),
                path: prefix.to_string(),
                value,
            }),
            Err(error) => {
                let inner = error.path().to_string();
                let (field, reason) = explain(&inner, &error.inner().to_string());
                let path = [prefix, field.as_str()]
                    .iter()
                    .filter(|part| !part.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(".")
                    .replace(".[", "[");
                self.errors.push(DatasetError::new(self.file, path, reason));
                self.unparsed_ids.extend(id);
                None
            }
        }
    }
}

/// Rewrites serde's wording into the field it is about and a plain reason.
fn explain(path: &str, message: &str) -> (String, String) {
    let path = if path == "." { "" } else { path };
    let join = |field: &str| {
        if path.is_empty() {
            field.to_string()
        } else {
            format!("{path}.{field}")
        }
    };
    if let Some(field) = quoted_after(message, "missing field ") {
        return (join(&field), "missing required field".to_string());
    }
    if let Some(field) = quoted_after(message, "unknown field ") {
        // serde_path_to_error already ends the path with the unknown field.
        let path = if path.rsplit('.').next() == Some(field.as_str()) {
            path.to_string()
        } else {
            join(&field)
        };
        let expected = message.split_once(", expected").map(|(_, rest)| rest);
        let reason = match expected {
            Some(rest) => format!("unknown field, expected{rest}"),
            None => "unknown field".to_string(),
        };
        let reason = with_suggestion(reason, &field, message);
        return (path, reason);
    }
    if let Some(value) = quoted_after(message, "unknown variant ") {
        let reason = message.replacen("variant", "value", 1);
        let reason = with_suggestion(reason, &value, message);
        return (path.to_string(), reason);
    }
    (path.to_string(), message.to_string())
}

/// The text between the first pair of backticks after `lead`, e.g. the field in "missing field `x`".
fn quoted_after(message: &str, lead: &str) -> Option<String> {
    let rest = message.strip_prefix(lead)?.strip_prefix('`')?;
    rest.split_once('`').map(|(field, _)| field.to_string())
}

/// Puts "did you mean `x`?" before the list of allowed values in `reason`, when one of
/// them is close to what was `typed`.
fn with_suggestion(reason: String, typed: &str, message: &str) -> String {
    let allowed = quoted_list(message);
    let Some(near) = suggest::nearest(typed, &allowed) else {
        return reason;
    };
    match reason.split_once(", expected") {
        Some((what, allowed)) => format!("{what}: did you mean `{near}`? Expected{allowed}"),
        None => format!("{reason}: did you mean `{near}`?"),
    }
}

/// Every value between backticks after the first, e.g. the allowed values in "unknown variant
/// `x`, expected one of `a`, `b`".
fn quoted_list(message: &str) -> Vec<String> {
    message
        .split('`')
        .skip(3)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// Reads `dataset.json`, `safety.json` and `conditions/*.json` from a dataset folder, naming
/// each file `data/...` in messages. Missing top-level files are left for validation to report.
pub fn read_dataset_dir(data_dir: &Path) -> io::Result<Vec<SourceFile>> {
    let mut paths = vec![data_dir.join("dataset.json"), data_dir.join("safety.json")];
    let mut conditions: Vec<PathBuf> = fs::read_dir(data_dir.join("conditions"))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    conditions.sort();
    paths.extend(conditions);
    paths
        .into_iter()
        .filter(|path| path.exists())
        .map(|path| {
            let relative = path.strip_prefix(data_dir).unwrap_or(&path);
            Ok(SourceFile {
                text: fs::read_to_string(&path)?,
                path: format!("data/{}", relative.display()),
            })
        })
        .collect()
}
