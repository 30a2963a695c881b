//! Writes every page of the site as real HTML with Yew's server renderer, so readers, link
//! previews and search engines get each page's content before any WebAssembly has loaded (and
//! readers without JavaScript get it at all). How a page is put together: `static_site`.
//!
//! `prerender pages <dir>` writes the pages into a Trunk build (Trunk runs it after each
//! release build, see Trunk.toml), taking `<dir>/index.html` as the shell. With
//! `LDN_SITE_URL=https://example.org/ldn/` it also writes absolute canonical addresses,
//! `sitemap.xml` and `robots.txt`. Beside the pages it writes the open data: the whole dataset
//! as JSON with its schema, and a CSV table of the publications. `prerender static <dist> <out>` writes the same pages with no
//! scripts at all: the plain-HTML baseline the benchmark compares the app against.

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
    use ldn_evidence::static_site::{self, SiteUrl, CONDITION_IDS_PLACEHOLDER};
    use ldn_evidence::ui::{App, AppProps, CatalogueHandle, Location, PageMeta, Route};

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let result = match args.as_slice() {
            ["pages", dir] => site_url().and_then(|site| write_pages(Path::new(dir), site)),
            ["static", dist, out] => write_static(Path::new(dist), Path::new(out)),
            _ => Err("usage: prerender pages <dist> | prerender static <dist> <out>".into()),
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
        route: &Route,
        site: Option<&SiteUrl>,
    ) -> String {
        runtime.block_on(async {
            let props = AppProps {
                initial: Some(Location::new(route.clone())),
                fixed: true,
                site_root: site.map(|s| s.as_str().to_string().into()),
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
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// Every page, as (file relative to the site's root, document), made from `shell`.
    fn documents(
        shell: &str,
        catalogue: &CatalogueHandle,
        site: Option<&SiteUrl>,
    ) -> Result<Vec<(String, String)>, String> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a single-threaded runtime");
        static_site::routes(catalogue)
            .iter()
            .map(|route| {
                let meta = PageMeta::of(route, catalogue);
                let body = render(&runtime, catalogue, route, site);
                let page = static_site::page_document(shell, route, &body, &meta, site)?;
                Ok((static_site::file_of(route), page))
            })
            .collect()
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

    /// The embedded dataset, graded once for every page.
    fn catalogue() -> CatalogueHandle {
        CatalogueHandle(Rc::new(ldn_evidence::embedded_catalogue()))
    }

    fn write_pages(dir: &Path, site: Option<SiteUrl>) -> Result<(), String> {
        let shell = read(&dir.join("index.html"))?;
        let catalogue = catalogue();
        for (file, page) in documents(&shell, &catalogue, site.as_ref())? {
            write(&dir.join(file), &page)?;
        }
        // boot.js and embed.js check condition ids against the real list, and lose the
        // comments written for maintainers: boot.js is on every page's critical path.
        let ids = static_site::condition_ids_js(&catalogue);
        for script in ["boot.js", "embed.js"] {
            let path = dir.join(script);
            let text = read(&path)?;
            if !text.contains(CONDITION_IDS_PLACEHOLDER) {
                return Err(format!("{script} has no {CONDITION_IDS_PLACEHOLDER}"));
            }
            let text = static_site::without_line_comments(&text);
            write(&path, &text.replacen(CONDITION_IDS_PLACEHOLDER, &ids, 1))?;
        }
        for (file, text) in static_site::open_data_files(&source_dataset()?) {
            write(&dir.join(file), &text)?;
        }
        for (file, text) in static_site::citation_files(&catalogue) {
            write(&dir.join(file), &text)?;
        }
        if let Some(site) = &site {
            write(
                &dir.join("sitemap.xml"),
                &static_site::sitemap(&catalogue, site),
            )?;
            write(&dir.join("robots.txt"), &static_site::robots(site))?;
        }
        Ok(())
    }

    /// Every page with every script and preload removed: plain HTML and CSS. `dist` is a
    /// release build, whose `index.html` has the home page in its mount point.
    fn write_static(dist: &Path, out: &Path) -> Result<(), String> {
        let index = read(&dist.join("index.html"))?;
        let shell = static_site::without_content(&index)?;
        let catalogue = catalogue();
        for (file, page) in documents(&shell, &catalogue, None)? {
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
