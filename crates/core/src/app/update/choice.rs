//! Questions to the viewer and the room: answers, guesses, hands, ballots.

use super::touch;
use crate::answer::Answer;
use crate::app::effect::Effect;
use crate::app::poll::Ballot;
use crate::app::state::{Screen, State};
use crate::content::Panel;
use crate::content::model::Ask;

/// Workshop: counts a show of hands for the highlighted option.
pub(super) fn vote(state: &mut State, delta: i8) {
    let Screen::Panel(i) = state.room.screen else {
        return;
    };
    if !state.room.workshop || state.room.gate.is_some() {
        return;
    }
    let doc = state.doc.clone();
    let Panel::Choice(ch) = doc.panel(doc.timeline[i]) else {
        return;
    };
    let Ask::Options(opts) = &ch.ask else {
        return;
    };
    // Hands are counted for the option under the cursor, whatever the screen answered.
    let option = state.room.progress[i]
        .selected
        .min(opts.len().saturating_sub(1));
    let poll = state.room.polls.entry(i).or_default();
    if poll.hand(option, i64::from(delta), opts.len()) {
        state.effects.push(Effect::PollChanged(i));
    }
}

/// A participant's ballot: an option of this question, or a guess in its range.
pub(super) fn cast(state: &mut State, i: usize, voter: &str, ballot: Ballot) {
    let Some(Panel::Choice(ch)) = state.doc.timeline.get(i).map(|s| state.doc.panel(*s)) else {
        return;
    };
    let fits = match (&ch.ask, &ballot) {
        (Ask::Options(opts), Ballot::Picked(k)) => *k < opts.len(),
        (Ask::Guess { min, max, .. }, Ballot::Guessed(v)) => (*min..=*max).contains(v),
        _ => false,
    };
    if fits && state.room.polls.entry(i).or_default().cast(voter, ballot) {
        state.effects.push(Effect::PollChanged(i));
    }
}

/// The unanswered question on screen, for whoever answers for themselves
/// (in a screening the room answers, and the screen's cursor is nobody's).
fn open_question<'a>(view: &crate::app::View<'a>) -> Option<&'a Ask> {
    let Screen::Panel(i) = view.room.screen else {
        return None;
    };
    if view.room.gate.is_some() || view.revealed(i) || view.room_answers() {
        return None;
    }
    match view.doc.panel(*view.doc.timeline.get(i)?) {
        Panel::Choice(ch) => Some(&ch.ask),
        _ => None,
    }
}

/// Whether the viewer is on a guess they have not given yet: digits type it.
pub fn typing_a_guess(view: &crate::app::View<'_>) -> bool {
    matches!(open_question(view), Some(Ask::Guess { .. }))
}

/// Whether the viewer is on a question with options they have not answered:
/// Enter answers, the other next keys pass it.
pub fn answering_a_question(view: &crate::app::View<'_>) -> bool {
    matches!(open_question(view), Some(Ask::Options(_)))
}

/// Enter on a question: the viewer's answer, the option or figure chosen
/// (on a screening's screen, the room's answer revealed). Anywhere else, or
/// once answered, it is the same as next.
pub(super) fn answer(state: &mut State) {
    let Screen::Panel(i) = state.room.screen else {
        return super::next(state);
    };
    let doc = state.doc.clone();
    let ask = match doc.timeline.get(i).map(|s| doc.panel(*s)) {
        Some(Panel::Choice(ch)) if state.room.gate.is_none() => &ch.ask,
        _ => return super::next(state),
    };
    if state.view().room_answers() || state.view().revealed(i) {
        return super::next(state);
    }
    let progress = &state.room.progress[i];
    let answer = match ask {
        Ask::Options(opts) => Answer::Picked(progress.selected.min(opts.len().saturating_sub(1))),
        Ask::Guess { min, step, .. } => {
            Answer::Guessed(min + step * f64::from(progress.guess_steps))
        }
    };
    state.viewer.answers.insert(i, answer);
    state.viewer.typed.clear();
    state.effects.push(Effect::Answered(i));
    touch(state);
}

/// The longest figure one may type.
const TYPED_MAX: usize = 12;

/// A character typed on a guess: digits and one decimal separator. A `.` with
/// nothing typed yet is the black screen, as clickers send it.
pub(super) fn type_guess(state: &mut State, c: char) {
    if c == '.' && state.viewer.typed.is_empty() {
        state.room.blank = true;
        return;
    }
    if push_figure(&mut state.viewer.typed, c) {
        set_guess_from_typed(state);
    }
}

/// Erases the last digit typed; with nothing typed, steps back.
pub(super) fn erase_guess(state: &mut State) -> bool {
    if state.viewer.typed.pop().is_none() {
        return false;
    }
    set_guess_from_typed(state);
    true
}

/// Adds a digit or the one decimal separator to a figure being typed (at
/// most [`TYPED_MAX`] characters); says whether it was taken.
pub(crate) fn push_figure(typed: &mut String, c: char) -> bool {
    let separator = c == '.' || c == ',';
    if typed.chars().count() >= TYPED_MAX
        || !(c.is_ascii_digit() || separator)
        || (separator && typed.contains(['.', ',']))
    {
        return false;
    }
    typed.push(c);
    true
}

/// A typed figure as steps of a guess's scale: to the nearest step, within
/// its range. `None` when it is not a figure yet, or the panel no guess.
pub(crate) fn steps_of(typed: &str, ask: &Ask) -> Option<u32> {
    let Ask::Guess { min, step, .. } = ask else {
        return None;
    };
    let value = typed.replace(',', ".").parse::<f64>().ok()?;
    if !value.is_finite() || *step <= 0.0 {
        return None;
    }
    let steps = ((value - min) / step).round().max(0.0);
    // `as` saturates on floats; the clamp keeps it within the range.
    Some((steps as u32).min(ask.steps()))
}

/// The typed figure, snapped to the guess's steps within its range.
fn set_guess_from_typed(state: &mut State) {
    let Screen::Panel(i) = state.room.screen else {
        return;
    };
    let Some(Panel::Choice(ch)) = state.doc.timeline.get(i).map(|s| state.doc.panel(*s)) else {
        return;
    };
    if let Some(steps) = steps_of(&state.viewer.typed, &ch.ask) {
        state.room.progress[i].guess_steps = steps;
        touch(state);
    }
}

/// The room's poll on choice panel `i` closes and its answer goes on the
/// projector; late ballots are refused.
pub(super) fn reveal(state: &mut State, i: usize) {
    let poll = state.room.polls.entry(i).or_default();
    poll.closed = true;
    poll.revealed = true;
    state.viewer.typed.clear();
    state.effects.push(Effect::PollChanged(i));
    state.effects.push(Effect::Answered(i));
    touch(state);
}

/// Forgets the answer on this panel, so it may be given again: the viewer's
/// own, or in a screening the room's (its poll opens again, ballots kept).
pub(super) fn answer_again(state: &mut State) {
    let Screen::Panel(i) = state.room.screen else {
        return;
    };
    let room = state.view().room_answers();
    let reopened = room
        && state.room.polls.get_mut(&i).is_some_and(|poll| {
            let was = poll.revealed || poll.closed;
            poll.revealed = false;
            poll.closed = false;
            was
        });
    if reopened {
        state.effects.push(Effect::PollChanged(i));
    }
    if reopened || (!room && state.viewer.answers.remove(&i).is_some()) {
        state.viewer.typed.clear();
        state.viewer.notes = vec![crate::app::Note::AnswerAgain];
        state.effects.push(Effect::Answered(i));
        touch(state);
    }
}
