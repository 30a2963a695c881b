//! One publication in a condition's study list: what kind of study, how big, what it found,
//! who paid and who declared a conflict, where to read it and how to cite it.

use yew::prelude::*;

use super::citation_links::CitationLinks;
use super::copy_citation::CopyCitation;
use crate::evidence::grading::Exclusion;
use crate::evidence::model::{Comparison, ConflictOfInterest, Direction, Outcome, Publication};
use crate::evidence::views::citation;
use crate::ui::hooks::use_catalogue::use_language;

#[derive(Properties, PartialEq, Clone)]
pub struct StudyItemProps {
    pub publication: Publication,
    /// The condition whose page shows this study: outcomes about other conditions are hidden.
    pub condition_id: String,
}

fn compared_with(outcome: &Outcome, publication: &Publication) -> String {
    match outcome.compared_with {
        Comparison::Placebo => "compared with placebo".to_string(),
        Comparison::Active => match &publication.comparator {
            Some(drug) => format!("compared with {drug}"),
            None => "compared with another treatment".to_string(),
        },
        Comparison::Baseline => "compared with before treatment".to_string(),
        Comparison::None => "no comparison".to_string(),
    }
}

fn direction_symbol(direction: Direction) -> &'static str {
    match direction {
        Direction::Benefit => "+",
        Direction::NoDifference => "=",
        Direction::Worse => "\u{2212}",
        Direction::Mixed => "\u{b1}",
    }
}

fn or_not_reported(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "not reported".to_string())
}

#[component]
pub fn StudyItem(props: &StudyItemProps) -> Html {
    let p = &props.publication;
    let language = use_language();
    let exclusion = Exclusion::of(p);
    let outcomes: Vec<&Outcome> = p
        .outcomes
        .iter()
        .filter(|o| {
            o.condition
                .as_deref()
                .is_none_or(|c| c == props.condition_id)
        })
        .collect();
    let participants = match (p.participants, &p.participants_note) {
        (Some(n), Some(note)) => format!("{n} ({note})"),
        (Some(n), None) => n.to_string(),
        (None, Some(note)) => note.clone(),
        (None, None) => "not reported".to_string(),
    };
    html! {
        <article class="study">
            <h4 class="study__title">{ &p.title }</h4>
            <p class="study__citation">{ format!("{} {}.", citation::byline(p), citation::source(p)) }</p>
            <ul class="study__tags" aria-label="About this study">
                <li class="tag">{ language.design(p.design) }</li>
                <li class="tag">{ p.comparison_label() }</li>
                if let ConflictOfInterest::Declared { .. } = p.conflict_of_interest {
                    <li class="tag tag--warning">{ "\u{26a0} conflict of interest declared" }</li>
                }
                if let Some(reason) = exclusion {
                    <li class="tag tag--muted">{ format!("not counted in the grade: {}", language.exclusion(reason)) }</li>
                }
            </ul>
            <dl class="study__facts">
                <dt>{ "Participants" }</dt><dd>{ participants }</dd>
                <dt>{ "Dose" }</dt><dd>{ or_not_reported(&p.dose) }</dd>
                <dt>{ "Duration" }</dt><dd>{ or_not_reported(&p.duration) }</dd>
                <dt>{ "Funding" }</dt><dd>{ or_not_reported(&p.funder) }</dd>
            </dl>
            if !outcomes.is_empty() {
                <ul class="outcomes" aria-label="Results">
                    for outcome in outcomes {
                        <li class={classes!("outcome", format!("outcome--{}", outcome.direction.slug()))}>
                            <span class="outcome__direction">
                                <span aria-hidden="true">{ direction_symbol(outcome.direction) }</span>
                                { format!(" {}", language.direction(outcome.direction)) }
                            </span>
                            <span class="outcome__measure">
                                { format!("{}{} ({})", &outcome.measure, if outcome.primary { ", main outcome" } else { "" }, compared_with(outcome, p)) }
                            </span>
                            <span class="outcome__result">{ &outcome.result }</span>
                        </li>
                    }
                </ul>
            }
            if let Some(effects) = &p.adverse_effects {
                <p class="study__note"><strong>{ "Side effects: " }</strong>{ effects }</p>
            }
            if let ConflictOfInterest::Declared { text } = &p.conflict_of_interest {
                <p class="study__note study__note--warning"><strong>{ "Conflict of interest: " }</strong>{ text }</p>
            }
            for note in &p.notes {
                <p class="study__note">{ note }</p>
            }
            <p class="study__links"><CitationLinks publication={p.clone()} /></p>
            <CopyCitation reference={citation::reference(p)} label={citation::short_name(p)} />
        </article>
    }
}
