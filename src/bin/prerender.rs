//! Writes every page of the site as real HTML with Yew's server renderer, so readers, link
//! previews and search engines get each page's content before any WebAssembly has loaded (and
//! readers without JavaScript get it at all). How a page is put together: `static_site`.
//!
//! `prerender pages <dir>` writes the pages into a Trunk build (Trunk runs it after each
//! release build, see Trunk.toml), taking `<dir>/index.html` as the shell. With
//! `LDN_SITE_URL=https://example.org/ldn/` it also writes absolute canonical addresses,
//! `sitemap.xml` and `robots.txt`. Beside the pages it writes the open data: the whole dataset
//! as JSON with its schema, and a CSV table of the publications. `prerender static <dist> <out>` writes the same pages with no
//! scripts at all: the plain-HTML baseline the benchmark compares the app against. Every page is
//! written in every language of the site (`ldn_evidence::site_languages`), and each language's
//! text pack beside its pages; `prerender packs <dir>` writes only the packs (`trunk serve`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use std::rc::Rc;

    use ldn_evidence::evidence::data::date::Date;
    use ldn_evidence::evidence::data::load::{load_dataset, read_dataset_dir};
    use ldn_evidence::evidence::model::Dataset;
    use ldn_evidence::evidence::words::Language;
    use ldn_evidence::static_site::{
        self, SiteUrl, CONDITION_IDS_PLACEHOLDER, LANGUAGES_PLACEHOLDER,
    };
    use ldn_evidence::ui::{App, AppProps, CatalogueHandle, Location, PageMeta};

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let result = match args.as_slice() {
            ["pages", dir] => site_url().and_then(|site| write_pages(Path::new(dir), site)),
            ["static", dist, out] => write_static(Path::new(dist), Path::new(out)),
            ["packs", dir] => write_packs(Path::new(dir)),
            _ => Err(
                "usage: prerender pages <dist> | prerender static <dist> <out> | prerender packs <dist>"
                    .into(),
            ),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("prerender: {message}");
                ExitCode::FAILURE
            }
        }
    }

    /// `LDN_SITE_URL`, checked; unset or empty means the site's address is not known.
    fn site_url() -> Result<Option<SiteUrl>, String> {
        match std::env::var("LDN_SITE_URL") {
            Ok(text) if !text.trim().is_empty() => SiteUrl::parse(&text).map(Some),
            _ => Ok(None),
        }
    }

    /// One page as the app first renders it, without hydration markers.
    fn render(
        runtime: &tokio::runtime::Runtime,
        catalogue: &CatalogueHandle,
        page: &Location,
        site: Option<&SiteUrl>,
        languages: &[Language],
    ) -> String {
        runtime.block_on(async {
            let props = AppProps {
                initial: Some(page.clone()),
                fixed: true,
                site_root: site.map(|s| s.as_str().to_string().into()),
                languages: languages.into(),
                ..AppProps::new(catalogue.clone())
            };
            yew::LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render()
                .await
        })
    }

    fn read(path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    }

    fn write(path: &Path, text: &str) -> Result<(), String> {
        write_bytes(path, text.as_bytes())
    }

    fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// Every page in every language, as (file relative to the site's root, document), made
    /// from `shell`.
    fn documents(
        shell: &str,
        catalogues: &[CatalogueHandle],
        site: Option<&SiteUrl>,
    ) -> Result<Vec<(String, String)>, String> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a single-threaded runtime");
        let languages: Vec<Language> = catalogues.iter().map(|c| c.language).collect();
        let mut documents = Vec::new();
        for catalogue in catalogues {
            for route in static_site::routes(catalogue) {
                let page = Location::in_language(catalogue.language, route);
                let meta = PageMeta::of(&page.route, catalogue);
                let body = render(&runtime, catalogue, &page, site, &languages);
                let document =
                    static_site::page_document(shell, &page, &body, &meta, site, &languages)?;
                documents.push((static_site::file_of(&page), document));
            }
        }
        Ok(documents)
    }

    /// The dataset as maintainers keep it in `data/` (or `LDN_DATA_DIR`, as the build reads it),
    /// with the sources the app's embedded copy leaves out: what the open data offers.
    fn source_dataset() -> Result<Dataset, String> {
        let dir = std::env::var_os("LDN_DATA_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data"));
        let files =
            read_dataset_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        load_dataset(&files, Date::today())
            .map_err(|errors| format!("{} has {} problem(s)", dir.display(), errors.len()))
    }

    /// The embedded dataset in each language of the site, English first, graded once for
    /// every page: the other languages from the same text packs their pages fetch.
    fn catalogues() -> Vec<CatalogueHandle> {
        ldn_evidence::site_languages()
            .into_iter()
            .map(|language| {
                let catalogue = match ldn_evidence::text_pack_bytes(language) {
                    None => ldn_evidence::embedded_catalogue(),
                    Some(bytes) => ldn_evidence::catalogue_in(language, bytes)
                        .expect("build.rs writes each pack from the embedded dataset"),
                };
                CatalogueHandle(Rc::new(catalogue))
            })
            .collect()
    }

    fn write_pages(dir: &Path, site: Option<SiteUrl>) -> Result<(), String> {
        let shell = read(&dir.join("index.html"))?;
        let catalogues = catalogues();
        for (file, page) in documents(&shell, &catalogues, site.as_ref())? {
            write(&dir.join(file), &page)?;
        }
        write_packs(dir)?;
        let catalogue = &catalogues[0];
        let languages: Vec<Language> = catalogues.iter().map(|c| c.language).collect();
        // boot.js and embed.js check condition ids (and embed.js languages) against the real
        // lists, and lose the comments written for maintainers: boot.js is on every page's
        // critical path.
        let ids = static_site::condition_ids_js(catalogue);
        let languages_js = static_site::languages_js(&languages);
        let lists = [
            ("boot.js", vec![(CONDITION_IDS_PLACEHOLDER, &ids)]),
            (
                "embed.js",
                vec![
                    (CONDITION_IDS_PLACEHOLDER, &ids),
                    (LANGUAGES_PLACEHOLDER, &languages_js),
                ],
            ),
        ];
        for (script, placeholders) in lists {
            let path = dir.join(script);
            let mut text = static_site::without_line_comments(&read(&path)?);
            for (placeholder, list) in placeholders {
                if !text.contains(placeholder) {
                    return Err(format!("{script} has no {placeholder}"));
                }
                text = text.replacen(placeholder, list, 1);
            }
            write(&path, &text)?;
        }
        for (file, text) in static_site::open_data_files(&source_dataset()?) {
            write(&dir.join(file), &text)?;
        }
        for (file, text) in static_site::citation_files(catalogue) {
            write(&dir.join(file), &text)?;
        }
        if let Some(site) = &site {
            write(
                &dir.join("sitemap.xml"),
                &static_site::sitemap(catalogue, site, &languages),
            )?;
            write(&dir.join("robots.txt"), &static_site::robots(site))?;
        }
        Ok(())
    }

    /// Each language's text pack where its pages fetch it (`es/text.<hash>.bin`).
    fn write_packs(dir: &Path) -> Result<(), String> {
        for language in ldn_evidence::site_languages() {
            if let (Some(address), Some(bytes)) = (
                ldn_evidence::text_pack_address(language),
                ldn_evidence::text_pack_bytes(language),
            ) {
                write_bytes(&dir.join(address), bytes)?;
            }
        }
        Ok(())
    }

    /// Every page with every script and preload removed: plain HTML and CSS. `dist` is a
    /// release build, whose `index.html` has the home page in its mount point.
    fn write_static(dist: &Path, out: &Path) -> Result<(), String> {
        let index = read(&dist.join("index.html"))?;
        let shell = static_site::without_content(&index)?;
        for (file, page) in documents(&shell, &catalogues(), None)? {
            let page: String = page
                .lines()
                .filter(|line| !line.contains("<script"))
                .map(|line| without_preloads(line) + "\n")
                .collect();
            write(&out.join(file), &page)?;
        }
        let entries = std::fs::read_dir(dist).map_err(|e| e.to_string())?;
        for entry in entries.flatten() {
            let path = entry.path();
            if path
                .extension()
                .is_some_and(|ext| ext == "css" || ext == "svg")
            {
                std::fs::copy(&path, out.join(entry.file_name()))
                    .map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
            }
        }
        Ok(())
    }

    /// Cuts the `<link rel="modulepreload">` and wasm `<link rel="preload">` tags from a line.
    fn without_preloads(line: &str) -> String {
        let mut line = line.to_string();
        while let Some(start) = line
            .find("<link rel=\"modulepreload\"")
            .or_else(|| line.find("<link rel=\"preload\""))
        {
            let end = line[start..]
                .find('>')
                .map_or(line.len(), |end| start + end + 1);
            line.replace_range(start..end, "");
        }
        line
    }
}
