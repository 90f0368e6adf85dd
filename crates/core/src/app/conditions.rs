//! Conditions (`when:`): whether a panel is shown, given the answers so far
//! (the room's in a screening: see `answers`).

use super::state::{Screen, State};
use crate::answer::Answer;
use crate::content::model::Condition;

/// Whether panel `i` is shown, given what the viewer has done so far.
pub fn visible(state: &State, i: usize) -> bool {
    state
        .doc
        .timeline
        .get(i)
        .is_some_and(|s| state.doc.panel(*s).when().is_none_or(|c| holds(state, c)))
}

fn holds(state: &State, cond: &Condition) -> bool {
    let index = |id: &str| state.doc.panel_index.get(id).copied();
    match cond {
        Condition::Seen(id) => index(id).is_some_and(|i| state.viewer.seen[i]),
        Condition::Answered(id) => index(id).is_some_and(|i| state.view().answer(i).is_some()),
        Condition::Picked(id, option) => {
            index(id).is_some_and(|i| state.view().answer(i) == Some(Answer::Picked(*option)))
        }
        Condition::Not(inner) => !holds(state, inner),
        Condition::All(list) => list.iter().all(|c| holds(state, c)),
        Condition::Any(list) => list.iter().any(|c| holds(state, c)),
    }
}

impl State {
    /// The panel the room will see after this one, conditions honoured.
    pub fn next_panel(&self) -> Option<usize> {
        let from = match self.room.screen {
            Screen::Title => 0,
            Screen::Panel(i) => i.saturating_add(1),
            Screen::End => return None,
        };
        (from..self.doc.timeline.len()).find(|&j| visible(self, j))
    }
}
