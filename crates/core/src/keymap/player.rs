//! The player's bindings while watching: panels, notices, and a guess being typed.

use super::binding::*;
use crate::action::Action;
use crate::input::{Key, KeyCode};
use enumset::enum_set_union;

const NEXT_KEYS: &[Key] = &[
    key(KeyCode::Right),
    ch(' '),
    key(KeyCode::Enter),
    ch('l'),
    key(KeyCode::PageDown),
];
/// On an unanswered question, the next keys but Enter pass it: Enter answers.
const PASS_KEYS: &[Key] = &[
    key(KeyCode::Right),
    ch(' '),
    ch('l'),
    key(KeyCode::PageDown),
];
const BACK_KEYS: &[Key] = &[
    key(KeyCode::Left),
    key(KeyCode::Backspace),
    ch('h'),
    key(KeyCode::PageUp),
];
/// On a guess, Backspace erases a typed digit instead.
const GUESS_BACK_KEYS: &[Key] = &[key(KeyCode::Left), ch('h'), key(KeyCode::PageUp)];
const GUESS_KEYS: &[Key] = &[
    ch('0'),
    ch('1'),
    ch('2'),
    ch('3'),
    ch('4'),
    ch('5'),
    ch('6'),
    ch('7'),
    ch('8'),
    ch('9'),
    ch('.'),
    ch(','),
];

macro_rules! digit {
    ($n:literal, $c:literal) => {
        bind(
            &[ch($c)],
            Action::Episode($n),
            enum_set_union!(PLAY, NOTICE, ASK),
            ("jump to episode 1 to 9", "aller à l'épisode 1 à 9"),
        )
        .with_label(Label::Keys("1–9"))
    };
}

