//! The core's own key type. Front ends convert what they receive (crossterm
//! events, bytes from an SSH channel) into [`Key`] at their edge, so nothing
//! past it depends on how the key arrived.

/// A key, as the keymap knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    Enter,
    Esc,
    Backspace,
    Tab,
    BackTab,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
    Delete,
    Insert,
    /// A function key, F1 to F24.
    F(u8),
}

/// A key press with the modifiers the keymap tells apart. Shift is folded
/// into the character (`B`, `?`), as terminals deliver it. How a key is
/// named on screen is the words' (`Words::key`): Enter in English, Entrée in French.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    pub const fn new(code: KeyCode) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
        }
    }

    pub const fn char(c: char) -> Key {
        Key::new(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
        }
    }

    /// A key from a helix-style name: `<right>`, `<c-c>`, `<f12>`, `t`, `?`.
    /// Tests and scripts read as key strings through this.
    pub fn parse(name: &str) -> Option<Key> {
        let code = match name {
            "<right>" => KeyCode::Right,
            "<left>" => KeyCode::Left,
            "<up>" => KeyCode::Up,
            "<down>" => KeyCode::Down,
            "<enter>" => KeyCode::Enter,
            "<esc>" => KeyCode::Esc,
            "<space>" => KeyCode::Char(' '),
            "<tab>" => KeyCode::Tab,
            "<s-tab>" => KeyCode::BackTab,
            "<bs>" => KeyCode::Backspace,
            "<del>" => KeyCode::Delete,
            "<home>" => KeyCode::Home,
            "<end>" => KeyCode::End,
            "<pgdn>" => KeyCode::PageDown,
            "<pgup>" => KeyCode::PageUp,
            _ => {
                if let Some(rest) = name.strip_prefix("<c-").and_then(|r| r.strip_suffix('>')) {
                    let mut chars = rest.chars();
                    return match (chars.next(), chars.next()) {
                        (Some(c), None) => Some(Key::ctrl(c)),
                        _ => None,
                    };
                }
                if let Some(n) = name.strip_prefix("<f").and_then(|r| r.strip_suffix('>')) {
                    return n
                        .parse::<u8>()
                        .ok()
                        .filter(|n| (1..=24).contains(n))
                        .map(|n| Key::new(KeyCode::F(n)));
                }
                let mut chars = name.chars();
                return match (chars.next(), chars.next()) {
                    (Some(c), None) => Some(Key::char(c)),
                    _ => None,
                };
            }
        };
        Some(Key::new(code))
    }
}

/// A mouse event the player acts on, converted at the front end's edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mouse {
    /// The left button pressed at a cell (0-based column and row).
    Click {
        column: u16,
        row: u16,
    },
    WheelUp,
    WheelDown,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse() {
        for (name, key) in [
            ("<right>", Key::new(KeyCode::Right)),
            ("<c-c>", Key::ctrl('c')),
            ("<space>", Key::char(' ')),
            ("<f12>", Key::new(KeyCode::F(12))),
            ("?", Key::char('?')),
            ("é", Key::char('é')),
        ] {
            assert_eq!(Key::parse(name), Some(key), "{name}");
        }
        for bad in ["", "ab", "<c-ab>", "<f0>", "<f99>", "<nope>"] {
            assert_eq!(Key::parse(bad), None, "{bad}");
        }
    }
}
