//! The shape of the code, held by tests: the evidence core stays plain Rust (no browser or UI
//! crate), its modules do not import each other in a circle, and the UI does not reach back
//! to the crate root (start-up decides what the app shows, and passes it in).

// Reads the sources from disk, which the browser test runner cannot do.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Crates the core must never name: it compiles and is tested natively, without a browser.
const UI_CRATES: [&str; 5] = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The file's code without comments, and without its unit tests (which may import freely).
fn code_of(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap();
    let code = text
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    code.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn core_dir() -> PathBuf {
    Path::new(ROOT).join("src/evidence")
}

/// `src/evidence/export/ris.rs` is module `export`, `src/evidence/grade.rs` is `grade`.
fn module_of(path: &Path) -> String {
    let relative = path.strip_prefix(core_dir()).unwrap();
    let first = relative.components().next().unwrap().as_os_str();
    first.to_string_lossy().trim_end_matches(".rs").to_string()
}

/// The core modules a piece of code imports (`use super::grade::…`, `super::{load, model}`,
/// `crate::evidence::model::…`), each once.
fn imports(code: &str, from: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for statement in code.split(';') {
        let statement: String = statement.split_whitespace().collect();
        for prefix in ["usesuper::", "crate::evidence::", "super::super::"] {
            let Some(start) = statement.find(prefix) else {
                continue;
            };
            let rest = &statement[start + prefix.len()..];
            let names: Vec<&str> = match rest.strip_prefix('{') {
                Some(group) => group
                    .trim_end_matches('}')
                    .split(',')
                    .map(|part| part.split("::").next().unwrap_or_default())
                    .collect(),
                None => vec![rest.split("::").next().unwrap_or_default()],
            };
            for name in names {
                let name = name.trim_matches(|c: char| !c.is_alphanumeric() && c != '_');
                if !name.is_empty() && name != from && name != "self" {
                    found.insert(name.to_string());
                }
            }
        }
    }
    found
}

#[test]
fn the_core_names_no_browser_or_ui_crate() {
    let mut offending = Vec::new();
    for path in rust_files(&core_dir()) {
        let code = code_of(&path);
        for krate in UI_CRATES {
            if code.contains(&format!("{krate}::")) || code.contains(&format!("use {krate}")) {
                offending.push(format!("{} names {krate}", path.display()));
            }
        }
    }
    assert!(offending.is_empty(), "{}", offending.join("\n"));
}

/// A circle of imports between core modules, if there is one, as `a -> b -> a`.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<String> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<String> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle.join(" -> "));
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn core_modules_import_each_other_in_no_circle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in rust_files(&core_dir()) {
        let module = module_of(&path);
        if module == "mod" {
            continue;
        }
        let imported = imports(&code_of(&path), &module);
        graph.entry(module).or_default().extend(imported);
    }
    // The check can fail: a planted circle is found.
    let mut planted = graph.clone();
    planted
        .entry("model".into())
        .or_default()
        .insert("grade".into());
    planted
        .entry("grade".into())
        .or_default()
        .insert("model".into());
    assert!(circle(&planted).is_some(), "the circle check finds nothing");

    assert_eq!(
        circle(&graph),
        None,
        "core modules import each other in a circle"
    );
}

#[test]
fn the_ui_takes_what_it_shows_from_its_props_not_from_the_crate_root() {
    let mut offending = Vec::new();
    for path in rust_files(&Path::new(ROOT).join("src/ui")) {
        let code = code_of(&path);
        for (at, _) in code.match_indices("crate::") {
            let item: String = code[at + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !["evidence", "embed", "ui"].contains(&item.as_str()) {
                offending.push(format!("{} uses crate::{item}", path.display()));
            }
        }
    }
    assert!(offending.is_empty(), "{}", offending.join("\n"));
}
