//! Renders the home page to HTML with Yew's server renderer, so readers see the cards before
//! any WebAssembly has loaded (and readers without JavaScript see them at all).
//!
//! `prerender inject <dir>` writes the cards into `<dir>/index.html`; Trunk runs it after each
//! release build (see Trunk.toml). `prerender static <dist> <out>` writes the same page with no
//! scripts at all: the plain-HTML baseline the benchmark compares the app against.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::Path;
    use std::process::ExitCode;

    use ldn_evidence::ui::{App, AppProps};

    /// The empty mount point Trunk copies from index.html.
    const MOUNT: &str = r#"<div id="app" class="app-root"></div>"#;

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let result = match args.as_slice() {
            ["inject", dir] => inject(Path::new(dir)),
            ["static", dist, out] => write_static(Path::new(dist), Path::new(out)),
            _ => Err("usage: prerender inject <dist> | prerender static <dist> <out>".into()),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("prerender: {message}");
                ExitCode::FAILURE
            }
        }
    }

    /// The home page as the app first renders it, without hydration markers.
    fn home_html() -> String {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a single-threaded runtime");
        runtime.block_on(async {
            let props = AppProps {
                fixed_hash: Some("#/".into()),
                ..AppProps::default()
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
        std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    /// `index.html` with the home page's cards inside the mount point.
    fn with_cards(index: &str) -> Result<String, String> {
        if !index.contains(MOUNT) {
            return Err(format!("index.html has no empty {MOUNT}"));
        }
        let mount = MOUNT.replace("></div>", &format!(">{}</div>", home_html()));
        Ok(index.replacen(MOUNT, &mount, 1))
    }

    fn inject(dir: &Path) -> Result<(), String> {
        let index = dir.join("index.html");
        write(&index, &with_cards(&read(&index)?)?)
    }

    /// The pre-rendered page with every script and preload removed: plain HTML and CSS.
    /// `dist` may be a release build, whose index.html already holds the cards.
    fn write_static(dist: &Path, out: &Path) -> Result<(), String> {
        let index = read(&dist.join("index.html"))?;
        let page = if index.contains(MOUNT) {
            with_cards(&index)?
        } else {
            index
        };
        let page: String = page
            .lines()
            .filter(|line| !line.contains("<script"))
            .map(|line| without_preloads(line) + "\n")
            .collect();
        std::fs::create_dir_all(out)
            .map_err(|e| format!("cannot create {}: {e}", out.display()))?;
        write(&out.join("index.html"), &page)?;
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
