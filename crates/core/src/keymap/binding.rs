//! What a keymap row is: its keys, its action, the modes it applies in, and
//! how help names it; the modes themselves.

use crate::action::Action;
use crate::content::Lang;
use crate::input::{Key, KeyCode};
use enumset::{EnumSet, EnumSetType, enum_set};

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
    /// Help text, English then French; keys it names are `{Action}`s ([`fill`](super::fill)).
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

    pub fn hint(&self, lang: Lang) -> Option<&'static str> {
        self.hint.map(|(en, fr)| match lang {
            Lang::En => en,
            Lang::Fr => fr,
        })
    }
}
