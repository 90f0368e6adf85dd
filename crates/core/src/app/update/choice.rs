//! Questions to the viewer and the room: answers, guesses, hands, ballots.

use super::marks::touch;
use crate::answer::Answer;
use crate::app::effect::Effect;
use crate::app::note::Note;
use crate::app::poll::Ballot;
use crate::app::room::Screen;
use crate::app::state::State;
use crate::app::typed::{self, Refused};
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

/// Enter on a question: the viewer's answer, the option or figure chosen
/// (on a screening's screen, the room's answer revealed). `false` anywhere
/// else, or once answered: there Enter is the same as next.
pub(super) fn answer(state: &mut State) -> bool {
    let Screen::Panel(i) = state.room.screen else {
        return false;
    };
    let doc = state.doc.clone();
    let ask = match doc.timeline.get(i).map(|s| doc.panel(*s)) {
        Some(Panel::Choice(ch)) if state.room.gate.is_none() => &ch.ask,
        _ => return false,
    };
    if state.view().room_answers() || state.view().revealed(i) {
        return false;
    }
    if typed::below_range(&state.viewer.typed, ask) {
        let typed = state.viewer.typed.clone();
        refuse(state, i, typed, Refused::BelowRange);
        return true;
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
    state.viewer.reopened = None;
    state.effects.push(Effect::Answered(i));
    touch(state);
    true
}

/// An answer given again is kept until the new one is given: leaving the
/// panel without answering brings the old one back.
pub(super) fn keep_reopened(state: &mut State) {
    let Some((i, _)) = &state.viewer.reopened else {
        return;
    };
    if state.room.screen == Screen::Panel(*i) {
        return;
    }
    if let Some((i, old)) = state.viewer.reopened.take()
        && i < state.doc.timeline.len()
        && !state.viewer.answers.contains_key(&i)
    {
        state.viewer.answers.insert(i, old);
        state.effects.push(Effect::Answered(i));
        touch(state);
    }
}

/// The guess on screen, if the viewer is typing one: its panel and question.
fn guess_here(state: &State) -> Option<(usize, Ask)> {
    let Screen::Panel(i) = state.room.screen else {
        return None;
    };
    match state.doc.timeline.get(i).map(|s| state.doc.panel(*s)) {
        Some(Panel::Choice(ch)) if matches!(ch.ask, Ask::Guess { .. }) => Some((i, ch.ask.clone())),
        _ => None,
    }
}

/// A character typed on a guess: digits and one decimal separator, within
/// the range; a refusal is said. A `.` with nothing typed yet is the black
/// screen, as clickers send it.
pub(super) fn type_guess(state: &mut State, c: char) {
    if c == '.' && state.viewer.typed.is_empty() {
        state.room.blank = true;
        return;
    }
    let Some((i, ask)) = guess_here(state) else {
        return;
    };
    match typed::push(&mut state.viewer.typed, c, &ask) {
        Ok(()) => set_guess_from_typed(state, i, &ask),
        Err(why) => {
            let tried = format!("{}{c}", state.viewer.typed);
            refuse(state, i, tried, why);
        }
    }
}

/// Erases the last digit typed; with nothing typed it does nothing (and
/// says which key goes back), so a Backspace too many never leaves the panel.
pub(super) fn erase_guess(state: &mut State) {
    let Some((i, ask)) = guess_here(state) else {
        return;
    };
    if state.viewer.typed.pop().is_none() {
        state.viewer.notes = vec![Note::NothingToErase];
        return;
    }
    set_guess_from_typed(state, i, &ask);
}

fn refuse(state: &mut State, panel: usize, typed: String, why: Refused) {
    state.viewer.notes = vec![Note::GuessRefused { panel, typed, why }];
}

/// The typed figure, to the nearest step: it counts only within the range.
fn set_guess_from_typed(state: &mut State, i: usize, ask: &Ask) {
    if let Some(steps) = typed::steps_of(&state.viewer.typed, ask) {
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
    let mine = if room {
        None
    } else {
        state.viewer.answers.remove(&i)
    };
    if let Some(old) = &mine {
        state.viewer.reopened = Some((i, old.clone()));
    }
    if reopened || mine.is_some() {
        state.viewer.typed.clear();
        state.viewer.notes = vec![crate::app::note::Note::AnswerAgain];
        state.effects.push(Effect::Answered(i));
        touch(state);
    }
}
