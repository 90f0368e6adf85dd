//! The player's bindings: a viewer at the screen, in every overlay.

use super::*;
use crate::app::Action;

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
pub static PLAYER_KEYS: &[Binding] = &[
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
