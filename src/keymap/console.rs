//! The facilitator console's bindings. The console sends most of them on to
//! the screen as commands; the chapter list, the timer and quitting are its own.

use super::*;
use crate::app::Action;

macro_rules! digit {
    ($n:literal, $c:literal) => {
        Binding {
            keys: &[ch($c)],
            action: Action::Episode($n),
            modes: CONSOLE,
            doc: (
                "show episode 1 to 9 on the screen",
                "montrer l'épisode 1 à 9 à l'écran",
            ),
            hint: None,
            label: Some("1–9"),
        }
    };
}

pub static CONSOLE_KEYS: &[Binding] = &[
    Binding {
        keys: &[
            key(KeyCode::Right),
            ch(' '),
            key(KeyCode::Enter),
            ch('l'),
            key(KeyCode::PageDown),
        ],
        action: Action::Next,
        modes: CONSOLE,
        doc: (
            "next on the screen: passage, answer or panel (on a notice: view it)",
            "suivant à l'écran : passage, réponse ou panneau (sur un avertissement : le voir)",
        ),
        hint: Some(("next", "suivant")),
        label: None,
    },
    Binding {
        keys: &[
            key(KeyCode::Left),
            key(KeyCode::Backspace),
            ch('h'),
            key(KeyCode::PageUp),
        ],
        action: Action::Back,
        modes: CONSOLE,
        doc: ("back on the screen", "retour à l'écran"),
        hint: Some(("back", "retour")),
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Up), ch('k')],
        action: Action::Up,
        modes: CONSOLE,
        doc: (
            "on the screen: the previous question or option",
            "à l'écran : la question ou l'option précédente",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Down), ch('j')],
        action: Action::Down,
        modes: CONSOLE,
        doc: (
            "on the screen: the next question or option",
            "à l'écran : la question ou l'option suivante",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('.'), ch('b')],
        action: Action::Blank,
        modes: CONSOLE,
        doc: (
            "black screen for a discussion, or the picture back",
            "écran noir pour une discussion, ou l'image de retour",
        ),
        hint: Some(("black screen", "écran noir")),
        label: None,
    },
    Binding {
        keys: &[ch('n')],
        action: Action::NextChapter,
        modes: CONSOLE,
        doc: ("next chapter on the screen", "chapitre suivant à l'écran"),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('p')],
        action: Action::PrevChapter,
        modes: CONSOLE,
        doc: (
            "previous chapter on the screen",
            "chapitre précédent à l'écran",
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
        modes: CONSOLE,
        doc: (
            "list the chapters to jump to",
            "liste des chapitres où aller",
        ),
        hint: Some(("jump", "aller à")),
        label: None,
    },
    Binding {
        keys: &[ch('s')],
        action: Action::Skip,
        modes: CONSOLE,
        doc: (
            "skip the content notice on the screen",
            "passer l'avertissement à l'écran",
        ),
        hint: Some(("skip notice", "passer")),
        label: None,
    },
    Binding {
        keys: &[ch('+'), ch('=')],
        action: Action::Vote(1),
        modes: CONSOLE,
        doc: (
            "one more raised hand for the chosen option",
            "une main levée de plus pour l'option choisie",
        ),
        hint: Some(("hands", "mains")),
        label: None,
    },
    Binding {
        keys: &[ch('-')],
        action: Action::Vote(-1),
        modes: CONSOLE,
        doc: (
            "one raised hand fewer for the chosen option",
            "une main levée de moins pour l'option choisie",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('T')],
        action: Action::Timer,
        modes: CONSOLE,
        doc: (
            "start or stop the chapter's discussion timer",
            "lancer ou arrêter le minuteur de discussion du chapitre",
        ),
        hint: Some(("timer", "minuteur")),
        label: None,
    },
    Binding {
        keys: &[ch('P')],
        action: Action::TogglePresent,
        modes: CONSOLE,
        doc: (
            "projector view on the screen, or back",
            "vue projecteur à l'écran, ou retour",
        ),
        hint: Some(("projector", "projecteur")),
        label: None,
    },
    Binding {
        keys: &[ch('L')],
        action: Action::ToggleLang,
        modes: CONSOLE,
        doc: (
            "switch the screen between French and English",
            "basculer l'écran entre français et anglais",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[ch('Q')],
        action: Action::QuestionNext,
        modes: CONSOLE,
        doc: (
            "the room's next question on the screen (after the last: the panel again)",
            "la question suivante de la salle à l'écran (après la dernière : le panneau)",
        ),
        hint: Some(("question", "question")),
        label: None,
    },
    Binding {
        keys: &[ch('A')],
        action: Action::QuestionAnswered,
        modes: CONSOLE,
        doc: (
            "the question on the screen is answered: off the screen and the queue",
            "la question à l'écran a sa réponse : hors de l'écran et de la file",
        ),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Up), ch('k')],
        action: Action::Up,
        modes: CONSOLE_LIST,
        doc: ("move up", "monter"),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Down), ch('j')],
        action: Action::Down,
        modes: CONSOLE_LIST,
        doc: ("move down", "descendre"),
        hint: None,
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Enter), key(KeyCode::Right), ch('l')],
        action: Action::Next,
        modes: CONSOLE_LIST,
        doc: (
            "show the chosen chapter on the screen",
            "montrer le chapitre choisi à l'écran",
        ),
        hint: Some(("go", "aller")),
        label: None,
    },
    Binding {
        keys: &[key(KeyCode::Esc), ch('t'), key(KeyCode::Tab)],
        action: Action::Close,
        modes: CONSOLE_LIST,
        doc: ("close the list", "fermer la liste"),
        hint: Some(("close", "fermer")),
        label: None,
    },
    Binding {
        keys: &[ch('q')],
        action: Action::Quit,
        modes: CONSOLE | CONSOLE_LIST,
        doc: (
            "quit the console (the screen goes on); closes the list first",
            "quitter la console (l'écran continue) ; ferme d'abord la liste",
        ),
        hint: Some(("quit", "quitter")),
        label: None,
    },
    Binding {
        keys: &[ctrl('c')],
        action: Action::ForceQuit,
        modes: CONSOLE | CONSOLE_LIST,
        doc: ("quit at once", "quitter tout de suite"),
        hint: None,
        label: None,
    },
];
