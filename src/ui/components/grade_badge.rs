//! The evidence badge: a shape, a word and a colour, so colour never carries meaning alone.
//! It opens to say what its grade means, with a link to the page that explains every grade.

use yew::prelude::*;

use crate::evidence::grading::EvidenceGrade;
use crate::ui::hooks::use_catalogue::use_language;
use crate::ui::route::Route;
use crate::ui::router::Link;

#[derive(Properties, PartialEq, Clone)]
pub struct GradeBadgeProps {
    pub grade: EvidenceGrade,
    /// Whether the badge opens to say what its grade means, with a link to every grade. Off
    /// where the page around it already explains each grade (how we grade).
    #[prop_or(true)]
    pub explained: bool,
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
    let language = use_language();
    let card = &language.ui().card;
    let words = language.grade(grade);
    let badge = html! {
        <span class={classes!("badge", format!("badge--{}", grade.slug()))}>
            <span class="badge__symbol" aria-hidden="true">{ symbol(grade) }</span>
            <span class="visually-hidden">{ card.badge_prefix }</span>
            <span class="badge__label">{ words.label }</span>
            if !props.explained {
                <span class="visually-hidden">{ format!(". {}", words.meaning) }</span>
            }
        </span>
    };
    if !props.explained {
        return badge;
    }
    // A native disclosure: it opens on the pre-rendered page too, by touch, mouse or keyboard.
    html! {
        <details class="grade-legend">
            <summary class="grade-legend__summary">
                { badge }
                <span class="visually-hidden">{ card.badge_opens }</span>
            </summary>
            <div class="grade-legend__panel">
                <p>{ words.meaning }</p>
                <p><Link to={Route::HowWeGrade}>{ card.how_grades_work }</Link></p>
            </div>
        </details>
    }
}
