//! The host's messages: the command line's options, a saved journey put
//! back, a new documentary after an author's edit.

use super::card::first_of_episode;
use super::marks::touch;
use super::moves::{enter_forward, enter_quietly};
use crate::app::msg::{Resume, ResumeAt, Setup};
use crate::app::room::Screen;
use crate::app::state::State;

pub(super) fn setup(state: &mut State, s: Setup) {
    state.viewer.theme = s.theme;
    state.viewer.depth = s.depth;
    state.viewer.present = s.present;
    state.room.workshop = s.workshop;
    if let Some(lang) = s.lang {
        state.viewer.lang = lang;
    }
}

/// Puts a saved journey back; indices out of range are dropped.
pub(super) fn resume(state: &mut State, r: Resume) {
    let n = state.doc.timeline.len();
    for i in r.seen.into_iter().filter(|&i| i < n) {
        state.viewer.seen[i] = true;
    }
    state.viewer.bookmarks = r.bookmarks.into_iter().filter(|&i| i < n).collect();
    state.viewer.bookmarks.dedup();
    state.viewer.answers = r.answers.into_iter().filter(|(i, _)| *i < n).collect();
    state.viewer.reopened = None;
    for i in r.chapters_accepted.into_iter().filter(|&i| i < n) {
        state.room.accepted_chapters[i] = true;
    }
    for i in r.panels_accepted.into_iter().filter(|&i| i < n) {
        state.room.accepted_panels[i] = true;
    }
    if let Some(lang) = r.lang {
        state.viewer.lang = lang;
    }
    let progress = r.progress;
    let restore_progress = |state: &mut State| {
        for (i, p) in &progress {
            if let Some(slot) = state.doc.timeline.get(*i).copied() {
                let fitted = p.clone().fitted(state.doc.panel(slot));
                state.room.progress[*i] = fitted;
            }
        }
    };
    restore_progress(state);
    match r.at {
        ResumeAt::Title => {}
        ResumeAt::Panel(i) => {
            // A journey left on a title card comes back to it.
            if first_of_episode(state, i) && !state.viewer.seen[i] {
                enter_forward(state, i);
            } else {
                enter_quietly(state, i);
            }
            // Entering starts a panel over: put back how far it had gone,
            // with its newest passage or answer in view.
            restore_progress(state);
            if let Screen::Panel(j) = state.room.screen {
                let p = state.room.progress(j);
                if p.revealed > 1 || !p.steps.is_empty() {
                    state.viewer.scroll = u16::MAX;
                }
            }
            welcome_back(state);
        }
        ResumeAt::End => {
            state.room.screen = Screen::End;
            state.room.gate = None;
        }
    }
}

/// Plays a new documentary where the old one was: the journey, by ids, is
/// carried over (a vanished panel resumes at the nearest one), and so are
/// the viewer's settings and the room's polls.
pub(super) fn reload(state: &mut State, doc: std::sync::Arc<crate::content::Documentary>) {
    // An answer being given again goes back first: the journey keeps it.
    if let Some((i, old)) = state.viewer.reopened.take() {
        state.viewer.answers.entry(i).or_insert(old);
    }
    let journey = crate::journey::Journey::capture(state);
    let polls: Vec<(String, crate::app::poll::Poll)> = state
        .room
        .polls
        .iter()
        .filter_map(|(&i, p)| {
            Some((
                state.doc.panel(*state.doc.timeline.get(i)?).id().to_owned(),
                p.clone(),
            ))
        })
        .collect();
    let mut fresh = State::new(doc, state.viewer.lang);
    fresh.viewer.theme = state.viewer.theme;
    fresh.viewer.depth = state.viewer.depth;
    fresh.viewer.present = state.viewer.present;
    fresh.room.workshop = state.room.workshop;
    for (id, poll) in polls {
        if let Some(&i) = fresh.doc.panel_index.get(&id) {
            fresh.room.polls.insert(i, poll);
        }
    }
    let resume = journey.resume(&fresh.doc);
    let effects = std::mem::take(&mut state.effects);
    *state = fresh;
    state.effects = effects;
    self::resume(state, resume);
    state.viewer.notes.clear();
    state.viewer.problems = None;
    touch(state);
}

/// Says where a resumed journey lands, and how to start the chapter over.
fn welcome_back(state: &mut State) {
    if let Some(slot) = state.slot() {
        state.viewer.notes = vec![crate::app::note::Note::WelcomeBack(slot)];
    }
}
