//! One publication in a condition's study list: what kind of study, how big, what it found,
//! who paid and who declared a conflict, where to read it and how to cite it.

use yew::prelude::*;

use super::citation_links::CitationLinks;
use super::copy_citation::CopyCitation;
use crate::evidence::grading::Exclusion;
use crate::evidence::model::{Comparison, ConflictOfInterest, Direction, Outcome, Publication};
use crate::evidence::views::citation;
use crate::evidence::words::ui::StudyWords;
use crate::ui::hooks::use_catalogue::{use_language, use_reference_language};

#[derive(Properties, PartialEq, Clone)]
pub struct StudyItemProps {
    pub publication: Publication,
    /// The condition whose page shows this study: outcomes about other conditions are hidden.
    pub condition_id: String,
}

fn compared_with(outcome: &Outcome, publication: &Publication, words: &StudyWords) -> String {
    match outcome.compared_with {
        Comparison::Placebo => words.compared_with_placebo.to_string(),
        Comparison::Active => match &publication.comparator {
            Some(drug) => (words.compared_with)(drug),
            None => words.compared_with_another.to_string(),
        },
        Comparison::PlaceboOrActive => words.compared_with_placebo_or_another.to_string(),
        Comparison::Baseline => words.compared_with_before.to_string(),
        Comparison::None => words.no_comparison.to_string(),
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

fn or_not_reported(value: &Option<String>, words: &StudyWords) -> String {
    value
        .clone()
        .unwrap_or_else(|| words.not_reported.to_string())
}

#[component]
pub fn StudyItem(props: &StudyItemProps) -> Html {
    let p = &props.publication;
    let language = use_language();
    let words = &language.ui().study;
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
        (None, None) => words.not_reported.to_string(),
    };
    let reference_lang = use_reference_language();
    html! {
        <article class="study">
            <h4 class="study__title" lang={reference_lang}>{ &p.title }</h4>
            <p class="study__citation">
                { match citation::byline(p) {
                    Some(byline) => html! { <span lang={reference_lang}>{ byline }</span> },
                    None => html! { words.authors_unverified },
                } }
                { " " }<span lang={reference_lang}>{ format!("{}.", citation::source(p)) }</span>
            </p>
            <ul class="study__tags" aria-label={words.about}>
                <li class="tag">{ language.design(p.design) }</li>
                <li class="tag">{ language.comparison(p) }</li>
                if let ConflictOfInterest::Declared { .. } = p.conflict_of_interest {
                    <li class="tag tag--warning">{ words.conflict_tag }</li>
                }
                if let Some(reason) = exclusion {
                    <li class="tag tag--muted">{ (words.not_counted)(language.exclusion(reason)) }</li>
                }
            </ul>
            <dl class="study__facts">
                <dt>{ words.participants }</dt><dd>{ participants }</dd>
                <dt>{ words.dose }</dt><dd>{ or_not_reported(&p.dose, words) }</dd>
                <dt>{ words.duration }</dt><dd>{ or_not_reported(&p.duration, words) }</dd>
                <dt>{ words.funding }</dt><dd>{ or_not_reported(&p.funder, words) }</dd>
            </dl>
            if !outcomes.is_empty() {
                <ul class="outcomes" aria-label={words.results}>
                    for outcome in outcomes {
                        <li class={classes!("outcome", format!("outcome--{}", outcome.direction.slug()))}>
                            <span class="outcome__direction">
                                <span aria-hidden="true">{ direction_symbol(outcome.direction) }</span>
                                { format!(" {}", language.direction(outcome.direction)) }
                            </span>
                            <span class="outcome__measure">
                                { format!("{}{} ({})", &outcome.measure, if outcome.primary { words.main_outcome } else { "" }, compared_with(outcome, p, words)) }
                            </span>
                            <span class="outcome__result">{ &outcome.result }</span>
                        </li>
                    }
                </ul>
            }
            if let Some(effects) = &p.adverse_effects {
                <p class="study__note"><strong>{ words.side_effects }</strong>{ effects }</p>
            }
            if let ConflictOfInterest::Declared { text } = &p.conflict_of_interest {
                <p class="study__note study__note--warning"><strong>{ words.conflict }</strong>{ text }</p>
            }
            for note in &p.notes {
                <p class="study__note">{ note }</p>
            }
            <p class="study__links"><CitationLinks publication={p.clone()} /></p>
            // Without verified authors, the short name is the title.
            <CopyCitation reference={citation::reference(p)} label={citation::short_name(p, words.and)}
                label_lang={reference_lang.filter(|_| p.authors.is_empty())} />
        </article>
    }
}
