use std::collections::BTreeMap;
use std::sync::Arc;

use super::theme::ThemeKind;
use crate::content::{Diagnostic, Documentary, Lang, Slot};
use crate::journey::Answer;

/// The main screen under any overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Title,
    /// A panel of the timeline, by index.
    Panel(usize),
    /// After the last panel: credits.
    End,
}

/// A content notice waiting for the viewer's choice before a panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Gate {
    /// The chapter's notice, shown before its first panel.
    Chapter,
    /// The panel's own notice.
    Panel,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Contents {
        selected: usize,
    },
    Bookmarks {
        selected: usize,
    },
    /// Going to a panel by a few letters: the query and the chosen match.
    Search {
        query: String,
        selected: usize,
    },
}

/// A row of the table of contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TocRow {
    Episode(usize),
    Chapter(usize, usize),
}

/// How far the viewer has gone inside one panel; kept when they leave it,
/// so coming back shows the panel as they left it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Progress {
    /// Testimony: passages shown (at least one once entered).
    pub revealed: usize,
    /// Debate: the question picked.
    pub selected: usize,
    /// Debate: answers revealed, in order, as (question, selection before the step).
    pub steps: Vec<(usize, usize)>,
    /// Choice: the guess, in steps above the minimum.
    pub guess_steps: u32,
}

impl Progress {
    /// Answers revealed for question `q` of a debate.
    pub fn answers_shown(&self, q: usize) -> usize {
        self.steps.iter().filter(|(sq, _)| *sq == q).count()
    }

    /// The same progress made to fit `panel`: a saved file may say anything.
    pub fn fitted(mut self, panel: &crate::content::Panel) -> Progress {
        use crate::content::Panel;
        use crate::content::model::Ask;
        match panel {
            Panel::Testimony(t) => self.revealed = self.revealed.clamp(1, t.passages.len().max(1)),
            Panel::Debate(d) => {
                let n = d.questions.len();
                self.selected = self.selected.min(n.saturating_sub(1));
                let mut shown = vec![0usize; n];
                self.steps.retain(|&(q, before)| {
                    let fits = q < n && before < n && shown[q] < d.questions[q].answers.len();
                    if fits {
                        shown[q] += 1;
                    }
                    fits
                });
            }
            Panel::Choice(ch) => {
                if let Ask::Options(opts) = &ch.ask {
                    self.selected = self.selected.min(opts.len().saturating_sub(1));
                }
                self.guess_steps = self
                    .guess_steps
                    .min(super::update::guess_steps_max(&ch.ask));
            }
            _ => {}
        }
        self
    }
}

/// What belongs to a screening, shared by everyone who follows it: where
/// the room is, how far each panel has been revealed, the notices passed, the
/// black screen and the room's polls.
#[derive(Debug, Clone, PartialEq)]
pub struct Room {
    pub(crate) screen: Screen,
    /// A notice shown before the current panel, if any.
    pub(crate) gate: Option<Gate>,
    /// Per timeline panel.
    pub(crate) progress: Vec<Progress>,
    /// Notices the room chose to see, by timeline index of the panel they guard
    /// (chapter notices by the chapter's first panel).
    pub(crate) accepted_chapters: Vec<bool>,
    pub(crate) accepted_panels: Vec<bool>,
    /// The screen is blacked out for a discussion.
    pub blank: bool,
    /// Workshop mode (`--session`): room polls are taken on choice panels.
    pub workshop: bool,
    /// The room's votes per option, by timeline index of the choice panel.
    pub(crate) polls: BTreeMap<usize, super::Poll>,
    /// The room's questions for the debate, and the one on the projector.
    pub questions: super::Questions,
    /// How to join over SSH, and whether the projector shows it.
    pub invitation: Option<super::Invitation>,
    pub invitation_shown: bool,
}

/// What belongs to one person at one terminal: how they see it, what they
/// have open, and their own record. `seen` and `answers` live here: each
/// person has been shown what they were there for, and answers for
/// themselves; conditions (`when:`) read the answers of whoever navigates.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub lang: Lang,
    pub theme: ThemeKind,
    /// The projector view.
    pub present: bool,
    pub(crate) overlay: Option<Overlay>,
    /// Lines scrolled in the current text; the view clamps it.
    pub scroll: u16,
    /// Bookmarked panels, in the order they were marked.
    pub(crate) bookmarks: Vec<usize>,
    /// Panels this viewer has been shown.
    pub(crate) seen: Vec<bool>,
    /// Answers to choice panels, by timeline index.
    pub(crate) answers: BTreeMap<usize, Answer>,
    /// A message for the viewer (journey trouble), cleared by the next key.
    pub(crate) notice: Option<String>,
    /// The digits of a guess being typed.
    pub(crate) typed: String,
    /// An author's edit broke the episodes: the problems, until they are fixed.
    pub(crate) problems: Option<Vec<Diagnostic>>,
    /// How far the problems are scrolled, in lines.
    pub(crate) problems_scroll: u16,
    /// A participant over SSH (their help lists their own keys too).
    pub participant: bool,
}

