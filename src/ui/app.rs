//! The root component: provides the catalogue, the router and the page frame.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::catalogue_context::CatalogueHandle;
use super::condition_page::ConditionPage;
use super::home::Home;
use super::not_found::NotFound;
use super::route::Route;
use super::site_footer::SiteFooter;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The catalogue to show; `None` uses the dataset embedded at build time.
    #[prop_or_default]
    pub catalogue: Option<CatalogueHandle>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let catalogue = {
        let given = props.catalogue.clone();
        use_memo((), move |_| {
            given.unwrap_or_else(|| CatalogueHandle(Rc::new(crate::embedded_catalogue())))
        })
    };
    html! {
        <ContextProvider<CatalogueHandle> context={(*catalogue).clone()}>
            <HashRouter>
                <main id="main" class="page">
                    <Switch<Route> render={switch} />
                </main>
                <SiteFooter />
            </HashRouter>
        </ContextProvider<CatalogueHandle>>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Condition { id } => html! { <ConditionPage {id} /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
