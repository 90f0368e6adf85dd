//! The words of what is printed and handed out (`print`, `export`), apart
//! from the interface's: a reader on paper or with a screen reader has no
//! screen, so these sentences say in words what the screen shows.

use crate::lang::Lang;

pub struct Handout {
    /// Before a chapter's title, in plain text (no `==` for a screen reader).
    pub chapter: &'static str,
    /// A recap in print: what the screen shows there.
    pub recap_intro: &'static str,
    /// A panel shown only when a condition holds: the sentence and its parts.
    pub shown_if: fn(clause: &str) -> String,
    pub if_picked: fn(option: &str, prompt: &str) -> String,
    pub if_answered: fn(prompt: &str) -> String,
    pub if_seen: fn(title: &str) -> String,
    pub if_not: fn(clause: &str) -> String,
    pub and: &'static str,
    pub or: &'static str,
    /// A session's date: day, month (1–12), year.
    pub date: fn(day: u64, month: u64, year: u64) -> String,
    pub screened: fn(date: &str, start: &str, length: &str) -> String,
    /// The timeline and its columns.
    pub timeline: &'static str,
    pub col_start: &'static str,
    pub col_chapter: &'static str,
    pub col_planned: &'static str,
    pub col_actual: &'static str,
    pub timeline_note: &'static str,
    /// The list of every panel shown, and the mark of a console's jump.
    pub panels_shown: &'static str,
    pub jumped: &'static str,
    /// A room's question: the panel on screen when it was asked, and its chapter.
    pub asked_during: fn(panel: &str, chapter: &str) -> String,
    pub sources_and_credits: &'static str,
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

fn month(names: &[&'static str; 12], m: u64) -> &'static str {
    usize::try_from(m.saturating_sub(1))
        .ok()
        .and_then(|i| names.get(i))
        .copied()
        .unwrap_or("?")
}

pub static EN: Handout = Handout {
    chapter: "Chapter",
    recap_intro: "On screen, this panel sums up your answers to the episode's questions, beside the report's:",
    shown_if: |c| format!("Shown only if {c}."),
    if_picked: |o, p| format!("you answered “{o}” to “{p}”"),
    if_answered: |p| format!("you answered “{p}”"),
    if_seen: |t| format!("you have seen “{t}”"),
    if_not: |c| format!("it is not so that {c}"),
    and: " and ",
    or: " or ",
    date: |d, m, y| format!("{d} {} {y}", month(&MONTHS_EN, m)),
    screened: |date, start, length| {
        format!("Screened on {date}, from {start} (UTC), for {length}.")
    },
    timeline: "Timeline",
    col_start: "Start",
    col_chapter: "Chapter",
    col_planned: "Planned",
    col_actual: "Actual",
    timeline_note: "Start: time into the screening when the chapter's first panel was shown. Planned: the chapter's suggested duration with its discussion, from the facilitator's notes (— where the chapter suggests none). Actual: the time its panels were on screen, discussions included, as the session log records it; the last panel shown counts until the last event logged.",
    panels_shown: "Every panel shown, with its time",
    jumped: "jumped to from the console",
    asked_during: |panel, chapter| format!("asked during “{panel}” ({chapter})"),
    sources_and_credits: "Sources and credits",
};

pub static FR: Handout = Handout {
    chapter: "Chapitre",
    recap_intro: "À l’écran, ce panneau récapitule vos réponses aux questions de l’épisode, en regard de celles du compte rendu\u{a0}:",
    shown_if: |c| format!("Affiché seulement si {c}."),
    if_picked: |o, p| format!("vous avez répondu «\u{a0}{o}\u{a0}» à «\u{a0}{p}\u{a0}»"),
    if_answered: |p| format!("vous avez répondu à «\u{a0}{p}\u{a0}»"),
    if_seen: |t| format!("vous avez vu «\u{a0}{t}\u{a0}»"),
    if_not: |c| format!("il n’est pas vrai que {c}"),
    and: " et ",
    or: " ou ",
    date: |d, m, y| {
        let d = if d == 1 {
            "1er".to_owned()
        } else {
            d.to_string()
        };
        format!("{d} {} {y}", month(&MONTHS_FR, m))
    },
    screened: |date, start, length| {
        format!("Projeté le {date}, à partir de {start} (UTC), pendant {length}.")
    },
    timeline: "Déroulé",
    col_start: "Début",
    col_chapter: "Chapitre",
    col_planned: "Prévu",
    col_actual: "Réel",
    timeline_note: "Début\u{a0}: le moment de la projection où le premier panneau du chapitre s’est affiché. Prévu\u{a0}: la durée que le chapitre suggère, discussion comprise, d’après les notes de l’animateur (— quand le chapitre n’en suggère pas). Réel\u{a0}: le temps où ses panneaux étaient à l’écran, discussions comprises, d’après le journal de la séance\u{a0}; le dernier panneau affiché compte jusqu’au dernier événement noté.",
    panels_shown: "Chaque panneau affiché, avec son heure",
    jumped: "atteint depuis la console",
    asked_during: |panel, chapter| format!("posée pendant «\u{a0}{panel}\u{a0}» ({chapter})"),
    sources_and_credits: "Sources et crédits",
};

/// The printed and handed-out words of `lang`.
pub fn of(lang: Lang) -> &'static Handout {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}
