//! The keymap is data: one table from keys to actions, per mode. The footer
//! hints and the `?` help are generated from it, so they cannot disagree.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::app::{Action, State};
use crate::content::Lang;

/// Which table applies: what the viewer is looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Play,
    Notice,
    Contents,
    Help,
    Bookmarks,
}

impl Mode {
    pub fn of(state: &State) -> Mode {
        match (&state.overlay, state.gate) {
            (Some(crate::app::Overlay::Help { .. }), _) => Mode::Help,
            (Some(crate::app::Overlay::Contents { .. }), _) => Mode::Contents,
            (Some(crate::app::Overlay::Bookmarks { .. }), _) => Mode::Bookmarks,
            (None, Some(_)) => Mode::Notice,
            (None, None) => Mode::Play,
        }
    }

    const fn bit(self) -> u8 {
        match self {
            Mode::Play => 1,
            Mode::Notice => 2,
            Mode::Contents => 4,
            Mode::Help => 8,
            Mode::Bookmarks => 16,
        }
    }
}

const PLAY: u8 = 1;
const NOTICE: u8 = 2;
const CONTENTS: u8 = 4;
const HELP: u8 = 8;
const BOOKMARKS: u8 = 16;
const PLAYING: u8 = PLAY | NOTICE;
const OVERLAYS: u8 = CONTENTS | HELP | BOOKMARKS;
const ALL: u8 = PLAYING | OVERLAYS;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn key(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}
const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

/// One row of the keymap: its keys, what they do, and how help names it.
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    modes: u8,
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
            None => self.keys.iter().map(key_name).collect::<Vec<_>>().join(" "),
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

const NEXT_KEYS: &[Key] = &[
    key(KeyCode::Right),
    ch(' '),
    key(KeyCode::Enter),
    ch('l'),
    key(KeyCode::PageDown),
];
const BACK_KEYS: &[Key] = &[
    key(KeyCode::Left),
    key(KeyCode::Backspace),
    ch('h'),
    key(KeyCode::PageUp),
];

macro_rules! digit {
    ($n:literal, $c:literal) => {
        Binding {
            keys: &[ch($c)],
            action: Action::Episode($n),
            modes: PLAYING,
            doc: ("jump to episode 1 to 9", "aller à l'épisode 1 à 9"),
            hint: None,
            label: Some("1–9"),
        }
    };
}

