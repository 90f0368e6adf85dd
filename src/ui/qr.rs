//! A QR code drawn with half blocks (two modules a cell, so it stays square
//! on a terminal's tall cells), dark on light whatever the theme: a phone
//! at the back of the room reads it off the projector.

use qrcode::{Color as Module, EcLevel, QrCode};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};

/// Light modules around the code, on each side: scanners need a margin.
const QUIET: usize = 2;

/// The rows of `data`'s QR code, or `None` if it cannot be one.
pub fn lines(data: &str, mono: bool) -> Option<Vec<Line<'static>>> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::L).ok()?;
    let width = code.width();
    let modules = code.to_colors();
    let size = width.checked_add(QUIET.checked_mul(2)?)?;
    let dark = |x: usize, y: usize| -> bool {
        let (Some(x), Some(y)) = (x.checked_sub(QUIET), y.checked_sub(QUIET)) else {
            return false;
        };
        x < width
            && y < width
            && modules.get(y.saturating_mul(width).saturating_add(x)) == Some(&Module::Dark)
    };
    let mut rows = Vec::with_capacity(size.div_ceil(2));
    for y in (0..size).step_by(2) {
        let spans: Vec<Span> = (0..size)
            .map(|x| {
                let (top, bottom) = (dark(x, y), dark(x, y.saturating_add(1)));
                if mono {
                    // No colours: light modules drawn in the terminal's own
                    // (light) ink on its dark ground.
                    let glyph = match (top, bottom) {
                        (false, false) => "█",
                        (false, true) => "▀",
                        (true, false) => "▄",
                        (true, true) => " ",
                    };
                    Span::raw(glyph)
                } else {
                    let paint = |d: bool| if d { Color::Black } else { Color::White };
                    Span::styled("▀", Style::new().fg(paint(top)).bg(paint(bottom)))
                }
            })
            .collect();
        rows.push(Line::from(spans));
    }
    Some(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_join_address_is_a_square_code_with_its_margin() {
        let rows = lines("http://192.0.2.7:8080/?code=k3x9pq", false).unwrap_or_default();
        // Version 3 (29 modules) with a margin of 2 on each side: 33 wide, 17 rows.
        assert_eq!(rows.len(), 17);
        assert!(rows.iter().all(|r| r.width() == 33));
    }
}