/// What a view draws: a documentary, a screening, and whose eyes.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    pub doc: &'a Documentary,
    pub room: &'a Room,
    pub viewer: &'a Viewer,
}

/// A lone viewer: one person who owns their screening.
#[derive(Debug, Clone)]
pub struct State {
    pub doc: Arc<Documentary>,
    pub room: Room,
    pub viewer: Viewer,
    /// What the update under way has done; `update` hands it back.
    pub(super) effects: Vec<super::Effect>,
}

impl Room {
    pub fn new(doc: &Documentary) -> Room {
        let n = doc.timeline.len();
        Room {
            screen: Screen::Title,
            gate: None,
            progress: vec![Progress::default(); n],
            accepted_chapters: vec![false; n],
            accepted_panels: vec![false; n],
            blank: false,
            workshop: false,
            polls: BTreeMap::new(),
            questions: super::Questions::default(),
            invitation: None,
            invitation_shown: false,
        }
    }
}

/// Read-only views of what `update` keeps consistent with the documentary.
impl Room {
    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn gate(&self) -> Option<Gate> {
        self.gate
    }

    /// How far panel `i` has been revealed (untouched when out of range).
    pub fn progress(&self, i: usize) -> &Progress {
        static UNTOUCHED: Progress = Progress {
            revealed: 0,
            selected: 0,
            steps: Vec::new(),
            guess_steps: 0,
        };
        self.progress.get(i).unwrap_or(&UNTOUCHED)
    }

    /// Whether the notice before panel `i` (its chapter's, or its own) was passed.
    pub fn notice_passed(&self, i: usize, chapter: bool) -> bool {
        let list = if chapter {
            &self.accepted_chapters
        } else {
            &self.accepted_panels
        };
        list.get(i).copied().unwrap_or(false)
    }

    pub fn polls(&self) -> &BTreeMap<usize, super::Poll> {
        &self.polls
    }

    /// Whether its per-panel records cover a timeline of `n` panels exactly.
    pub fn fits(&self, n: usize) -> bool {
        self.progress.len() == n
            && self.accepted_chapters.len() == n
            && self.accepted_panels.len() == n
    }
}

impl Viewer {
    pub fn overlay(&self) -> Option<Overlay> {
        self.overlay.clone()
    }

    pub fn bookmarks(&self) -> &[usize] {
        &self.bookmarks
    }

    pub fn seen(&self, i: usize) -> bool {
        self.seen.get(i).copied().unwrap_or(false)
    }

    /// How many panels of the timeline there are to be seen.
    pub fn seen_len(&self) -> usize {
        self.seen.len()
    }

    pub fn answers(&self) -> &BTreeMap<usize, Answer> {
        &self.answers
    }

    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    pub fn typed(&self) -> &str {
        &self.typed
    }

    pub fn problems(&self) -> Option<&[Diagnostic]> {
        self.problems.as_deref()
    }

    pub fn problems_scroll(&self) -> u16 {
        self.problems_scroll
    }
}

impl Viewer {
    pub fn new(doc: &Documentary, lang: Lang) -> Viewer {
        Viewer {
            lang,
            theme: ThemeKind::default(),
            present: false,
            overlay: None,
            scroll: 0,
            bookmarks: Vec::new(),
            seen: vec![false; doc.timeline.len()],
            answers: BTreeMap::new(),
            notice: None,
            typed: String::new(),
            problems: None,
            problems_scroll: 0,
            participant: false,
        }
    }
}

impl State {
    pub fn new(doc: Arc<Documentary>, lang: Lang) -> Self {
        State {
            room: Room::new(&doc),
            viewer: Viewer::new(&doc, lang),
            doc,
            effects: Vec::new(),
        }
    }

    pub fn view(&self) -> View<'_> {
        View {
            doc: &self.doc,
            room: &self.room,
            viewer: &self.viewer,
        }
    }

    pub fn slot(&self) -> Option<Slot> {
        self.view().slot()
    }

    pub fn toc_rows(&self) -> Vec<TocRow> {
        self.view().toc_rows()
    }

    pub fn current_toc_row(&self) -> usize {
        self.view().current_toc_row()
    }

    /// The timeline index of the panel on screen, if any.
    pub fn room_index(&self) -> Option<usize> {
        match self.room.screen {
            Screen::Panel(i) => Some(i),
            _ => None,
        }
    }
}

impl View<'_> {
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
    pub fn chapter_position(&self) -> Option<(usize, usize)> {
        let s = self.slot()?;
        Some((s.panel + 1, self.doc.chapter(s).panels.len()))
    }
}
