//! The room's results as CSV (RFC 4180), for a spreadsheet: one row per
//! ballot or guess, and one per option for the hands the facilitator
//! counted. What a participant typed can never run as a formula.

use crate::app::Ballot;
use crate::content::controls::strip;
use crate::content::model::{Ask, Choice, Panel};
use crate::content::text::{answer_label, with_unit};
use crate::content::{Documentary, Lang};
use crate::journey::Answer;
use crate::store::session_log::Session;

/// The first row: stable names for a spreadsheet's formulas, whatever the
/// handout's language.
pub const HEADER: [&str; 11] = [
    "session",
    "episode",
    "chapter",
    "panel",
    "question",
    "kind",
    "participant",
    "answer",
    "value",
    "count",
    "report",
];

/// One field: control characters out; a text a spreadsheet would take for
/// a formula (`= + - @`, or a tab or return first) behind a `'`, unless it
/// is a plain number (a guess of -3); quoted when it holds a comma, a quote
/// or a line break, its quotes doubled.
fn field(text: &str) -> String {
    let text = strip(text);
    let mut cell = String::with_capacity(text.len().saturating_add(3));
    let number = text.parse::<f64>().is_ok_and(f64::is_finite);
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number {
        cell.push('\'');
    }
    cell.push_str(&text);
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

fn row(out: &mut String, fields: &[&str]) {
    let cells: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// The name a participant gave: their voter id without the token that
/// tells two of one name apart.
fn participant(voter: &str) -> &str {
    voter.rsplit_once(' ').map_or(voter, |(name, _)| name)
}

/// What the report answers: the real figure for a guess, else the reveal.
fn report(doc: &Documentary, ch: &Choice, lang: Lang) -> String {
    match &ch.ask {
        Ask::Guess { figure, .. } => doc
            .statistic(figure)
            .map(|s| with_unit(doc, s, lang))
            .unwrap_or_default(),
        Ask::Options(_) => ch
            .reveal
            .as_ref()
            .map(|r| r.get(lang).to_owned())
            .unwrap_or_default(),
    }
}

/// The session's results; without a session, the header alone.
pub fn csv(doc: &Documentary, lang: Lang, session: Option<&Session>) -> String {
    let mut out = String::new();
    row(&mut out, &HEADER);
    let Some(s) = session else {
        return out;
    };
    for slot in &doc.timeline {
        let Panel::Choice(ch) = doc.panel(*slot) else {
            continue;
        };
        let Some(poll) = s.polls.get(&ch.id) else {
            continue;
        };
        let episode = slot.episode.saturating_add(1).to_string();
        let chapter = doc.chapter(*slot).title.get(lang);
        let (question, report) = (ch.prompt.get(lang), report(doc, ch, lang));
        let mut line = |kind: &str, who: &str, answer: &str, value: &str, count: &str| {
            let fields = [
                s.name.as_str(),
                &episode,
                chapter,
                &ch.id,
                question,
                kind,
                who,
                answer,
                value,
                count,
                &report,
            ];
            row(&mut out, &fields);
        };
        if let Ask::Options(opts) = &ch.ask {
            for (k, n) in poll.hands.iter().enumerate().filter(|(_, n)| **n > 0) {
                let option = opts.get(k).map(|o| o.get(lang)).unwrap_or_default();
                line("hands", "", option, "", &n.to_string());
            }
        }
        for (voter, ballot) in &poll.ballots {
            let (kind, answer, value) = match ballot {
                Ballot::Picked(k) => ("ballot", Answer::Picked(*k), String::new()),
                Ballot::Guessed(v) => ("guess", Answer::Guessed(*v), v.to_string()),
            };
            let said = answer_label(doc, ch, &answer, lang);
            line(kind, participant(voter), &said, &value, "1");
        }
    }
    out
}
