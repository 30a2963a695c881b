//! The site as static files: which pages exist, and how one page's HTML document is made from
//! the app's shell (Trunk's `index.html`) and the page as the app renders it. The pre-renderer
//! (`src/bin/prerender.rs`) does the rendering and the writing; this part is plain text work,
//! tested natively.
//!
//! Every page sits in a folder of its own (`condition/lupus/index.html`) and names the site's
//! root with a relative `<base href>` (`../../`), so the same files work at any address. Only
//! 404.html, which hosts serve at any depth, needs the site's public address to find its root.
//! Each page exists in every language of the site: English at the root, the others in their
//! own folder (`es/condition/lupus/index.html`), each naming the others as alternates.

use crate::evidence::checker::schema::{open_data_schema, OpenDataFile};
use crate::evidence::model::Dataset;
use crate::evidence::views::catalogue::Catalogue;
use crate::evidence::views::export::table::publications_csv;
use crate::evidence::views::export::{
    CitationFormat, ExportScope, OPEN_DATA_CSV, OPEN_DATA_JSON, OPEN_DATA_LICENCE, OPEN_DATA_SCHEMA,
};
use crate::evidence::words::ui::SiteWords;
use crate::evidence::words::Language;
use crate::ui::{Location, PageMeta, Route};

/// The empty mount point in the shell.
pub const MOUNT: &str = r#"<div id="app" class="app-root"></div>"#;

/// Where boot.js and embed.js take the list of condition ids from (an empty list in the
/// sources, so a build without pre-rendering, `trunk serve`, trusts any id).
pub const CONDITION_IDS_PLACEHOLDER: &str = "[/*LDN_CONDITION_IDS*/]";

/// The open data: the whole dataset as one JSON file with its schema, and every study as a
/// row of a CSV table, as (file name, contents). `dataset` is the one in `data/`, sources and
/// all (the app's embedded copy leaves them out).
pub fn open_data_files(dataset: &Dataset) -> Vec<(&'static str, String)> {
    let file = OpenDataFile {
        schema: OPEN_DATA_SCHEMA.to_string(),
        licence: OPEN_DATA_LICENCE.to_string(),
        info: dataset.info.clone(),
        conditions: dataset.conditions.clone(),
        publications: dataset.all_publications().into_iter().cloned().collect(),
        safety: dataset.safety.clone(),
    };
    let json = serde_json::to_string_pretty(&file).expect("the dataset serialises") + "\n";
    vec![
        (OPEN_DATA_JSON, json),
        (OPEN_DATA_SCHEMA, open_data_schema()),
        (OPEN_DATA_CSV, publications_csv(dataset)),
    ]
}

/// The citation files the condition pages and the home page link to, as (address relative to
/// the site's root, contents): every publication, and the studies on each condition that has
/// any, in each format.
pub fn citation_files(catalogue: &Catalogue) -> Vec<(String, String)> {
    let conditions = catalogue
        .dataset
        .conditions
        .iter()
        .map(|condition| ExportScope::Condition(condition.id.clone()));
    std::iter::once(ExportScope::Everything)
        .chain(conditions)
        .flat_map(|scope| {
            let publications = scope.publications(catalogue);
            if publications.is_empty() {
                return Vec::new();
            }
            CitationFormat::ALL
                .map(|format| (scope.href(format), format.write(&publications)))
                .to_vec()
        })
        .collect()
}

/// Every page of the site, in the order a sitemap lists them; the not-found page last.
pub fn routes(catalogue: &Catalogue) -> Vec<Route> {
    let mut routes = vec![Route::Home];
    routes.extend(catalogue.entries.iter().map(|entry| Route::Condition {
        id: entry.condition.id.clone(),
    }));
    routes.extend([
        Route::EvidenceMap,
        Route::EvidenceMapTable,
        Route::Safety,
        Route::HowWeGrade,
        Route::Changes,
        Route::NotFound,
    ]);
    routes
}

/// The site's public address (`LDN_SITE_URL`), checked: absolute, http(s), ending in `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteUrl(String);

