//! The room's questions: asked by a participant, upvoted, and put on the
//! projector, answered or hidden by the facilitator.

use crate::app::effect::Effect;
use crate::app::questions::QuestionOp;
use crate::app::state::State;

/// A question from `asker` (what they hold) named `from`, asked on the panel
/// on screen.
pub(super) fn ask(state: &mut State, who: (&str, &str), text: &str, anonymous: bool) {
    let at = state.slot().map(|s| state.doc.panel(s).id().to_owned());
    if (state.room.questions).ask_at(who, text, at, anonymous) {
        state.effects.push(Effect::QuestionsChanged);
    }
}

pub(super) fn upvote(state: &mut State, id: u32, voter: &str) {
    if state.room.questions.upvote(id, voter) {
        state.effects.push(Effect::QuestionsChanged);
    }
}

/// The facilitator's move on the queue.
pub(super) fn apply(state: &mut State, op: QuestionOp) {
    if state.room.questions.apply(op) {
        state.effects.push(Effect::QuestionsChanged);
        // A question put on a black screen brings the picture back:
        // the facilitator wants the room to read it.
        if state.room.blank && state.room.questions.shown().is_some() {
            state.room.blank = false;
        }
    }
}
