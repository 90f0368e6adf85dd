use std::collections::BTreeMap;
use std::sync::Arc;

use super::theme::{Depth, ThemeKind};
use crate::answer::Answer;
use crate::content::{Diagnostic, Documentary, Lang, Slot};

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

use super::room::{Room, Screen};

/// What belongs to one person at one terminal: how they see it, what they
/// have open, and their own record. `seen` and `answers` live here: each
/// person has been shown what they were there for, and answers for
/// themselves; conditions (`when:`) read the answers of whoever navigates.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub(crate) lang: Lang,
    pub(crate) theme: ThemeKind,
    /// The colours the viewer's terminal shows.
    pub(crate) depth: Depth,
    /// The projector view.
    pub(crate) present: bool,
    pub(crate) overlay: Option<Overlay>,
    /// Lines scrolled in the current text, as asked; the view clamps it
    /// (`u16::MAX`: as far as it goes), so no size ever loses it.
    pub(crate) scroll: u16,
    /// How far the current text could scroll, and how many of its lines
    /// showed, in the last frame (`update::scroll`).
    pub(crate) scroll_max: u16,
    pub(crate) page: u16,
    /// Bookmarked panels, in the order they were marked.
    pub(crate) bookmarks: Vec<usize>,
    /// Panels this viewer has been shown.
    pub(crate) seen: Vec<bool>,
    /// Answers to choice panels, by timeline index.
    pub(crate) answers: BTreeMap<usize, Answer>,
    /// Notes for the viewer (a bookmark, journey trouble), cleared by the next key.
    pub(crate) notes: Vec<super::note::Note>,
    /// The digits of a guess being typed.
    pub(crate) typed: String,
    /// An answer being given again, by panel: kept until a new one is given.
    pub(crate) reopened: Option<(usize, Answer)>,
    /// An author's edit broke the episodes: the problems, until they are fixed.
    pub(crate) problems: Option<Vec<Diagnostic>>,
    /// How far the problems are scrolled, in lines.
    pub(crate) problems_scroll: u16,
    /// A participant over SSH (their help lists their own keys too).
    pub(crate) participant: bool,
}

/// What a view draws: a documentary, a screening, and whose eyes.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    pub doc: &'a Documentary,
    pub room: &'a Room,
    pub viewer: &'a Viewer,
    /// Someone else moves this room (a participant following the
    /// screening): keys that would move it are not theirs to be offered.
    pub following: bool,
}

/// A lone viewer: one person who owns their screening.
#[derive(Debug, Clone)]
pub struct State {
    pub(crate) doc: Arc<Documentary>,
    pub(crate) room: Room,
    pub(crate) viewer: Viewer,
    /// The screening's clocks, the clock's messages keep them.
    pub(crate) clock: super::clock::Clock,
    /// What the update under way has done; `update` hands it back.
    pub(super) effects: Vec<super::effect::Effect>,
}

impl Viewer {
    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn theme(&self) -> ThemeKind {
        self.theme
    }

    pub fn depth(&self) -> Depth {
        self.depth
    }

    /// The projector view.
    pub fn present(&self) -> bool {
        self.present
    }

    /// Lines scrolled in the current text (the view clamps it).
    pub fn scroll(&self) -> u16 {
        self.scroll
    }

    /// Where the text stood in the last frame: the position asked, as far as it went.
    pub fn scroll_at(&self) -> u16 {
        self.scroll.min(self.scroll_max)
    }

    /// Whether the last frame left text below the fold (next reads on first).
    pub fn more_below(&self) -> bool {
        self.scroll.min(self.scroll_max) < self.scroll_max
    }

    /// A participant over SSH (their help lists their own keys too).
    pub fn participant(&self) -> bool {
        self.participant
    }

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

    pub fn notes(&self) -> &[super::note::Note] {
        &self.notes
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
            depth: Depth::default(),
            present: false,
            overlay: None,
            scroll: 0,
            scroll_max: 0,
            page: 0,
            bookmarks: Vec::new(),
            seen: vec![false; doc.timeline.len()],
            answers: BTreeMap::new(),
            notes: Vec::new(),
            typed: String::new(),
            reopened: None,
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
            clock: super::clock::Clock::default(),
            effects: Vec::new(),
        }
    }

    pub fn doc(&self) -> &Arc<Documentary> {
        &self.doc
    }

    pub fn clock(&self) -> &super::clock::Clock {
        &self.clock
    }

    pub fn room(&self) -> &Room {
        &self.room
    }

    pub fn viewer(&self) -> &Viewer {
        &self.viewer
    }

    pub fn view(&self) -> View<'_> {
        View {
            doc: &self.doc,
            room: &self.room,
            viewer: &self.viewer,
            following: false,
        }
    }

    pub fn slot(&self) -> Option<Slot> {
        self.view().slot()
    }

    /// The status line's notes, worded in the viewer's language.
    pub fn notice(&self) -> Option<String> {
        self.view().notice()
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
