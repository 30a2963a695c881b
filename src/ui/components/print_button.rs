//! "Print for your doctor": opens the browser's print dialog, where the print stylesheet turns
//! the condition page into the sheet that `DoctorSheet` lays out.

use crate::ui::hooks::use_catalogue::use_language;
use yew::prelude::*;

#[component]
pub fn PrintButton() -> Html {
    let words = &use_language().ui().sheet;
    let onclick = Callback::from(|_: MouseEvent| {
        // Nothing to recover if the browser refuses (e.g. printing is disabled by policy).
        let _ = gloo::utils::window().print();
    });
    html! {
        <p class="print-action">
            <button type="button" class="button" {onclick}>
                { words.print }
            </button>
        </p>
    }
}
