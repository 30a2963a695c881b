//! End-to-end tests: build the release `dist/`, serve it on 127.0.0.1 and drive headless
//! Chromium through chromedriver as a reader would. Run with `cargo test --features e2e --test e2e`
//! (scripts/test.sh does). A custom harness, so the build, server and driver start once.

mod accessibility;
mod browser;
mod citing;
mod embedding;
mod evidence_map;
mod finding;
mod hostile;
mod hosting;
mod navigation;
mod pdf;
mod phone;
mod prerendered;
mod printing;
mod server;
mod shell;
mod site;
mod spanish;

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::process::ExitCode;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use browser::{Chromedriver, Page, TestResult};
use server::{ServerOptions, StaticServer};

type Scenario = fn(Page) -> Pin<Box<dyn Future<Output = TestResult>>>;

/// Which server a scenario's page points at.
#[derive(Clone, Copy)]
enum Site {
    Release,
    RefusingWasm,
    /// The release site with the WebAssembly held back for a few seconds.
    SlowWasm,
    /// The release site without its pre-rendered home page, as `trunk serve` builds it.
    NotPrerendered,
    /// The release site with the strict Content-Security-Policy from static/_headers.
    StrictCsp,
    /// The release site under `/ldn/deeper/`.
    SubPath,
    /// Another origin: an advocacy site's pages that embed the widget.
    Host,
}

/// Where the sub-path site is mounted.
pub const SUB_PATH: &str = "/ldn/deeper/";

macro_rules! scenarios {
    ($($site:ident: $module:ident::$name:ident),* $(,)?) => {
        vec![$((concat!(stringify!($module), "::", stringify!($name)), Site::$site,
            (|page| Box::pin($module::$name(page))) as Scenario)),*]
    };
}

static DIST: OnceLock<PathBuf> = OnceLock::new();

/// The release build under test.
pub fn site_dist() -> PathBuf {
    DIST.get().expect("the site is built first").clone()
}

