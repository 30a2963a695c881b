//! Entry point of the web app: everything lives in the library so tests can reuse it.

// build.rs found problems in the dataset: the app must not be built from it. The message lists
// every problem; the checker (`cargo run --bin check-data`) still builds, to explain them.
#[cfg(ldn_dataset_has_problems)]
compile_error!(include_str!(concat!(
    env!("OUT_DIR"),
    "/dataset-problems.txt"
)));

fn main() {
    ldn_evidence::boot::start();
}
