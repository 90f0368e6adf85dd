//! Bindings that work almost everywhere in the player.

use super::binding::*;
use crate::action::Action;
use crate::input::KeyCode;
use enumset::{enum_set_difference, enum_set_union};

/// Wherever the viewer is, but while typing a search.
const EVERYWHERE: Modes = enum_set_union!(PLAYING, OVERLAYS);

pub const GLOBAL_KEYS: &[Binding] = &[
    bind(
        &[ch('t'), key(KeyCode::Tab)],
        Action::Contents,
        EVERYWHERE,
        ("table of contents", "table des matières"),
    )
    .with_hint("contents", "sommaire"),
    bind(
        &[ch('B')],
        Action::Bookmarks,
        EVERYWHERE,
        ("list the bookmarks", "liste des marque-pages"),
    ),
    bind(
        &[ch('P')],
        Action::TogglePresent,
        EVERYWHERE,
        (
            "projector view: large text, wide margins, high contrast",
            "vue projecteur : grand texte, larges marges, fort contraste",
        ),
    ),
    bind(
        &[ch('.')],
        Action::Blank,
        // Everywhere but a guess, where `.` types the figure.
        enum_set_difference!(EVERYWHERE, GUESS),
        (
            "black screen for a discussion (any key comes back; on a guess, once nothing is typed)",
            "écran noir pour une discussion (une touche pour revenir ; sur une estimation, quand rien n'est tapé)",
        ),
    ),
    bind(
        &[ch('L')],
        Action::ToggleLang,
        EVERYWHERE,
        ("switch French / English", "basculer français / anglais"),
    ),
    bind(
        &[ch('?')],
        Action::Help,
        EVERYWHERE,
        ("this help", "cette aide"),
    )
    .with_hint("help", "aide"),
    bind(
        &[ch('q')],
        Action::Quit,
        EVERYWHERE,
        (
            "quit (closes an open overlay first)",
            "quitter (ferme d'abord un volet ouvert)",
        ),
    )
    .with_hint("quit", "quitter"),
    bind(
        &[ctrl('c')],
        Action::ForceQuit,
        enum_set_union!(EVERYWHERE, SEARCH, BLANK),
        ("quit at once", "quitter tout de suite"),
    ),
    bind(
        &[ctrl('z')],
        Action::Suspend,
        enum_set_union!(EVERYWHERE, SEARCH),
        (
            "suspend to the shell (fg to come back)",
            "suspendre (fg pour revenir)",
        ),
    ),
];
