//! What a change leaves for the viewer and the front ends besides the state
//! itself: a note on the status line, the journey marked as changed.

use crate::app::effect::Effect;
use crate::app::note::Note;
use crate::app::state::State;

/// A new note joins the ones not yet read, so none hides another (a
/// bounded line: it is cleared by the next key).
pub(super) fn notice(state: &mut State, note: Note) {
    const MAX_NOTES: usize = 8;
    let notes = &mut state.viewer.notes;
    if notes.contains(&note) {
        return;
    }
    if notes.len() >= MAX_NOTES {
        notes.clear();
    }
    notes.push(note);
}

/// Records that something the journey keeps has changed.
pub(super) fn touch(state: &mut State) {
    if state.effects.last() != Some(&Effect::JourneyChanged) {
        state.effects.push(Effect::JourneyChanged);
    }
}
