//! Stills: states made whole for drawing off-screen (`check --size`, a
//! participant's own cursor on the room's question). They are new values,
//! never a live screening changed behind `update`'s back.

use std::sync::Arc;

use super::room::{Room, Screen};
use super::state::{State, Viewer};
use crate::answer::Answer;
use crate::content::{Documentary, Lang};
use crate::progress::Progress;

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

    /// This room with panel `i` revealed as far as `progress` says: the
    /// player measures a panel's fullest layout with it before placing it.
    pub fn with_progress(&self, i: usize, progress: Progress) -> Room {
        let mut room = self.clone();
        if let Some(p) = room.progress.get_mut(i) {
            *p = progress;
        }
        room
    }
}

impl Viewer {
    /// This viewer with panel `i`'s question answered by `answer`.
    pub fn with_answer(&self, i: usize, answer: Answer) -> Viewer {
        let mut viewer = self.clone();
        viewer.answers.insert(i, answer);
        viewer
    }
}
