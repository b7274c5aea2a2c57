//! Baked badges: a credential carried inside a badge image (Open Badges 3.0 "baking").
//! PNG: an `iTXt` chunk with keyword `openbadgecredential` (uncompressed text). SVG: an
//! `<openbadges:credential>` element whose content is the credential (often in CDATA).

/// The largest badge image accepted for extraction (the credential inside is then held to the
/// usual 1 MiB limit).
pub const MAX_IMAGE_BYTES: usize = 8 << 20;

const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_KEYWORD: &[u8] = b"openbadgecredential";

/// What kind of file the imported bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    /// A PNG image.
    Png,
    /// An SVG image.
    Svg,
}

/// Why no credential came out of an image.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BakedError {
    /// The image is larger than [`MAX_IMAGE_BYTES`].
    #[error("image too large")]
    TooLarge,
    /// A valid image, but nothing baked into it.
    #[error("no credential in this image")]
    NoCredential,
    /// The PNG is cut short or its chunks are broken.
    #[error("broken PNG")]
    BrokenPng,
    /// The baked text is compressed (not allowed for Open Badges 3.0).
    #[error("compressed baked credential")]
    Compressed,
}

/// `Some(kind)` if `bytes` look like a PNG or an SVG image.
pub fn image_kind(bytes: &[u8]) -> Option<ImageKind> {
    if bytes.starts_with(&PNG_SIGNATURE) {
        return Some(ImageKind::Png);
    }
    let head = &bytes[..bytes.len().min(2048)];
    let head = String::from_utf8_lossy(head);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    let looks_xml = head.starts_with("<?xml") || head.starts_with("<!--") || head.starts_with('<');
    (looks_xml && head.contains("<svg")).then_some(ImageKind::Svg)
}

/// The credential bytes baked into a PNG or SVG image.
pub fn extract(kind: ImageKind, bytes: &[u8]) -> Result<Vec<u8>, BakedError> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(BakedError::TooLarge);
    }
    match kind {
        ImageKind::Png => extract_png(bytes),
        ImageKind::Svg => extract_svg(bytes),
    }
}

fn extract_png(bytes: &[u8]) -> Result<Vec<u8>, BakedError> {
    let mut rest = bytes
        .strip_prefix(&PNG_SIGNATURE[..])
        .ok_or(BakedError::BrokenPng)?;
    while rest.len() >= 12 {
        let len = u32::from_be_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
        let kind = &rest[4..8];
        let data = rest.get(8..8 + len).ok_or(BakedError::BrokenPng)?;
        if kind == b"iTXt" {
            if let Some(text) = itxt_text(data)? {
                return Ok(text.to_vec());
            }
        }
        if kind == b"IEND" {
            return Err(BakedError::NoCredential);
        }
        rest = rest.get(12 + len..).ok_or(BakedError::BrokenPng)?;
    }
    Err(BakedError::BrokenPng)
}

/// The text of an `iTXt` chunk with our keyword: keyword NUL, compression flag, method,
/// language tag NUL, translated keyword NUL, text.
fn itxt_text(data: &[u8]) -> Result<Option<&[u8]>, BakedError> {
    let Some(nul) = data.iter().position(|&b| b == 0) else {
        return Ok(None);
    };
    if &data[..nul] != PNG_KEYWORD {
        return Ok(None);
    }
    let after = &data[nul + 1..];
    if after.len() < 2 {
        return Err(BakedError::BrokenPng);
    }
    if after[0] != 0 {
        return Err(BakedError::Compressed);
    }
    let mut rest = &after[2..];
    for _ in 0..2 {
        let end = rest
            .iter()
            .position(|&b| b == 0)
            .ok_or(BakedError::BrokenPng)?;
        rest = &rest[end + 1..];
    }
    Ok(Some(rest))
}

