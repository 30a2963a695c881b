//! What loading the data files produces before the cross-record rules run: each record with
//! the file and JSON path it came from, and the problems found, each pointing at its place.
//! Its own module so that the loader (`load`) and the rules (`rules`) both build on it
//! without depending on each other in a circle.

use std::fmt;

use crate::evidence::model::{Condition, DatasetInfo, Publication, Safety};

/// A problem in the dataset: which file, which field (as a JSON path) and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct DatasetError {
    pub file: String,
    /// e.g. `publications[12].design`; empty when the problem is with the file as a whole.
    pub path: String,
    pub reason: String,
}

impl DatasetError {
    pub fn new(file: &str, path: impl Into<String>, reason: impl Into<String>) -> DatasetError {
        DatasetError {
            file: file.to_string(),
            path: path.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}: {}: {}", self.file, self.path, self.reason)
        }
    }
}

/// A parsed record and where it came from, so later checks can point back at it.
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub file: String,
    pub path: String,
    pub value: T,
}

impl<T> Located<T> {
    /// An error about `field` of this record.
    pub fn error(&self, field: &str, reason: impl Into<String>) -> DatasetError {
        let path = if field.is_empty() {
            self.path.clone()
        } else {
            format!("{}.{field}", self.path)
        };
        DatasetError::new(&self.file, path, reason)
    }
}

/// Everything parsed from the files, before the cross-record rules run.
#[derive(Debug, Default)]
pub struct ParsedFiles {
    pub info: Option<Located<DatasetInfo>>,
    pub safety: Option<Located<Safety>>,
    pub conditions: Vec<Located<Condition>>,
    pub publications: Vec<Located<Publication>>,
    /// Ids of records that failed to parse, so references to them are not reported as well.
    pub unparsed_ids: Vec<String>,
    /// A whole file could not be read as JSON: its ids are unknown, so reference checks are skipped.
    pub unreadable_file: bool,
}
