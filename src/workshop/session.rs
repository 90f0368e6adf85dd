//! What the room did during a screening (`--session NAME`), logged in RON:
//! the panels shown and when, the polls, the notices skipped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::app::{Action, Gate, Screen, State};
use crate::content::Documentary;
use crate::journey::Answer;
use crate::journey::checks::{finite_answers, fit_answers};
use crate::store::{Document, What};

/// Bumped when a change would be misread by an older version of the app.
pub const VERSION: u32 = 1;
/// A session log larger than this is refused (a day's screening is ~100 KiB).
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;
/// Votes counted per option at most: more is not a show of hands.
pub const MAX_VOTES: u32 = 1_000_000;
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
    pub polls: BTreeMap<String, Vec<u32>>,
    /// The answers given on choice panels (the room's guess), by panel id.
    pub answers: BTreeMap<String, Answer>,
    /// Panels whose content notice the room chose to skip (chapter notices by
    /// the chapter's first panel).
    pub skipped: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shown {
    pub panel: String,
    pub at: u64,
}

/// Where a session's log lives: `sessions/NAME.ron` in the state folder.
pub fn path_for(name: &str) -> Option<PathBuf> {
    let name = crate::journey::store::safe_name(name);
    crate::journey::store::state_file(&format!("sessions/{name}.ron"))
}

/// Seconds since the Unix epoch: the clock of session logs and consoles.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Reads a session log without opening its store (for `export`).
pub fn read(path: &Path) -> Result<Option<Session>, String> {
    crate::store::read(path, MAX_BYTES)
}

impl Document for Session {
    const VERSION: u32 = VERSION;
    const WHAT: What = What::SessionLog;
    const WHAT_NAME: &'static str = "session log";
    fn version(&self) -> u32 {
        self.version
    }
    /// Poll counts are clamped as read: every sum of them then fits.
    fn check(&mut self) {
        for counts in self.polls.values_mut() {
            counts.truncate(MAX_OPTIONS);
            for n in counts.iter_mut() {
                *n = (*n).min(MAX_VOTES);
            }
        }
        finite_answers(&mut self.answers);
    }
}

impl Session {
    pub fn new(name: &str, now: u64) -> Self {
        Session {
            version: VERSION,
            name: name.to_owned(),
            started: now,
            ..Session::default()
        }
    }

    /// Records what `action` changed, from the state before and after it.
    pub fn record(
        &mut self,
        before: (Screen, Option<Gate>),
        action: Action,
        state: &State,
        now: u64,
    ) {
        let doc = &state.doc;
        let id = |i: usize| doc.panel(doc.timeline[i]).id().to_owned();
        let at = now.saturating_sub(self.started);
        if let (Screen::Panel(i), Some(_), Action::Skip) = (before.0, before.1, action) {
            self.skipped.push(id(i));
        }
        if let Screen::Panel(i) = state.screen
            && state.gate.is_none()
            && (before.0 != state.screen || before.1.is_some())
        {
            self.shown.push(Shown { panel: id(i), at });
        }
        self.polls = state
            .polls
            .iter()
            .map(|(&i, counts)| (id(i), counts.clone()))
            .collect();
        self.answers = state
            .answers
            .iter()
            .map(|(&i, a)| (id(i), a.clone()))
            .collect();
    }

    /// Puts a restarted screen's polls back where the room left them.
    pub fn restore(&self, state: &mut State) {
        for (id, counts) in &self.polls {
            if let Some(&i) = state.doc.panel_index.get(id) {
                state.polls.insert(i, counts.clone());
            }
        }
    }

    /// Fits the room's answers to `doc` (see [`fit_answers`]).
    pub fn fit_to(&mut self, doc: &Documentary) {
        fit_answers(&mut self.answers, doc);
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
