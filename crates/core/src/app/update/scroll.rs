//! Scrolling the text on screen: by a line, by a page (next reads on, like a
//! pager, before it moves on), and what the last frame said of the text's
//! size. The position is kept as asked and never clamped by a frame, so a
//! resize, or a frame too small to draw, loses nothing; `u16::MAX` stands for
//! "as far as it goes" (a passage or an answer just revealed) at any size.

use crate::app::room::Screen;
use crate::app::state::State;

/// The last frame's report: how far the text can scroll, how many lines show.
pub(super) fn limit(state: &mut State, max: u16, page: u16) {
    state.viewer.scroll_max = max;
    state.viewer.page = page;
}

/// Where the text stands on screen: the position asked, as far as it goes.
fn at(state: &State) -> u16 {
    state.viewer.scroll.min(state.viewer.scroll_max)
}

/// One line up (`delta < 0`) or down, from where the text stands.
pub(super) fn by(state: &mut State, delta: i32) {
    let at = at(state);
    if delta < 0 {
        state.viewer.scroll = at.saturating_sub(1);
    } else if at < state.viewer.scroll_max {
        state.viewer.scroll = at.saturating_add(1);
    }
}

/// Next on a text that goes on below the fold: a page further, keeping one
/// line of the last for context. Says whether it scrolled.
pub(super) fn page_on(state: &mut State) -> bool {
    let on_panel = matches!(state.room.screen, Screen::Panel(_));
    if !on_panel || state.room.gate.is_some() || state.viewer.overlay.is_some() {
        return false;
    }
    let at = at(state);
    let max = state.viewer.scroll_max;
    if at >= max {
        return false;
    }
    let step = state.viewer.page.saturating_sub(1).max(1);
    state.viewer.scroll = at.saturating_add(step).min(max);
    true
}

/// A new text: scrolled to `to`, its size unknown until it is drawn.
pub(super) fn start(state: &mut State, to: u16) {
    state.viewer.scroll = to;
    state.viewer.scroll_max = 0;
}
