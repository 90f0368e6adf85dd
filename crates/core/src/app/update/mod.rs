//! `update`: the only place a [`State`] changes, and what it says it did.

mod act;
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
mod marks;
mod moves;
mod overlays;
mod participant;
mod pick;
mod questions;
mod scroll;

use super::effect::Effect;
use super::msg::Msg;
use super::note::Note;
use super::state::State;
use crate::action::Action;
use act::act;
use choice::cast;
use host::{reload, resume, setup};
use marks::touch;

pub use console::{ConsoleMsg, console as console_update};
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
            if let Some(action) = super::keys::action_for(state, key) {
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
        Msg::Tick => {
            // Autoplay's step is an action as a key's would be.
            if let Some(auto) = clock::autoplay_due(state) {
                act(state, Action::Advance);
                clock::rearm(state, auto);
            }
        }
        Msg::Autoplay(pace) => clock::start_autoplay(state, pace),
        Msg::RestoreTimer(t) => clock::restore_timer(state, t),
        Msg::SessionStarted(secs) => state.clock.session_started = secs,
        Msg::ChapterStarted { chapter, at } => {
            if state.clock.chapter == Some(chapter) {
                state.clock.chapter_started = at.min(state.clock.now / 1000);
            }
        }
        Msg::Jump(i) => moves::jump(state, i, false),
        Msg::Resume(r) => resume(state, r),
        Msg::Setup(s) => setup(state, s),
        Msg::Notice(text) => marks::notice(state, Note::Text(text)),
        Msg::Reload(doc) => reload(state, doc),
        Msg::Participant => state.viewer.participant = true,
        Msg::NotesRead => state.viewer.notes.clear(),
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
        } => questions::ask(state, (&asker, &from), &text, anonymous),
        Msg::Upvote { id, voter } => questions::upvote(state, id, &voter),
        Msg::Questions(items) => {
            state.room.questions = crate::app::questions::Questions::restored(items);
        }
        Msg::Invitation(inv) => facilitator::invite(state, inv),
        Msg::Question(op) => questions::apply(state, op),
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
