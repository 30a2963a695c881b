//! The evidence badge: a shape, a word and a colour, so colour never carries meaning alone.

use yew::prelude::*;

use crate::evidence::grade::EvidenceGrade;

#[derive(Properties, PartialEq, Clone)]
pub struct GradeBadgeProps {
    pub grade: EvidenceGrade,
}

/// A distinct shape per grade, for readers who cannot tell the colours apart.
fn symbol(grade: EvidenceGrade) -> &'static str {
    match grade {
        EvidenceGrade::Strong => "\u{2605}",       // ★
        EvidenceGrade::Moderate => "\u{25b2}",     // ▲
        EvidenceGrade::Preliminary => "\u{25b3}",  // △
        EvidenceGrade::Mixed => "\u{25d0}",        // ◐
        EvidenceGrade::Uncontrolled => "\u{25c7}", // ◇
        EvidenceGrade::CaseReports => "\u{25cb}",  // ○
        EvidenceGrade::Inconclusive => "?",
        EvidenceGrade::NotSupported => "\u{2715}", // ✕
        EvidenceGrade::NoStudies => "\u{2013}",    // –
    }
}

#[component]
pub fn GradeBadge(props: &GradeBadgeProps) -> Html {
    let grade = props.grade;
    html! {
        <span class={classes!("badge", format!("badge--{}", grade.slug()))}>
            <span class="badge__symbol" aria-hidden="true">{ symbol(grade) }</span>
            <span class="visually-hidden">{ "Evidence grade: " }</span>
            <span class="badge__label">{ grade.label() }</span>
            <span class="visually-hidden">{ format!(". {}", grade.meaning()) }</span>
        </span>
    }
}
