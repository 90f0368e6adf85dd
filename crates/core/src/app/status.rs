//! What the screen tells a facilitator console after every change: the
//! [`Status`] (consoles send back [`super::remote::Remote`]s). The link itself is
//! generic; these are its current messages.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::room::{Gate, Screen};
use super::snapshot::RoomSnapshot;
use super::state::State;
use crate::answer::Answer;
use crate::content::model::Ask;
use crate::content::{Lang, Panel};
use crate::progress::Progress;

/// Names of the participants sent to consoles at most (the count is whole).
pub const NAMES_SENT: usize = 30;

/// What the screen tells consoles after every change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Status {
    /// The panel on screen, if any; `None` on the title and the end.
    pub panel: Option<String>,
    pub at_end: bool,
    /// A content notice is waiting for the room's choice.
    pub notice: bool,
    pub blank: bool,
    pub present: bool,
    pub lang: Option<Lang>,
    /// Unix seconds: when the session started, and the current chapter.
    pub session_started: u64,
    pub chapter_started: u64,
    /// The option highlighted on a choice panel.
    pub selected: usize,
    /// The tally per option (hands and ballots), by choice panel id.
    pub polls: BTreeMap<String, Vec<u64>>,
    /// Unix seconds when the discussion timer rings, if one runs.
    pub timer_end: Option<u64>,
    pub timer_minutes: u32,
    /// The panel the room will see next, conditions honoured.
    pub next: Option<String>,
    /// The screen plays on its own.
    pub autoplay: bool,
    /// Which notice waits on screen, if one does.
    pub gate: Option<Gate>,
    /// How far the panel on screen is revealed (questions picked, answers out, the guess).
    pub progress: Progress,
    /// The screen's answer on the panel on screen.
    pub answer: Option<Answer>,
    /// The room's guesses on the panel on screen, in ascending order.
    pub guesses: Vec<f64>,
    /// The whole screening, for followers who draw what the room sees
    /// (`invisibles serve`) and for the console's queue of questions.
    pub room: RoomSnapshot,
    /// How many participants follow now, and the first names (bounded).
    pub people: usize,
    pub names: Vec<String>,
    /// The panel's place in its chapter and the chapter's length, counting
    /// only the panels this screening shows (a panel shown on a condition
    /// the room did not meet is not counted), as the screen's footer says.
    pub position: Option<(usize, usize)>,
}

/// What consoles are told of `state`: where it is, its clocks and the room.
pub fn status_of(state: &State) -> Status {
    let clock = state.clock();
    let doc = &state.doc();
    let here = match state.room().screen() {
        Screen::Panel(i) => Some(i),
        _ => None,
    };
    let panel = here.map(|i| doc.panel(doc.timeline[i]).id().to_owned());
    let progress = here
        .map(|i| state.room().progress(i).clone())
        .unwrap_or_default();
    let selected = progress.selected;
    let answer = here.and_then(|i| state.view().answer(i));
    let guesses = here
        .and_then(|i| state.room().polls().get(&i))
        .map(crate::app::poll::Poll::guesses)
        .unwrap_or_default();
    Status {
        position: state.view().chapter_position(),
        panel,
        at_end: state.room().screen() == Screen::End,
        notice: state
            .room()
            .gate()
            .is_some_and(|g| g != crate::app::room::Gate::Episode),
        blank: state.room().blank(),
        present: state.viewer().present(),
        lang: Some(state.viewer().lang()),
        session_started: clock.session_started(),
        chapter_started: clock.chapter_started(),
        selected,
        polls: state
            .room()
            .polls()
            .iter()
            .filter_map(|(&i, poll)| {
                let Panel::Choice(ch) = doc.panel(*doc.timeline.get(i)?) else {
                    return None;
                };
                let options = match &ch.ask {
                    Ask::Options(o) => o.len(),
                    Ask::Guess { .. } => 0,
                };
                Some((ch.id.clone(), poll.tally(options)))
            })
            .collect(),
        timer_end: clock.timer().map(|t| t.end),
        timer_minutes: clock.timer().map_or(0, |t| t.minutes),
        next: state
            .next_panel()
            .map(|j| doc.panel(doc.timeline[j]).id().to_owned()),
        autoplay: clock.autoplaying(),
        gate: state.room().gate(),
        progress,
        answer,
        guesses,
        room: RoomSnapshot::of(doc, state.room()).with_answered(doc, state.answered_panels()),
        people: state.room().people().len(),
        names: state
            .room()
            .people()
            .iter()
            .take(NAMES_SENT)
            .cloned()
            .collect(),
    }
}
