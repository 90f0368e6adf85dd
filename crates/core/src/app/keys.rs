//! Which keymap table applies to a viewer, and what their key asks for: the
//! keymap is data about keys; reading a state to pick its mode is the app's.

use super::room::Gate;
use super::state::{Overlay, State, View};
use super::view::{answering_a_question, typing_a_guess};
use crate::action::Action;
use crate::input::Key;
use crate::keymap::{Mode, action_in, is_workshop_only};

/// The keymap's mode for what `view` shows.
pub fn mode_of(view: &View<'_>) -> Mode {
    if view.room.blank {
        return Mode::Blank;
    }
    match (&view.viewer.overlay, view.room.gate) {
        (Some(Overlay::Help { .. }), _) => Mode::Help,
        (Some(Overlay::Contents { .. }), _) => Mode::Contents,
        (Some(Overlay::Bookmarks { .. }), _) => Mode::Bookmarks,
        (Some(Overlay::Search { .. }), _) => Mode::Search,
        // The title card reads like a panel: → goes on, ← goes back.
        (None, Some(Gate::Episode)) => Mode::Play,
        (None, Some(_)) => Mode::Notice,
        (None, None) if typing_a_guess(view) => Mode::Guess,
        (None, None) if answering_a_question(view) => Mode::Ask,
        (None, None) => Mode::Play,
    }
}

/// The action a key press asks for in the current mode, if any.
pub fn action_for(state: &State, pressed: Key) -> Option<Action> {
    let view = state.view();
    let mode = mode_of(&view);
    let action = action_in(mode, pressed)?;
    // The room's show of hands is only taken in a workshop.
    (!is_workshop_only(mode, action) || view.room.workshop).then_some(action)
}

/// Whether `action` moves the room: a follower's such key is the
/// facilitator's to press, neither done nor offered.
pub fn moves_the_room(action: Action) -> bool {
    matches!(
        action,
        Action::Next
            | Action::Back
            | Action::NextChapter
            | Action::PrevChapter
            | Action::Episode(_)
            | Action::ChapterStart
            | Action::ChapterEnd
    )
}
