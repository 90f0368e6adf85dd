//! Wrapping text to a width, with textwrap, into lines the views can count
//! (scrolling needs the height before drawing).

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::content::controls::shown;

/// Each character as [`shown`] says, as everywhere else: a stray escape in
/// content must never reach the terminal, nor vanish and glue words together,
/// and nothing drawn differently by the terminal or reordering the line.
pub fn clean(s: &str) -> String {
    s.chars().filter_map(shown).collect()
}

/// Wraps `text` (paragraphs split on blank lines, line breaks kept) into styled lines.
pub fn wrap(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let mut out = Vec::new();
    for raw in text.lines() {
        let clean = clean(raw);
        if clean.trim().is_empty() {
            out.push(Line::default());
            continue;
        }
        // A list item ("12. GRTgaz…", "- …") goes on under its text, not its number.
        let indent = " ".repeat(list_marker(&clean).min(width / 2));
        let opts = textwrap::Options::new(width)
            .break_words(true)
            .subsequent_indent(&indent);
        for piece in textwrap::wrap(&clean, opts) {
            out.push(Line::from(Span::styled(piece.into_owned(), style)));
        }
    }
    out
}

/// The width of a list item's marker (`1. `, `12. `, `- `, `• `), 0 for a plain line.
fn list_marker(line: &str) -> usize {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 3 && line[digits..].starts_with(". ") {
        return digits + 2;
    }
    if line.starts_with("- ") || line.starts_with("• ") {
        return 2;
    }
    0
}

/// Wraps with a prefix on the first line and the same width of indent after.
pub fn wrap_hanging(prefix: &str, text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    let indent = " ".repeat(unicode_width::UnicodeWidthStr::width(prefix));
    let width = usize::from(width.max(1));
    let clean = clean(text);
    let opts = textwrap::Options::new(width)
        .break_words(true)
        .initial_indent(prefix)
        .subsequent_indent(&indent);
    textwrap::wrap(&clean, opts)
        .into_iter()
        .map(|l| Line::from(Span::styled(l.into_owned(), style)))
        .collect()
}

/// Wraps `text` for centring: as few lines as at `width`, but each as even
/// as can be, so no word is left alone on the last line.
pub fn wrap_balanced(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    let count = |w: u16| wrap(text, w, style).len();
    let lines = count(width);
    // The narrowest width that needs no more lines than `width` does.
    let (mut lo, mut hi) = (1u16, width.max(1));
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if count(mid) <= lines {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    wrap(text, hi, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_item_goes_on_under_its_text() {
        let lines: Vec<String> = wrap(
            "19. Syndicat des entreprises de la sous-traitance",
            24,
            Style::new(),
        )
        .iter()
        .map(|l| l.to_string())
        .collect();
        assert_eq!(
            lines,
            [
                "19. Syndicat des",
                "    entreprises de la",
                "    sous-traitance"
            ]
        );
    }

    #[test]
    fn balanced_lines_leave_no_orphan() {
        let text = "Series: Invisibles, the click workers, by Henri Poulain (France tv Slash).";
        let plain: Vec<String> = wrap(text, 70, Style::new())
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert_eq!(plain.len(), 2);
        assert!(plain[1].len() < 10, "{plain:?}");
        let even: Vec<String> = wrap_balanced(text, 70, Style::new())
            .iter()
            .map(|l| l.to_string())
            .collect();
        assert_eq!(even.len(), 2);
        let (a, b) = (even[0].len(), even[1].len());
        assert!(a.abs_diff(b) < 12, "{even:?}");
    }

    #[test]
    fn keeps_paragraphs_and_breaks_long_words() {
        let lines = wrap("ab cd\n\nefghij", 3, Style::new());
        let shown: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(shown, ["ab", "cd", "", "efg", "hij"]);
    }
}
