//! What a session log says about the screening itself, for the handout:
//! when it ran and for how long, the time each chapter took against the
//! time it suggests, each panel shown with its time, the room's questions
//! and where they were asked.

use crate::content::text::panel_title;
use crate::content::{Documentary, Lang, Slot};
use crate::session_log::Session;
use crate::words::handout;

/// When the screening ran, and its chapters in the order first shown.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionFacts {
    /// "Screened on 3 December 2026, from 14:05 (UTC), for 1 h 10 min."
    pub when: String,
    pub chapters: Vec<ChapterTime>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChapterTime {
    /// Time into the screening when its first panel was shown, "h:mm".
    pub start: String,
    pub episode: usize,
    pub title: String,
    /// The chapter's suggested duration with its discussion, if it has one.
    pub planned: Option<u32>,
    /// Minutes its panels were on screen.
    pub actual: u64,
}

/// A panel shown, in the order of the screening.
#[derive(Debug, Clone, PartialEq)]
pub struct PanelTime {
    /// Time into the screening, "h:mm".
    pub at: String,
    pub episode: usize,
    pub title: String,
    /// A console jumped there, rather than a step.
    pub jumped: bool,
}

/// A question from the room, as the handout lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct RoomQuestion {
    pub from: String,
    pub text: String,
    pub votes: u32,
    pub answered: bool,
    /// The panel on screen when it was asked, and its chapter, in words.
    pub asked_during: Option<String>,
}

/// Seconds to whole minutes, rounded to the nearest.
fn minutes(secs: u64) -> u64 {
    secs.saturating_add(30) / 60
}

/// "h:mm" for a time into the screening.
fn clock(secs: u64) -> String {
    let m = secs / 60;
    format!("{}:{:02}", m / 60, m % 60)
}

/// "1 h 05 min", or "42 min" under an hour (the same in both languages).
fn length(secs: u64) -> String {
    let m = minutes(secs);
    match m / 60 {
        0 => format!("{m} min"),
        h => format!("{h} h {:02} min", m % 60),
    }
}

/// The civil date (year, month, day) of a day counted from 1970-01-01
/// (Howard Hinnant's `civil_from_days`, unsigned, saturating on absurd logs).
fn civil(days: u64) -> (u64, u64, u64) {
    let z = days.saturating_add(719_468);
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = era
        .saturating_mul(400)
        .saturating_add(yoe)
        .saturating_add(u64::from(month <= 2));
    (year, month, day)
}

/// The slot of a panel id, if the documentary still has it.
fn slot_of(doc: &Documentary, id: &str) -> Option<Slot> {
    doc.panel_index
        .get(id)
        .and_then(|&i| doc.timeline.get(i))
        .copied()
}

/// The session's last recorded moment, in seconds since its start.
fn last_moment(s: &Session) -> u64 {
    let shown = s.shown.iter().map(|x| x.at);
    let people = s.people.iter().map(|p| p.at);
    shown.chain(people).max().unwrap_or(0)
}

pub fn facts(doc: &Documentary, s: &Session, lang: Lang) -> SessionFacts {
    let h = handout::of(lang);
    let (year, month, day) = civil(s.started / 86_400);
    let start_of_day = s.started % 86_400;
    let start = format!("{:02}:{:02}", start_of_day / 3600, start_of_day % 3600 / 60);
    let end = last_moment(s);
    let when = (h.screened)(&(h.date)(day, month, year), &start, &length(end));
    // Each panel shown stays until the next one; the last until the end.
    let mut chapters: Vec<((usize, usize), u64, u64)> = Vec::new();
    for (k, shown) in s.shown.iter().enumerate() {
        let Some(slot) = slot_of(doc, &shown.panel) else {
            continue;
        };
        let until = s.shown.get(k.saturating_add(1)).map_or(end, |n| n.at);
        let spent = until.saturating_sub(shown.at);
        let key = (slot.episode, slot.chapter);
        match chapters.iter_mut().find(|c| c.0 == key) {
            Some(c) => c.2 = c.2.saturating_add(spent),
            None => chapters.push((key, shown.at, spent)),
        }
    }
    let chapters = chapters
        .into_iter()
        .filter_map(|((e, c), at, spent)| {
            let chapter = doc.episodes.get(e)?.chapters.get(c)?;
            Some(ChapterTime {
                start: clock(at),
                episode: e.saturating_add(1),
                title: chapter.title.get(lang).to_owned(),
                planned: chapter.facilitator.as_ref().map(|f| f.minutes),
                actual: minutes(spent),
            })
        })
        .collect();
    SessionFacts { when, chapters }
}

/// Every panel shown, with its time; a panel the room skipped is left to
/// the list of skipped panels.
pub fn panels(doc: &Documentary, s: &Session, lang: Lang) -> Vec<PanelTime> {
    s.shown
        .iter()
        .filter(|x| !s.skipped.contains(&x.panel))
        .filter_map(|x| {
            let slot = slot_of(doc, &x.panel)?;
            Some(PanelTime {
                at: clock(x.at),
                episode: slot.episode.saturating_add(1),
                title: panel_title(doc.panel(slot), lang),
                jumped: x.via == crate::app::Via::Jump,
            })
        })
        .collect()
}

/// The room's questions for the handout: the hidden ones left out, the
/// most upvoted first, each with where in the screening it was asked.
pub fn room_questions(doc: &Documentary, s: &Session, lang: Lang) -> Vec<RoomQuestion> {
    let h = handout::of(lang);
    let mut qs: Vec<_> = s.questions.iter().filter(|q| !q.hidden).collect();
    qs.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.id.cmp(&b.id)));
    qs.into_iter()
        .map(|q| RoomQuestion {
            from: q.asker(lang).to_owned(),
            text: q.text.clone(),
            votes: q.votes,
            answered: q.answered,
            asked_during: q
                .asked_at
                .as_deref()
                .and_then(|id| slot_of(doc, id))
                .map(|slot| {
                    let panel = panel_title(doc.panel(slot), lang);
                    // A panel named as its chapter is placed by its episode.
                    let chapter = doc.chapter(slot).title.get(lang);
                    let within = if chapter == panel {
                        doc.episode(slot).title.get(lang)
                    } else {
                        chapter
                    };
                    (h.asked_during)(&panel, within)
                }),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_and_lengths() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(1_764_720_000 / 86_400), (2025, 12, 3));
        assert_eq!(civil(11_016), (2000, 2, 29));
        // An absurd log neither panics nor wraps.
        let _ = civil(u64::MAX / 86_400);
        assert_eq!(length(42 * 60), "42 min");
        assert_eq!(length(65 * 60 + 10), "1 h 05 min");
        assert_eq!(clock(3 * 3600 + 7 * 60 + 59), "3:07");
    }
}
