//! A tiny static file server for the built `dist/`, on 127.0.0.1 and a free port.
//! Plain std threads, so it outlives any one test's async runtime.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread;

/// How a server behaves; the defaults serve every file as it is, at the root.
#[derive(Clone, Default)]
pub struct ServerOptions {
    /// Answer 404 for paths ending with this, to simulate a failed download.
    pub refuse_suffix: Option<String>,
    /// Serve the files under this path (e.g. `/ldn/deeper/`) instead of at `/`.
    pub mount: Option<String>,
    /// Extra response headers, e.g. a Content-Security-Policy.
    pub headers: Vec<(String, String)>,
    /// Hold back paths ending with this for a while, like a slow connection (suffix, delay).
    pub delay_suffix: Option<(String, std::time::Duration)>,
    /// Compress responses with gzip when the browser accepts it, as static hosts do.
    pub gzip: bool,
    /// Answer unknown addresses with index.html, as `trunk serve` does.
    pub index_for_unknown: bool,
}

pub struct StaticServer {
    pub origin: String,
}

impl StaticServer {
    pub fn start(root: &Path, options: ServerOptions) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let origin = format!("http://{}", listener.local_addr().expect("local address"));
        let root = Arc::new(root.to_path_buf());
        let options = Arc::new(options);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, options) = (root.clone(), options.clone());
                thread::spawn(move || serve(stream, &root, &options));
            }
        });
        StaticServer { origin }
    }
}

fn serve(mut stream: TcpStream, root: &Path, options: &ServerOptions) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Read the headers (only Accept-Encoding matters); the body of a GET is empty.
    let mut accepts_gzip = false;
    let mut line = String::new();
    while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
        let lower = line.to_ascii_lowercase();
        accepts_gzip |= lower.starts_with("accept-encoding:") && lower.contains("gzip");
        line.clear();
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    // Like every static host: a folder asked for without its final slash is redirected to it.
    let relative = match &options.mount {
        Some(mount) => path.strip_prefix(mount.as_str()),
        None => Some(path),
    };
    if relative.is_some_and(|r| !r.is_empty() && !r.ends_with('/') && is_folder(root, r)) {
        let query = &target[path.len()..];
        let head = format!(
            "HTTP/1.1 301 Moved Permanently\r\nLocation: {path}/{query}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        let _ = stream.write_all(head.as_bytes());
        return;
    }
    if let Some((suffix, delay)) = &options.delay_suffix {
        if path.ends_with(suffix.as_str()) {
            thread::sleep(*delay);
        }
    }
    let refused = options
        .refuse_suffix
        .as_deref()
        .is_some_and(|suffix| path.ends_with(suffix));
    let file = match &options.mount {
        Some(mount) => path
            .strip_prefix(mount.as_str())
            .and_then(|rest| resolve(root, rest)),
        None => resolve(root, path),
    };
    // Like Netlify, Cloudflare Pages or GitHub Pages: an unknown address gets the site's 404.html.
    let not_found = || match std::fs::read(root.join("404.html")) {
        _ if options.index_for_unknown => (
            200,
            "text/html; charset=utf-8",
            std::fs::read(root.join("index.html")).unwrap_or_default(),
        ),
        Ok(page) => (404, "text/html; charset=utf-8", page),
        Err(_) => (404, "text/plain; charset=utf-8", b"not found".to_vec()),
    };
    let response = match (
        refused,
        file.and_then(|f| std::fs::read(&f).ok().map(|b| (f, b))),
    ) {
        (false, Some((file, body))) => (200, content_type(&file), body),
        (true, _) => (404, "text/plain; charset=utf-8", b"not found".to_vec()),
        (false, None) => not_found(),
    };
    let (status, kind, mut body) = response;
    let mut encoding = String::new();
    if options.gzip && accepts_gzip && status == 200 {
        body = gzip(&body);
        encoding = "Content-Encoding: gzip\r\n".to_string();
    }
    let reason = if status == 200 { "OK" } else { "Not Found" };
    let extra: String = options
        .headers
        .iter()
        .map(|(name, value)| format!("{name}: {value}\r\n"))
        .collect();
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{encoding}{extra}Connection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

fn is_folder(root: &Path, relative: &str) -> bool {
    let relative = relative.trim_start_matches('/');
    !relative.split('/').any(|part| part == "..") && root.join(relative).is_dir()
}

/// Maps a URL path to a file under `root`, refusing anything that climbs out of it.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let relative = path.trim_start_matches('/');
    if relative
        .split('/')
        .any(|part| part == ".." || part.contains('\\'))
    {
        return None;
    }
    let candidate = root.join(relative);
    let file = if candidate.is_dir() {
        candidate.join("index.html")
    } else {
        candidate
    };
    file.is_file().then_some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "png" => "image/png",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Best compression, as a host serving pre-compressed files would send.
fn gzip(body: &[u8]) -> Vec<u8> {
    use flate2::{write::GzEncoder, Compression};
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    let _ = encoder.write_all(body);
    encoder.finish().unwrap_or_default()
}
