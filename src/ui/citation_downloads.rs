//! "Cite these studies": downloads of the references as RIS (reference managers) and BibTeX
//! (LaTeX), for one condition or for the whole dataset, made in the browser when clicked.

use yew::prelude::*;

use super::catalogue_context::use_catalogue;
use super::save_file::save_text_file;
use crate::evidence::export::{CitationFormat, ExportScope};
use crate::evidence::wording::{plural, thousands};

#[derive(Properties, PartialEq, Clone)]
pub struct CitationDownloadsProps {
    pub scope: ExportScope,
}

#[component]
pub fn CitationDownloads(props: &CitationDownloadsProps) -> Html {
    let catalogue = use_catalogue();
    let status = use_state_eq(String::new);
    let count = props.scope.publications(&catalogue).len();
    if count == 0 {
        return Html::default();
    }
    let download = |format: CitationFormat| {
        let catalogue = catalogue.clone();
        let scope = props.scope.clone();
        let status = status.clone();
        // The file is only written when asked for, not on every render of the page.
        Callback::from(move |_: MouseEvent| {
            let publications = scope.publications(&catalogue);
            let name = scope.file_name(format);
            let text = format.write(&publications);
            status.set(match save_text_file(&name, format.media_type(), &text) {
                Ok(()) => format!(
                    "Downloading {name}, with {}.",
                    plural(publications.len(), "reference", "references")
                ),
                Err(_) => "Your browser could not save the file.".to_string(),
            });
        })
    };
    let (heading, what) = match &props.scope {
        ExportScope::Condition(_) if count == 1 => ("Cite this study", "this study".to_string()),
        ExportScope::Condition(_) => (
            "Cite these studies",
            format!("these {} studies", thousands(count)),
        ),
        ExportScope::Everything => (
            "Cite the studies",
            format!("all {} publications this site cites", thousands(count)),
        ),
    };
    html! {
        <section class="cite" aria-labelledby="cite-heading">
            <h2 id="cite-heading">{ heading }</h2>
            <p>{ format!("Download the references of {what} for your reference manager: RIS for Zotero, EndNote or Mendeley, BibTeX for LaTeX.") }</p>
            <p class="cite__buttons">
                for format in CitationFormat::ALL {
                    <button key={format.extension()} type="button" class="button" onclick={download(format)}>
                        { format!("Download {}", format.label()) }
                    </button>
                }
            </p>
            <p class="cite__status" aria-live="polite">{ (*status).clone() }</p>
        </section>
    }
}
