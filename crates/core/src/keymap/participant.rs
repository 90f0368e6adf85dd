//! A participant's own keys over SSH. They come before the player's: a
//! participant follows the room (or browses on their own), votes with the
//! player's keys on a question, and writes questions for the debate.

use super::binding::*;
use crate::action::Action;
use crate::input::KeyCode;

pub const PARTICIPANT_KEYS: &[Binding] = &[
    bind(
        &[ch('f')],
        Action::Follow,
        PARTICIPANT,
        (
            "browse on your own, or follow the room again",
            "parcourir seul, ou suivre de nouveau la salle",
        ),
    )
    .with_hint("follow / browse", "suivre / parcourir"),
    bind(
        &[ch('a')],
        Action::Ask,
        PARTICIPANT,
        (
            "write a question for the debate",
            "écrire une question pour le débat",
        ),
    )
    .with_hint("ask", "question"),
    bind(
        &[ch('v')],
        Action::RoomQuestions,
        PARTICIPANT,
        (
            "the room's questions: read them and upvote the ones you want answered",
            "les questions de la salle : les lire et voter pour celles à traiter",
        ),
    )
    .with_hint("questions", "questions"),
    bind(
        &[key(KeyCode::Enter)],
        Action::Next,
        ASKING,
        ("send the question", "envoyer la question"),
    )
    .with_hint("send", "envoyer"),
    bind(
        &[key(KeyCode::Backspace)],
        Action::Back,
        ASKING,
        ("erase a character", "effacer un caractère"),
    ),
    bind(
        &[key(KeyCode::Tab)],
        Action::Anonymous,
        ASKING,
        (
            "ask without your name (the room and the facilitator see \"anonymous\"), or with it",
            "poser la question sans votre nom (la salle et l'animateur voient « anonyme »), ou avec",
        ),
    )
    .with_hint("anonymous", "anonyme"),
    bind(
        &[key(KeyCode::Esc)],
        Action::Close,
        ASKING,
        ("give up the question", "renoncer à la question"),
    )
    .with_hint("cancel", "annuler"),
];
