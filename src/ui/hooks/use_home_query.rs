//! The home page's search and filters live in the address (`?q=lupus&sort=strength`), so a
//! reload or a shared link shows the same list. The last one is also remembered, so the
//! "All conditions" link on a condition page returns to the list the reader left.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::evidence::views::query::{Query, QueryChange};
use crate::ui::route::Route;
use crate::ui::router::{use_location, use_navigator};

/// The home query the reader last saw, shared through context.
#[derive(Clone, Default)]
pub struct LastHomeQuery(Rc<RefCell<Query>>);

impl PartialEq for LastHomeQuery {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl LastHomeQuery {
    pub fn get(&self) -> Query {
        self.0.borrow().clone()
    }

    fn set(&self, query: &Query) {
        *self.0.borrow_mut() = query.clone();
    }
}

/// The query in the address, and a callback that applies a change by replacing the address
/// (replacing, not pushing, so each keystroke does not add a "back" step).
#[hook]
pub fn use_home_query() -> (Query, Callback<QueryChange>) {
    let query_string = use_location().query;
    let parsed = use_memo(query_string.clone(), |query_string| {
        Query::from_query_string(query_string)
    });
    let memory = use_context::<LastHomeQuery>().unwrap_or_default();
    memory.set(&parsed.value);
    use_effect_with(query_string, {
        let ignored = parsed.ignored.clone();
        move |_| {
            for problem in ignored {
                gloo::console::warn!(format!(
                    "LDN Evidence: ignored part of the address: {problem}"
                ));
            }
        }
    });
    let navigator = use_navigator();
    let query = parsed.value.clone();
    let onchange = {
        let query = query.clone();
        Callback::from(move |change: QueryChange| {
            let next = query.changed(change);
            let params = next.to_params();
            if let Some(navigator) = &navigator {
                navigator.replace_with_query(&Route::Home, &params);
            }
        })
    };
    (query, onchange)
}
