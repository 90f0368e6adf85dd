//! `update`: the only place a [`State`] changes, and what it says it did.

mod autoplay;
mod card;
mod chapters;
mod choice;
mod clock;
mod console;
mod doing;
mod facilitator;
mod follower;
mod host;
mod moves;
mod overlays;
mod participant;
mod pick;
mod scroll;

use super::effect::{Effect, Via};
use super::msg::Msg;
use super::note::Note;
use super::questions::QuestionOp;
use super::room::Screen;
use super::state::{Overlay, State};
use crate::action::Action;
use crate::content::Lang;
use host::{reload, resume, setup};

use autoplay::advance_auto;
use chapters::{chapter_edge, next_chapter, prev_chapter, skip};
use choice::{cast, vote};
pub use console::{ConsoleMsg, console as console_update};
use moves::{back, enter_forward, enter_quietly, next, up_down};
use overlays::{bookmarks, contents, help, search};
pub use participant::{ParticipantMsg, participant};

/// Applies one message and says what it did. The only function that changes
/// a [`State`].
pub fn update(state: &mut State, msg: impl Into<Msg>) -> Vec<Effect> {
    apply(state, msg.into());
    choice::keep_reopened(state);
    clock::follow_chapter(state);
    let mut effects = std::mem::take(&mut state.effects);
    effects.dedup();
    effects
}

/// One message, by whoever sent it: the viewer at this terminal, the
/// facilitator, the clock, or the host (a journey, options, a notice).
fn apply(state: &mut State, msg: Msg) {
    match msg {
        Msg::Key(key) => {
            clock::visitor(state);
            if let Some(action) = super::action_for(state, key) {
                act(state, action);
            }
        }
        Msg::Act(action) => {
            if !matches!(action, Action::ScrollLimit(..) | Action::Advance) {
                clock::visitor(state);
            }
            act(state, action);
        }
        Msg::Facilitator(remote) => facilitator::command(state, remote),
        Msg::Now(now) => clock::now(state, now),
        Msg::Tick => clock::tick(state),
        Msg::Autoplay(pace) => clock::start_autoplay(state, pace),
        Msg::RestoreTimer(t) => clock::restore_timer(state, t),
        Msg::SessionStarted(secs) => state.clock.session_started = secs,
        Msg::ChapterStarted { chapter, at } => {
            if state.clock.chapter == Some(chapter) {
                state.clock.chapter_started = at.min(state.clock.now / 1000);
            }
        }
        Msg::Jump(i) => jump(state, i, false),
        Msg::Resume(r) => resume(state, r),
        Msg::Setup(s) => setup(state, s),
        Msg::Notice(text) => notice(state, Note::Text(text)),
        Msg::Reload(doc) => reload(state, doc),
        Msg::Participant => state.viewer.participant = true,
        Msg::Problems(report) => {
            if state.viewer.problems != report {
                state.viewer.problems_scroll = 0;
            }
            state.viewer.problems = report;
        }
        Msg::Witnessed(i) => {
            if let Some(seen) = state.viewer.seen.get_mut(i)
                && !*seen
            {
                *seen = true;
                touch(state);
            }
        }
        Msg::Ballot {
            panel,
            voter,
            ballot,
        } => cast(state, panel, &voter, ballot),
        Msg::Answer { panel, answer } => {
            if panel < state.doc.timeline.len()
                && state.viewer.answers.insert(panel, answer.clone()) != Some(answer)
            {
                state.effects.push(Effect::Answered(panel));
                touch(state);
            }
        }
        Msg::Ask {
            asker,
            from,
            text,
            anonymous,
        } => {
            let at = state.slot().map(|s| state.doc.panel(s).id().to_owned());
            if (state.room.questions).ask_at((&asker, &from), &text, at, anonymous) {
                state.effects.push(Effect::QuestionsChanged);
            }
        }
        Msg::Upvote { id, voter } => {
            if state.room.questions.upvote(id, &voter) {
                state.effects.push(Effect::QuestionsChanged);
            }
        }
        Msg::Questions(items) => state.room.questions = super::Questions::restored(items),
        Msg::Invitation(inv) => {
            let inv = Some(inv.cleaned());
            state.room.invitation = inv;
        }
        Msg::Question(op) => {
            if state.room.questions.apply(op) {
                state.effects.push(Effect::QuestionsChanged);
                // A question put on a black screen brings the picture back:
                // the facilitator wants the room to read it.
                if state.room.blank && state.room.questions.shown().is_some() {
                    state.room.blank = false;
                }
            }
        }
        Msg::Polls(polls) => {
            state
                .effects
                .extend(polls.keys().map(|&i| Effect::PollChanged(i)));
            state.room.polls = polls
                .into_iter()
                .filter(|(i, _)| *i < state.doc.timeline.len())
                .collect();
        }
    }
}

/// A new note joins the ones not yet read, so none hides another (a
/// bounded line: it is cleared by the next key).
fn notice(state: &mut State, note: Note) {
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
fn touch(state: &mut State) {
    if state.effects.last() != Some(&Effect::JourneyChanged) {
        state.effects.push(Effect::JourneyChanged);
    }
}

/// Goes to panel `i`; with `card`, entering an episode at its start shows
/// its title card first (a console's jump does, a jump by index does not).
fn jump(state: &mut State, i: usize, card: bool) {
    if i >= state.doc.timeline.len() {
        return;
    }
    state.viewer.overlay = None;
    state.room.blank = false;
    state.viewer.notes.clear();
    let from = state.effects.len();
    if card {
        enter_forward(state, i);
    } else {
        enter_quietly(state, i);
    }
    for effect in &mut state.effects[from..] {
        if let Effect::Shown { via, .. } = effect {
            *via = Via::Jump;
        }
    }
}

fn act(state: &mut State, action: Action) {
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
        Action::Answer => choice::answer(state),
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
            let minutes = (!running).then(|| super::clock::discussion_minutes(&state.doc, state.slot()));
            clock::timer(state, minutes);
        }
        Action::ShowTimer => clock::show_timer(state),
        Action::QuestionNext => apply(state, Msg::Question(QuestionOp::ProjectNext)),
        Action::QuestionHide => {
            if let Some(id) = state.room.questions.next_to_hide() {
                apply(state, Msg::Question(QuestionOp::Hide(id)));
            }
        }
        Action::QuestionAnswered => {
            if let Some(id) = state.room.questions.projected {
                apply(state, Msg::Question(QuestionOp::Answered(id)));
            }
        }
        Action::ToggleInvitation => {
            state.room.invitation_shown =
                !state.room.invitation_shown && state.room.invitation.is_some();
        }
    }
}