/// Every binding, in the order help lists them.
pub static KEYMAP: &[Binding] = &[
    Binding {
        keys: NEXT_KEYS,
        action: Action::Next,
        modes: PLAY,
        doc: (
            "next: reveal the next passage or answer, else the next panel",
            "suivant : révéler le passage ou la réponse suivante, sinon le panneau suivant",
        ),
        hint: Some(("next", "suivant")),
        label: None,
    },
    Binding {
        keys: NEXT_KEYS,
        action: Action::Next,
        modes: NOTICE,
        doc: (
            "view what the notice announces",
            "voir ce que l'avertissement annonce",
        ),
        hint: Some(("view", "voir")),
        label: None,
    },
    Binding {
        keys: &[ch('s')],
        action: Action::Skip,
        modes: NOTICE,
        doc: (
            "skip what the notice announces",
            "passer ce que l'avertissement annonce",
        ),
        hint: Some(("skip", "passer")),
        label: None,
    },
    Binding {
        keys: BACK_KEYS,
        action: Action::Back,
        modes: PLAYING,
        doc: (
            "back: undo the last step",
            "retour : annuler la dernière étape",
        ),
        hint: Some(("back", "retour")),
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Up)],
        action: Action::Up,
        modes: PLAY,
        doc: (
            "scroll up; in a debate, the previous question; in a choice, the previous option or a higher guess",
            "remonter ; dans un débat, la question précédente ; dans un choix, l'option précédente ou une estimation plus haute",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Down)],
        action: Action::Down,
        modes: PLAY,
        doc: (
            "scroll down; in a debate, the next question; in a choice, the next option or a lower guess",
            "descendre ; dans un débat, la question suivante ; dans un choix, l'option suivante ou une estimation plus basse",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('k')],
        action: Action::ScrollUp,
        modes: PLAY,
        doc: (
            "scroll the text up, on any panel",
            "remonter le texte, sur tout panneau",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('j')],
        action: Action::ScrollDown,
        modes: PLAY,
        doc: (
            "scroll the text down, on any panel",
            "descendre le texte, sur tout panneau",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('n')],
        action: Action::NextChapter,
        modes: PLAYING,
        doc: ("next chapter", "chapitre suivant"),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('p')],
        action: Action::PrevChapter,
        modes: PLAYING,
        doc: (
            "previous chapter (or the start of this one)",
            "chapitre précédent (ou le début de celui-ci)",
        ),
        hint: None,
        label: None,
    },
    digit!(1, '1'),
    digit!(2, '2'),
    digit!(3, '3'),
    digit!(4, '4'),
    digit!(5, '5'),
    digit!(6, '6'),
    digit!(7, '7'),
    digit!(8, '8'),
    digit!(9, '9'),
    Binding {
        keys: &[ch('t'), key(KeyCode::Tab)],
        action: Action::Contents,
        modes: ALL,
        doc: ("table of contents", "table des matières"),
        hint: Some(("contents", "sommaire")),
        label: None,
    },
    Binding {
        keys: &[ch('b')],
        action: Action::ToggleBookmark,
        modes: PLAY,
        doc: (
            "bookmark this panel, or remove its bookmark",
            "marquer ce panneau, ou retirer son marque-page",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('B')],
        action: Action::Bookmarks,
        modes: ALL,
        doc: ("list the bookmarks", "liste des marque-pages"),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('b')],
        action: Action::ToggleBookmark,
        modes: BOOKMARKS,
        doc: (
            "remove the chosen bookmark",
            "retirer le marque-page choisi",
        ),
        hint: Some(("remove", "retirer")),
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Up), ch('k')],
        action: Action::Up,
        modes: OVERLAYS,
        doc: ("move up", "monter"),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Down), ch('j')],
        action: Action::Down,
        modes: OVERLAYS,
        doc: ("move down", "descendre"),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Enter), key(KeyCode::Right), ch('l')],
        action: Action::Next,
        modes: CONTENTS | BOOKMARKS,
        doc: (
            "go to the chosen chapter or bookmark",
            "aller au chapitre ou au marque-page choisi",
        ),
        hint: Some(("go", "aller")),
        label: None,
    },
    Binding {
        keys: &[ch('+'), ch('=')],
        action: Action::Vote(1),
        modes: PLAY,
        doc: (
            "workshop: one more vote from the room for the chosen option",
            "atelier : une voix de plus de la salle pour l'option choisie",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('-')],
        action: Action::Vote(-1),
        modes: PLAY,
        doc: (
            "workshop: one vote fewer for the chosen option",
            "atelier : une voix de moins pour l'option choisie",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('P')],
        action: Action::TogglePresent,
        modes: ALL,
        doc: (
            "projector view: large text, wide margins, high contrast",
            "vue projecteur : grand texte, larges marges, fort contraste",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('.')],
        action: Action::Blank,
        modes: ALL,
        doc: (
            "black screen for a discussion (any key comes back)",
            "écran noir pour une discussion (une touche pour revenir)",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('L')],
        action: Action::ToggleLang,
        modes: ALL,
        doc: ("switch French / English", "basculer français / anglais"),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('?')],
        action: Action::Help,
        modes: ALL,
        doc: ("this help", "cette aide"),
        hint: Some(("help", "aide")),
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Esc)],
        action: Action::Close,
        modes: OVERLAYS,
        doc: ("close", "fermer"),
        hint: Some(("close", "fermer")),
        label: None,
    },
    Binding {
        keys: &[ch('q')],
        action: Action::Quit,
        modes: ALL,
        doc: (
            "quit (closes an open overlay first)",
            "quitter (ferme d'abord un volet ouvert)",
        ),
        hint: Some(("quit", "quitter")),
        label: None,
    },
    Binding {
        keys: &[ctrl('c')],
        action: Action::ForceQuit,
        modes: ALL,
        doc: ("quit at once", "quitter tout de suite"),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ctrl('z')],
        action: Action::Suspend,
        modes: ALL,
        doc: (
            "suspend to the shell (fg to come back)",
            "suspendre (fg pour revenir)",
        ),
        hint: None,
        label: None,
    },
];

/// The action a key press asks for in the current mode, if any.
pub fn action_for(state: &State, event: KeyEvent) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let pressed = Key {
        code: event.code,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
    };
    let mode = Mode::of(state);
    KEYMAP
        .iter()
        .find(|b| b.applies(mode) && b.keys.contains(&pressed))
        .map(|b| b.action)
}

/// The bindings help lists for a mode, digits folded into one row.
pub fn bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    let mut last_label = None;
    KEYMAP.iter().filter(move |b| {
        if !b.applies(mode) || (b.label.is_some() && b.label == last_label) {
            return false;
        }
        last_label = b.label;
        true
    })
}

pub fn key_name(k: &Key) -> String {
    let base = match k.code {
        KeyCode::Right => "→".to_owned(),
        KeyCode::Left => "←".to_owned(),
        KeyCode::Up => "↑".to_owned(),
        KeyCode::Down => "↓".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Backspace => "Backspace".to_owned(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) if k.ctrl => c.to_ascii_uppercase().to_string(),
        KeyCode::Char(c) => c.to_string(),
        other => format!("{other:?}"),
    };
    if k.ctrl { format!("Ctrl-{base}") } else { base }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for mode in [
            Mode::Play,
            Mode::Notice,
            Mode::Contents,
            Mode::Help,
            Mode::Bookmarks,
        ] {
            let mut seen = Vec::new();
            for b in KEYMAP.iter().filter(|b| b.applies(mode)) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} bound twice in {mode:?}");
                    seen.push(*k);
                }
            }
        }
    }
}
