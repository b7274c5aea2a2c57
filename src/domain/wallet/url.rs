//! Which URLs taken from a credential may become a link or an image source.

fn scheme_of(url: &str) -> Option<String> {
    let (scheme, _) = url.split_once(':')?;
    if scheme.is_empty()
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.')
    {
        return None;
    }
    Some(scheme.to_ascii_lowercase())
}

fn clean(url: &str) -> Option<&str> {
    let url = url.trim();
    // Browsers strip tabs and newlines inside URLs ("java\nscript:"): refuse any control
    // character or white space instead of guessing.
    if url.is_empty() || url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    Some(url)
}

/// `url` if it is an absolute `http:` or `https:` URL, else `None`.
pub fn safe_link(url: &str) -> Option<String> {
    let url = clean(url)?;
    let scheme = scheme_of(url)?;
    let rest = &url[scheme.len() + 1..];
    ((scheme == "https" || scheme == "http") && rest.starts_with("//") && rest.len() > 2)
        .then(|| url.to_owned())
}

/// `url` if it may be an image source: `http(s):` or a `data:image/…` URL.
pub fn safe_image(url: &str) -> Option<String> {
    let url = clean(url)?;
    if let Some(link) = safe_link(url) {
        return Some(link);
    }
    let lower = url.get(..11)?.to_ascii_lowercase();
    (lower == "data:image/").then(|| url.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_links() {
        assert_eq!(
            safe_link("https://example.eu/a?b#c").as_deref(),
            Some("https://example.eu/a?b#c")
        );
        assert!(safe_link("HTTP://example.eu").is_some());
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "//example.eu",
            "/relative",
            "https:",
            "https://",
            "urn:uuid:1",
            "did:key:z6Mk",
            "",
        ] {
            assert_eq!(safe_link(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn images_may_also_be_data_images() {
        assert!(safe_image("data:image/png;base64,iVBOR").is_some());
        assert!(safe_image("https://example.eu/b.png").is_some());
        assert_eq!(safe_image("javascript:alert(1)"), None);
        assert_eq!(safe_image("data:text/html;base64,PHNjcmlwdD4="), None);
        assert_eq!(safe_image("data:image"), None);
    }
}
