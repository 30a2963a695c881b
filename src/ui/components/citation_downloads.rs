//! "Cite these studies": the references as RIS (reference managers) and BibTeX (LaTeX), for one
//! condition or for the whole dataset. Plain links to the files the build writes
//! (`static_site::citation_files`), so they download with JavaScript off too.

use yew::prelude::*;

use crate::evidence::views::export::{CitationFormat, ExportScope};
use crate::ui::hooks::use_catalogue::use_catalogue;

#[derive(Properties, PartialEq, Clone)]
pub struct CitationDownloadsProps {
    pub scope: ExportScope,
}

#[component]
pub fn CitationDownloads(props: &CitationDownloadsProps) -> Html {
    let catalogue = use_catalogue();
    let count = props.scope.publications(&catalogue).len();
    if count == 0 {
        return Html::default();
    }
    let words = &catalogue.language.ui().cite;
    let (heading, what) = match &props.scope {
        ExportScope::Condition(_) if count == 1 => {
            (words.one_heading, words.this_study.to_string())
        }
        ExportScope::Condition(_) => (words.these_heading, (words.these_studies)(count)),
        ExportScope::Everything => (words.all_heading, (words.all_publications)(count)),
    };
    html! {
        <section class="cite" aria-labelledby="cite-heading">
            <h2 id="cite-heading">{ heading }</h2>
            <p>{ (words.download_text)(&what) }</p>
            <p class="cite__buttons">
                for format in CitationFormat::ALL {
                    <a key={format.extension()} class="button" href={props.scope.href(format)}
                        download={props.scope.file_name(format, words.file_name)}>
                        { (words.download)(format.label()) }
                    </a>
                }
            </p>
        </section>
    }
}