fn unescape_xml(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn extract_svg(bytes: &[u8]) -> Result<Vec<u8>, BakedError> {
    let text = std::str::from_utf8(bytes).map_err(|_| BakedError::NoCredential)?;
    const OPEN: &str = "<openbadges:credential";
    let start = text.find(OPEN).ok_or(BakedError::NoCredential)?;
    let after_name = &text[start + OPEN.len()..];
    let tag_end = after_name.find('>').ok_or(BakedError::NoCredential)?;
    if after_name[..tag_end].ends_with('/') {
        // `<openbadges:credential verify="…"/>`: a hosted (2.0-style) badge, nothing inside.
        return Err(BakedError::NoCredential);
    }
    let body = &after_name[tag_end + 1..];
    let close = body
        .find("</openbadges:credential>")
        .ok_or(BakedError::NoCredential)?;
    let inner = body[..close].trim();
    let content = match inner
        .strip_prefix("<![CDATA[")
        .and_then(|s| s.strip_suffix("]]>"))
    {
        Some(cdata) => cdata.trim().to_owned(),
        None => unescape_xml(inner),
    };
    if content.is_empty() {
        return Err(BakedError::NoCredential);
    }
    Ok(content.into_bytes())
}

/// Builds a PNG chunk (used by tests to bake images).
#[cfg(test)]
pub(crate) fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&[0, 0, 0, 0]); // CRC is not checked by the reader
    out
}

/// A minimal PNG with `credential` baked in (tests and fixtures).
#[cfg(test)]
pub(crate) fn bake_png(credential: &[u8]) -> Vec<u8> {
    let mut png = PNG_SIGNATURE.to_vec();
    png.extend(png_chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]));
    let mut itxt = PNG_KEYWORD.to_vec();
    itxt.extend_from_slice(&[0, 0, 0, 0, 0]);
    itxt.extend_from_slice(credential);
    png.extend(png_chunk(b"iTXt", &itxt));
    png.extend(png_chunk(b"IEND", &[]));
    png
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_with_baked_credential() {
        let cred = br#"{"type":["VerifiableCredential"]}"#;
        let png = bake_png(cred);
        assert_eq!(image_kind(&png), Some(ImageKind::Png));
        assert_eq!(extract(ImageKind::Png, &png).unwrap(), cred);
    }

    #[test]
    fn png_without_or_with_other_text_chunks() {
        let mut png = PNG_SIGNATURE.to_vec();
        png.extend(png_chunk(b"tEXt", b"Comment\0hello"));
        let mut other = b"openbadges".to_vec();
        other.extend_from_slice(&[0, 0, 0, 0, 0]);
        other.extend_from_slice(b"https://example.eu/assertion");
        png.extend(png_chunk(b"iTXt", &other));
        png.extend(png_chunk(b"IEND", &[]));
        assert_eq!(extract(ImageKind::Png, &png), Err(BakedError::NoCredential));
        // cut in the middle of a chunk
        let baked = bake_png(b"{}");
        assert_eq!(
            extract(ImageKind::Png, &baked[..30]),
            Err(BakedError::BrokenPng)
        );
        // compressed text is refused
        let mut compressed = PNG_SIGNATURE.to_vec();
        let mut itxt = PNG_KEYWORD.to_vec();
        itxt.extend_from_slice(&[0, 1, 0, 0, 0, 0x78, 0x9c]);
        compressed.extend(png_chunk(b"iTXt", &itxt));
        assert_eq!(
            extract(ImageKind::Png, &compressed),
            Err(BakedError::Compressed)
        );
    }

    #[test]
    fn svg_with_cdata_or_escaped_credential() {
        let svg = r#"<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">
  <openbadges:credential>
    <![CDATA[eyJhbGciOiJFZERTQSJ9.e30.c2ln]]>
  </openbadges:credential>
  <rect width="10" height="10"/>
</svg>"#;
        assert_eq!(image_kind(svg.as_bytes()), Some(ImageKind::Svg));
        assert_eq!(
            extract(ImageKind::Svg, svg.as_bytes()).unwrap(),
            b"eyJhbGciOiJFZERTQSJ9.e30.c2ln"
        );
        let escaped = r#"<svg><openbadges:credential>{&quot;a&quot;:&quot;&lt;b&gt; &amp;&quot;}</openbadges:credential></svg>"#;
        assert_eq!(
            extract(ImageKind::Svg, escaped.as_bytes()).unwrap(),
            br#"{"a":"<b> &"}"#
        );
        let hosted = r#"<svg><openbadges:credential verify="https://x.eu/a"/></svg>"#;
        assert_eq!(
            extract(ImageKind::Svg, hosted.as_bytes()),
            Err(BakedError::NoCredential)
        );
        assert_eq!(image_kind(b"{\"svg\": 1}"), None);
        assert_eq!(image_kind(b"<html><body>"), None);
    }
}
