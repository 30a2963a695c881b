//! Where to get the whole dataset: plain links to the files the release build writes beside
//! the pages, so researchers and other sites can reuse and check it.

use yew::prelude::*;

use super::citation_links::external_link;
use crate::evidence::views::export::{OPEN_DATA_CSV, OPEN_DATA_JSON, OPEN_DATA_SCHEMA};

#[component]
pub fn OpenData() -> Html {
    html! {
        <section class="open-data" aria-labelledby="open-data-heading">
            <h2 id="open-data-heading">{ "Open data" }</h2>
            <p>
                { "Everything on this site, with where each fact was checked, is free to reuse under the " }
                { external_link("https://creativecommons.org/licenses/by/4.0/".into(), "CC BY 4.0 licence", None) }
                { "." }
            </p>
            <ul class="open-data__files">
                <li>
                    <a href={OPEN_DATA_JSON} download="">{ "Every condition and study (JSON)" }</a>
                    { ", with its " }
                    <a href={OPEN_DATA_SCHEMA} download="">{ "JSON Schema" }</a>
                </li>
                <li><a href={OPEN_DATA_CSV} download="">{ "One row per study (CSV, for spreadsheets)" }</a></li>
            </ul>
        </section>
    }
}
