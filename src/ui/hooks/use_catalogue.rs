//! Shares the graded catalogue with every component through Yew context.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::evidence::views::catalogue::Catalogue;
use crate::evidence::words::Language;

/// A cheap-to-clone handle to the catalogue. Equality is identity: the data never changes
/// while the app runs, so comparing contents on every render would be wasted work.
#[derive(Clone)]
pub struct CatalogueHandle(pub Rc<Catalogue>);

impl PartialEq for CatalogueHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for CatalogueHandle {
    type Target = Catalogue;
    fn deref(&self) -> &Catalogue {
        &self.0
    }
}

/// The catalogue provided by [`crate::ui::App`] (or by a test).
#[hook]
pub fn use_catalogue() -> CatalogueHandle {
    use_context::<CatalogueHandle>().expect("a CatalogueHandle context is provided above")
}

/// The reader's language: its catalogue's (whose grades and reasons are already in it), or
/// English for a component drawn on its own, without a catalogue (in a test).
#[hook]
pub fn use_language() -> Language {
    use_context::<CatalogueHandle>().map_or(Language::ENGLISH, |catalogue| catalogue.language)
}

/// The `lang` of a reference (title, authors, journal) on this page: references stay as
/// published, in English, so pages in another language mark them for screen readers (WCAG
/// 3.1.2); `None` on English pages.
#[hook]
pub fn use_reference_language() -> Option<&'static str> {
    reference_language(use_language())
}

/// [`use_reference_language`] outside a component.
pub fn reference_language(page: Language) -> Option<&'static str> {
    (page != Language::ENGLISH).then_some(crate::evidence::model::ENGLISH)
}
