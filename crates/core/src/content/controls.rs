//! Content must never drive the terminal it is printed on: one function,
//! [`strip`], that every text output (`print`, `check`, the handouts) passes
//! its text through, and one rule, [`shown`], for each character that
//! reaches a screen or a handout, from content or from a participant.

use std::borrow::Cow;

use finl_unicode::categories::CharacterCategories;

/// What `c` becomes wherever text is shown: itself; a space for a control
/// character or a line or paragraph separator (words stay apart); nothing
/// for what a terminal draws otherwise than ratatui counts it (unassigned
/// code points, noncharacters: one cell for ratatui, none or two for tmux,
/// leaving stale glyphs) or what reorders the text around it (bidi controls).
pub fn shown(c: char) -> Option<char> {
    let noncharacter = matches!(c, '\u{fdd0}'..='\u{fdef}') || u32::from(c) & 0xfffe == 0xfffe;
    let bidi = matches!(
        c,
        '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    );
    if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
        Some(' ')
    } else if noncharacter || bidi || c.is_unassigned() {
        None
    } else {
        Some(c)
    }
}

/// `s` with [`shown`] applied to each character (no line break kept).
pub fn shown_text(s: &str) -> String {
    s.chars().filter_map(shown).collect()
}

/// What `c` is, for the stripper.
fn is_c1(c: char) -> bool {
    ('\u{80}'..='\u{9f}').contains(&c)
}

/// `s` without escape sequences (CSI, OSC and the other strings, two-byte
/// escapes), each removed whole, and with every other control character (C0
/// but newline and tab, DEL, C1) shown as a space, so words stay apart.
/// A string sequence (OSC, DCS…) ends at its terminator or at a line break,
/// so an unterminated one cannot swallow the rest of a document.
pub fn strip(s: &str) -> Cow<'_, str> {
    let clean = |c: char| c == '\n' || c == '\t' || shown(c) == Some(c);
    if s.chars().all(clean) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if clean(c) {
            out.push(c);
            continue;
        }
        // Which sequence `c` opens: CSI, a string, an escape, or none.
        let kind = match c {
            '\u{1b}' => match chars.peek().copied() {
                Some('[') => {
                    chars.next();
                    Some('[')
                }
                Some(k @ (']' | 'P' | 'X' | '^' | '_')) => {
                    chars.next();
                    Some(if k == ']' { ']' } else { 'P' })
                }
                Some(k) if (' '..='~').contains(&k) => Some('e'),
                _ => None,
            },
            '\u{9b}' => Some('['),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => Some('P'),
            _ => None,
        };
        match kind {
            Some('[') => {
                // Parameters and intermediates, then one final byte.
                while let Some(&k) = chars.peek() {
                    if ('\u{20}'..='\u{3f}').contains(&k) {
                        chars.next();
                    } else {
                        if ('\u{40}'..='\u{7e}').contains(&k) {
                            chars.next();
                        }
                        break;
                    }
                }
            }
            Some(']' | 'P') => {
                while let Some(&k) = chars.peek() {
                    if k == '\n' {
                        break;
                    }
                    chars.next();
                    if k == '\u{7}' || k == '\u{9c}' {
                        break;
                    }
                    if k == '\u{1b}' {
                        if chars.peek() == Some(&'\\') {
                            chars.next();
                        }
                        break;
                    }
                }
            }
            Some(_) => {
                // ESC, intermediates, a final byte: `ESC c`, `ESC ( B`.
                while chars
                    .peek()
                    .is_some_and(|k| ('\u{20}'..='\u{2f}').contains(k))
                {
                    chars.next();
                }
                if chars
                    .peek()
                    .is_some_and(|k| ('\u{30}'..='\u{7e}').contains(k))
                {
                    chars.next();
                }
            }
            None if is_c1(c) => out.push(' '),
            None => out.extend(shown(c)),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::strip;

    #[test]
    fn sequences_go_whole_and_lone_controls_become_spaces() {
        assert_eq!(strip("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(strip("a\u{1b}[31mred\u{1b}[0m"), "ared");
        assert_eq!(strip("\u{1b}]2;pwned\u{7}title"), "title");
        assert_eq!(strip("\u{1b}]2;x\u{1b}\\after"), "after");
        assert_eq!(strip("\u{1b}[2Jclear"), "clear");
        assert_eq!(strip("csi\u{9b}2Jend"), "csiend");
        assert_eq!(strip("bell\u{7}cr\rdel\u{7f}nul\u{0}"), "bell cr del nul ");
        assert_eq!(strip("\u{1b}creset"), "reset");
        assert_eq!(strip("\u{1b}]unterminated\nnext"), "\nnext");
        assert_eq!(strip("c1\u{85}x"), "c1 x");
    }

    #[test]
    fn what_terminals_draw_differently_or_reorders_text_goes() {
        use super::shown_text;
        let drawn = "a\u{378}b\u{fffe}c\u{ffff}d\u{10ffff}e\u{fdd0}f";
        assert_eq!(shown_text(drawn), "abcdef");
        assert_eq!(shown_text("one\u{2028}two\u{2029}three"), "one two three");
        let bidi = "mal\u{202e}lory \u{2066}x\u{2069} \u{200e}\u{200f}\u{202a}y\u{202c}";
        assert_eq!(shown_text(bidi), "mallory x y");
        assert_eq!(
            strip("The answer\u{202e}.yes\u{2028}\n"),
            "The answer.yes \n"
        );
        // Letters, marks, emoji, CJK and right-to-left scripts stay.
        let kept = "é ñ 中文 😀 עברית العربية e\u{301}";
        assert_eq!(shown_text(kept), kept);
    }
}
