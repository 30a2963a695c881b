//! Component tests in headless Chromium (wasm-bindgen-test): each renders into a fresh
//! element, lets Yew finish with `scheduler::flush()`, then reads the DOM as a reader would.
#![cfg(target_arch = "wasm32")]

use ldn_evidence::evidence::grading::EvidenceGrade;
use ldn_evidence::evidence::words::{english::English, Language, Words};
use ldn_evidence::ui::{App, AppProps, CatalogueHandle, ConditionCard, GradeBadge, Router};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    content: Html,
}

/// Wraps what a test renders in a router, as the app does, so links work.
#[component]
fn Harness(props: &HarnessProps) -> Html {
    html! { <Router>{ props.content.clone() }</Router> }
}

/// Puts the test page at the address `relative` to the site's root, which is the server's root
/// here. As boot.js does on the real pages, a fixed `<base href>` names that root, so the
/// app's own moves through history do not change it.
/// The app as the site shows it, with the embedded dataset.
fn site() -> AppProps {
    AppProps::new(CatalogueHandle(std::rc::Rc::new(
        ldn_evidence::embedded_catalogue(),
    )))
}

fn go_to(relative: &str) {
    let document = gloo::utils::document();
    let origin = gloo::utils::window().location().origin().unwrap();
    if document.query_selector("base").unwrap().is_none() {
        let base = document.create_element("base").unwrap();
        base.set_attribute("href", &format!("{origin}/")).unwrap();
        document.head().unwrap().append_child(&base).unwrap();
    }
    gloo::utils::window()
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{origin}/{relative}")),
        )
        .unwrap();
}

/// Puts the test page's address back to the home page, since the app keeps its search there.
fn reset_address() {
    go_to("");
}

async fn render(content: Html) -> Element {
    reset_address();
    let root = fresh_root();
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { content }).render();
    yew::scheduler::flush().await;
    root
}

/// Renders the study list of one real condition; returns it with the number of studies.
async fn render_study_list(condition_id: &'static str) -> (Element, u32) {
    let publications: Vec<_> = ldn_evidence::embedded_catalogue()
        .publications_for(condition_id)
        .into_iter()
        .cloned()
        .collect();
    let count = publications.len() as u32;
    let root = render(html! {
        <ldn_evidence::ui::StudyList {publications} condition_id={condition_id} />
    })
    .await;
    (root, count)
}

fn element(root: &Element, css: &str) -> Element {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {css}"))
}

fn click(element: &Element) {
    element.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
}

fn text_of(root: &Element, css: &str) -> String {
    element(root, css).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn badge_shows_a_word_a_shape_and_an_explanation() {
    for grade in EvidenceGrade::ALL {
        let root = render(html! { <GradeBadge {grade} /> }).await;
        let badge = root.query_selector(".badge").unwrap().unwrap();
        assert!(badge
            .class_list()
            .contains(&format!("badge--{}", grade.slug())));
        assert_eq!(text_of(&root, ".badge__label"), English.grade(grade).label);
        let symbol = root.query_selector(".badge__symbol").unwrap().unwrap();
        assert_eq!(symbol.get_attribute("aria-hidden").as_deref(), Some("true"));
        assert!(!symbol.text_content().unwrap_or_default().trim().is_empty());
        let spoken = badge.text_content().unwrap_or_default();
        assert!(spoken.contains("Evidence grade:"), "{spoken}");
        // It opens to say what the grade means, and leads to every grade.
        let legend = root
            .query_selector("details.grade-legend")
            .unwrap()
            .unwrap();
        assert!(legend.query_selector("summary .badge").unwrap().is_some());
        let panel = text_of(&root, ".grade-legend__panel");
        assert!(panel.contains(English.grade(grade).meaning), "{panel}");
        let link = root
            .query_selector(".grade-legend__panel a")
            .unwrap()
            .unwrap();
        assert_eq!(link.get_attribute("href").as_deref(), Some("how-we-grade/"));

        // Where the page explains every grade, the badge says the meaning itself.
        let root = render(html! { <GradeBadge {grade} explained={false} /> }).await;
        assert!(root.query_selector("details").unwrap().is_none());
        let spoken = text_of(&root, ".badge");
        assert!(spoken.contains(English.grade(grade).meaning), "{spoken}");
    }
}

#[wasm_bindgen_test]
async fn card_is_an_article_with_a_linked_heading_badge_verdict_and_size() {
    let catalogue = ldn_evidence::embedded_catalogue();
    let entry = catalogue
        .entry("sjogrens-syndrome")
        .expect("Sjögren's is in the dataset");
    let root = render(html! { <ConditionCard entry={entry.clone()} /> }).await;
    let article = root
        .query_selector("article")
        .unwrap()
        .expect("an <article>");
    let link = article
        .query_selector("h2 a")
        .unwrap()
        .expect("a link in the heading");
    assert_eq!(link.text_content().unwrap(), entry.condition.name);
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("condition/sjogrens-syndrome/")
    );
    assert_eq!(
        text_of(&root, ".badge__label"),
        English.grade(entry.grading.grade).label
    );
    assert_eq!(
        text_of(&root, ".card__verdict"),
        English.grade(entry.grading.grade).verdict
    );
    let size = text_of(&root, ".card__size");
    assert!(
        size.contains("stud") && size.contains("participant"),
        "{size}"
    );
    assert!(text_of(&root, ".card__reviewed").starts_with("Last reviewed "));
}

