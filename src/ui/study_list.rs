//! The studies behind a condition, newest first; null and negative results look the same as
//! positive ones.

use yew::prelude::*;

use super::study_item::StudyItem;
use crate::evidence::model::Publication;

#[derive(Properties, PartialEq, Clone)]
pub struct StudyListProps {
    pub publications: Vec<Publication>,
    pub condition_id: String,
}

#[component]
pub fn StudyList(props: &StudyListProps) -> Html {
    if props.publications.is_empty() {
        return html! { <p>{ "We found no published study for this condition." }</p> };
    }
    html! {
        <ol class="study-list">
            for publication in &props.publications {
                <li key={publication.id.clone()}>
                    <StudyItem publication={publication.clone()} condition_id={props.condition_id.clone()} />
                </li>
            }
        </ol>
    }
}
