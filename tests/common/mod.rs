//! What the native integration tests share: where the dataset is, and the dataset itself.
// Each test crate compiles its own copy and uses only part of it.
#![allow(dead_code)]

use std::path::PathBuf;

use ldn_evidence::evidence::data::date::Date;
use ldn_evidence::evidence::data::load::{load_dataset, read_dataset_dir};
use ldn_evidence::evidence::model::Dataset;

/// `data/`, or the folder `LDN_DATA_DIR` names.
pub fn data_dir() -> PathBuf {
    std::env::var_os("LDN_DATA_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data"))
}

/// The dataset in [`data_dir`], loaded and validated as the build does.
pub fn dataset() -> Dataset {
    let files = read_dataset_dir(&data_dir()).expect("data/ is readable");
    match load_dataset(&files, Date::today()) {
        Ok(dataset) => dataset,
        Err(errors) => panic!(
            "the dataset is invalid; `cargo run --bin check-data` explains:\n{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}
