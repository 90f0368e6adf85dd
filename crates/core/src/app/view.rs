//! What a view asks of the state it draws: where it is, the table of contents.

use super::room::Screen;
use super::state::{TocRow, View};
use crate::content::model::Ask;
use crate::content::{Panel, Slot};

impl View<'_> {
    /// The status line's notes, worded in the viewer's language.
    pub fn notice(&self) -> Option<String> {
        let notes = &self.viewer.notes;
        let texts: Vec<String> = notes
            .iter()
            .map(|n| n.text(self.doc, self.viewer.lang))
            .collect();
        (!texts.is_empty()).then(|| texts.join(" "))
    }

    /// The slot of the current panel, if a panel is on screen.
    pub fn slot(&self) -> Option<Slot> {
        match self.room.screen {
            Screen::Panel(i) => self.doc.timeline.get(i).copied(),
            _ => None,
        }
    }

    /// The table of contents: each episode, then its chapters.
    pub fn toc_rows(&self) -> Vec<TocRow> {
        let mut rows = Vec::new();
        for (e, ep) in self.doc.episodes.iter().enumerate() {
            rows.push(TocRow::Episode(e));
            for c in 0..ep.chapters.len() {
                rows.push(TocRow::Chapter(e, c));
            }
        }
        rows
    }

    /// The TOC row of the current chapter (or the first row).
    pub fn current_toc_row(&self) -> usize {
        let rows = self.toc_rows();
        self.slot()
            .and_then(|s| {
                rows.iter()
                    .position(|r| *r == TocRow::Chapter(s.episode, s.chapter))
            })
            .unwrap_or(0)
    }

    /// Position for the footer: (panel k, of n) within the current chapter.
    /// Panels a condition hides are not counted: the viewer never sees them.
    pub fn chapter_position(&self) -> Option<(usize, usize)> {
        let here = self.slot()?;
        let Screen::Panel(at) = self.room.screen else {
            return None;
        };
        let shown: Vec<usize> = (0..self.doc.timeline.len())
            .filter(|&j| {
                let s = self.doc.timeline[j];
                (s.episode, s.chapter) == (here.episode, here.chapter)
                    && (j == at || super::conditions::shown_in(self, j))
            })
            .collect();
        let k = shown.iter().position(|&j| j == at).unwrap_or(0);
        Some((k + 1, shown.len()))
    }
}

/// The unanswered question on screen, for whoever answers for themselves
/// (in a screening the room answers, and the screen's cursor is nobody's).
fn open_question<'a>(view: &View<'a>) -> Option<&'a Ask> {
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
pub fn typing_a_guess(view: &View<'_>) -> bool {
    matches!(open_question(view), Some(Ask::Guess { .. }))
}

/// Whether the viewer is on a question with options they have not answered:
/// Enter answers, the other next keys pass it.
pub fn answering_a_question(view: &View<'_>) -> bool {
    matches!(open_question(view), Some(Ask::Options(_)))
}
