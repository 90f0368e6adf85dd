//! Whose answer counts. A lone viewer answers for themselves; in a
//! screening (`--session`) the answer is the room's: the tally's leader (a
//! tie is none) or the guesses' median, once the facilitator reveals it.
//! Conditions, recaps, the projector and the session log all read it here.

use super::poll::RoomAnswer;
use super::state::{State, View};
use crate::answer::Answer;

impl View<'_> {
    /// The room answers here: a screening's projector or console, not a
    /// participant (who answers for themselves beside the room).
    pub fn room_answers(&self) -> bool {
        self.room.workshop && !self.viewer.participant
    }

    /// The room's answer on choice panel `i`, once revealed.
    pub fn room_answer(&self, i: usize) -> Option<RoomAnswer> {
        let poll = self.room.polls.get(&i).filter(|p| p.revealed)?;
        poll.room_answer(self.doc.options_at(i))
    }

    /// Whether choice panel `i` is answered for whoever looks: the room's
    /// poll revealed, or this viewer's own answer given.
    pub fn revealed(&self, i: usize) -> bool {
        let room = self.room.workshop && self.room.polls.get(&i).is_some_and(|p| p.revealed);
        if self.room_answers() {
            room
        } else {
            room || self.viewer.answers.contains_key(&i)
        }
    }

    /// The answer conditions and recaps read on choice panel `i`.
    pub fn answer(&self, i: usize) -> Option<Answer> {
        if self.room_answers() {
            self.room_answer(i).and_then(|a| a.answer())
        } else {
            self.viewer.answers.get(&i).cloned()
        }
    }
}

impl State {
    /// The choice panels answered, by timeline index (see [`View::revealed`]).
    pub fn answered_panels(&self) -> impl Iterator<Item = usize> + '_ {
        let view = self.view();
        (0..self.doc.timeline.len()).filter(move |&i| {
            (self.room.polls.contains_key(&i) || self.viewer.answers.contains_key(&i))
                && view.revealed(i)
        })
    }
}

impl View<'_> {
    /// The room's answer on choice `ch` (timeline panel `i`) in words, or
    /// that it is not revealed yet: what the projector, the recaps and the
    /// phones' page all say.
    pub fn room_answer_words(
        &self,
        ch: &crate::content::model::Choice,
        i: usize,
        lang: crate::lang::Lang,
    ) -> String {
        use crate::content::model::Ask;
        let words = crate::words::of(lang);
        let option = |k: usize| match &ch.ask {
            Ask::Options(o) => o.get(k).map(|o| o.get(lang).to_owned()).unwrap_or_default(),
            Ask::Guess { .. } => String::new(),
        };
        if !self.revealed(i) {
            return words.ui_not_revealed.to_owned();
        }
        match self.room_answer(i) {
            None => words.ui_no_room_answer.to_owned(),
            Some(RoomAnswer::Picked(k)) => option(k),
            Some(RoomAnswer::Tie(ks)) => {
                let names: Vec<String> = ks.into_iter().map(option).collect();
                (words.ui_tie)(&names.join(" / "))
            }
            Some(RoomAnswer::Guessed { median, count, .. }) => match &ch.ask {
                Ask::Guess { figure, .. } => {
                    let shown = crate::content::text::guess_label(self.doc, figure, median, lang);
                    (words.ui_rooms_median)(&shown, count)
                }
                Ask::Options(_) => String::new(),
            },
        }
    }
}
