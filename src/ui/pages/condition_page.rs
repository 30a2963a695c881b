//! One condition in detail: its grade and why, the summary and the studies behind it.

use yew::prelude::*;

use super::not_found_page::NotFound;
use crate::evidence::views::export::ExportScope;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::citation_downloads::CitationDownloads;
use crate::ui::components::doctor_sheet::DoctorSheet;
use crate::ui::components::grade_badge::GradeBadge;
use crate::ui::components::pacing::Paced;
use crate::ui::components::print_button::PrintButton;
use crate::ui::components::study_list::StudyList;
use crate::ui::components::what_changed::WhatChanged;
use crate::ui::hooks::use_catalogue::use_catalogue;
use crate::ui::hooks::use_page::PAGE_HEADING_ID;

#[derive(Properties, PartialEq, Clone)]
pub struct ConditionPageProps {
    /// The condition id from the address; may be anything a visitor typed.
    pub id: String,
}

#[component]
pub fn ConditionPage(props: &ConditionPageProps) -> Html {
    let catalogue = use_catalogue();
    let entry = catalogue.entry(&props.id);
    let Some(entry) = entry else {
        return html! { <NotFound /> };
    };
    let condition = &entry.condition;
    let grading = &entry.grading;
    let publications: Vec<_> = catalogue
        .publications_for(&condition.id)
        .into_iter()
        .cloned()
        .collect();
    let language = catalogue.language;
    let words = &language.ui().condition;
    let reviewed = language.date(&condition.last_reviewed);
    html! {
        <article class="detail">
            <BackLink />
            <h1 id={PAGE_HEADING_ID} tabindex="-1">{ &condition.name }</h1>
            <div class="detail__grade">
                <GradeBadge grade={grading.grade} />
                // Element Timing: the benchmark reads when the verdict was painted.
                <p class="detail__verdict" elementtiming="condition-verdict">{ language.grade(grading.grade).verdict }</p>
            </div>
            <PrintButton />
            <Paced><DoctorSheet condition_id={condition.id.clone()} /></Paced>
            <section aria-labelledby="why-heading">
                <h2 id="why-heading">{ words.why_heading }</h2>
                <ul class="reasons">
                    for reason in &grading.reasons {
                        <li>{ reason }</li>
                    }
                </ul>
            </section>
            <section aria-labelledby="summary-heading">
                <h2 id="summary-heading">{ words.found_heading }</h2>
                <p>{ &condition.summary }</p>
                if let Some(search) = &condition.literature_search {
                    <p class="detail__search">{ search }</p>
                }
                <h3>{ words.measured_heading }</h3>
                <ul>
                    for outcome in &condition.outcomes_studied {
                        <li>{ outcome }</li>
                    }
                </ul>
            </section>
            <section aria-labelledby="studies-heading">
                <h2 id="studies-heading">{ (words.studies_heading)(publications.len()) }</h2>
                <StudyList {publications} condition_id={condition.id.clone()} />
            </section>
            <Paced><WhatChanged condition_id={condition.id.clone()} /></Paced>
            <Paced><CitationDownloads scope={ExportScope::Condition(condition.id.clone())} /></Paced>
            <p class="detail__reviewed">{ (words.last_checked)(&condition.name, &reviewed) }</p>

        </article>
    }
}
