//! Autoplay's step: what the clock does when the viewer lets it play.

use super::chapters::skip;
use super::marks::touch;
use super::moves::{advance, enter_forward, next};
use crate::app::room::{Gate, Screen};
use crate::app::state::State;
use crate::content::Panel;

/// Autoplay: reveals and moves on like `Next`, but leaves questions
/// unanswered, passes notices by, and starts over after the end.
pub(super) fn advance_auto(state: &mut State) {
    let i = match state.room.screen {
        Screen::Title => return enter_forward(state, 0),
        Screen::End => {
            state.room.screen = Screen::Title;
            return touch(state);
        }
        Screen::Panel(i) => i,
    };
    match state.room.gate {
        Some(Gate::Episode) => return next(state),
        Some(_) => return skip(state),
        None => {}
    }
    match state.doc.clone().panel(state.doc.timeline[i]) {
        Panel::Choice(_) => advance(state, i),
        _ => next(state),
    }
}
