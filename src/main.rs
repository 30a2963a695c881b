//! Entry point of the web app: everything lives in the library so tests can reuse it.

fn main() {
    ldn_evidence::start();
}
