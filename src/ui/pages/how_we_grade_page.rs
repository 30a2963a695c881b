//! How we grade: the rule in plain words, the ladder of grades, and one condition worked
//! through. The full rule is `docs/grading.md`; this page is its short form for readers.

use yew::prelude::*;

use crate::evidence::grading::{EvidenceGrade, ADEQUATE_TRIAL_SIZE};
use crate::ui::components::grade_badge::GradeBadge;
use crate::ui::hooks::use_catalogue::use_catalogue;
use crate::ui::hooks::use_page::PAGE_HEADING_ID;
use crate::ui::route::Route;
use crate::ui::router::Link;

/// The condition worked through as the example: it shows disagreeing trials well.
const EXAMPLE_CONDITION: &str = "fibromyalgia";

#[component]
pub fn HowWeGradePage() -> Html {
    let catalogue = use_catalogue();
    let language = catalogue.language;
    let example = catalogue
        .entry(EXAMPLE_CONDITION)
        .or_else(|| catalogue.entries.first());
    html! {
        <article class="how-we-grade">
            <h1 id={PAGE_HEADING_ID} tabindex="-1">{ "How we grade the evidence" }</h1>
            <p>{ "Every badge is worked out from the studies by the same published rule. Nobody types a grade by hand, and the reasons are shown on every condition page." }</p>

            <h2>{ "The rule in four steps" }</h2>
            <ol class="steps">
                <li>{ "We list every publication we found. Trial plans, expert overviews, reports that were not peer reviewed, studies at doses above the LDN range and repeat reports of the same trial are shown, but not counted." }</li>
                <li>{ "For each study that counts, we look at the results that compare LDN with a placebo (a dummy pill). If a study names its main outcome, that outcome decides whether it found a benefit." }</li>
                <li>{ format!("A placebo-controlled trial needs at least {ADEQUATE_TRIAL_SIZE} participants to count as adequately sized. Smaller trials still count, but they can only give a weaker grade.") }</li>
                <li>{ "The grade is the first rung of the ladder below that fits. If placebo-controlled results disagree, the grade is \u{201c}Mixed\u{201d}, even when some found a benefit." }</li>
            </ol>

            <h2>{ "The grades, from most to least support for a benefit" }</h2>
            <ul class="ladder">
                for grade in EvidenceGrade::ALL {
                    <li class="ladder__rung">
                        <GradeBadge {grade} explained={false} />
                        <p>{ language.grade(grade).meaning }</p>
                        <p class="ladder__verdict">{ format!("We say: \u{201c}{}\u{201d}", language.grade(grade).verdict) }</p>
                    </li>
                }
            </ul>

            if let Some(entry) = example {
                <h2>{ format!("An example: {}", entry.condition.name) }</h2>
                <GradeBadge grade={entry.grading.grade} />
                <ul class="reasons">
                    for reason in &entry.grading.reasons {
                        <li>{ reason }</li>
                    }
                </ul>
                <p>
                    <Link to={Route::Condition { id: entry.condition.id.clone() }}>
                        { format!("See the studies on {}", entry.condition.name) }
                    </Link>
                </p>
            }

            <h2>{ "What the rule does not do" }</h2>
            <ul>
                <li>{ "It does not judge how well each trial was run, how big the effect was, or whether it matters in daily life. We show each study's size, design, funding and declared conflicts of interest beside it, so you can weigh them." }</li>
                <li>{ "It does not say whether LDN is right for you. That is a decision to make with a clinician who knows your health." }</li>
            </ul>
        </article>
    }
}
