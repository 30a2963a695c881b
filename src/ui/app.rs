//! The root component: provides the catalogue, the router and the page frame.

use std::rc::Rc;

use yew::prelude::*;

use super::catalogue_context::CatalogueHandle;
use super::condition_page::ConditionPage;
use super::embed_view::EmbedView;
use super::evidence_map_page::EvidenceMapPage;
use super::home::Home;
use super::home_query::LastHomeQuery;
use super::how_we_grade_page::HowWeGradePage;
use super::not_found::NotFound;
use super::route::Route;
use super::router::{use_route, HashRouter};
use super::safety_page::SafetyPage;
use super::site_footer::SiteFooter;
use super::site_header::SiteHeader;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The catalogue to show; `None` uses the dataset embedded at build time.
    #[prop_or_default]
    pub catalogue: Option<CatalogueHandle>,
    /// How an embedding page wants the app shown; the default is the full site.
    #[prop_or_default]
    pub view: EmbedView,
    /// Renders this address instead of following the browser's (pre-rendering on a server).
    #[prop_or_default]
    pub fixed_hash: Option<AttrValue>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let catalogue = {
        let given = props.catalogue.clone();
        use_memo((), move |_| {
            given.unwrap_or_else(|| CatalogueHandle(Rc::new(crate::embedded_catalogue())))
        })
    };
    let last_home_query = use_memo((), |_| LastHomeQuery::default());
    let compact = props.view.compact;
    html! {
        <ContextProvider<CatalogueHandle> context={(*catalogue).clone()}>
        <ContextProvider<LastHomeQuery> context={(*last_home_query).clone()}>
        <ContextProvider<EmbedView> context={props.view.clone()}>
            <HashRouter fixed_hash={props.fixed_hash.clone()}>
                if !compact { <SiteHeader /> }
                <main id="main" class="page" tabindex="-1">
                    <CurrentPage />
                </main>
                if !compact { <SiteFooter /> }
            </HashRouter>
        </ContextProvider<EmbedView>>
        </ContextProvider<LastHomeQuery>>
        </ContextProvider<CatalogueHandle>>
    }
}

/// The page for the address the reader is at.
#[component]
fn CurrentPage() -> Html {
    match use_route() {
        Route::Home => html! { <Home /> },
        Route::Condition { id } => html! { <ConditionPage {id} /> },
        Route::EvidenceMap => html! { <EvidenceMapPage /> },
        Route::Safety => html! { <SafetyPage /> },
        Route::HowWeGrade => html! { <HowWeGradePage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
