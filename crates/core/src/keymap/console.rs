//! The facilitator console's bindings. The console sends most of them on to
//! the screen as commands; the chapter list, the timer and quitting are its own.

use super::binding::*;
use crate::action::Action;
use crate::input::KeyCode;
use enumset::enum_set_union;

macro_rules! digit {
    ($n:literal, $c:literal) => {
        bind(
            &[ch($c)],
            Action::Episode($n),
            CONSOLE,
            (
                "show episode 1 to 9 on the screen",
                "montrer l'épisode 1 à 9 à l'écran",
            ),
        )
        .with_label(Label::Keys("1–9"))
    };
}

pub const CONSOLE_KEYS: &[Binding] = &[
    bind(
        &[
            key(KeyCode::Right),
            ch(' '),
            ch('l'),
            key(KeyCode::PageDown),
        ],
        Action::Next,
        CONSOLE,
        (
            "next on the screen: passage, answer or panel (on a notice: view it; a question with no poll is passed)",
            "suivant à l'écran : passage, réponse ou panneau (sur un avertissement : le voir ; une question sans vote est passée)",
        ),
    )
    .with_hint("next", "suivant"),
    bind(
        &[key(KeyCode::Enter)],
        Action::Answer,
        CONSOLE,
        (
            "on the screen's question: the room's answer, or with no poll the option chosen; elsewhere next",
            "sur la question à l'écran : la réponse de la salle, ou sans vote l'option choisie ; ailleurs suivant",
        ),
    ),
    bind(
        &[
            key(KeyCode::Left),
            key(KeyCode::Backspace),
            ch('h'),
            key(KeyCode::PageUp),
        ],
        Action::Back,
        CONSOLE,
        ("back on the screen", "retour à l'écran"),
    )
    .with_hint("back", "retour"),
    bind(
        &[key(KeyCode::Up), ch('k')],
        Action::Up,
        CONSOLE,
        (
            "on the screen: the previous question or option",
            "à l'écran : la question ou l'option précédente",
        ),
    ),
    bind(
        &[key(KeyCode::Down), ch('j')],
        Action::Down,
        CONSOLE,
        (
            "on the screen: the next question or option",
            "à l'écran : la question ou l'option suivante",
        ),
    ),
    bind(
        &[ch('.'), ch('b')],
        Action::Blank,
        CONSOLE,
        (
            "black screen for a discussion, or the picture back",
            "écran noir pour une discussion, ou l'image de retour",
        ),
    )
    .with_hint("black screen", "écran noir"),
    bind(
        &[ch('n')],
        Action::NextChapter,
        CONSOLE,
        ("next chapter on the screen", "chapitre suivant à l'écran"),
    ),
    bind(
        &[ch('p')],
        Action::PrevChapter,
        CONSOLE,
        (
            "previous chapter on the screen",
            "chapitre précédent à l'écran",
        ),
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
        &[ch('t'), key(KeyCode::Tab)],
        Action::Contents,
        CONSOLE,
        (
            "list the chapters to jump to",
            "liste des chapitres où aller",
        ),
    )
    .with_hint("jump", "aller à"),
    bind(
        &[ch('s')],
        Action::Skip,
        CONSOLE,
        (
            "skip the content notice on the screen",
            "passer l'avertissement à l'écran",
        ),
    )
    .with_hint("skip notice", "passer"),
    bind(
        &[ch('+'), ch('=')],
        Action::Vote(1),
        CONSOLE,
        (
            "one more raised hand for the chosen option",
            "une main levée de plus pour l'option choisie",
        ),
    )
    .with_hint("hands", "mains"),
    bind(
        &[ch('-')],
        Action::Vote(-1),
        CONSOLE,
        (
            "one raised hand fewer for the chosen option",
            "une main levée de moins pour l'option choisie",
        ),
    ),
    bind(
        &[ch('T')],
        Action::Timer,
        CONSOLE,
        (
            "start or stop the chapter's discussion timer",
            "lancer ou arrêter le minuteur de discussion du chapitre",
        ),
    )
    .with_hint("timer", "minuteur"),
    bind(
        &[ch('P')],
        Action::TogglePresent,
        CONSOLE,
        (
            "projector view on the screen, or back",
            "vue projecteur à l'écran, ou retour",
        ),
    )
    .with_hint("projector", "projecteur"),
    bind(
        &[ch('L')],
        Action::ToggleLang,
        CONSOLE,
        (
            "switch the screen between French and English",
            "basculer l'écran entre français et anglais",
        ),
    ),
    bind(
        &[ch('Q')],
        Action::QuestionNext,
        CONSOLE,
        (
            "the room's next question on the screen (after the last: the panel again)",
            "la question suivante de la salle à l'écran (après la dernière : le panneau)",
        ),
    )
    .with_hint("question", "question"),
    bind(
        &[ch('I')],
        Action::ToggleInvitation,
        CONSOLE,
        (
            "how to join on the screen (the ssh line, code, host key; the phones' QR code), or off",
            "comment rejoindre, à l'écran (la ligne ssh, le code, la clé ; le QR code des téléphones), ou non",
        ),
    ),
    bind(
        &[ch('E')],
        Action::EndSession,
        CONSOLE,
        (
            "end the session for everyone (press it twice): participants are told and let go",
            "terminer la séance pour tous (deux fois) : les participants sont prévenus et libérés",
        ),
    ),
    bind(
        &[ch('A')],
        Action::QuestionAnswered,
        CONSOLE,
        (
            "the question on the screen is answered: off the screen and the queue",
            "la question à l'écran a sa réponse : hors de l'écran et de la file",
        ),
    ),
    bind(
        &[ch('H')],
        Action::QuestionHide,
        CONSOLE,
        (
            "hide the question on the screen, else the first in line, without projecting it",
            "masquer la question à l'écran, sinon la première de la file, sans la projeter",
        ),
    ),
    bind(
        &[key(KeyCode::Up), ch('k')],
        Action::Up,
        CONSOLE_LIST,
        ("move up", "monter"),
    ),
    bind(
        &[key(KeyCode::Down), ch('j')],
        Action::Down,
        CONSOLE_LIST,
        ("move down", "descendre"),
    ),
    bind(
        &[key(KeyCode::Enter), key(KeyCode::Right), ch('l')],
        Action::Next,
        CONSOLE_LIST,
        (
            "show the chosen chapter on the screen",
            "montrer le chapitre choisi à l'écran",
        ),
    )
    .with_hint("go", "aller"),
    bind(
        &[key(KeyCode::Esc), ch('t'), key(KeyCode::Tab)],
        Action::Close,
        CONSOLE_LIST,
        ("close the list", "fermer la liste"),
    )
    .with_hint("close", "fermer"),
    bind(
        &[ch('?')],
        Action::Help,
        CONSOLE,
        ("this help", "cette aide"),
    )
    .with_hint("help", "aide"),
    bind(
        &[key(KeyCode::Up), ch('k')],
        Action::Up,
        CONSOLE_HELP,
        ("in this help: scroll up", "dans cette aide : remonter"),
    ),
    bind(
        &[key(KeyCode::Down), ch('j')],
        Action::Down,
        CONSOLE_HELP,
        ("in this help: scroll down", "dans cette aide : descendre"),
    ),
    bind(
        &[],
        Action::Close,
        CONSOLE_HELP,
        (
            "in this help: any other key closes it",
            "dans cette aide : toute autre touche la ferme",
        ),
    )
    .with_label(Label::AnyKey),
    bind(
        &[key(KeyCode::Up), ch('k')],
        Action::Up,
        CONSOLE_PICK,
        ("the screen above", "l'écran au-dessus"),
    ),
    bind(
        &[key(KeyCode::Down), ch('j')],
        Action::Down,
        CONSOLE_PICK,
        ("the screen below", "l'écran en dessous"),
    ),
    bind(
        &[key(KeyCode::Enter), key(KeyCode::Right), ch('l')],
        Action::Next,
        CONSOLE_PICK,
        ("follow the chosen screen", "suivre l'écran choisi"),
    )
    .with_hint("follow", "suivre"),
    bind(
        &[ch('q')],
        Action::Quit,
        enum_set_union!(CONSOLE, CONSOLE_LIST, CONSOLE_PICK),
        (
            "quit the console (the screen goes on); closes the list first",
            "quitter la console (l'écran continue) ; ferme d'abord la liste",
        ),
    )
    .with_hint("quit", "quitter"),
    bind(
        &[ch('c')],
        Action::ShowTimer,
        CONSOLE,
        (
            "show the discussion timer in a corner of the screen, or hide it",
            "afficher le minuteur de discussion dans un coin de l'écran, ou le cacher",
        ),
    )
    .with_hint("⏱", "⏱"),
    bind(
        &[ctrl('c')],
        Action::ForceQuit,
        enum_set_union!(CONSOLE, CONSOLE_LIST, CONSOLE_PICK),
        ("quit at once", "quitter tout de suite"),
    ),
];
