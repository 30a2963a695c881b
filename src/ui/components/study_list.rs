//! The studies behind a condition, grouped as the grading rule weighs them. On a long list
//! only the groups that decide the grade start open; null and negative results look the same
//! as positive ones.

use yew::prelude::*;

use super::disclosure::Disclosure;
use super::pacing::Paced;
use super::study_item::StudyItem;
use crate::evidence::model::Publication;
use crate::evidence::views::study_groups::group_studies;
use crate::ui::hooks::use_catalogue::use_language;

/// Up to this many studies, every group starts open: the page is short anyway.
const SHORT_LIST: usize = 6;

#[derive(Properties, PartialEq, Clone)]
pub struct StudyListProps {
    pub publications: Vec<Publication>,
    pub condition_id: String,
}

#[component]
pub fn StudyList(props: &StudyListProps) -> Html {
    let language = use_language();
    if props.publications.is_empty() {
        return html! { <p>{ language.ui().condition.no_studies }</p> };
    }
    let refs: Vec<&Publication> = props.publications.iter().collect();
    let groups = group_studies(&refs);
    let short = props.publications.len() <= SHORT_LIST;
    let any_opens = groups.iter().any(|(group, _)| group.opens_by_default());
    html! {
        <div class="study-groups">
            for (index, (group, members)) in groups.into_iter().enumerate() {
                <Disclosure key={group.slug()} id={format!("studies-{}", group.slug())} heading="h3"
                    class="study-group"
                    initially_open={short || group.opens_by_default() || (index == 0 && !any_opens)}
                    summary={html! { { format!("{} ({})", language.study_group(group), members.len()) } }}>
                    <ol class="study-list">
                        for publication in members {
                            <li key={publication.id.clone()}>
                                <Paced><StudyItem publication={publication.clone()} condition_id={props.condition_id.clone()} /></Paced>
                            </li>
                        }
                    </ol>
                </Disclosure>
            }
        </div>
    }
}
