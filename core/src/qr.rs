//! The QR code of a view's address, as one SVG path, so participants can open the same view on
//! their phones. Encoding by the `qrcode` crate.

use qrcode::{Color, EcLevel, QrCode};

/// A QR code drawn as an SVG path: `width` modules square (plus a 4-module quiet zone to add when
/// drawing), `path` covering the dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    pub width: usize,
    pub path: String,
}

/// `None` when the text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let mut path = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            path.push_str(&format!("M{} {}h1v1h-1z", i % width + 4, i / width + 4));
        }
    }
    Some(QrPath { width, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_becomes_a_square_of_dark_modules_with_its_finder_patterns() {
        let qr = qr_path("http://127.0.0.1:8080/?view=map&region=MN-043&lang=mn").expect("fits");
        assert!(
            qr.width >= 21 && (qr.width - 17).is_multiple_of(4),
            "a QR version's width: {}",
            qr.width
        );
        // The top-left finder pattern starts with a full row of seven dark modules.
        for x in 4..11 {
            assert!(qr.path.contains(&format!("M{x} 4h1v1h-1z")), "module {x}");
        }
    }

    #[test]
    fn text_too_long_for_a_qr_code_gives_none() {
        assert_eq!(qr_path(&"x".repeat(5000)), None);
    }
}
