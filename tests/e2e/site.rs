//! Builds the release site once for the whole suite, the way a deployer would.

use std::path::PathBuf;
use std::process::Command;

/// The public address the sub-path site is built for (`LDN_SITE_URL`). Its host is made up:
/// canonical addresses name where the site is published, not where a test serves it.
pub const SITE_URL: &str = "https://ldn.example/ldn/deeper/";

/// Runs `trunk build --release` into `target/e2e/dist` and returns that folder.
pub fn build_release_dist() -> PathBuf {
    build("dist", None)
}

/// The same build for a site whose public address is known ([`SITE_URL`]): it also has
/// canonical addresses, sitemap.xml and robots.txt. Cheap after the first build: only the
/// pre-rendering differs, and cargo's work is reused.
pub fn build_dist_with_site_url() -> PathBuf {
    build("dist-site", Some(SITE_URL))
}

fn build(folder: &str, site_url: Option<&str>) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dist = root.join("target").join("e2e").join(folder);
    let status = Command::new("trunk")
        .current_dir(&root)
        .args(["build", "--release", "--offline", "--dist"])
        .arg(&dist)
        // A separate target dir: cargo is already locked by this test run.
        .env(
            "CARGO_TARGET_DIR",
            root.join("target").join("e2e").join("cargo"),
        )
        .env("LDN_SITE_URL", site_url.unwrap_or_default())
        .status()
        .expect("trunk is installed (scripts/setup.sh installs it)");
    assert!(status.success(), "trunk build --release failed");
    dist
}

/// A copy of the release site as `trunk serve` builds it: the app's files and an `index.html`
/// with an empty mount point and a root `<base href="/">` (scripts/serve.sh), no other pages.
pub fn without_prerendering(dist: &std::path::Path) -> PathBuf {
    let plain = dist.with_file_name("dist-plain");
    let _ = std::fs::remove_dir_all(&plain);
    std::fs::create_dir_all(&plain).expect("create target/e2e/dist-plain");
    for entry in std::fs::read_dir(dist).expect("read dist").flatten() {
        let path = entry.path();
        let page = path.extension().is_some_and(|e| e == "html");
        if path.is_file() && !page {
            std::fs::copy(&path, plain.join(entry.file_name())).expect("copy dist");
        }
    }
    // The other languages' text packs, which `trunk serve` writes too (scripts/prerender.sh).
    for language in ldn_evidence::site_languages() {
        if let Some(address) = ldn_evidence::text_pack_address(language) {
            let to = plain.join(address);
            std::fs::create_dir_all(to.parent().expect("a folder")).expect("create its folder");
            std::fs::copy(dist.join(address), to).expect("copy a text pack");
        }
    }
    let index = std::fs::read_to_string(dist.join("index.html")).expect("read index.html");
    let index = ldn_evidence::static_site::without_content(&index)
        .expect("index.html has the mount point")
        .replacen(r#"<base href="./">"#, r#"<base href="/">"#, 1);
    std::fs::write(plain.join("index.html"), index).expect("write index.html");
    plain
}
