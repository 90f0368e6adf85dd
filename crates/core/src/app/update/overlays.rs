//! Actions inside the overlays: help, contents, bookmarks, search.

use super::chapters::chapter_start;
use super::marks::touch;
use super::moves::enter_forward;
use crate::action::Action;
use crate::app::state::{Overlay, State, TocRow};

pub(super) fn help(state: &mut State, scroll: u16, action: Action) {
    let scroll = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::ScrollLimit(max, _) => scroll.min(max),
        Action::Contents => {
            return state.viewer.overlay = Some(Overlay::Contents {
                selected: state.current_toc_row(),
            });
        }
        Action::Help | Action::Close | Action::Quit | Action::Back | Action::Next => {
            return state.viewer.overlay = None;
        }
        _ => return,
    };
    state.viewer.overlay = Some(Overlay::Help { scroll });
}

pub(super) fn contents(state: &mut State, selected: usize, action: Action) {
    let rows = state.toc_rows();
    let last = rows.len().saturating_sub(1);
    if let Action::Pick(row) = action {
        let row = usize::from(row);
        return if row <= last {
            contents(state, row, Action::Next)
        } else {
            state.viewer.overlay = Some(Overlay::Contents { selected })
        };
    }
    let selected = match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => (selected + 1).min(last),
        Action::Next => {
            state.viewer.overlay = None;
            let target = match rows.get(selected) {
                Some(TocRow::Episode(e)) => state.doc.episode_start(*e),
                Some(TocRow::Chapter(e, c)) => chapter_start(state, *e, *c),
                None => None,
            };
            if let Some(i) = target {
                enter_forward(state, i);
            }
            return;
        }
        Action::Help => return state.viewer.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Contents | Action::Close | Action::Quit | Action::Back => {
            return state.viewer.overlay = None;
        }
        _ => return,
    };
    state.viewer.overlay = Some(Overlay::Contents { selected });
}

pub(super) fn bookmarks(state: &mut State, selected: usize, action: Action) {
    let last = state.viewer.bookmarks.len().saturating_sub(1);
    if let Action::Pick(row) = action {
        if usize::from(row) < state.viewer.bookmarks.len() {
            bookmarks(state, usize::from(row), Action::Next);
        }
        return;
    }
    let selected = match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => (selected + 1).min(last),
        Action::Next => {
            state.viewer.overlay = None;
            if let Some(&i) = state.viewer.bookmarks.get(selected) {
                enter_forward(state, i);
            }
            return;
        }
        Action::ToggleBookmark => {
            if selected < state.viewer.bookmarks.len() {
                state.viewer.bookmarks.remove(selected);
                touch(state);
            }
            selected.min(state.viewer.bookmarks.len().saturating_sub(1))
        }
        Action::Help => return state.viewer.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Contents => {
            return state.viewer.overlay = Some(Overlay::Contents {
                selected: state.current_toc_row(),
            });
        }
        Action::Bookmarks | Action::Close | Action::Quit | Action::Back => {
            return state.viewer.overlay = None;
        }
        _ => return,
    };
    state.viewer.overlay = Some(Overlay::Bookmarks { selected });
}

/// The longest search one may type.
const QUERY_MAX: usize = 40;

pub(super) fn search(state: &mut State, query: String, selected: usize, action: Action) {
    let mut query = query;
    let mut selected = selected;
    match action {
        Action::Type(c) if query.chars().count() < QUERY_MAX && !c.is_control() => {
            query.push(c);
            selected = 0;
        }
        Action::Erase => {
            query.pop();
            selected = 0;
        }
        Action::Up => selected = selected.saturating_sub(1),
        Action::Down => selected = selected.saturating_add(1),
        Action::Next => {
            state.viewer.overlay = None;
            let found = crate::app::search::matches(&state.doc, state.viewer.lang, &query);
            if let Some(&i) = found.get(selected.min(found.len().saturating_sub(1))) {
                enter_forward(state, i);
            }
            return;
        }
        Action::Close | Action::Search => return state.viewer.overlay = None,
        _ => {}
    }
    let found = crate::app::search::matches(&state.doc, state.viewer.lang, &query);
    selected = selected.min(found.len().saturating_sub(1));
    state.viewer.overlay = Some(Overlay::Search { query, selected });
}
