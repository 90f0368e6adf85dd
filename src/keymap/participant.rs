//! A participant's own keys over SSH. They come before the player's: a
//! participant follows the room (or browses on their own), votes with the
//! player's keys on a question, and writes questions for the debate.

use super::*;
use crate::app::Action;

pub const PARTICIPANT_KEYS: &[Binding] = &[
    Binding {
        keys: &[ch('f')],
        action: Action::Follow,
        modes: PARTICIPANT,
        doc: (
            "browse on your own, or follow the room again",
            "parcourir seul, ou suivre de nouveau la salle",
        ),
        hint: Some(("follow / browse", "suivre / parcourir")),
        label: None,
        workshop: false,
    },
    Binding {
        keys: &[ch('a')],
        action: Action::Ask,
        modes: PARTICIPANT,
        doc: (
            "write a question for the debate",
            "écrire une question pour le débat",
        ),
        hint: Some(("ask", "question")),
        label: None,
        workshop: false,
    },
    Binding {
        keys: &[key(KeyCode::Enter)],
        action: Action::Next,
        modes: ASKING,
        doc: ("send the question", "envoyer la question"),
        hint: Some(("send", "envoyer")),
        label: None,
        workshop: false,
    },
    Binding {
        keys: &[key(KeyCode::Backspace)],
        action: Action::Back,
        modes: ASKING,
        doc: ("erase a character", "effacer un caractère"),
        hint: None,
        label: None,
        workshop: false,
    },
    Binding {
        keys: &[key(KeyCode::Esc)],
        action: Action::Close,
        modes: ASKING,
        doc: ("give up the question", "renoncer à la question"),
        hint: Some(("cancel", "annuler")),
        label: None,
        workshop: false,
    },
];
