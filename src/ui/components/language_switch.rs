//! The link to the page the reader is on, in the site's other languages. A plain link that
//! loads the page: another language's page fetches its own text (see `src/boot/language.rs`).
//! It keeps the search, filters and an embed's settings in the address.

use yew::prelude::*;

use crate::ui::hooks::use_embed_view::use_embed_view;
use crate::ui::router::{use_location, use_site_languages};

#[component]
pub fn LanguageSwitch() -> Html {
    let location = use_location();
    let carried = use_embed_view().carried;
    let languages = use_site_languages();
    let others: Vec<_> = languages
        .iter()
        .filter(|&&l| l != location.language)
        .collect();
    if others.is_empty() {
        return Html::default();
    }
    html! {
        <p class="language-switch">
            for language in others {
                // Named in its own language, so a reader finds it and a screen reader says it
                // right; a phone shows its code, followed by its name for screen readers.
                <a key={language.code()} class="language-switch__link"
                    href={location.in_other(*language).href(&carried)}
                    hreflang={language.code()} lang={language.code()}>
                    <span class="site-nav__long">{ language.ui().site.language_name }</span>
                    <span class="site-nav__short">
                        { language.code().to_uppercase() }
                        <span class="visually-hidden">{ " " }{ language.ui().site.language_name }</span>
                    </span>
                </a>
            }
        </p>
    }
}
