//! Performance marks the benchmark reads (benches/first_load.rs): from a keystroke in the
//! search box to the page showing the new list. Marks cost nothing when nobody reads them.

const INPUT_MARK: &str = "search-input";
const MEASURE: &str = "search-keystroke";

fn performance() -> Option<web_sys::Performance> {
    gloo::utils::window().performance()
}

/// A key was pressed in the search box.
pub fn mark_search_input() {
    if let Some(performance) = performance() {
        let _ = performance.mark(INPUT_MARK);
    }
}

/// The list on screen now matches the search: measure from the last keystroke.
pub fn measure_search_update() {
    let Some(performance) = performance() else {
        return;
    };
    if performance.get_entries_by_name(INPUT_MARK).length() > 0 {
        let _ = performance.measure_with_start_mark(MEASURE, INPUT_MARK);
        performance.clear_marks_with_mark_name(INPUT_MARK);
    }
}
