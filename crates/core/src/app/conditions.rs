//! Conditions (`when:`): whether a panel is shown, given the answers so far
//! (the room's in a screening: see `answers`).

use super::state::State;
use crate::content::model::Condition;
use crate::journey::Answer;

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
