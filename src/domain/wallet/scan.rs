//! Reading a QR code from a camera frame or a picture (RGBA pixels), for browsers without a
//! `BarcodeDetector`. What the code says (a link or a credential) is decided by the importer.

/// The text of the first QR code found in an RGBA image of `width` × `height` pixels.
pub fn decode_rgba(width: usize, height: usize, rgba: &[u8]) -> Option<String> {
    if width == 0 || height == 0 || rgba.len() < width * height * 4 {
        return None;
    }
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let i = (y * width + x) * 4;
        // integer luma (BT.601)
        ((rgba[i] as u32 * 299 + rgba[i + 1] as u32 * 587 + rgba[i + 2] as u32 * 114) / 1000) as u8
    });
    img.detect_grids()
        .into_iter()
        .find_map(|g| g.decode().ok().map(|(_, text)| text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::qr;

    fn rgba_of(text: &str, scale: usize) -> (usize, Vec<u8>) {
        let bitmap = qr::rasterise(&qr::encode(text).unwrap(), scale);
        let n = bitmap.len();
        let mut rgba = Vec::with_capacity(n * n * 4);
        for row in &bitmap {
            for &dark in row {
                let v = if dark { 20 } else { 235 };
                rgba.extend_from_slice(&[v, v, v, 255]);
            }
        }
        (n, rgba)
    }

    #[test]
    fn reads_a_link_from_pixels() {
        let (n, rgba) = rgba_of("https://badges.example.eu/c/42", 4);
        assert_eq!(
            decode_rgba(n, n, &rgba).as_deref(),
            Some("https://badges.example.eu/c/42")
        );
    }

    #[test]
    fn blank_or_short_images_give_nothing() {
        assert_eq!(decode_rgba(10, 10, &[255; 400]), None);
        assert_eq!(decode_rgba(10, 10, &[255; 12]), None);
        assert_eq!(decode_rgba(0, 0, &[]), None);
    }
}
