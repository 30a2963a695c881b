//! Where to get the whole dataset: plain links to the files the release build writes beside
//! the pages, so researchers and other sites can reuse and check it.

use yew::prelude::*;

use super::citation_links::external_link;
use crate::evidence::views::export::{OPEN_DATA_CSV, OPEN_DATA_JSON, OPEN_DATA_SCHEMA};
use crate::ui::hooks::use_catalogue::use_language;

#[component]
pub fn OpenData() -> Html {
    let language = use_language();
    let words = &language.ui().cite;
    html! {
        <section class="open-data" aria-labelledby="open-data-heading">
            <h2 id="open-data-heading">{ words.open_data_heading }</h2>
            <p>
                { words.open_data_reuse }
                { external_link("https://creativecommons.org/licenses/by/4.0/".into(), words.licence, None, language) }
                { "." }
            </p>
            <ul class="open-data__files">
                <li>
                    <a href={OPEN_DATA_JSON} download="">{ words.all_json }</a>
                    { words.with_its }
                    <a href={OPEN_DATA_SCHEMA} download="">{ words.json_schema }</a>
                </li>
                <li><a href={OPEN_DATA_CSV} download="">{ words.csv }</a></li>
            </ul>
        </section>
    }
}
