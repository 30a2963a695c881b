//! The grades in `data/review-snapshot.json` are the grades the data gives now. A data change
//! that moves a grade (or any record) fails here until a maintainer accepts it with the
//! checker, so the move is in the diff and is reviewed on purpose.

// Reads files from disk, which the browser test runner cannot do.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::fs;

use common::data_dir;
use ldn_evidence::evidence::checker::review::Review;
use ldn_evidence::evidence::checker::snapshot::{Snapshot, ACCEPT_COMMAND, SNAPSHOT_FILE};

fn current_snapshot() -> Snapshot {
    Snapshot::of(&common::dataset())
}

#[test]
fn the_accepted_grades_are_the_grades_the_data_gives() {
    let path = data_dir().join(SNAPSHOT_FILE);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. Create it with\n\n    {ACCEPT_COMMAND}\n",
            path.display()
        )
    });
    let accepted = Snapshot::from_json(&text).unwrap_or_else(|e| {
        panic!(
            "{} is not a snapshot ({e}); it is written by the checker, so rewrite it with\n\n    \
             {ACCEPT_COMMAND}\n\nand check `git diff` before committing it.",
            path.display()
        )
    });
    let now = current_snapshot();
    let review = Review::between(&accepted, &now);
    if !review.is_empty() {
        let headline = match review.grade_changes.len() {
            0 => "The data changed since the last accepted review.".to_string(),
            1 => "1 GRADE CHANGED since the last accepted review.".to_string(),
            n => format!("{n} GRADES CHANGED since the last accepted review."),
        };
        panic!(
            "{headline} Review summary:\n\n{}\nIf this is what you meant, accept it with\n\n    \
             {ACCEPT_COMMAND}\n\nand commit data/{SNAPSHOT_FILE} with the data, so that \
             reviewers see the change.",
            review.render()
        );
    }
    // Same grades and records, but not the text the checker writes: a hand edit.
    assert!(
        text == now.to_json(),
        "{} was edited by hand; rewrite it with\n\n    {ACCEPT_COMMAND}\n\nand commit the result.",
        path.display()
    );
}
