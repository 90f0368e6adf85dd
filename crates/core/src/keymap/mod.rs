//! The keymap is data: one table from keys to actions, per mode. The footer
//! hints and the `?` help are generated from it, so they cannot disagree,
//! and every sentence that names a key takes it from here ([`fill`]).
//!
//! Each binding carries its own help text in both languages, while every
//! other sentence lives in `words`: a binding's description belongs to that
//! row (its keys, modes and words are added, moved or removed together, and
//! a table of a hundred names in `words` would pair them by name only). The
//! pair is still a table per language in effect: each row must give both.
//! Key names and the rows that stand for many keys are the words' (a French
//! help says Entrée and « n'importe quelle touche »).

use crate::action::Action;
use crate::content::Lang;
use crate::input::{Key, KeyCode};
use enumset::{EnumSet, EnumSetType, enum_set};

#[cfg(test)]
mod check;
mod console;
mod global;
mod overlays;
mod participant;
mod player;
mod sentences;

pub use sentences::{fill, key_name, named_action};

/// Which table applies: what the viewer (or the facilitator) is looking at.
/// A binding holds the set of modes it applies in (`enumset`).
#[derive(Debug, EnumSetType)]
pub enum Mode {
    Play,
    Notice,
    /// An unanswered question with options: Enter answers, → passes.
    Ask,
    /// An unanswered guess: digits type the figure.
    Guess,
    /// The screen is black: any key brings the picture back.
    Blank,
    Contents,
    Help,
    Bookmarks,
    /// Going to a panel by typing a few letters.
    Search,
    /// The facilitator's console, following the screen.
    Console,
    /// The console's list of chapters to jump to.
    ConsoleList,
    /// Several screens run: the console asks which one to follow.
    ConsolePick,
    /// The console's `?` help: any key closes it.
    ConsoleHelp,
    /// A participant over SSH (`invisibles serve`): their own keys, before the player's.
    Participant,
    /// A participant writing a question: every other key is text.
    Asking,
}

impl Mode {
    /// Every mode, in the order help lists them.
    pub const ALL: [Mode; 15] = [
        Mode::Play,
        Mode::Ask,
        Mode::Guess,
        Mode::Notice,
        Mode::Blank,
        Mode::Contents,
        Mode::Bookmarks,
        Mode::Search,
        Mode::Help,
        Mode::Console,
        Mode::ConsoleList,
        Mode::ConsolePick,
        Mode::ConsoleHelp,
        Mode::Participant,
        Mode::Asking,
    ];

    /// The tables a mode's bindings live in, in the order help lists them.
    pub fn tables(self) -> &'static [&'static [Binding]] {
        match self {
            Mode::Console | Mode::ConsoleList | Mode::ConsolePick | Mode::ConsoleHelp => {
                &[console::CONSOLE_KEYS]
            }
            Mode::Participant | Mode::Asking => &[participant::PARTICIPANT_KEYS],
            _ => &[
                player::PLAYER_KEYS,
                overlays::OVERLAY_KEYS,
                global::GLOBAL_KEYS,
            ],
        }
    }
}

/// The modes a binding applies in.
pub(super) type Modes = EnumSet<Mode>;

