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
/// into the character (`B`, `?`), as terminals deliver it.
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

    /// The key as help and hints show it: `→`, `Space`, `Ctrl-C`.
    pub fn name(&self) -> String {
        let base = match self.code {
            KeyCode::Right => "→".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Backspace => "Backspace".to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::Delete => "Del".to_owned(),
            KeyCode::Insert => "Ins".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) if self.ctrl => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
        };
        match (self.ctrl, self.alt) {
            (true, _) => format!("Ctrl-{base}"),
            (false, true) => format!("Alt-{base}"),
            (false, false) => base,
        }
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
    fn names_parse_and_print() {
        for (name, shown) in [
            ("<right>", "→"),
            ("<c-c>", "Ctrl-C"),
            ("<space>", "Space"),
            ("<f12>", "F12"),
            ("?", "?"),
            ("é", "é"),
        ] {
            let key = Key::parse(name).unwrap_or_else(|| panic!("{name} does not parse"));
            assert_eq!(key.name(), shown);
        }
        for bad in ["", "ab", "<c-ab>", "<f0>", "<f99>", "<nope>"] {
            assert_eq!(Key::parse(bad), None, "{bad}");
        }
    }
}
