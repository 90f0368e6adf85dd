//! How keys are named on screen. Each language names its own keyboard
//! (Entrée, Échap, Retour arrière), so the help, the hints and every
//! sentence that names a key say it the viewer's way.

use crate::input::{Key, KeyCode};

/// The names of the keys that are words, and of the rows that stand for
/// several keys. Arrows, letters and symbols are the same in every language.
pub struct KeyWords {
    pub enter: &'static str,
    pub esc: &'static str,
    pub space: &'static str,
    pub backspace: &'static str,
    pub tab: &'static str,
    pub back_tab: &'static str,
    pub home: &'static str,
    pub end: &'static str,
    pub page_up: &'static str,
    pub page_down: &'static str,
    pub delete: &'static str,
    pub insert: &'static str,
    pub ctrl: &'static str,
    pub alt: &'static str,
    /// A row of help that takes any key (the black screen).
    pub any_key: &'static str,
    /// A row of help that takes what is typed (the search).
    pub letters: &'static str,
}

impl KeyWords {
    /// The key as help and hints show it: `→`, `Space` / `Espace`, `Ctrl-C`.
    pub fn name(&self, key: Key) -> String {
        let k = self;
        let base = match key.code {
            KeyCode::Right => "→".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::PageDown => k.page_down.to_owned(),
            KeyCode::PageUp => k.page_up.to_owned(),
            KeyCode::Enter => k.enter.to_owned(),
            KeyCode::Backspace => k.backspace.to_owned(),
            KeyCode::Tab => k.tab.to_owned(),
            KeyCode::BackTab => k.back_tab.to_owned(),
            KeyCode::Esc => k.esc.to_owned(),
            KeyCode::Home => k.home.to_owned(),
            KeyCode::End => k.end.to_owned(),
            KeyCode::Delete => k.delete.to_owned(),
            KeyCode::Insert => k.insert.to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Char(' ') => k.space.to_owned(),
            KeyCode::Char(c) if key.ctrl => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
        };
        match (key.ctrl, key.alt) {
            (true, _) => format!("{}-{base}", k.ctrl),
            (false, true) => format!("{}-{base}", k.alt),
            (false, false) => base,
        }
    }
}
