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

/// The module a core file is, as a path from the crate root: `src/evidence/data/load.rs` is
/// `evidence/data/load`, `src/evidence/grading/mod.rs` is `evidence/grading`.
fn module_of(path: &Path) -> String {
    let relative = path.strip_prefix(Path::new(ROOT).join("src")).unwrap();
    let module = relative.with_extension("");
    let module = module.to_string_lossy().replace('\\', "/");
    module.trim_end_matches("/mod").to_string()
}

/// The module `super::` names from inside `module`.
fn parent(module: &str) -> &str {
    module.rsplit_once('/').map_or("", |(parent, _)| parent)
}

/// The deepest core module that `rest` (a path after `base`, such as `data::load::Date` or
/// `{load, model::Publication}`) names, for each path in it.
fn named_modules(base: &str, rest: &str, modules: &BTreeSet<String>) -> Vec<String> {
    if let Some(group) = rest.strip_prefix('{') {
        let group = group.strip_suffix('}').unwrap_or(group);
        let mut found = Vec::new();
        let mut depth = 0;
        let mut start = 0;
        for (at, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    found.extend(named_modules(base, &group[start..at], modules));
                    start = at + 1;
                }
                _ => {}
            }
        }
        found.extend(named_modules(base, &group[start..], modules));
        return found;
    }
    let (first, after) = rest.split_once("::").unwrap_or((rest, ""));
    let candidate = if base.is_empty() {
        first.to_string()
    } else {
        format!("{base}/{first}")
    };
    if modules.contains(&candidate) {
        named_modules(&candidate, after, modules)
    } else {
        vec![base.to_string()]
    }
}

/// The core modules a piece of code in `module` imports (`use super::rule::…`,
/// `crate::evidence::model::…`, `use reasons::…` in a folder's mod.rs), each once.
fn imports(code: &str, module: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for statement in code.split(';') {
        let statement: String = statement.split_whitespace().collect();
        let Some(path) = statement
            .strip_prefix("pubuse")
            .or_else(|| statement.strip_prefix("pub(crate)use"))
            .or_else(|| statement.strip_prefix("use"))
            .map(str::to_string)
            .or_else(|| {
                statement
                    .find("crate::evidence::")
                    .map(|at| statement[at..].to_string())
            })
        else {
            continue;
        };
        let named = if let Some(rest) = path.strip_prefix("crate::") {
            named_modules("", rest, modules)
        } else {
            let mut base = module.to_string();
            let mut rest = path.as_str();
            while let Some(after) = rest.strip_prefix("super::") {
                base = parent(&base).to_string();
                rest = after;
            }
            let rest = rest.strip_prefix("self::").unwrap_or(rest);
            named_modules(&base, rest, modules)
        };
        for name in named {
            if modules.contains(&name) && name != module {
                found.insert(name);
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
    let files = rust_files(&core_dir());
    let modules: BTreeSet<String> = files.iter().map(|path| module_of(path)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in &files {
        let module = module_of(path);
        let imported = imports(&code_of(path), &module, &modules);
        graph.entry(module).or_default().extend(imported);
    }
    // The reading of imports is right where it matters: a folder's file, a folder's mod.rs and
    // a path through the crate root each name the module they import.
    assert!(graph["evidence/data/load"].contains("evidence/data/rules"));
    assert!(graph["evidence/grading"].contains("evidence/grading/reasons"));
    assert!(graph["evidence/views/query"].contains("evidence/grading/rule"));
    // The check can fail: a planted circle is found.
    let mut planted = graph.clone();
    planted
        .entry("evidence/model".into())
        .or_default()
        .insert("evidence/grading".into());
    planted
        .entry("evidence/grading".into())
        .or_default()
        .insert("evidence/model".into());
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
