//! Bindings inside the overlays: contents, bookmarks, help, and the search.

use super::binding::*;
use crate::action::Action;
use crate::input::KeyCode;
use enumset::enum_set_union;

pub const OVERLAY_KEYS: &[Binding] = &[
    bind(
        &[ch('b')],
        Action::ToggleBookmark,
        BOOKMARKS,
        (
            "remove the chosen bookmark",
            "retirer le marque-page choisi",
        ),
    )
    .with_hint("remove", "retirer"),
    bind(
        &[key(KeyCode::Up), ch('k')],
        Action::Up,
        OVERLAYS,
        ("move up", "monter"),
    ),
    bind(
        &[key(KeyCode::Down), ch('j')],
        Action::Down,
        OVERLAYS,
        ("move down", "descendre"),
    ),
    bind(
        &[key(KeyCode::Up)],
        Action::Up,
        SEARCH,
        ("the previous match", "le résultat précédent"),
    ),
    bind(
        &[key(KeyCode::Down)],
        Action::Down,
        SEARCH,
        ("the next match", "le résultat suivant"),
    ),
    bind(
        &[key(KeyCode::Enter), key(KeyCode::Right), ch('l')],
        Action::Next,
        enum_set_union!(CONTENTS, BOOKMARKS),
        (
            "go to the chosen chapter or bookmark",
            "aller au chapitre ou au marque-page choisi",
        ),
    )
    .with_hint("go", "aller"),
    bind(
        &[key(KeyCode::Enter)],
        Action::Next,
        SEARCH,
        ("go to the chosen match", "aller au résultat choisi"),
    )
    .with_hint("go", "aller"),
    bind(
        &[],
        Action::Type(' '),
        SEARCH,
        (
            "letters and digits: what to look for",
            "lettres et chiffres : ce qu'on cherche",
        ),
    )
    .with_label(Label::Letters),
    bind(
        &[key(KeyCode::Backspace)],
        Action::Erase,
        SEARCH,
        ("erase the last letter", "effacer la dernière lettre"),
    ),
    bind(
        &[key(KeyCode::Esc)],
        Action::Close,
        enum_set_union!(OVERLAYS, SEARCH),
        ("close", "fermer"),
    )
    .with_hint("close", "fermer"),
];
