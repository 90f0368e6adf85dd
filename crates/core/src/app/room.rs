//! The room of a screening: what everyone who follows it shares. Only
//! `update` changes it; everyone else reads it through the methods below.

use std::collections::BTreeMap;

use crate::content::Documentary;
use crate::progress::Progress;

/// Where the handout is, as participants are told at the end, at most.
pub const MAX_HANDOUT_CHARS: usize = 200;

/// The main screen under any overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Title,
    /// A panel of the timeline, by index.
    Panel(usize),
    /// After the last panel: credits.
    End,
}

/// What stands before a panel: an episode's title card, or a content notice
/// waiting for the viewer's choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Gate {
    /// The episode's title card, shown when the viewer enters an episode at
    /// its start: its title, summary, length and content notices.
    Episode,
    /// The chapter's notice, shown before its first panel.
    Chapter,
    /// The panel's own notice.
    Panel,
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
    pub(crate) blank: bool,
    /// Workshop mode (`--session`): room polls are taken on choice panels.
    pub(crate) workshop: bool,
    /// The room's votes per option, by timeline index of the choice panel.
    pub(crate) polls: BTreeMap<usize, super::poll::Poll>,
    /// The room's questions for the debate, and the one on the projector.
    pub(crate) questions: super::questions::Questions,
    /// How to join over SSH, and whether the projector shows it.
    pub(crate) invitation: Option<super::invitation::Invitation>,
    pub(crate) invitation_shown: bool,
    /// Who follows from their own terminal now, by display name (bounded).
    pub(crate) people: std::collections::BTreeSet<String>,
    /// The facilitator ended the session: participants are let go.
    pub(crate) ended: bool,
    /// The panel's notice was passed on this visit: back shows it again
    /// (passed on an earlier visit, back goes back a panel).
    pub(crate) passed_here: bool,
    /// Where the handout is, as the facilitator said when ending.
    pub(crate) handout: Option<String>,
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
            questions: crate::app::questions::Questions::default(),
            invitation: None,
            invitation_shown: false,
            ended: false,
            handout: None,
            passed_here: false,
            people: std::collections::BTreeSet::new(),
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

    pub fn polls(&self) -> &BTreeMap<usize, super::poll::Poll> {
        &self.polls
    }

    /// The screen is blacked out for a discussion.
    pub fn blank(&self) -> bool {
        self.blank
    }

    /// A workshop screening (`--session`): room polls are taken.
    pub fn workshop(&self) -> bool {
        self.workshop
    }

    pub fn questions(&self) -> &super::questions::Questions {
        &self.questions
    }

    pub fn invitation(&self) -> Option<&super::invitation::Invitation> {
        self.invitation.as_ref()
    }

    pub fn invitation_shown(&self) -> bool {
        self.invitation_shown
    }

    /// Who follows from their own terminal now, by display name.
    pub fn people(&self) -> &std::collections::BTreeSet<String> {
        &self.people
    }

    /// Whether its per-panel records cover a timeline of `n` panels exactly.
    pub fn fits(&self, n: usize) -> bool {
        self.progress.len() == n
            && self.accepted_chapters.len() == n
            && self.accepted_panels.len() == n
    }
}
