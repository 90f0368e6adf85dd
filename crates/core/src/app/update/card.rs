//! An episode's title card: shown when the viewer enters an episode at its
//! start, from outside it, by any route; `→` goes on to the first panel and
//! `←` from that panel comes back to the card (in `moves`, which goes back).

use super::marks::touch;
use crate::app::conditions::visible;
use crate::app::room::{Gate, Screen};
use crate::app::state::State;

/// Whether panel `i` is the first shown of its episode.
pub(super) fn first_of_episode(state: &State, i: usize) -> bool {
    let Some(episode) = state.doc.timeline.get(i).map(|s| s.episode) else {
        return false;
    };
    (0..state.doc.timeline.len())
        .find(|&j| state.doc.timeline[j].episode == episode && visible(state, j))
        == Some(i)
}

/// Whether arriving at panel `i` now enters its episode at its start, from
/// the title, the end or another episode.
pub(super) fn opens_episode(state: &State, i: usize) -> bool {
    let from = match state.room.screen {
        Screen::Panel(j) => state.doc.timeline.get(j).map(|s| s.episode),
        Screen::Title | Screen::End => None,
    };
    first_of_episode(state, i) && from != state.doc.timeline.get(i).map(|s| s.episode)
}

/// Puts the title card of panel `i`'s episode on screen, before the panel.
pub(super) fn show(state: &mut State, i: usize) {
    touch(state);
    state.viewer.typed.clear();
    state.room.screen = Screen::Panel(i);
    state.viewer.scroll = 0;
    state.room.gate = Some(Gate::Episode);
}