impl SiteUrl {
    pub fn parse(text: &str) -> Result<SiteUrl, String> {
        let text = text.trim();
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or_else(|| {
                format!("LDN_SITE_URL must start with https:// (or http://), not {text:?}")
            })?;
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty() || text.contains(['?', '#', ' ', '"', '<', '>']) {
            return Err(format!(
                "LDN_SITE_URL must be a plain address such as https://example.org/ldn/, not {text:?}"
            ));
        }
        let mut url = text.to_string();
        if !url.ends_with('/') {
            url.push('/');
        }
        Ok(SiteUrl(url))
    }

    /// The absolute address of a page.
    pub fn page(&self, page: &Location) -> String {
        format!("{}{}", self.0, page.path())
    }

    /// The path part, e.g. `/ldn/`: 404.html's `<base href>`, so it finds the site at any depth.
    pub fn path(&self) -> &str {
        let after_scheme = self.0.split_once("://").map_or("", |(_, rest)| rest);
        after_scheme.find('/').map_or("/", |at| &after_scheme[at..])
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Escapes text for an HTML attribute value or element content.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Replaces the one occurrence of the text between `start` and `end` (inclusive) in `page`.
fn replace_between(page: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let from = page
        .find(start)
        .ok_or_else(|| format!("the shell has no {start}"))?;
    let to = page[from..]
        .find(end)
        .map(|at| from + at + end.len())
        .ok_or_else(|| format!("the shell's {start} never ends"))?;
    Ok(format!("{}{with}{}", &page[..from], &page[to..]))
}

/// The `<head>` tags that name and describe a page for tabs, search engines and previews, and
/// point to the same page in the site's other languages.
fn head_tags(
    meta: &PageMeta,
    page: &Location,
    site: Option<&SiteUrl>,
    languages: &[Language],
) -> String {
    let title = escape(&meta.title);
    let description = escape(&meta.description);
    let mut tags = vec![
        format!(r#"<meta name="description" content="{description}">"#),
        format!(r#"<meta property="og:type" content="website">"#),
        format!(
            r#"<meta property="og:site_name" content="{}">"#,
            escape(meta.site_name)
        ),
        format!(r#"<meta property="og:title" content="{title}">"#),
        format!(r#"<meta property="og:description" content="{description}">"#),
        r#"<meta name="twitter:card" content="summary">"#.to_string(),
        format!(r#"<meta name="twitter:title" content="{title}">"#),
        format!(r#"<meta name="twitter:description" content="{description}">"#),
    ];
    if page.route == Route::NotFound {
        return tags.join("\n    ");
    }
    // An address that is not absolute is no canonical address: without the site's address,
    // none is written rather than a wrong one.
    if let Some(site) = site {
        let url = escape(&site.page(page));
        tags.push(format!(r#"<meta property="og:url" content="{url}">"#));
        tags.push(format!(r#"<link rel="canonical" href="{url}">"#));
    }
    // Alternates, like the canonical address, must be absolute (search engines ignore a
    // relative one, and Lighthouse reports it): none without the site's address.
    let Some(site) = site else {
        return tags.join("\n    ");
    };
    let address = |language: Language| escape(&site.page(&page.in_other(language)));
    if languages.len() > 1 {
        for &language in languages {
            let (code, href) = (language.code(), address(language));
            tags.push(format!(
                r#"<link rel="alternate" hreflang="{code}" href="{href}">"#
            ));
        }
        let href = address(Language::ENGLISH);
        tags.push(format!(
            r#"<link rel="alternate" hreflang="x-default" href="{href}">"#
        ));
    }
    tags.join("\n    ")
}

/// The `<base href>` of a page: the shell's, climbed up to the root from the page's folder.
/// An absolute base (a build with `--public-url /ldn/`) is already right everywhere.
fn base_href(shell_base: &str, page: &Location, site: Option<&SiteUrl>) -> String {
    if page.route == Route::NotFound {
        if let Some(site) = site {
            return site.path().to_string();
        }
    }
    let depth = page.path().matches('/').count();
    let relative = shell_base == "./" || shell_base.is_empty();
    if !relative || depth == 0 {
        return shell_base.to_string();
    }
    "../".repeat(depth)
}

/// The shell's messages for when the app cannot start, in the page's language.
fn shell_messages(page: &str, words: &SiteWords) -> Result<String, String> {
    let limited = format!(
        r#"<p id="app-limited" class="page-message" role="status" hidden>{}</p>"#,
        escape(words.limited)
    );
    let failed = format!(
        r#"<div id="app-failed" class="page-message" role="alert" hidden><h1>{}</h1><p>{}</p></div>"#,
        escape(words.failed_heading),
        escape(words.failed_text)
    );
    let page = replace_between(page, r#"<p id="app-limited""#, "</p>", &limited)?;
    replace_between(&page, r#"<div id="app-failed""#, "</div>", &failed)
}

/// One page's whole HTML document: the shell with the page's language, head tags, base,
/// messages and content. `languages` are the site's, each of which has this page too.
pub fn page_document(
    shell: &str,
    page_at: &Location,
    body: &str,
    meta: &PageMeta,
    site: Option<&SiteUrl>,
    languages: &[Language],
) -> Result<String, String> {
    let route = &page_at.route;
    if !shell.contains(MOUNT) {
        return Err(format!("the shell has no empty {MOUNT}"));
    }
    let mut page = shell.replacen(
        MOUNT,
        &MOUNT.replace("></div>", &format!(">{body}</div>")),
        1,
    );
    page = replace_between(
        &page,
        "<title>",
        "</title>",
        &format!("<title>{}</title>", escape(&meta.title)),
    )?;
    page = replace_between(
        &page,
        r#"<meta name="description""#,
        ">",
        &head_tags(meta, page_at, site, languages),
    )?;
    // Another language's pages name their text pack, for boot.js to fetch beside the app.
    let text_pack = crate::text_pack_address(page_at.language)
        .map(|address| format!(r#" data-ldn-text="{}""#, escape(address)))
        .unwrap_or_default();
    page = replace_between(
        &page,
        "<html ",
        ">",
        &format!(r#"<html lang="{}"{text_pack}>"#, page_at.language.code()),
    )?;
    page = shell_messages(&page, &page_at.language.ui().site)?;
    let base_start = r#"<base href=""#;
    let from = page
        .find(base_start)
        .ok_or("the shell has no <base href>")?
        + base_start.len();
    let to = from
        + page[from..]
            .find('"')
            .ok_or("the shell's <base href> never ends")?;
    let base = base_href(&page[from..to], page_at, site);
    page.replace_range(from..to, &escape(&base));
    if *route == Route::NotFound {
        page = page.replacen("<html ", "<html data-not-found ", 1);
    }
    Ok(page)
}

/// The shell back from a pre-rendered page: the mount point's line emptied (the server
/// renderer writes the page on that one line).
pub fn without_content(page: &str) -> Result<String, String> {
    let start = MOUNT.trim_end_matches("</div>");
    let line = page
        .lines()
        .find(|line| line.contains(start))
        .ok_or("the page has no mount point")?;
    let indent = &line[..line.len() - line.trim_start().len()];
    Ok(page.replacen(line, &format!("{indent}{MOUNT}"), 1))
}

/// The file a page is written to, relative to the site's root.
pub fn file_of(page: &Location) -> String {
    match page.route {
        Route::NotFound => page.path(),
        _ => format!("{}index.html", page.path()),
    }
}

/// `sitemap.xml`: every page in every language but the not-found ones, with the date its
/// content last changed.
pub fn sitemap(catalogue: &Catalogue, site: &SiteUrl, languages: &[Language]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let pages = languages.iter().flat_map(|&language| {
        routes(catalogue)
            .into_iter()
            .map(move |route| Location::in_language(language, route))
    });
    for page in pages {
        let route = &page.route;
        let changed = match route {
            Route::NotFound => continue,
            Route::Condition { id } => catalogue
                .entry(id)
                .map(|e| e.condition.last_reviewed.clone()),
            Route::Safety => Some(catalogue.dataset.safety.last_reviewed.clone()),
            _ => None,
        }
        .unwrap_or_else(|| catalogue.dataset.info.released.clone());
        xml.push_str(&format!(
            "  <url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
            escape(&site.page(&page)),
            escape(&changed)
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: everything may be read; here is the sitemap.
pub fn robots(site: &SiteUrl) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.as_str()
    )
}

/// A script without its whole-line `//` comments and blank lines: what readers download need
/// not carry what maintainers read. Only whole lines go, so code and strings are untouched.
pub fn without_line_comments(script: &str) -> String {
    script
        .lines()
        .filter(|line| {
            let code = line.trim_start();
            !code.is_empty() && !code.starts_with("//")
        })
        .map(|line| format!("{line}\n"))
        .collect()
}

/// Where embed.js takes the site's languages from, with the name of a frame in each.
pub const LANGUAGES_PLACEHOLDER: &str = "{/*LDN_LANGUAGES*/}";

/// The JavaScript object that replaces [`LANGUAGES_PLACEHOLDER`]: `{"en":"Evidence on…",…}`.
pub fn languages_js(languages: &[Language]) -> String {
    let titles: serde_json::Map<String, serde_json::Value> = languages
        .iter()
        .map(|l| (l.code().to_string(), l.ui().site.frame_title.into()))
        .collect();
    serde_json::Value::Object(titles).to_string()
}

/// The JavaScript list of condition ids that replaces [`CONDITION_IDS_PLACEHOLDER`].
pub fn condition_ids_js(catalogue: &Catalogue) -> String {
    let ids: Vec<String> = catalogue
        .entries
        .iter()
        .map(|e| format!("\"{}\"", e.condition.id))
        .collect();
    format!("[{}]", ids.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta name="description" content="Shell description.">
    <title>Shell title</title>
    <base href="./">
  </head>
  <body>
    <div id="app" class="app-root"></div>
    <p id="app-limited" class="page-message" role="status" hidden>
      Could not start.
    </p>
    <div id="app-failed" class="page-message" role="alert" hidden>
      <h1>Stopped</h1>
      <p>Reload.</p>
    </div>
  </body>
</html>"#;

    fn meta() -> PageMeta {
        PageMeta {
            title: "Lupus & more".into(),
            description: "Grade: \"none\".".into(),
            site_name: "LDN Evidence",
        }
    }

    fn lupus() -> Location {
        Location::new(Route::Condition { id: "lupus".into() })
    }

    fn not_found() -> Location {
        Location::new(Route::NotFound)
    }

    const ENGLISH_ONLY: &[Language] = &[Language::ENGLISH];
    const BOTH: &[Language] = &[Language::ENGLISH, Language::SPANISH];

    /// The lupus page in English from the test shell, with `body` as its content.
    fn lupus_page(body: &str) -> String {
        page_document(SHELL, &lupus(), body, &meta(), None, ENGLISH_ONLY).unwrap()
    }

    #[test]
    fn a_page_gets_its_content_title_description_and_base() {
        let page = lupus_page("<h1>Lupus</h1>");
        assert!(page.contains(r#"<div id="app" class="app-root"><h1>Lupus</h1></div>"#));
        assert!(page.contains("<title>Lupus &amp; more</title>"));
        assert!(page.contains(r#"<meta name="description" content="Grade: &quot;none&quot;.">"#));
        assert!(page.contains(r#"<meta property="og:title" content="Lupus &amp; more">"#));
        assert!(page.contains(r#"<meta name="twitter:card" content="summary">"#));
        assert!(page.contains(r#"<base href="../../">"#));
        assert!(!page.contains("Shell"));
    }

    #[test]
    fn a_spanish_page_sits_in_its_folder_and_names_its_english_twin() {
        let page = Location::in_language(Language::SPANISH, lupus().route);
        let site = SiteUrl::parse("https://example.org/ldn/").unwrap();
        let document = page_document(SHELL, &page, "", &meta(), Some(&site), BOTH).unwrap();
        assert!(document.contains(r#"<html lang="es" data-ldn-text="es/text."#));
        assert!(document.contains(r#"<base href="../../../">"#));
        assert!(document.contains(
            r#"<link rel="canonical" href="https://example.org/ldn/es/condition/lupus/">"#
        ));
        for (code, address) in [("es", "es/condition/lupus/"), ("en", "condition/lupus/")] {
            let tag = format!(
                r#"<link rel="alternate" hreflang="{code}" href="https://example.org/ldn/{address}">"#
            );
            assert!(document.contains(&tag), "{tag}");
        }
        assert!(document
            .contains(r#"hreflang="x-default" href="https://example.org/ldn/condition/lupus/""#));
        // The messages for when the app cannot start, in Spanish.
        let words = &Language::SPANISH.ui().site;
        assert!(document.contains(&escape(words.limited)));
        assert!(document.contains(words.failed_heading));
        assert!(!document.contains("Could not start"));
        // Without the site's address, no alternates: they must be absolute.
        let document = page_document(SHELL, &page, "", &meta(), None, BOTH).unwrap();
        assert!(!document.contains("hreflang"));
    }

    #[test]
    fn the_shells_own_english_messages_are_the_catalogues() {
        let shell =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
        let shell = shell.split_whitespace().collect::<Vec<_>>().join(" ");
        let words = &Language::ENGLISH.ui().site;
        for text in [words.limited, words.failed_heading, words.failed_text] {
            assert!(shell.contains(text), "index.html lacks {text:?}");
        }
    }

    #[test]
    fn without_the_site_address_no_canonical_or_og_url_is_written() {
        let page = page_document(SHELL, &lupus(), "", &meta(), None, ENGLISH_ONLY).unwrap();
        assert!(!page.contains("canonical"));
        assert!(!page.contains("og:url"));
    }

    #[test]
    fn with_the_site_address_canonical_and_og_url_are_absolute() {
        let site = SiteUrl::parse("https://example.org/ldn").unwrap();
        let page = page_document(SHELL, &lupus(), "", &meta(), Some(&site), ENGLISH_ONLY).unwrap();
        assert!(page
            .contains(r#"<link rel="canonical" href="https://example.org/ldn/condition/lupus/">"#));
        assert!(page.contains(
            r#"<meta property="og:url" content="https://example.org/ldn/condition/lupus/">"#
        ));
    }

    #[test]
    fn the_not_found_page_is_marked_and_finds_the_root_from_any_depth() {
        let site = SiteUrl::parse("https://example.org/ldn/").unwrap();
        let page =
            page_document(SHELL, &not_found(), "", &meta(), Some(&site), ENGLISH_ONLY).unwrap();
        assert!(page.contains(r#"<base href="/ldn/">"#));
        assert!(page.contains("<html data-not-found lang"));
        assert!(!page.contains("canonical"));
        let page = page_document(SHELL, &not_found(), "", &meta(), None, ENGLISH_ONLY).unwrap();
        assert!(page.contains(r#"<base href="./">"#));
    }

    #[test]
    fn an_absolute_base_stays_as_it_is() {
        let shell = SHELL.replace(r#"<base href="./">"#, r#"<base href="/ldn/">"#);
        let page = page_document(&shell, &lupus(), "", &meta(), None, ENGLISH_ONLY).unwrap();
        assert!(page.contains(r#"<base href="/ldn/">"#));
    }

    #[test]
    fn a_pre_rendered_page_gives_back_its_shell() {
        let page = lupus_page("<h1>Lupus</h1>");
        let shell = without_content(&page).unwrap();
        assert!(shell.contains(&format!("    {MOUNT}\n")));
        assert!(!shell.contains("<h1>Lupus</h1>"));
    }

    #[test]
    fn a_shell_without_a_mount_point_is_refused() {
        let error =
            page_document("<html></html>", &lupus(), "", &meta(), None, ENGLISH_ONLY).unwrap_err();
        assert!(error.contains("no empty"), "{error}");
    }

    #[test]
    fn citation_files_hold_every_publication_and_each_condition_s_studies() {
        let catalogue = crate::embedded_catalogue();
        let files = citation_files(&catalogue);
        let file = |name: &str| {
            files
                .iter()
                .find(|(path, _)| path == name)
                .unwrap_or_else(|| panic!("{name} missing"))
                .1
                .clone()
        };
        let everything = catalogue.dataset.all_publications().len();
        assert_eq!(
            file("cite/ldn-evidence-all.ris").matches("TY  - ").count(),
            everything
        );
        let sjogrens = catalogue.publications_for("sjogrens-syndrome").len();
        let bibtex = file("cite/ldn-evidence-sjogrens-syndrome.bib");
        assert_eq!(
            bibtex.lines().filter(|line| line.starts_with('@')).count(),
            sjogrens
        );
        // Lupus has no studies, so it has no files to offer.
        assert!(!files.iter().any(|(path, _)| path.contains("lupus")));
        // Two files for everything and for each condition with studies.
        let with_studies = catalogue
            .dataset
            .conditions
            .iter()
            .filter(|c| !catalogue.publications_for(&c.id).is_empty())
            .count();
        assert_eq!(files.len(), 2 * (1 + with_studies));
    }

    #[test]
    fn the_open_data_holds_every_record_and_names_its_schema_and_licence() {
        let dataset = crate::embedded_catalogue().dataset;
        let files = open_data_files(&dataset);
        let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, [OPEN_DATA_JSON, OPEN_DATA_SCHEMA, OPEN_DATA_CSV]);
        let json: serde_json::Value = serde_json::from_str(&files[0].1).unwrap();
        assert_eq!(json["$schema"], OPEN_DATA_SCHEMA);
        assert!(json["licence"].as_str().unwrap().starts_with("CC BY 4.0"));
        assert_eq!(
            json["publications"].as_array().unwrap().len(),
            dataset.publications.len()
        );
        assert_eq!(
            json["conditions"].as_array().unwrap().len(),
            dataset.conditions.len()
        );
        let schema: serde_json::Value = serde_json::from_str(&files[1].1).unwrap();
        assert!(schema["properties"]["publications"].is_object());
    }

    #[test]
    fn scripts_lose_whole_line_comments_only() {
        let script =
            "// why\n(function () {\n\n  // step\n  var url = \"https://x\"; // kept\n})();\n";
        assert_eq!(
            without_line_comments(script),
            "(function () {\n  var url = \"https://x\"; // kept\n})();\n"
        );
    }

    #[test]
    fn site_addresses_are_checked() {
        assert!(SiteUrl::parse("example.org/ldn/").is_err());
        assert!(SiteUrl::parse("https:///ldn/").is_err());
        assert!(SiteUrl::parse("https://example.org/?a=1").is_err());
        let site = SiteUrl::parse(" https://example.org ").unwrap();
        assert_eq!(site.as_str(), "https://example.org/");
        assert_eq!(site.path(), "/");
        assert_eq!(
            SiteUrl::parse("http://127.0.0.1:8080/a/b/").unwrap().path(),
            "/a/b/"
        );
    }

    #[test]
    fn pages_are_folders_and_the_sitemap_lists_all_but_not_found() {
        let catalogue = crate::embedded_catalogue();
        let site = SiteUrl::parse("https://example.org/").unwrap();
        let routes = routes(&catalogue);
        assert_eq!(routes.len(), catalogue.entries.len() + 7);
        assert_eq!(file_of(&lupus()), "condition/lupus/index.html");
        assert_eq!(file_of(&Location::new(Route::Home)), "index.html");
        assert_eq!(file_of(&not_found()), "404.html");
        let spanish = |route| Location::in_language(Language::SPANISH, route);
        assert_eq!(file_of(&spanish(Route::Home)), "es/index.html");
        assert_eq!(file_of(&spanish(Route::NotFound)), "es/404.html");
        let xml = sitemap(&catalogue, &site, BOTH);
        assert_eq!(xml.matches("<url>").count(), 2 * (routes.len() - 1));
        assert!(xml.contains("<loc>https://example.org/es/condition/fibromyalgia/</loc>"));
        assert!(xml.contains("<loc>https://example.org/condition/fibromyalgia/</loc>"));
        assert!(!xml.contains("404"));
        assert!(robots(&site).contains("Sitemap: https://example.org/sitemap.xml"));
    }
}
