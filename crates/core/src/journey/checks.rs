//! Answers read back from a file are numbers from outside: checked before
//! they reach the player (a `Guessed(NaN)` would show "NaN–NaN €/h", an
//! option past the last one would name no option).

use std::collections::BTreeMap;

use super::record::{Answer, Journey};
use crate::content::Documentary;
use crate::content::model::{Ask, Panel};

/// Drops guesses that are not finite numbers.
pub fn finite_answers(answers: &mut BTreeMap<String, Answer>) {
    answers.retain(|_, a| !matches!(a, Answer::Guessed(v) if !v.is_finite()));
}

/// Fits answers to the documentary: an option picked must exist, a guess is
/// clamped to the panel's range, and an answer of the wrong kind is dropped.
/// Answers to panels that no longer exist are left for `restore` to ignore.
pub fn fit_answers(answers: &mut BTreeMap<String, Answer>, doc: &Documentary) {
    finite_answers(answers);
    answers.retain(|id, a| {
        let Some(&i) = doc.panel_index.get(id) else {
            return true;
        };
        let Panel::Choice(ch) = doc.panel(doc.timeline[i]) else {
            return false;
        };
        match (&ch.ask, a) {
            (Ask::Options(opts), Answer::Picked(k)) => *k < opts.len(),
            (Ask::Guess { min, max, .. }, Answer::Guessed(v)) => {
                // `max`/`min`, not `clamp`: never a panic, whatever the bounds.
                *v = v.max(*min).min(*max);
                true
            }
            _ => false,
        }
    });
}

impl Journey {
    /// Fits the journey's answers to `doc` (see [`fit_answers`]).
    pub fn fit_to(&mut self, doc: &Documentary) {
        fit_answers(&mut self.answers, doc);
    }
}
