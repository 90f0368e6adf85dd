//! The keymap is data: one table from keys to actions, per mode. The footer
//! hints and the `?` help are generated from it, so they cannot disagree.

use crate::app::{Action, State, View};
use crate::content::Lang;
use crate::input::{Key, KeyCode};

mod console;
mod participant;
mod player;

/// Which table applies: what the viewer (or the facilitator) is looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Play,
    Notice,
    Contents,
    Help,
    Bookmarks,
    /// The facilitator's console, following the screen.
    Console,
    /// The console's list of chapters to jump to.
    ConsoleList,
    /// A participant over SSH (`invisibles serve`): their own keys, before the player's.
    Participant,
    /// A participant writing a question: every other key is text.
    Asking,
}

impl Mode {
    /// Every mode, in the order help lists them.
    pub const ALL: [Mode; 9] = [
        Mode::Play,
        Mode::Notice,
        Mode::Contents,
        Mode::Bookmarks,
        Mode::Help,
        Mode::Console,
        Mode::ConsoleList,
        Mode::Participant,
        Mode::Asking,
    ];

    pub fn of(state: &View<'_>) -> Mode {
        match (&state.viewer.overlay, state.room.gate) {
            (Some(crate::app::Overlay::Help { .. }), _) => Mode::Help,
            (Some(crate::app::Overlay::Contents { .. }), _) => Mode::Contents,
            (Some(crate::app::Overlay::Bookmarks { .. }), _) => Mode::Bookmarks,
            (None, Some(_)) => Mode::Notice,
            (None, None) => Mode::Play,
        }
    }

    const fn bit(self) -> u16 {
        match self {
            Mode::Play => PLAY,
            Mode::Notice => NOTICE,
            Mode::Contents => CONTENTS,
            Mode::Help => HELP,
            Mode::Bookmarks => BOOKMARKS,
            Mode::Console => CONSOLE,
            Mode::ConsoleList => CONSOLE_LIST,
            Mode::Participant => PARTICIPANT,
            Mode::Asking => ASKING,
        }
    }

    /// The table a mode's bindings live in.
    pub fn table(self) -> &'static [Binding] {
        match self {
            Mode::Console | Mode::ConsoleList => console::CONSOLE_KEYS,
            Mode::Participant | Mode::Asking => participant::PARTICIPANT_KEYS,
            _ => player::PLAYER_KEYS,
        }
    }
}

pub(super) const PLAY: u16 = 1;
pub(super) const NOTICE: u16 = 2;
pub(super) const CONTENTS: u16 = 4;
pub(super) const HELP: u16 = 8;
pub(super) const BOOKMARKS: u16 = 16;
pub(super) const CONSOLE: u16 = 32;
pub(super) const CONSOLE_LIST: u16 = 64;
pub(super) const PARTICIPANT: u16 = 128;
pub(super) const ASKING: u16 = 256;
pub(super) const PLAYING: u16 = PLAY | NOTICE;
pub(super) const OVERLAYS: u16 = CONTENTS | HELP | BOOKMARKS;
pub(super) const ALL: u16 = PLAYING | OVERLAYS;

pub(super) const fn key(code: KeyCode) -> Key {
    Key::new(code)
}
pub(super) const fn ch(c: char) -> Key {
    Key::char(c)
}
pub(super) const fn ctrl(c: char) -> Key {
    Key::ctrl(c)
}

/// One row of the keymap: its keys, what they do, and how help names it.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub(super) modes: u16,
    /// Help text, English then French.
    pub doc: (&'static str, &'static str),
    /// A short footer hint, when the binding earns a place there.
    pub hint: Option<(&'static str, &'static str)>,
    /// Shown in help instead of listing every key (the digits).
    pub label: Option<&'static str>,
}

impl Binding {
    pub fn applies(&self, mode: Mode) -> bool {
        self.modes & mode.bit() != 0
    }

    /// The keys as help shows them: `→ Space Enter l PgDn`.
    pub fn keys_label(&self) -> String {
        match self.label {
            Some(l) => l.to_owned(),
            None => self
                .keys
                .iter()
                .map(Key::name)
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    pub fn doc(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.doc.0,
            Lang::Fr => self.doc.1,
        }
    }

    pub fn hint(&self, lang: Lang) -> Option<&'static str> {
        self.hint.map(|(en, fr)| match lang {
            Lang::En => en,
            Lang::Fr => fr,
        })
    }
}

/// The action a key press asks for in the current mode, if any.
pub fn action_for(state: &State, pressed: Key) -> Option<Action> {
    action_in(Mode::of(&state.view()), pressed)
}

/// The action a key press asks for in `mode`, if any.
pub fn action_in(mode: Mode, pressed: Key) -> Option<Action> {
    mode.table()
        .iter()
        .find(|b| b.applies(mode) && b.keys.contains(&pressed))
        .map(|b| b.action)
}

/// The player's bindings, every mode: what its help lists.
pub fn player_bindings() -> impl Iterator<Item = &'static Binding> {
    player::PLAYER_KEYS.iter()
}

/// Every binding of every mode.
pub fn all() -> impl Iterator<Item = &'static Binding> {
    player::PLAYER_KEYS
        .iter()
        .chain(console::CONSOLE_KEYS)
        .chain(participant::PARTICIPANT_KEYS)
}

/// The bindings help lists for a mode, digits folded into one row.
pub fn bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    let mut last_label = None;
    mode.table().iter().filter(move |b| {
        if !b.applies(mode) || (b.label.is_some() && b.label == last_label) {
            return false;
        }
        last_label = b.label;
        true
    })
}

/// The footer hints of a mode: each hinted binding's first key and its word.
pub fn hints(mode: Mode, lang: Lang) -> Vec<(String, &'static str)> {
    bindings(mode)
        .filter_map(|b| Some((b.keys.first()?.name(), b.hint(lang)?)))
        .collect()
}

/// The first key of the binding for `action` in `mode`, for a hint written
/// into a sentence ("press s to skip"); `None` when nothing binds it there.
pub fn key_for(mode: Mode, action: Action) -> Option<Key> {
    mode.table()
        .iter()
        .find(|b| b.applies(mode) && b.action == action)
        .and_then(|b| b.keys.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for mode in Mode::ALL {
            let mut seen = Vec::new();
            for b in mode.table().iter().filter(|b| b.applies(mode)) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} bound twice in {mode:?}");
                    seen.push(*k);
                }
            }
        }
    }
}
