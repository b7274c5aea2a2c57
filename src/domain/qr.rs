//! QR codes as SVG path data (no image crates): used for the quiz-result hand-off and for
//! showing a credential at a desk. The view draws `<svg viewBox="0 0 {size} {size}"><path d=…/>`.

use qrcode::{Color, EcLevel, QrCode};

/// Quiet zone around the symbol, in modules (the standard asks for 4).
pub const QUIET_ZONE: usize = 4;

/// A QR symbol ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height in modules, quiet zone included.
    pub size: usize,
    /// SVG path data: one unit square per dark module.
    pub path: String,
}

/// Why the text cannot be a QR code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("too much data for a QR code")]
pub struct QrTooLong;

/// Encodes `data` (a URL or compact text) with error correction level M, or L when M would
/// not fit.
pub fn encode(data: &str) -> Result<QrSvg, QrTooLong> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(data.as_bytes(), EcLevel::L))
        .map_err(|_| QrTooLong)?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::with_capacity(colors.len() * 4);
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == Color::Dark {
                // merge horizontal runs into one rectangle
                let start = x;
                while x < width && colors[y * width + x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Ok(QrSvg {
        size: width + 2 * QUIET_ZONE,
        path,
    })
}

/// Rasterises the path data back to a bitmap (true = dark), `scale` pixels per module.
/// Used by tests to decode what [`encode`] drew.
pub fn rasterise(qr: &QrSvg, scale: usize) -> Vec<Vec<bool>> {
    let px = qr.size * scale;
    let mut img = vec![vec![false; px]; px];
    for cmd in qr.path.split('M').filter(|s| !s.is_empty()) {
        let (xy, rest) = cmd.split_once('h').unwrap_or((cmd, ""));
        let mut it = xy.split(' ');
        let x: usize = it.next().and_then(|v| v.parse().ok()).unwrap_or(0);
        let y: usize = it.next().and_then(|v| v.parse().ok()).unwrap_or(0);
        let w: usize = rest
            .split('v')
            .next()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        for row in img.iter_mut().skip(y * scale).take(scale) {
            for cell in row.iter_mut().skip(x * scale).take(w * scale) {
                *cell = true;
            }
        }
    }
    img
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(qr: &QrSvg) -> String {
        let img = rasterise(qr, 4);
        let n = img.len();
        let mut prepared =
            rqrr::PreparedImage::prepare_from_greyscale(
                n,
                n,
                |x, y| {
                    if img[y][x] {
                        0
                    } else {
                        255
                    }
                },
            );
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1, "exactly one QR code");
        grids[0].decode().expect("decodes").1
    }

    #[test]
    fn round_trips_a_url() {
        let url = "https://carewise.example/quiz/result?r=1-5a3c9f2e-v1&lang=fi";
        let qr = encode(url).unwrap();
        assert_eq!(decode(&qr), url);
        assert!(qr.size >= 21 + 2 * QUIET_ZONE);
    }

    #[test]
    fn round_trips_unicode_text() {
        let text = "Põhja-Tallinna · sanità · Українська";
        assert_eq!(decode(&encode(text).unwrap()), text);
    }

    #[test]
    fn too_long_is_an_error() {
        assert_eq!(encode(&"x".repeat(5000)), Err(QrTooLong));
    }
}