/// Every binding, in the order help lists them.
pub const PLAYER_KEYS: &[Binding] = &[
    bind(
        NEXT_KEYS,
        Action::Next,
        PLAY,
        (
            "next: read on, reveal the next passage or answer, else the next panel",
            "suivant : lire la suite, révéler le passage ou la réponse suivante, sinon le panneau suivant",
        ),
    )
    .with_hint("next", "suivant"),
    bind(
        &[key(KeyCode::Enter)],
        Action::Answer,
        QUESTION,
        (
            "on a question: answer with the chosen option or figure",
            "sur une question : répondre avec l'option ou le chiffre choisi",
        ),
    )
    .with_hint("answer", "répondre"),
    bind(
        PASS_KEYS,
        Action::Next,
        QUESTION,
        (
            "on a question: pass it, go on without answering",
            "sur une question : la passer, continuer sans répondre",
        ),
    )
    .with_hint("pass", "passer"),
    bind(
        NEXT_KEYS,
        Action::Next,
        NOTICE,
        (
            "view what the notice announces",
            "voir ce que l'avertissement annonce",
        ),
    )
    .with_hint("view", "voir"),
    bind(
        &[ch('s')],
        Action::Skip,
        NOTICE,
        (
            "skip what the notice announces",
            "passer ce que l'avertissement annonce",
        ),
    )
    .with_hint("skip", "passer"),
    bind(
        BACK_KEYS,
        Action::Back,
        enum_set_union!(PLAY, NOTICE, ASK),
        (
            "back: undo the last step",
            "retour : annuler la dernière étape",
        ),
    )
    .with_hint("back", "retour"),
    bind(
        GUESS_BACK_KEYS,
        Action::Back,
        GUESS,
        (
            "back: undo the last step",
            "retour : annuler la dernière étape",
        ),
    )
    .with_hint("back", "retour"),
    bind(
        GUESS_KEYS,
        Action::Type('0'),
        GUESS,
        (
            "on a guess: type the figure ({Answer} gives it)",
            "sur une estimation : taper le chiffre ({Answer} le donne)",
        ),
    )
    .with_label(Label::Keys("0–9 . ,"))
    .with_hint("type", "taper"),
    bind(
        &[key(KeyCode::Backspace)],
        Action::Erase,
        GUESS,
        (
            "on a guess: erase the last digit typed",
            "sur une estimation : effacer le dernier chiffre tapé",
        ),
    ),
    bind(
        &[key(KeyCode::Up)],
        Action::Up,
        enum_set_union!(PLAY, QUESTION),
        (
            "scroll up; in a debate, the previous question; in a choice, the previous option or a higher guess",
            "remonter ; dans un débat, la question précédente ; dans un choix, l'option précédente ou une estimation plus haute",
        ),
    ),
    bind(
        &[key(KeyCode::Down)],
        Action::Down,
        enum_set_union!(PLAY, QUESTION),
        (
            "scroll down; in a debate, the next question; in a choice, the next option or a lower guess",
            "descendre ; dans un débat, la question suivante ; dans un choix, l'option suivante ou une estimation plus basse",
        ),
    ),
    bind(
        &[ch('k')],
        Action::ScrollUp,
        enum_set_union!(PLAY, QUESTION),
        (
            "scroll the text up, on any panel",
            "remonter le texte, sur tout panneau",
        ),
    ),
    bind(
        &[ch('j')],
        Action::ScrollDown,
        enum_set_union!(PLAY, QUESTION),
        (
            "scroll the text down, on any panel",
            "descendre le texte, sur tout panneau",
        ),
    ),
    bind(
        &[ch('r')],
        Action::AnswerAgain,
        PLAY,
        (
            "on an answered question: answer it again",
            "sur une question déjà répondue : répondre à nouveau",
        ),
    ),
    bind(
        &[ch('n')],
        Action::NextChapter,
        PLAYING,
        ("next chapter", "chapitre suivant"),
    ),
    bind(
        &[ch('p')],
        Action::PrevChapter,
        PLAYING,
        (
            "previous chapter (or the start of this one)",
            "chapitre précédent (ou le début de celui-ci)",
        ),
    ),
    bind(
        &[key(KeyCode::Home)],
        Action::ChapterStart,
        PLAYING,
        ("first panel of the chapter", "premier panneau du chapitre"),
    ),
    bind(
        &[key(KeyCode::End)],
        Action::ChapterEnd,
        PLAYING,
        ("last panel of the chapter", "dernier panneau du chapitre"),
    ),
    digit!(1, '1'),
    digit!(2, '2'),
    digit!(3, '3'),
    digit!(4, '4'),
    digit!(5, '5'),
    digit!(6, '6'),
    digit!(7, '7'),
    digit!(8, '8'),
    digit!(9, '9'),
    bind(
        &[ch('g')],
        Action::Search,
        PLAYING,
        (
            "go to any panel: type a few words it says, a name or a figure (400, 10.15, 1,539)",
            "aller à un panneau : taper quelques mots qu'il dit, un nom ou un chiffre (400, 10,15, 1 539)",
        ),
    ),
    bind(
        &[ch('b')],
        Action::ToggleBookmark,
        enum_set_union!(PLAY, QUESTION),
        (
            "bookmark this panel, or remove its bookmark",
            "marquer ce panneau, ou retirer son marque-page",
        ),
    ),
    bind(
        &[ch('+'), ch('=')],
        Action::Vote(1),
        PLAY,
        (
            "workshop: one more vote from the room for the chosen option",
            "atelier : une voix de plus de la salle pour l'option choisie",
        ),
    )
    .workshop(),
    bind(
        &[ch('-')],
        Action::Vote(-1),
        PLAY,
        (
            "workshop: one vote fewer for the chosen option",
            "atelier : une voix de moins pour l'option choisie",
        ),
    )
    .workshop(),
    bind(
        &[],
        Action::Unblank,
        BLANK,
        (
            "on the black screen: bring the picture back (and nothing else)",
            "sur l'écran noir : faire revenir l'image (et rien d'autre)",
        ),
    )
    .with_label(Label::AnyKey),
];
