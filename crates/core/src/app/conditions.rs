//! Conditions (`when:`): whether a panel is shown, given the answers so far
//! (the room's in a screening: see `answers`).

use super::room::Screen;
use super::state::{State, View};
use crate::answer::Answer;
use crate::content::model::Condition;

/// Whether panel `i` is shown, given what the viewer has done so far.
pub fn visible(state: &State, i: usize) -> bool {
    shown_in(&state.view(), i)
}

/// Whether panel `i` is shown to this view: its condition, if any, holds for
/// the answers of whoever navigates.
pub fn shown_in(view: &View<'_>, i: usize) -> bool {
    view.doc
        .timeline
        .get(i)
        .is_some_and(|s| view.doc.panel(*s).when().is_none_or(|c| holds(view, c)))
}

fn holds(view: &View<'_>, cond: &Condition) -> bool {
    let index = |id: &str| view.doc.panel_index.get(id).copied();
    match cond {
        Condition::Seen(id) => index(id).is_some_and(|i| view.viewer.seen(i)),
        Condition::Answered(id) => index(id).is_some_and(|i| view.answer(i).is_some()),
        Condition::Picked(id, option) => {
            index(id).is_some_and(|i| view.answer(i) == Some(Answer::Picked(*option)))
        }
        Condition::Not(inner) => !holds(view, inner),
        Condition::All(list) => list.iter().all(|c| holds(view, c)),
        Condition::Any(list) => list.iter().any(|c| holds(view, c)),
    }
}

impl State {
    /// The panel the room will see after this one, conditions honoured.
    pub fn next_panel(&self) -> Option<usize> {
        let from = match self.room.screen {
            Screen::Title => 0,
            // From an episode's title card, its first panel comes next.
            Screen::Panel(i) if self.room.gate == Some(crate::app::room::Gate::Episode) => i,
            Screen::Panel(i) => i.saturating_add(1),
            Screen::End => return None,
        };
        (from..self.doc.timeline.len()).find(|&j| visible(self, j))
    }
}