pub(super) const PLAY: Modes = enum_set!(Mode::Play);
pub(super) const NOTICE: Modes = enum_set!(Mode::Notice);
pub(super) const CONTENTS: Modes = enum_set!(Mode::Contents);
pub(super) const BOOKMARKS: Modes = enum_set!(Mode::Bookmarks);
pub(super) const CONSOLE: Modes = enum_set!(Mode::Console);
pub(super) const CONSOLE_LIST: Modes = enum_set!(Mode::ConsoleList);
pub(super) const GUESS: Modes = enum_set!(Mode::Guess);
pub(super) const BLANK: Modes = enum_set!(Mode::Blank);
pub(super) const SEARCH: Modes = enum_set!(Mode::Search);
pub(super) const CONSOLE_PICK: Modes = enum_set!(Mode::ConsolePick);
pub(super) const CONSOLE_HELP: Modes = enum_set!(Mode::ConsoleHelp);
pub(super) const PARTICIPANT: Modes = enum_set!(Mode::Participant);
pub(super) const ASKING: Modes = enum_set!(Mode::Asking);
pub(super) const ASK: Modes = enum_set!(Mode::Ask);
/// An unanswered question, with options or a figure to guess.
pub(super) const QUESTION: Modes = enum_set!(Mode::Ask | Mode::Guess);
pub(super) const PLAYING: Modes = enum_set!(Mode::Play | Mode::Notice | Mode::Ask | Mode::Guess);
pub(super) const OVERLAYS: Modes = enum_set!(Mode::Contents | Mode::Help | Mode::Bookmarks);

pub(super) const fn key(code: KeyCode) -> Key {
    Key::new(code)
}
pub(super) const fn ch(c: char) -> Key {
    Key::char(c)
}
pub(super) const fn ctrl(c: char) -> Key {
    Key::ctrl(c)
}

/// Help's name for a row that stands for many keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// Digits and symbols, the same in every language: `1–9`.
    Keys(&'static str),
    /// Any key at all (the black screen, the console's help).
    AnyKey,
    /// What is typed (the search).
    Letters,
}

/// A binding with no hint or label yet.
pub(super) const fn bind(
    keys: &'static [Key],
    action: Action,
    modes: Modes,
    doc: (&'static str, &'static str),
) -> Binding {
    Binding {
        keys,
        action,
        modes,
        doc,
        hint: None,
        label: None,
        workshop: false,
    }
}

/// One row of the keymap: its keys, what they do, and how help names it.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub(super) modes: Modes,
    /// Help text, English then French; keys it names are `{Action}`s ([`fill`]).
    pub doc: (&'static str, &'static str),
    /// A short footer hint, when the binding earns a place there.
    pub hint: Option<(&'static str, &'static str)>,
    /// Shown in help instead of listing every key (the digits).
    pub label: Option<Label>,
    /// Only in a workshop screening (the room's show of hands).
    pub workshop: bool,
}

impl Binding {
    pub(super) const fn with_hint(mut self, en: &'static str, fr: &'static str) -> Binding {
        self.hint = Some((en, fr));
        self
    }

    pub(super) const fn with_label(mut self, label: Label) -> Binding {
        self.label = Some(label);
        self
    }

    pub(super) const fn workshop(mut self) -> Binding {
        self.workshop = true;
        self
    }

    pub fn applies(&self, mode: Mode) -> bool {
        self.modes.contains(mode)
    }

    /// The keys as help shows them: `→ Space Enter l PgDn`, `→ Espace Entrée l PgSuiv`.
    pub fn keys_label(&self, lang: Lang) -> String {
        let words = crate::words::of(lang);
        match self.label {
            Some(Label::Keys(keys)) => keys.to_owned(),
            Some(Label::AnyKey) => words.keys.any_key.to_owned(),
            Some(Label::Letters) => words.keys.letters.to_owned(),
            None => self
                .keys
                .iter()
                .map(|&k| words.key(k))
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// The help text as written, keys still named by their actions.
    pub fn doc(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.doc.0,
            Lang::Fr => self.doc.1,
        }
    }

    /// The help text with the keys it names filled in, as `mode` binds them.
    pub fn describe(&self, mode: Mode, lang: Lang) -> String {
        fill(self.doc(lang), mode, lang)
    }

    pub fn hint(&self, lang: Lang) -> Option<&'static str> {
        self.hint.map(|(en, fr)| match lang {
            Lang::En => en,
            Lang::Fr => fr,
        })
    }
}

