//! Stills: states made whole for drawing off-screen (`check --size`, a
//! participant's own cursor on the room's question). They are new values,
//! never a live screening changed behind `update`'s back.

use std::sync::Arc;

use super::state::{Progress, Room, Screen, State};
use crate::answer::Answer;
use crate::content::{Documentary, Lang};

impl State {
    /// Panel `i` on screen, revealed as far as `progress` says, with no
    /// notice before it, in the projector view or not, and `answer` given.
    pub fn still(
        doc: Arc<Documentary>,
        lang: Lang,
        present: bool,
        i: usize,
        progress: Progress,
        answer: Option<Answer>,
    ) -> State {
        let mut s = State::new(doc, lang);
        if i >= s.doc.timeline.len() {
            return s;
        }
        s.room.screen = Screen::Panel(i);
        s.room.progress[i] = progress;
        s.viewer.present = present;
        s.viewer.seen[i] = true;
        if let Some(answer) = answer {
            s.viewer.answers.insert(i, answer);
        }
        s
    }
}

impl Room {
    /// This room with a participant's own cursor on panel `i`'s question:
    /// the option chosen and the guess, for drawing their screen.
    pub fn with_cursor(&self, i: usize, selected: usize, guess_steps: u32) -> Room {
        let mut room = self.clone();
        if let Some(p) = room.progress.get_mut(i) {
            p.selected = selected;
            p.guess_steps = guess_steps;
        }
        room
    }
}
