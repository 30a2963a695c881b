//! The root component: provides the catalogue, the router and the page frame.

use std::rc::Rc;

use yew::prelude::*;

use super::route::Route;
use super::router::{use_route, Location, Router};
use crate::evidence::words::Language;
use crate::ui::components::pacing::{Paced, Pacer};
use crate::ui::components::site_footer::SiteFooter;
use crate::ui::components::site_header::SiteHeader;
use crate::ui::hooks::use_catalogue::CatalogueHandle;
use crate::ui::hooks::use_embed_view::EmbedView;
use crate::ui::hooks::use_home_query::LastHomeQuery;
use crate::ui::hooks::use_page::use_page;
use crate::ui::pages::changes_page::ChangesPage;
use crate::ui::pages::condition_page::ConditionPage;
use crate::ui::pages::evidence_map_page::EvidenceMapPage;
use crate::ui::pages::home_page::Home;
use crate::ui::pages::how_we_grade_page::HowWeGradePage;
use crate::ui::pages::not_found_page::NotFound;
use crate::ui::pages::safety_page::SafetyPage;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The catalogue to show: the dataset embedded at build time, narrowed for an embed.
    pub catalogue: CatalogueHandle,
    /// How an embedding page wants the app shown; the default is the full site.
    #[prop_or_default]
    pub view: EmbedView,
    /// The page to show first; `None` reads the browser's address.
    #[prop_or_default]
    pub initial: Option<Location>,
    /// Renders `initial` and nothing else, without a browser (the pre-renderer).
    #[prop_or_default]
    pub fixed: bool,
    /// The site's public address, for the pre-renderer (`LDN_SITE_URL`); the browser knows it.
    #[prop_or_default]
    pub site_root: Option<AttrValue>,
    /// Holds back long lists while the app takes over a pre-rendered page; by default nothing
    /// is held back.
    #[prop_or_default]
    pub pacer: Pacer,
    /// The languages the site has pages in, English first (`crate::site_languages`).
    #[prop_or(Rc::new([Language::ENGLISH]))]
    pub languages: Rc<[Language]>,
}

impl AppProps {
    /// The full site for `catalogue`, on the page the browser's address names.
    pub fn new(catalogue: CatalogueHandle) -> AppProps {
        AppProps {
            catalogue,
            view: EmbedView::default(),
            initial: None,
            fixed: false,
            site_root: None,
            pacer: Pacer::default(),
            languages: Rc::new([Language::ENGLISH]),
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let catalogue = &props.catalogue;
    let last_home_query = use_memo((), |_| LastHomeQuery::default());
    {
        // Effects run once every component below has drawn.
        let pacer = props.pacer.clone();
        use_effect_with((), move |_| pacer.page_drawn());
    }
    html! {
        <ContextProvider<CatalogueHandle> context={catalogue.clone()}>
        <ContextProvider<LastHomeQuery> context={(*last_home_query).clone()}>
        <ContextProvider<EmbedView> context={props.view.clone()}>
        <ContextProvider<Pacer> context={props.pacer.clone()}>
            <Router initial={props.initial.clone()} fixed={props.fixed} site_root={props.site_root.clone()} languages={props.languages.clone()}>
                // A compact embed hides the header and footer with CSS (`html.compact`, set by
                // boot.js before the first paint), so the pre-rendered page looks right too.
                <SiteHeader />
                <main id="main" class="page" tabindex="-1">
                    <Paced><CurrentPage /></Paced>
                </main>
                <Paced><SiteFooter /></Paced>
            </Router>
        </ContextProvider<Pacer>>
        </ContextProvider<EmbedView>>
        </ContextProvider<LastHomeQuery>>
        </ContextProvider<CatalogueHandle>>
    }
}

/// The page for the address the reader is at.
#[component]
fn CurrentPage() -> Html {
    let route = use_route();
    use_page(&route);
    match route {
        Route::Home => html! { <Home /> },
        Route::Condition { id } => html! { <ConditionPage {id} /> },
        Route::EvidenceMap => html! { <EvidenceMapPage as_table={false} /> },
        Route::EvidenceMapTable => html! { <EvidenceMapPage as_table={true} /> },
        Route::Safety => html! { <SafetyPage /> },
        Route::HowWeGrade => html! { <HowWeGradePage /> },
        Route::Changes => html! { <ChangesPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
