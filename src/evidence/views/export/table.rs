//! The open-data table: one row per publication and condition it informs, as CSV (RFC 4180),
//! for researchers and other sites to reuse and check the dataset in a spreadsheet.

use crate::evidence::grading::contribution;
use crate::evidence::model::{Dataset, Publication};
use crate::evidence::views::citation;
use crate::evidence::words::{english::English, Words};

const COLUMNS: [&str; 13] = [
    "condition_id",
    "condition",
    "publication_id",
    "reference",
    "doi",
    "pmid",
    "registration",
    "design",
    "participants",
    "dose",
    "main_result",
    "grade_contribution",
    "verified_from",
];

/// A field as CSV: quoted when it holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// What the publication found for this condition: its primary outcomes, or all when it marks
/// none, as "measure: result" joined by "; ".
fn main_result(publication: &Publication, condition_id: &str) -> String {
    publication
        .deciding_outcomes(condition_id)
        .iter()
        .map(|o| format!("{}: {}", o.measure, o.result))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The whole table, conditions in the dataset's order, studies newest first; lines end in CRLF.
pub fn publications_csv(dataset: &Dataset) -> String {
    let mut rows = vec![COLUMNS.join(",")];
    for condition in &dataset.conditions {
        for publication in dataset.publications_for(&condition.id) {
            let cells = [
                condition.id.clone(),
                condition.name.clone(),
                publication.id.clone(),
                citation::reference(publication),
                publication.doi.clone().unwrap_or_default(),
                publication.pmid.clone().unwrap_or_default(),
                publication.registration.clone().unwrap_or_default(),
                English.design(publication.design).to_string(),
                publication
                    .participants
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
                publication.dose.clone().unwrap_or_default(),
                main_result(publication, &condition.id),
                contribution(publication, &condition.id, &English),
                publication.verified_from.join(" "),
            ];
            rows.push(cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        }
    }
    rows.join("\r\n") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_quotes_or_breaks_are_quoted() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn every_study_of_every_condition_has_a_row() {
        let dataset = crate::embedded_catalogue().dataset;
        let csv = publications_csv(&dataset);
        let expected: usize = dataset
            .conditions
            .iter()
            .map(|c| dataset.publications_for(&c.id).len())
            .sum();
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(lines[0].starts_with("condition_id,condition,publication_id,reference,"));
        // Quoted fields may hold line breaks of their own; the data has none today.
        assert_eq!(lines.len(), expected + 1);
        assert!(csv.contains("fibromyalgia,Fibromyalgia,younger-2009,"));
        assert!(csv.contains("counted: placebo-controlled"));
    }
}
