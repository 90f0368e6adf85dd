//! What an action does: the keymap's actions, whoever pressed them.

use super::autoplay::advance_auto;
use super::chapters::{chapter_edge, next_chapter, prev_chapter, skip};
use super::choice::{self, vote};
use super::marks::touch;
use super::moves::{back, enter_forward, next, up_down};
use super::overlays::{bookmarks, contents, help, search};
use super::{clock, pick, questions, scroll};
use crate::action::Action;
use crate::app::effect::Effect;
use crate::app::note::Note;
use crate::app::questions::QuestionOp;
use crate::app::room::Screen;
use crate::app::state::{Overlay, State};
use crate::content::Lang;

/// One action, from a key of this terminal's viewer, the facilitator or
/// autoplay: the black screen and the overlays take it first.
pub(super) fn act(state: &mut State, action: Action) {
    if !matches!(action, Action::ScrollLimit(..)) {
        state.viewer.notes.clear();
    }
    if state.room.blank && !matches!(action, Action::ScrollLimit(..) | Action::ForceQuit) {
        // Any key brings the picture back, and does nothing else.
        state.room.blank = false;
        return;
    }
    match action {
        Action::ForceQuit => return state.effects.push(Effect::Quit),
        Action::TogglePresent => return state.viewer.present = !state.viewer.present,
        Action::Blank => {
            state.room.blank = true;
            return;
        }
        Action::Suspend => return state.effects.push(Effect::Suspend),
        Action::ToggleLang => {
            state.viewer.lang = match state.viewer.lang {
                Lang::Fr => Lang::En,
                Lang::En => Lang::Fr,
            };
            return touch(state);
        }
        _ => {}
    }
    // Problems over the screen (`--watch`) scroll; every other key still acts.
    if state.viewer.problems.is_some() {
        let scroll = &mut state.viewer.problems_scroll;
        match action {
            Action::Up | Action::ScrollUp => return *scroll = scroll.saturating_sub(1),
            Action::Down | Action::ScrollDown => return *scroll = scroll.saturating_add(1),
            Action::ScrollLimit(max, _) => return *scroll = (*scroll).min(max),
            _ => {}
        }
    }
    match state.viewer.overlay.clone() {
        Some(Overlay::Help { scroll }) => help(state, scroll, action),
        Some(Overlay::Contents { selected }) => contents(state, selected, action),
        Some(Overlay::Bookmarks { selected }) => bookmarks(state, selected, action),
        Some(Overlay::Search { query, selected }) => search(state, query, selected, action),
        None => play(state, action),
    }
}

fn play(state: &mut State, action: Action) {
    match action {
        Action::Next => next(state),
        Action::Answer => {
            if !choice::answer(state) {
                next(state);
            }
        }
        Action::Back => back(state),
        Action::Up => up_down(state, -1),
        Action::Down => up_down(state, 1),
        Action::ScrollUp => scroll::by(state, -1),
        Action::ScrollDown => scroll::by(state, 1),
        Action::ScrollLimit(max, page) => scroll::limit(state, max, page),
        Action::NextChapter => next_chapter(state),
        Action::PrevChapter => prev_chapter(state),
        Action::Episode(n) => {
            match usize::from(n)
                .checked_sub(1)
                .and_then(|e| state.doc.episode_start(e))
            {
                Some(i) => enter_forward(state, i),
                None => {
                    let count = state.doc.episodes.len();
                    state.viewer.notes = vec![Note::NoSuchEpisode { n, count }];
                }
            }
        }
        Action::Type(c) => {
            if crate::app::view::typing_a_guess(&state.view()) {
                choice::type_guess(state, c);
            }
        }
        Action::Erase => choice::erase_guess(state),
        Action::AnswerAgain => choice::answer_again(state),
        Action::Pick(q) => pick::question(state, usize::from(q)),
        Action::ChapterStart => chapter_edge(state, false),
        Action::ChapterEnd => chapter_edge(state, true),
        Action::Search => {
            state.viewer.overlay = Some(Overlay::Search {
                query: String::new(),
                selected: 0,
            })
        }
        Action::Contents => {
            state.viewer.overlay = Some(Overlay::Contents {
                selected: state.current_toc_row(),
            })
        }
        Action::Help => state.viewer.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Skip => skip(state),
        Action::ToggleBookmark => {
            if let Screen::Panel(i) = state.room.screen {
                let said = match state.viewer.bookmarks.iter().position(|&b| b == i) {
                    Some(k) => {
                        state.viewer.bookmarks.remove(k);
                        Note::BookmarkRemoved
                    }
                    None => {
                        state.viewer.bookmarks.push(i);
                        Note::BookmarkAdded
                    }
                };
                state.viewer.notes = vec![said];
                touch(state);
            }
        }
        Action::Bookmarks => {
            let selected = match state.room.screen {
                Screen::Panel(i) => state
                    .viewer
                    .bookmarks
                    .iter()
                    .position(|&b| b == i)
                    .unwrap_or(0),
                _ => 0,
            };
            state.viewer.overlay = Some(Overlay::Bookmarks { selected });
        }
        Action::Quit => state.effects.push(Effect::Quit),
        Action::Vote(delta) => vote(state, delta),
        Action::Advance => advance_auto(state),
        Action::Close
        | Action::ForceQuit
        | Action::Suspend
        | Action::ToggleLang
        | Action::TogglePresent
        | Action::Blank
        | Action::Unblank
        // A participant's own, handled by their update (`participant`).
        | Action::Follow
        | Action::Ask
        | Action::RoomQuestions
        | Action::Anonymous
        // The console's alone (asked twice there): no key on the screen ends a session.
        | Action::EndSession => {}
        // The facilitator's, when they reach the screen.
        Action::Timer => {
            let running = (state.clock.timer).is_some_and(|t| t.end > state.clock.now / 1000);
            let minutes = (!running).then(|| crate::app::clock::discussion_minutes(&state.doc, state.slot()));
            clock::timer(state, minutes);
        }
        Action::ShowTimer => clock::show_timer(state),
        Action::QuestionNext => questions::apply(state, QuestionOp::ProjectNext),
        Action::QuestionHide => {
            if let Some(id) = state.room.questions.next_to_hide() {
                questions::apply(state, QuestionOp::Hide(id));
            }
        }
        Action::QuestionAnswered => {
            if let Some(id) = state.room.questions.projected {
                questions::apply(state, QuestionOp::Answered(id));
            }
        }
        Action::ToggleInvitation => {
            state.room.invitation_shown =
                !state.room.invitation_shown && state.room.invitation.is_some();
        }
    }
}
