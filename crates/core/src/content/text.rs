//! Content as words, computed once for every output that needs them (the
//! views, `print`, the handout, the console): a figure with its unit, a
//! derivation, a speaker's line, a debate voice, a panel's title, an answer.

use super::documentary::Documentary;
use super::figures::{Figure, format_number, join_unit, natural_decimals};
use super::model::{Ask, Choice, Expr, Panel, Statistic, Testimony, Value, Voice};
use crate::answer::Answer;
use crate::lang::Lang;
use crate::words;

/// How many decimals a statistic shows.
pub fn decimals(s: &Statistic) -> usize {
    match (&s.value, s.decimals) {
        (_, Some(d)) => usize::from(d),
        (Value::Exact(v), None) => natural_decimals(*v),
        (Value::Range(a, b), None) => natural_decimals(*a).max(natural_decimals(*b)),
        (Value::Derived(_), None) => 2,
    }
}

/// The figure of statistic `s` with its unit: "€5.71–6.67/h".
pub fn with_unit(doc: &Documentary, s: &Statistic, lang: Lang) -> String {
    let value = doc
        .figures
        .get(&s.id)
        .map(|f| f.format(decimals(s), lang))
        .unwrap_or_else(|| "?".into());
    match s.unit_for(doc.figures.get(&s.id), lang) {
        Some(unit) => join_unit(&value, unit, lang),
        None => value,
    }
}

/// The derivation in words and figures: "€400 ÷ 60–70 h".
pub fn derivation(doc: &Documentary, expr: &Expr, lang: Lang) -> String {
    fn go(doc: &Documentary, e: &Expr, lang: Lang, nested: bool) -> String {
        let (a, b, op) = match e {
            Expr::Ref(id) => {
                return doc
                    .statistic(id)
                    .map(|s| with_unit(doc, s, lang))
                    .unwrap_or_else(|| id.clone());
            }
            Expr::Num(v) => return format_number(*v, natural_decimals(*v), lang),
            Expr::Add(a, b) => (a, b, "+"),
            Expr::Sub(a, b) => (a, b, "−"),
            Expr::Mul(a, b) => (a, b, "×"),
            Expr::Div(a, b) => (a, b, "÷"),
        };
        let s = format!("{} {op} {}", go(doc, a, lang, true), go(doc, b, lang, true));
        if nested { format!("({s})") } else { s }
    }
    go(doc, expr, lang, false)
}

/// A speaker's name, or the word for an anonymous one.
pub fn speaker_name(t: &Testimony, lang: Lang) -> String {
    t.speaker
        .name
        .clone()
        .unwrap_or_else(|| words::of(lang).anonymous.to_owned())
}

/// "24 years old · Lyon · delivery rider · Uber Eats"
pub fn who(lang: Lang, t: &Testimony) -> String {
    let s = &t.speaker;
    let mut parts = Vec::new();
    if let Some(age) = s.age {
        parts.push((words::of(lang).years_old)(age));
    }
    if let Some(place) = &s.place {
        parts.push(place.get(lang).to_owned());
    }
    parts.push(s.role.get(lang).to_owned());
    if let Some(p) = &s.platform {
        parts.push(p.clone());
    }
    parts.join(" · ")
}

/// Who speaks in the debate, as the report labels them.
pub fn voice(v: &Voice, lang: Lang) -> String {
    let w = words::of(lang);
    match v {
        Voice::Participant => w.participant.to_owned(),
        Voice::SameParticipant => w.same_participant.to_owned(),
        Voice::Named(n) => n.clone(),
        Voice::FromTheRoom(n) => format!("{n} {}", w.from_the_room),
    }
}

/// A guessed value written like the figure it guesses: "€1.50/h".
pub fn guess_label(doc: &Documentary, figure: &str, value: f64, lang: Lang) -> String {
    match doc.statistic(figure) {
        Some(stat) => {
            let guess = Figure::exact(value);
            let shown = guess.format(decimals(stat).max(1), lang);
            match stat.unit_for(Some(&guess), lang) {
                Some(u) => join_unit(&shown, u, lang),
                None => shown,
            }
        }
        None => value.to_string(),
    }
}

/// An answer in words: the option picked, or the guess with its unit.
pub fn answer_label(doc: &Documentary, choice: &Choice, answer: &Answer, lang: Lang) -> String {
    match (&choice.ask, answer) {
        (Ask::Options(opts), Answer::Picked(k)) => opts
            .get(*k)
            .map(|o| o.get(lang).to_owned())
            .unwrap_or_default(),
        (Ask::Guess { figure, .. }, Answer::Guessed(v)) => guess_label(doc, figure, *v, lang),
        _ => String::new(),
    }
}

/// A short title for a panel, for lists: its heading, speaker, label or prompt.
pub fn panel_title(panel: &Panel, lang: Lang) -> String {
    match panel {
        Panel::Narration(p) => p.heading.get(lang).to_owned(),
        Panel::Testimony(p) => speaker_name(p, lang),
        Panel::Statistic(p) => p.label.get(lang).to_owned(),
        Panel::Debate(p) => p.heading.get(lang).to_owned(),
        Panel::Choice(p) => p.prompt.get(lang).to_owned(),
        Panel::Recap(p) => p.heading.get(lang).to_owned(),
    }
}

/// The kind of a panel, in words: "Testimony", "Figure"…
pub fn kind_word(panel: &Panel, lang: Lang) -> &'static str {
    let w = words::of(lang);
    match panel {
        Panel::Narration(_) => w.kind_narration,
        Panel::Testimony(_) => w.kind_testimony,
        Panel::Statistic(_) => w.kind_figure,
        Panel::Debate(_) => w.kind_debate,
        Panel::Choice(_) => w.kind_question,
        Panel::Recap(_) => w.kind_recap,
    }
}
