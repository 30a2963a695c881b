//! Where a fact was checked must be an address a reader recognises and can open themselves:
//! doi.org, PubMed, PMC, the journal, a trial registry. Not a raw IP address, and not a mirror
//! or aggregator nobody has heard of: where a fact was read on a copy of an indexed record, the
//! record's own address is cited instead. The sites accepted are listed in `data/dataset.json`
//! (`recognised_sources`), so a maintainer adds a new journal's site without touching code.

/// Why `url` is not a source a reader would recognise, or `None` when it is one.
pub fn unrecognised_source(url: &str, recognised: &[String]) -> Option<String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Some(format!(
            "\"{url}\" is not an https address: cite the record's own https page"
        ));
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.to_ascii_lowercase();
    if host.contains(':') || host.contains('@') || is_ip_address(&host) {
        return Some(format!(
            "\"{url}\" is a raw IP address or port, not a source readers recognise: where it \
             copies an indexed record, cite that record instead (e.g. \
             https://pubmed.ncbi.nlm.nih.gov/<PMID>/)"
        ));
    }
    let known = recognised.iter().any(|site| {
        let site = site.trim().to_ascii_lowercase();
        !site.is_empty() && (host == site || host.ends_with(&format!(".{site}")))
    });
    (!known).then(|| {
        format!(
            "\"{host}\" is not a source readers recognise: cite doi.org, PubMed, PMC, the \
             journal or a trial registry. If {host} is a journal's, publisher's or trial \
             registry's own site, add it to \"recognised_sources\" in data/dataset.json"
        )
    })
}

/// Four dot-separated numbers (an IPv4 address); IPv6 addresses are caught by their colons.
fn is_ip_address(host: &str) -> bool {
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recognised() -> Vec<String> {
        vec![
            "pubmed.ncbi.nlm.nih.gov".into(),
            "doi.org".into(),
            "bmj.com".into(),
        ]
    }

    #[test]
    fn known_sites_and_their_subdomains_are_recognised() {
        for url in [
            "https://pubmed.ncbi.nlm.nih.gov/31123647/",
            "https://doi.org/10.1186/s12916-018-1242-0",
            "https://casereports.bmj.com/content/2018/bcr-2018",
        ] {
            assert_eq!(unrecognised_source(url, &recognised()), None, "{url}");
        }
    }

    #[test]
    fn raw_ip_addresses_and_ports_are_refused_with_the_way_out() {
        let why = unrecognised_source("https://47.251.13.51/31123647", &recognised()).unwrap();
        assert!(why.contains("raw IP address") && why.contains("pubmed.ncbi.nlm.nih.gov/<PMID>"));
        assert!(
            unrecognised_source("https://pubmed.ncbi.nlm.nih.gov:8081/1", &recognised()).is_some()
        );
        assert!(
            unrecognised_source("http://47.251.13.51:8081/31123647", &recognised())
                .unwrap()
                .contains("not an https address")
        );
    }

    #[test]
    fn unknown_mirrors_are_refused_and_named() {
        let why = unrecognised_source("https://suppr.wilddata.cn/abc", &recognised()).unwrap();
        assert!(
            why.starts_with("\"suppr.wilddata.cn\" is not a source"),
            "{why}"
        );
        // A look-alike is not a subdomain.
        assert!(unrecognised_source("https://notbmj.com/x", &recognised()).is_some());
    }
}