fn main() -> ExitCode {
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let all = scenarios![
        Release: shell::home_says_what_this_is_and_that_it_is_not_advice,
        Release: shell::every_condition_has_a_card_and_the_count_says_so,
        Release: shell::loading_the_page_logs_no_errors,
        RefusingWasm: shell::a_failed_download_shows_a_message_not_a_blank_page,
        SlowWasm: prerendered::the_cards_show_before_the_app_loads_and_typing_carries_over,
        SlowWasm: prerendered::a_deep_link_shows_its_page_before_the_app_loads,
        SlowWasm: prerendered::a_search_in_the_address_never_shows_a_wrong_list,
        RefusingWasm: prerendered::without_the_webassembly_every_page_reads_and_links,
        Release: prerendered::with_javascript_off_every_page_reads_and_links,
        Release: prerendered::old_hash_addresses_land_on_their_page_without_a_flash,
        NotPrerendered: prerendered::without_pre_rendering_a_deep_link_still_shows,
        Release: shell::release_files_reference_no_other_host,
        Release: navigation::typing_narrows_the_cards,
        Release: navigation::a_card_link_opens_the_condition_and_survives_reload_and_back,
        Release: navigation::a_deep_link_opens_in_a_fresh_tab,
        Release: navigation::unknown_addresses_show_not_found_with_a_way_home,
        Release: navigation::the_header_leads_to_safety_and_grading_pages,
        Release: navigation::each_page_says_what_changed_and_links_the_whole_change_list,
        Release: finding::aliases_and_abbreviations_find_their_condition,
        Release: finding::filters_and_sort_narrow_and_order_the_cards,
        Release: finding::nothing_matching_offers_to_clear_the_search,
        Release: finding::the_back_link_returns_to_the_same_search,
        Release: finding::odd_addresses_show_as_text_and_never_break_the_page,
        Release: evidence_map::the_map_is_linked_from_home_and_draws_every_condition,
        Release: evidence_map::tapping_a_mark_on_a_phone_lists_its_studies_with_links,
        Release: evidence_map::on_a_phone_the_condition_names_stay_in_view_while_scrolling_sideways,
        Release: evidence_map::a_keyboard_user_reaches_every_mark_and_its_studies,
        Release: evidence_map::the_table_view_and_order_survive_a_reload,
        Release: accessibility::axe_finds_no_violations_in_the_light_theme,
        Release: accessibility::axe_finds_no_violations_in_the_dark_theme,
        Release: accessibility::a_keyboard_user_can_search_open_a_condition_and_come_back,
        Release: accessibility::a_320_pixel_phone_never_scrolls_sideways,
        Release: phone::the_first_screen_of_a_phone_answers,
        Release: phone::every_control_on_a_phone_is_big_enough_to_tap,
        Release: phone::a_phone_finds_no_accessibility_problems_in_either_theme,
        Host: embedding::the_loader_fills_the_placeholder_with_a_titled_frame,
        Host: embedding::the_frame_fits_its_content_and_follows_it,
        Host: embedding::only_the_widget_can_resize_its_frame,
        Host: embedding::the_host_page_gains_no_globals,
        Host: embedding::a_compact_embed_from_a_sub_path_opens_one_condition,
        Host: embedding::bad_attributes_never_break_the_host_page,
        Host: embedding::a_one_condition_embed_paints_its_page_before_the_app,
        Host: embedding::a_two_condition_embed_paints_only_its_cards_before_the_app,
        StrictCsp: hosting::the_strict_content_security_policy_reports_nothing,
        SubPath: hosting::a_sub_path_deployment_serves_pages_and_deep_links,
        SubPath: hosting::an_unknown_address_deep_under_a_sub_path_finds_the_site,
        Release: hosting::each_page_names_itself_for_tabs_and_previews,
        Release: hosting::without_the_site_address_no_absolute_address_is_written,
        Release: hosting::the_home_page_offers_the_whole_dataset_as_open_data,
        SubPath: hosting::with_the_site_address_pages_and_sitemap_are_absolute,
        Release: hosting::the_app_only_talks_to_its_own_origin,
        Release: printing::the_print_button_is_a_named_button_that_opens_printing,
        Release: printing::the_condition_with_most_studies_prints_full_references_on_two_pages,
        Release: printing::a_condition_with_few_studies_prints_every_reference_and_doi,
        Release: printing::every_condition_fits_on_two_pages_of_a4_and_letter,
        Release: printing::the_dark_theme_prints_black_on_white,
        SubPath: printing::the_sheet_prints_its_own_address_under_a_sub_path,
        Release: printing::a_sheet_printed_inside_an_embed_gives_the_full_site_address,
        StrictCsp: citing::downloads_hold_the_references_under_the_strict_policy,
        Release: citing::copy_citation_puts_the_reference_on_the_clipboard,
        Release: citing::a_refused_clipboard_leaves_the_citation_selected_to_copy,
        Host: citing::copy_citation_works_inside_a_frame_on_another_site,
        Release: spanish::every_spanish_page_reads_in_spanish,
        Release: spanish::axe_finds_no_violations_on_spanish_pages,
        Release: spanish::the_language_link_keeps_the_page_and_the_search,
        Release: spanish::spanish_search_ignores_accents_and_knows_english_names,
        Release: spanish::the_spanish_print_sheet_reads_in_spanish_on_two_pages,
        Host: spanish::a_spanish_embed_on_another_site_shows_spanish_cards,
        Release: hostile::hundreds_of_hostile_addresses_each_show_a_page,
        Host: hostile::a_flood_of_forged_messages_cannot_resize_the_frame,
    ];
    let selected: Vec<_> = all
        .into_iter()
        .filter(|(name, _, _)| filter.as_deref().is_none_or(|f| name.contains(f)))
        .collect();

    println!("building the release site with trunk...");
    let dist = DIST.get_or_init(site::build_release_dist);
    let release = StaticServer::start(dist, ServerOptions::default());
    let refusing = StaticServer::start(
        dist,
        ServerOptions {
            refuse_suffix: Some("_bg.wasm".into()),
            ..ServerOptions::default()
        },
    );
    let not_prerendered = StaticServer::start(
        &site::without_prerendering(dist),
        ServerOptions {
            index_for_unknown: true,
            ..ServerOptions::default()
        },
    );
    let slow = StaticServer::start(
        dist,
        ServerOptions {
            delay_suffix: Some(("_bg.wasm".into(), Duration::from_secs(3))),
            ..ServerOptions::default()
        },
    );
    let strict = StaticServer::start(
        dist,
        ServerOptions {
            headers: hosting::deployment_headers(dist),
            ..ServerOptions::default()
        },
    );
    let sub_path = StaticServer::start(
        &site::build_dist_with_site_url(),
        ServerOptions {
            mount: Some(SUB_PATH.into()),
            ..ServerOptions::default()
        },
    );
    let host_pages = embedding::write_host_pages(&release.origin, &sub_path.origin, &slow.origin);
    let host = StaticServer::start(&host_pages, ServerOptions::default());
    let driver = Chromedriver::start();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");

    println!("\nrunning {} end-to-end tests", selected.len());
    let started = Instant::now();
    let mut failures = Vec::new();
    for (name, site, scenario) in &selected {
        let origin = match site {
            Site::Release => &release.origin,
            Site::RefusingWasm => &refusing.origin,
            Site::SlowWasm => &slow.origin,
            Site::NotPrerendered => &not_prerendered.origin,
            Site::StrictCsp => &strict.origin,
            Site::SubPath => &sub_path.origin,
            Site::Host => &host.origin,
        };
        let outcome: TestResult = runtime.block_on(async {
            let page = driver.open(origin, 1280, 900).await?;
            let result = tokio::time::timeout(Duration::from_secs(90), scenario(page.clone()))
                .await
                .unwrap_or_else(|_| Err("timed out after 90 s".into()));
            // A failure that happens once under load is explained by what the page logged.
            let result = match result {
                Err(error) => match page.console_errors().await {
                    Ok(logged) if !logged.is_empty() => {
                        Err(format!("{error}\nthe page's console errors: {logged:#?}").into())
                    }
                    _ => Err(error),
                },
                ok => ok,
            };
            let _ = page.close().await;
            result
        });
        match outcome {
            Ok(()) => println!("test {name} ... ok"),
            Err(error) => {
                println!("test {name} ... FAILED");
                failures.push((name, error.to_string()));
            }
        }
    }
    for (name, error) in &failures {
        println!("\n---- {name} ----\n{error}");
    }
    let passed = selected.len() - failures.len();
    println!(
        "\ntest result: {}. {passed} passed; {} failed; finished in {:.1}s",
        if failures.is_empty() { "ok" } else { "FAILED" },
        failures.len(),
        started.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
