//! What the room did during a screening (`--session NAME`), logged in RON:
//! the panels shown and when, the polls, the notices skipped.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::app::{Effect, Msg, Poll, Question, State, Via};
use crate::content::Documentary;
use crate::journey::Answer;
use crate::journey::checks::{finite_answers, fit_answers};

/// Bumped when a change would be misread by an older version of the app.
pub const VERSION: u32 = 1;
/// A session log larger than this is refused (a day's screening is ~100 KiB).
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;
/// Votes counted per option at most (and participants' ballots per poll):
/// more is not a room.
pub const MAX_VOTES: u32 = 1_000_000;
const _: () = assert!(MAX_VOTES as u64 == crate::app::poll::MAX_HANDS);
/// Options kept per poll at most (a poll with more is not read back whole).
pub const MAX_OPTIONS: usize = 256;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    /// The file's format (0 for logs written before it was recorded).
    pub version: u32,
    pub name: String,
    /// Unix time, in seconds, when the session was first opened.
    pub started: u64,
    /// Every panel shown, in order, with seconds since the start.
    pub shown: Vec<Shown>,
    /// The room's votes per option, by choice panel id.
    #[serde(deserialize_with = "polls_or_counts")]
    pub polls: BTreeMap<String, Poll>,
    /// The answers given on choice panels (the room's guess), by panel id.
    pub answers: BTreeMap<String, Answer>,
    /// Panels whose content notice the room chose to skip (chapter notices by
    /// the chapter's first panel).
    pub skipped: Vec<String>,
    /// The discussion timer when the log was last saved, for a restarted screen.
    pub timer: Option<LoggedTimer>,
    /// The room's questions for the debate, as they stand.
    pub questions: Vec<Question>,
    /// Who joined and left, with seconds since the start.
    pub people: Vec<Presence>,
    /// When the facilitator ended the session, in seconds since the start
    /// (a screen restarted on this log opens the session again).
    pub ended: Option<u64>,
}

/// A participant joining (`here`) or leaving the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    pub name: String,
    pub at: u64,
    pub here: bool,
}

/// Joins and leaves kept in a log at most.
pub const MAX_PRESENCES: usize = 10_000;

pub use crate::app::LoggedTimer;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shown {
    pub panel: String,
    pub at: u64,
    /// Stepped to, or jumped to from a console.
    #[serde(default)]
    pub via: Via,
}

impl Session {
    /// Clamps what a file may say to what a screening can hold: poll counts
    /// (every sum of them then fits), guesses, the timer.
    pub fn fit_limits(&mut self) {
        for poll in self.polls.values_mut() {
            poll.fit(MAX_OPTIONS, u64::from(MAX_VOTES));
        }
        finite_answers(&mut self.answers);
        if let Some(t) = self.timer.as_mut() {
            t.minutes = t.minutes.clamp(1, crate::app::MAX_TIMER_MINUTES);
        }
        // Held to what the player itself keeps, as everything read back is.
        use crate::app::{MAX_NAME_CHARS, MAX_QUESTION_CHARS, MAX_QUESTIONS, sanitise};
        self.questions.truncate(MAX_QUESTIONS);
        self.people.truncate(MAX_PRESENCES);
        for q in &mut self.questions {
            q.from = sanitise(&q.from, MAX_NAME_CHARS);
            q.text = sanitise(&q.text, MAX_QUESTION_CHARS);
            q.voters.truncate(crate::app::MAX_VOTERS);
        }
    }

    /// The chapter the room was last in and when it entered it (Unix
    /// seconds): the last panel shown, and the first of the run of panels of
    /// that chapter that ends with it.
    pub fn chapter_entered(
        &self,
        doc: &crate::content::Documentary,
    ) -> Option<((usize, usize), u64)> {
        let chapter_of = |s: &Shown| {
            let slot = doc.timeline.get(*doc.panel_index.get(&s.panel)?)?;
            Some((slot.episode, slot.chapter))
        };
        let last = chapter_of(self.shown.last()?)?;
        let first = self
            .shown
            .iter()
            .rev()
            .take_while(|s| chapter_of(s) == Some(last))
            .last()?;
        Some((last, self.started.saturating_add(first.at)))
    }

