//! A click on a row of what is on screen: a debate's question is picked
//! (the overlays' rows are handled with the overlays).

use super::marks::touch;
use crate::app::room::Screen;
use crate::app::state::State;
use crate::content::Panel;

/// A click on a debate's question `q`: it becomes the one picked.
pub(super) fn question(state: &mut State, q: usize) {
    if state.room.gate.is_none()
        && let Screen::Panel(i) = state.room.screen
        && let Some(slot) = state.slot()
        && let Panel::Debate(d) = state.doc.clone().panel(slot)
        && q < d.questions.len()
        && let Some(p) = state.room.progress.get_mut(i)
        && p.selected != q
    {
        p.selected = q;
        super::scroll::start(state, 0);
        touch(state);
    }
}