#[wasm_bindgen_test]
async fn typing_in_search_filters_cards_and_updates_the_count() {
    let root = render(html! { <App ..site() /> }).await;
    let total = root.query_selector_all("article.card").unwrap().length();
    assert!(total >= 1);
    assert_eq!(
        text_of(&root, "[role=status]"),
        format!("{total} of {total} conditions")
    );

    let input: HtmlInputElement = root
        .query_selector("input[type=search]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("SJÖGREN");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&root, "[role=status]"),
        format!("1 of {total} conditions")
    );
    assert_eq!(text_of(&root, "article.card h2"), "Sjögren's syndrome");

    input.set_value("zzz-nothing");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all("article.card").unwrap().length(), 0);
}

#[wasm_bindgen_test]
fn the_failure_message_replaces_the_app() {
    let document = gloo::utils::document();
    let body = document.body().unwrap();
    let app = document.create_element("div").unwrap();
    app.set_id("app");
    let message = document.create_element("div").unwrap();
    message.set_id("app-failed");
    message.set_attribute("hidden", "").unwrap();
    body.append_child(&app).unwrap();
    body.append_child(&message).unwrap();

    ldn_evidence::boot::failure::show_failure_message();

    assert!(!message.has_attribute("hidden"));
    assert!(app.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn study_list_shows_null_results_and_safe_outbound_links() {
    let (root, count) = render_study_list("sjogrens-syndrome").await;
    assert_eq!(
        root.query_selector_all("ol.study-list > li")
            .unwrap()
            .length(),
        count
    );
    let links = root.query_selector_all(".study__links a").unwrap();
    assert!(links.length() >= 1, "no DOI or PubMed link");
    for i in 0..links.length() {
        let link: Element = links.item(i).unwrap().dyn_into().unwrap();
        let href = link.get_attribute("href").unwrap();
        assert!(href.starts_with("https://"), "{href}");
        assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
        assert_eq!(
            link.get_attribute("rel").as_deref(),
            Some("noopener noreferrer")
        );
        assert!(link.text_content().unwrap().contains("opens in a new tab"));
    }
    let conflict = root
        .query_selector(".tag--warning")
        .unwrap()
        .expect("the declared conflict is flagged");
    assert!(conflict
        .text_content()
        .unwrap()
        .contains("conflict of interest declared"));
}

#[wasm_bindgen_test]
async fn a_long_study_list_opens_only_the_deciding_groups_until_asked() {
    let (root, _) = render_study_list("fibromyalgia").await;
    let trials = element(&root, "button[aria-controls=studies-controlled-trials]");
    assert_eq!(
        trials.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(trials
        .text_content()
        .unwrap()
        .contains("compared LDN with a placebo"));
    let not_counted = element(&root, "button[aria-controls=studies-not-counted]");
    assert_eq!(
        not_counted.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let body = element(&root, "#studies-not-counted");
    assert!(body.has_attribute("hidden"));
    assert_eq!(body.query_selector_all("article").unwrap().length(), 0);

    click(&not_counted);
    yew::scheduler::flush().await;
    assert_eq!(
        not_counted.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!body.has_attribute("hidden"));
    assert!(body.query_selector_all("article.study").unwrap().length() >= 1);
    assert!(body
        .text_content()
        .unwrap()
        .contains("not counted in the grade"));

    click(&not_counted);
    yew::scheduler::flush().await;
    assert_eq!(
        not_counted.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(body.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn a_filter_chip_narrows_the_cards_and_says_it_is_on() {
    let root = render(html! { <App ..site() /> }).await;
    let total = root.query_selector_all("article.card").unwrap().length();
    let filters = element(&root, "button[aria-controls=condition-filters]");
    assert_eq!(
        filters.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    click(&filters);
    yew::scheduler::flush().await;

    let chips = root.query_selector_all(".chip").unwrap();
    let skin = (0..chips.length())
        .map(|i| chips.item(i).unwrap().dyn_into::<Element>().unwrap())
        .find(|chip| chip.text_content().unwrap().starts_with("Skin ("))
        .expect("a Skin chip");
    assert_eq!(skin.get_attribute("aria-pressed").as_deref(), Some("false"));
    let expected: u32 = skin
        .text_content()
        .unwrap()
        .trim_start_matches("Skin (")
        .trim_end_matches(')')
        .parse()
        .unwrap();
    click(&skin);
    yew::scheduler::flush().await;

    assert_eq!(skin.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(skin.text_content().unwrap().starts_with('\u{2713}'));
    assert_eq!(
        text_of(&root, "[role=status]"),
        format!("{expected} of {total} conditions")
    );
    assert!(gloo::utils::window()
        .location()
        .search()
        .unwrap()
        .contains("category=skin"));
    assert!(text_of(&root, "button[aria-controls=condition-filters]").contains("(1 filter on)"));
}

#[wasm_bindgen_test]
async fn a_long_list_shows_a_page_of_cards_and_more_on_request() {
    use ldn_evidence::evidence::data::synthetic::scaled;
    use ldn_evidence::evidence::views::catalogue::Catalogue;
    let dataset = scaled(&ldn_evidence::embedded_catalogue().dataset, 3);
    let total = dataset.conditions.len();
    let catalogue = CatalogueHandle(std::rc::Rc::new(Catalogue::new(dataset, Language::ENGLISH)));
    reset_address();
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::new(catalogue)).render();
    yew::scheduler::flush().await;
    let cards = |root: &Element| root.query_selector_all("article.card").unwrap().length() as usize;
    let shown = cards(&root);
    assert!(shown < total, "all {total} cards drawn at once");
    let more = element(&root, ".card-list__more button");
    assert!(
        more.text_content()
            .unwrap_or_default()
            .contains(&format!("({} conditions not shown yet)", total - shown)),
        "{:?}",
        more.text_content()
    );
    click(&more);
    yew::scheduler::flush().await;
    assert_eq!(cards(&root), total);
    assert!(root.query_selector(".card-list__more").unwrap().is_none());
    // Focus moved to the first card that was not shown before.
    let focused = gloo::utils::document().active_element().unwrap();
    let all_links = root.query_selector_all("article.card h2 a").unwrap();
    assert_eq!(
        all_links.item(shown as u32).unwrap(),
        web_sys::Node::from(focused)
    );
    root.remove();
}

/// The take-over's pacing: with a holding pacer the app draws its frame first, then one part
/// per turn (the page, the footer, each card, the downloads), and says when all are drawn.
#[wasm_bindgen_test]
async fn a_holding_pacer_lets_the_page_draw_one_part_at_a_time() {
    use ldn_evidence::ui::Pacer;
    reset_address();
    let root = fresh_root();
    let pacer = Pacer::holding();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            pacer: pacer.clone(),
            ..site()
        },
    )
    .render();
    yew::scheduler::flush().await;
    let cards = |root: &Element| root.query_selector_all("article.card").unwrap().length();
    assert!(root.query_selector(".site-header").unwrap().is_some());
    assert!(
        root.query_selector("main h1").unwrap().is_none(),
        "the page drew before its turn"
    );
    assert!(!pacer.all_drawn());

    let mut turns = 0;
    let mut most_cards = 0;
    while !pacer.all_drawn() {
        assert!(
            pacer.draw_next(),
            "a part is counted as undrawn but never offered a turn"
        );
        yew::scheduler::flush().await;
        turns += 1;
        let now = cards(&root);
        assert!(now <= most_cards + 1, "{now} cards after one turn");
        most_cards = now;
    }
    let total = ldn_evidence::embedded_catalogue().entries.len() as u32;
    assert_eq!(cards(&root), total);
    assert!(
        turns > total,
        "{turns} turns for {total} cards and the page around them"
    );
    assert!(root.query_selector(".site-footer").unwrap().is_some());

    // Once released, a page the reader opens draws whole at once.
    pacer.release();
    click(&element(&root, "article.card h2 a"));
    yew::scheduler::flush().await;
    let studies = root.query_selector_all(".study-list > li").unwrap();
    assert!(studies.length() > 0);
    for index in 0..studies.length() {
        let study = studies.item(index).unwrap();
        assert!(
            !study.text_content().unwrap_or_default().trim().is_empty(),
            "study {index} not drawn"
        );
    }
    root.remove();
    reset_address();
}

/// Lets the browser finish pending promises (a copy, a Blob read) and Yew re-render, until
/// `done` holds; a bounded number of turns, never a timed sleep.
async fn settle_until(mut done: impl FnMut() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        let turn = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
        wasm_bindgen_futures::JsFuture::from(turn).await.unwrap();
        yew::scheduler::flush().await;
    }
    panic!("the page never settled");
}

/// Replaces `navigator.clipboard` for one test (`None`: a browser without the Clipboard API).
fn set_clipboard(replacement: Option<&js_sys::Object>) {
    let navigator = gloo::utils::window().navigator();
    let descriptor = js_sys::Object::new();
    let value = replacement.map_or(wasm_bindgen::JsValue::UNDEFINED, |r| r.into());
    js_sys::Reflect::set(&descriptor, &"value".into(), &value).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &descriptor);
}

fn restore_clipboard() {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::delete_property(&navigator, &"clipboard".into()).unwrap();
}

/// The first study on a real condition's list, with its rendered "Copy citation" button.
async fn first_study_with_copy_button(
    condition_id: &'static str,
) -> (Element, Element, ldn_evidence::evidence::model::Publication) {
    let (root, _) = render_study_list(condition_id).await;
    let study = element(&root, "article.study");
    let title = text_of(&study, ".study__title");
    let publication = ldn_evidence::embedded_catalogue()
        .publications_for(condition_id)
        .into_iter()
        .find(|p| p.title == title)
        .cloned()
        .expect("the first study is in the dataset");
    (root, study, publication)
}

#[wasm_bindgen_test]
async fn copy_citation_puts_the_reference_on_the_clipboard_and_says_so() {
    use ldn_evidence::evidence::views::citation;
    let (_root, study, publication) = first_study_with_copy_button("sjogrens-syndrome").await;
    let button = element(&study, ".copy-citation button");
    assert_eq!(
        button.text_content().unwrap(),
        format!(
            "Copy citation for {}",
            citation::short_name(&publication, "and")
        )
    );
    // A clipboard that keeps what it is given, so the test can read it back.
    let clipboard: js_sys::Object = js_sys::eval(
        "({ written: [], writeText(text) { this.written.push(text); return Promise.resolve(); } })",
    )
    .unwrap()
    .into();
    set_clipboard(Some(&clipboard));
    click(&button);
    let status = element(&study, ".copy-citation__status");
    settle_until(|| status.text_content().unwrap_or_default().contains("copied")).await;
    restore_clipboard();

    let written = js_sys::Reflect::get(&clipboard, &"written".into()).unwrap();
    let written: Vec<String> = js_sys::Array::from(&written)
        .iter()
        .filter_map(|text| text.as_string())
        .collect();
    assert_eq!(written, [citation::reference(&publication)]);
    assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
    assert!(study
        .query_selector(".copy-citation__text")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn without_a_clipboard_the_citation_is_shown_selected_to_copy_by_hand() {
    use ldn_evidence::evidence::views::citation;
    let (_root, study, publication) = first_study_with_copy_button("fibromyalgia").await;
    set_clipboard(None);
    click(&element(&study, ".copy-citation button"));
    settle_until(|| {
        study
            .query_selector(".copy-citation__text")
            .unwrap()
            .is_some()
    })
    .await;
    restore_clipboard();

    let reference = citation::reference(&publication);
    assert_eq!(text_of(&study, ".copy-citation__text"), reference);
    let selected: String = gloo::utils::window()
        .get_selection()
        .unwrap()
        .unwrap()
        .to_string()
        .into();
    assert_eq!(selected, reference);
    assert!(
        text_of(&study, ".copy-citation__status").contains("Select and copy the citation above")
    );
}

#[wasm_bindgen_test]
async fn the_condition_page_links_to_its_citation_files() {
    go_to("condition/fibromyalgia/");
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(root.clone(), site()).render();
    yew::scheduler::flush().await;
    let links = root.query_selector_all(".cite a[download]").unwrap();
    let links: Vec<(String, String, String)> = (0..links.length())
        .map(|i| links.item(i).unwrap().dyn_into::<Element>().unwrap())
        .map(|a| {
            let attribute = |name| a.get_attribute(name).unwrap_or_default();
            (
                a.text_content().unwrap(),
                attribute("href"),
                attribute("download"),
            )
        })
        .collect();
    let expected =
        |label: &str, file: &str| (label.to_string(), format!("cite/{file}"), file.to_string());
    assert_eq!(
        links,
        [
            expected("Download RIS", "ldn-evidence-fibromyalgia.ris"),
            expected("Download BibTeX", "ldn-evidence-fibromyalgia.bib"),
        ]
    );
}