    pub fn new(name: &str, now: u64) -> Self {
        Session {
            version: VERSION,
            name: name.to_owned(),
            started: now,
            ..Session::default()
        }
    }

    /// Records what an update did; says whether the log changed.
    pub fn apply(&mut self, effect: &Effect, state: &State, now: u64) -> bool {
        if *effect == Effect::QuestionsChanged {
            self.questions.clone_from(&state.room.questions.items);
            return true;
        }
        if *effect == Effect::SessionEnded {
            self.ended = Some(now.saturating_sub(self.started));
            return true;
        }
        if let Effect::Present { name, here } = effect {
            if self.people.len() >= MAX_PRESENCES {
                return false;
            }
            let at = now.saturating_sub(self.started);
            self.people.push(Presence {
                name: name.clone(),
                at,
                here: *here,
            });
            return true;
        }
        let doc = &state.doc;
        let Some(id) = effect_panel(effect).and_then(|i| doc.timeline.get(i)) else {
            return false;
        };
        let id = doc.panel(*id).id().to_owned();
        let at = now.saturating_sub(self.started);
        match effect {
            Effect::Shown { via, .. } => self.shown.push(Shown {
                panel: id,
                at,
                via: *via,
            }),
            Effect::Skipped(_) => self.skipped.push(id),
            Effect::PollChanged(i) => match state.room.polls.get(i) {
                Some(counts) => {
                    self.polls.insert(id, counts.clone());
                }
                None => {
                    self.polls.remove(&id);
                }
            },
            Effect::Answered(i) => match state.view().answer(*i) {
                Some(answer) => {
                    self.answers.insert(id, answer);
                }
                None => {
                    self.answers.remove(&id);
                }
            },
            _ => return false,
        }
        true
    }

    /// A restarted screen's polls, where the room left them, as the message
    /// that puts them back.
    pub fn polls_msg(&self, doc: &Documentary) -> Msg {
        Msg::Polls(
            self.polls
                .iter()
                .filter_map(|(id, counts)| Some((*doc.panel_index.get(id)?, counts.clone())))
                .collect(),
        )
    }

    /// Fits the room's answers to `doc` (see [`fit_answers`]).
    pub fn fit_to(&mut self, doc: &Documentary) {
        fit_answers(&mut self.answers, doc);
    }

    /// A restarted screen's questions, where the room left them.
    pub fn questions_msg(&self) -> Msg {
        Msg::Questions(self.questions.clone())
    }

    /// How many people joined the room over the session.
    pub fn participants(&self) -> usize {
        let names: std::collections::BTreeSet<&str> = self
            .people
            .iter()
            .filter(|p| p.here)
            .map(|p| p.name.as_str())
            .collect();
        names.len()
    }

    /// Panel ids shown at least once, in first-shown order.
    pub fn panels_shown(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for s in &self.shown {
            if !out.contains(&s.panel.as_str()) {
                out.push(&s.panel);
            }
        }
        out
    }
}

/// The panel an effect is about, if any.
fn effect_panel(effect: &Effect) -> Option<usize> {
    match effect {
        Effect::Shown { panel, .. } => Some(*panel),
        Effect::Skipped(i) | Effect::PollChanged(i) | Effect::Answered(i) => Some(*i),
        _ => None,
    }
}

/// Logs written before ballots kept plain counts per option: read them as hands.
#[derive(Deserialize)]
#[serde(untagged)]
enum PollRecord {
    Counts(Vec<u64>),
    Poll(Poll),
}

fn polls_or_counts<'de, D>(d: D) -> Result<BTreeMap<String, Poll>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let records: BTreeMap<String, PollRecord> = Deserialize::deserialize(d)?;
    Ok(records
        .into_iter()
        .map(|(id, r)| {
            let poll = match r {
                PollRecord::Counts(hands) => Poll {
                    hands,
                    ..Poll::default()
                },
                PollRecord::Poll(p) => p,
            };
            (id, poll)
        })
        .collect())
}
