//! The condition page as a sheet to take to a doctor: grade and reasons, summary, full
//! references for the key studies, the safety key points, dates and the page's address.
//! Always rendered but shown only in print (`.print-only`), so screen readers never meet it.

use yew::prelude::*;

use crate::evidence::views::citation;
use crate::evidence::views::handout::{key_studies, safety_key_points, study_summary};
use crate::evidence::words::Language;
use crate::ui::hooks::use_catalogue::{use_catalogue, use_reference_language};
use crate::ui::route::Route;
use crate::ui::router::{use_site_root, Location};

#[derive(Properties, PartialEq, Clone)]
pub struct DoctorSheetProps {
    /// A condition id the catalogue knows.
    pub condition_id: AttrValue,
}

/// This page's address on the full site, and the same site's safety page, when the site's
/// address is known (always in the browser). An embed's settings (`?embed=1…`) are left out:
/// a doctor opening the printed address gets the whole site.
fn addresses(
    site_root: Option<AttrValue>,
    language: Language,
    condition_id: &str,
) -> Option<(String, String)> {
    let site = site_root?;
    let here = Route::Condition {
        id: condition_id.to_string(),
    };
    let page = |route: Route| Location::in_language(language, route).href("");
    Some((
        format!("{site}{}", page(here)),
        format!("{site}{}", page(Route::Safety)),
    ))
}

#[component]
pub fn DoctorSheet(props: &DoctorSheetProps) -> Html {
    let reference_lang = use_reference_language();
    let catalogue = use_catalogue();
    let addresses = addresses(use_site_root(), catalogue.language, &props.condition_id);
    let Some(entry) = catalogue.entry(&props.condition_id) else {
        return Html::default();
    };
    let condition = &entry.condition;
    let grade = entry.grading.grade;
    let publications = catalogue.publications_for(&condition.id);
    let studies = key_studies(&publications);
    let safety = safety_key_points(&catalogue.dataset.safety);
    let info = &catalogue.dataset.info;
    let language = catalogue.language;
    let words = &language.ui().sheet;
    html! {
        <section class="doctor-sheet print-only">
            <p class="doctor-sheet__kicker">{ words.kicker }</p>
            <h2 class="doctor-sheet__title">{ &condition.name }</h2>
            <p class="doctor-sheet__grade">
                <strong>{ (words.grade)(language.grade(grade).label) }</strong>{ " " }{ language.grade(grade).verdict }
            </p>

            <h3>{ words.why }</h3>
            <ul>
                for reason in &entry.grading.reasons { <li>{ reason }</li> }
            </ul>

            <h3>{ words.found }</h3>
            <p>{ &condition.summary }</p>
            if !condition.outcomes_studied.is_empty() {
                <p>{ (words.measured)(&condition.outcomes_studied.join("; ")) }</p>
            }

            <h3>{ words.key_studies }</h3>
            if studies.cited.is_empty() {
                <p>{ words.none_counted }</p>
            } else {
                <p class="doctor-sheet__note">{ studies.cited_sentence(&*language) }</p>
                <ol class="doctor-sheet__references">
                    for publication in &studies.cited {
                        <li>
                            <span lang={reference_lang}>{ citation::reference(publication) }</span>{ " " }
                            <span class="doctor-sheet__kind">{ format!("({})", study_summary(publication, &*language)) }</span>
                        </li>
                    }
                </ol>
            }
            if let Some(sentence) = studies.left_out_sentence(&*language) {
                <p class="doctor-sheet__note">{ sentence }</p>
            }

            <h3>{ words.safety_heading }</h3>
            for key in safety {
                <h4>{ key.heading }</h4>
                <ul class="doctor-sheet__safety">
                    for point in key.points { <li>{ point }</li> }
                </ul>
            }
            if let Some((_, safety_page)) = &addresses {
                <p class="doctor-sheet__note">{ (words.safety_sources)(safety_page) }</p>
            }

            <div class="doctor-sheet__about">
                <p>{ (words.about)(
                    &info.version,
                    &language.date(&info.released),
                    &condition.name,
                    &language.date(&condition.last_reviewed),
                ) }</p>
                if let Some((here, _)) = &addresses {
                    <p>{ (words.online)(here) }</p>
                }
                <p><strong>{ words.not_advice }</strong>{ words.not_advice_rest }</p>
            </div>
        </section>
    }
}
