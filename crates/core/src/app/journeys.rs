//! A journey by ids, from and back to a state: what the journey store
//! saves, and how a saved one (or a reloaded documentary) is put back.

use super::msg::{Msg, Resume, ResumeAt};
use super::room::Screen;
use super::state::State;
use super::update::update;
use crate::content::Documentary;
use crate::journey::record::VERSION;
use crate::journey::{Journey, Position};
use crate::progress::Progress;

impl Journey {
    /// The journey as it stands in `state`.
    pub fn capture(state: &State) -> Journey {
        let doc = &state.doc;
        let id_of = |i: usize| doc.panel(doc.timeline[i]).id().to_owned();
        let position = match state.room.screen {
            Screen::Title => Position::Title,
            Screen::End => Position::End,
            Screen::Panel(i) => {
                let slot = doc.timeline[i];
                Position::Panel {
                    episode: doc.episode(slot).id.clone(),
                    chapter: doc.chapter(slot).id.clone(),
                    panel: id_of(i),
                    index: slot.panel,
                }
            }
        };
        Journey {
            version: VERSION,
            position,
            lang: Some(state.viewer.lang),
            seen: (0..state.viewer.seen.len())
                .filter(|&i| state.viewer.seen[i])
                .map(id_of)
                .collect(),
            bookmarks: state.viewer.bookmarks.iter().map(|&i| id_of(i)).collect(),
            // An answer being given again is kept until a new one is given.
            answers: state
                .viewer
                .answers
                .iter()
                .chain(state.viewer.reopened.iter().map(|(i, a)| (i, a)))
                .map(|(&i, a)| (id_of(i), a.clone()))
                .collect(),
            notices_seen: (0..state.viewer.seen.len())
                .flat_map(|i| {
                    let slot = doc.timeline[i];
                    let chapter =
                        state.room.accepted_chapters[i].then(|| doc.chapter(slot).id.clone());
                    let panel = state.room.accepted_panels[i].then(|| id_of(i));
                    chapter.into_iter().chain(panel)
                })
                .collect(),
            progress: state
                .room
                .progress
                .iter()
                .enumerate()
                .filter(|(_, p)| **p != Progress::default())
                .map(|(i, p)| (id_of(i), p.clone()))
                .collect(),
        }
    }

    /// The journey resolved against `doc`, as the message that puts the viewer
    /// back. Ids that no longer exist are dropped; a vanished panel resumes at
    /// the nearest one left in its chapter, else at the start of its episode,
    /// else on the title.
    pub fn resume(&self, doc: &Documentary) -> Resume {
        let index = |id: &str| doc.panel_index.get(id).copied();
        let mut chapters_accepted = Vec::new();
        let mut panels_accepted = Vec::new();
        for (i, slot) in doc.timeline.iter().enumerate() {
            if slot.panel == 0 && self.notices_seen.contains(&doc.chapter(*slot).id) {
                chapters_accepted.push(i);
            }
            if self.notices_seen.contains(doc.panel(*slot).id()) {
                panels_accepted.push(i);
            }
        }
        let at = match &self.position {
            Position::Title => ResumeAt::Title,
            Position::End => ResumeAt::End,
            Position::Panel {
                episode,
                chapter,
                panel,
                index: hint,
            } => index(panel)
                .or_else(|| {
                    let in_chapter: Vec<usize> = (0..doc.timeline.len())
                        .filter(|&i| doc.chapter(doc.timeline[i]).id == *chapter)
                        .collect();
                    in_chapter
                        .get((*hint).min(in_chapter.len().saturating_sub(1)))
                        .copied()
                        .or_else(|| {
                            (0..doc.timeline.len())
                                .find(|&i| doc.episode(doc.timeline[i]).id == *episode)
                        })
                })
                .map_or(ResumeAt::Title, ResumeAt::Panel),
        };
        Resume {
            at,
            lang: self.lang,
            seen: self.seen.iter().filter_map(|id| index(id)).collect(),
            bookmarks: self.bookmarks.iter().filter_map(|id| index(id)).collect(),
            answers: self
                .answers
                .iter()
                .filter_map(|(id, a)| index(id).map(|i| (i, a.clone())))
                .collect(),
            chapters_accepted,
            panels_accepted,
            progress: self
                .progress
                .iter()
                .filter_map(|(id, p)| index(id).map(|i| (i, p.clone())))
                .collect(),
        }
    }

    /// Puts the viewer back where the journey left them, through `update`.
    pub fn restore(&self, state: &mut State) {
        let resume = self.resume(&state.doc);
        update(state, Msg::Resume(resume));
    }
}
