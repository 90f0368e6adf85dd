//! Moving by chapter: the next or previous chapter's start, the first or
//! last panel of this one.

use super::marks::touch;
use super::moves::{advance, enter_forward};
use crate::app::conditions::visible;
use crate::app::effect::Effect;
use crate::app::room::{Gate, Screen};
use crate::app::state::State;

pub(super) fn next_chapter(state: &mut State) {
    let from = match state.room.screen {
        Screen::Title => return enter_forward(state, 0),
        Screen::End => return,
        Screen::Panel(i) => i,
    };
    let target = state.doc.chapter_starts().find(|&s| s > from);
    match target {
        Some(s) => enter_forward(state, s),
        None => {
            state.room.screen = Screen::End;
            state.room.gate = None;
            touch(state);
        }
    }
}

pub(super) fn prev_chapter(state: &mut State) {
    let at = match state.room.screen {
        Screen::Title => return,
        Screen::End => state.doc.timeline.len(),
        Screen::Panel(i) => i,
    };
    let starts: Vec<usize> = state.doc.chapter_starts().collect();
    let current = starts.iter().copied().rfind(|&s| s <= at);
    let target = match current {
        Some(s) if s < at => Some(s),
        _ => starts.iter().copied().rfind(|&s| s < at),
    };
    if let Some(s) = target {
        enter_forward(state, s);
    }
}

pub(super) fn chapter_start(state: &State, e: usize, c: usize) -> Option<usize> {
    state
        .doc
        .timeline
        .iter()
        .position(|s| s.episode == e && s.chapter == c)
}

/// Home and End: the first or last panel shown in the current chapter.
pub(super) fn chapter_edge(state: &mut State, last: bool) {
    let Some(here) = state.slot() else {
        return;
    };
    let mut in_chapter = (0..state.doc.timeline.len()).filter(|&j| {
        let s = state.doc.timeline[j];
        (s.episode, s.chapter) == (here.episode, here.chapter) && visible(state, j)
    });
    let target = if last {
        in_chapter.next_back()
    } else {
        in_chapter.next()
    };
    if let Some(j) = target
        && Some(j) != state.room_index()
    {
        enter_forward(state, j);
    }
}

/// Skips the notice on screen: a chapter's skips the chapter, a panel's the panel.
pub(super) fn skip(state: &mut State) {
    let Screen::Panel(i) = state.room.screen else {
        return;
    };
    match state.room.gate {
        Some(Gate::Chapter) => {
            state.effects.push(Effect::Skipped(i));
            next_chapter(state)
        }
        Some(Gate::Panel) => {
            state.effects.push(Effect::Skipped(i));
            advance(state, i)
        }
        Some(Gate::Episode) | None => {}
    }
}