/// Whether `action` is bound in `mode` only for a workshop (the room's show
/// of hands).
pub fn is_workshop_only(mode: Mode, action: Action) -> bool {
    bindings(mode).any(|b| b.workshop && b.action == action)
}

/// The action a key press asks for in `mode`, if any.
pub fn action_in(mode: Mode, pressed: Key) -> Option<Action> {
    let found = mode
        .tables()
        .iter()
        .flat_map(|t| t.iter())
        .find(|b| b.applies(mode) && b.keys.contains(&pressed))
        .map(|b| b.action);
    let typed = match pressed.code {
        KeyCode::Char(c) if !pressed.ctrl && !pressed.alt => Some(c),
        _ => None,
    };
    match (mode, found, typed) {
        // A typing binding stands for the very character typed.
        (_, Some(Action::Type(_)), Some(c)) => Some(Action::Type(c)),
        (Mode::Search, None, Some(c)) if !c.is_control() => Some(Action::Type(c)),
        (Mode::Blank, None, _) => Some(Action::Unblank),
        (Mode::ConsoleHelp, None, _) => Some(Action::Close),
        (_, found, _) => found,
    }
}

/// Every binding of every mode.
pub fn all() -> impl Iterator<Item = &'static Binding> {
    player_bindings()
        .chain(console::CONSOLE_KEYS)
        .chain(participant::PARTICIPANT_KEYS)
}

/// The player's bindings, every mode: what its help lists.
pub fn player_bindings() -> impl Iterator<Item = &'static Binding> {
    Mode::Play.tables().iter().flat_map(|t| t.iter())
}

/// The bindings help lists for a mode, digits folded into one row.
pub fn bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    let mut last_label = None;
    mode.tables()
        .iter()
        .flat_map(|t| t.iter())
        .filter(move |b| {
            if !b.applies(mode) || (b.label.is_some() && b.label == last_label) {
                return false;
            }
            last_label = b.label;
            true
        })
}

/// The footer hints of a mode: each hinted binding's first key (or label) and its word.
pub fn hints(mode: Mode, lang: Lang) -> Vec<(String, &'static str)> {
    hints_where(mode, lang, |_| true)
}

/// The hints of the actions `offered` keeps: only what works now is offered.
pub fn hints_where(
    mode: Mode,
    lang: Lang,
    offered: impl Fn(Action) -> bool,
) -> Vec<(String, &'static str)> {
    bindings(mode)
        .filter(|b| offered(b.action))
        .filter_map(|b| {
            let key = match b.keys.first() {
                Some(&k) if b.label.is_none() => crate::words::of(lang).key(k),
                _ => b.label.map(|_| b.keys_label(lang))?,
            };
            Some((key, b.hint(lang)?))
        })
        .collect()
}

/// The first key of the binding for `action` in `mode`, for a hint written
/// into a sentence ("press s to skip"); `None` when nothing binds it there.
pub fn key_for(mode: Mode, action: Action) -> Option<Key> {
    bindings(mode)
        .find(|b| b.action == action)
        .and_then(|b| b.keys.first().copied())
}

#[cfg(test)]
mod tests {
    use super::check::{placeholders, typed_key};
    use super::*;

    #[test]
    fn help_names_keys_only_through_the_keymap_in_both_languages() {
        for b in all() {
            let (en, fr) = b.doc;
            assert_eq!(placeholders(en), placeholders(fr), "{en}");
            for name in placeholders(en) {
                let action = named_action(name).unwrap_or_else(|| panic!("{en}: {name}"));
                assert!(
                    Mode::ALL
                        .iter()
                        .any(|&m| b.applies(m) && key_for(m, action).is_some())
                );
            }
            for text in [en, fr] {
                assert_eq!(typed_key(text), None, "{text}");
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for mode in Mode::ALL {
            let mut seen = Vec::new();
            for b in bindings(mode).filter(|b| b.applies(mode)) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} bound twice in {mode:?}");
                    seen.push(*k);
                }
            }
        }
    }
}
