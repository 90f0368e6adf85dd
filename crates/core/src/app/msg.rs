//! Everything that can change a [`State`](super::state::State): the viewer's actions,
//! and what the host brings in (a journey to resume, options, a console's
//! jump, a notice). All of it goes through `update`.

use std::collections::BTreeMap;

use super::poll::{Ballot, Poll};
use super::questions::QuestionOp;
use super::theme::{Depth, ThemeKind};
use crate::action::Action;
use crate::answer::Answer;
use crate::content::Lang;

#[derive(Debug, Clone)]
pub enum Msg {
    /// A key from the viewer at this terminal, through the keymap.
    Key(crate::input::Key),
    /// An action of the viewer at this terminal (a click, a key already read).
    Act(Action),
    /// The facilitator, from a console.
    Facilitator(super::remote::Remote),
    /// The clock: the time now, in Unix milliseconds (passed in, never read).
    Now(u64),
    /// The clock: time passed; autoplay steps when it is due.
    Tick,
    /// Autoplay starts: so long per step, or each panel's reading time.
    Autoplay(Option<std::time::Duration>),
    /// A restarted screen's discussion timer, as its session log kept it.
    RestoreTimer(super::clock::LoggedTimer),
    /// When the session started (Unix seconds): a restarted screen's log says.
    SessionStarted(u64),
    /// When the room entered chapter `(episode, chapter)` (Unix seconds), as
    /// a restarted screen's log says: its chapter clock goes on from there
    /// if that chapter is the one on the screen.
    ChapterStarted { chapter: (usize, usize), at: u64 },
    /// Go to a panel by timeline index, closing overlays and the black screen.
    Jump(usize),
    /// Put back a saved journey.
    Resume(Resume),
    /// Apply the command line's options.
    Setup(Setup),
    /// A message for the viewer (trouble saving, a console link refused…).
    Notice(String),
    /// This viewer is a participant over SSH: their help lists their own keys.
    Participant,
    /// The notes on the status line have been read: the room moved on
    /// under a follower, whose own keys would otherwise clear them.
    NotesRead,
    /// This viewer saw panel `i` on a screen they follow.
    Witnessed(usize),
    /// The episodes changed on disk: play the new documentary, on the same
    /// panel by id (or the nearest one left).
    Reload(std::sync::Arc<crate::content::Documentary>),
    /// The episodes on disk no longer load: these problems stay on screen
    /// until they are fixed (`None` clears them).
    Problems(Option<Vec<crate::content::Diagnostic>>),
    /// A restarted screen's polls, by timeline index of the choice panel.
    Polls(BTreeMap<usize, Poll>),
    /// A participant's ballot on choice panel `panel`.
    Ballot {
        panel: usize,
        voter: String,
        ballot: Ballot,
    },
    /// This viewer answered choice panel `panel` from a screen they follow
    /// (their ballot, as their own answer).
    Answer { panel: usize, answer: Answer },
    /// A participant's question for the debate.
    Ask {
        /// Whose share it counts in (what they hold); the name when empty.
        asker: String,
        from: String,
        text: String,
        /// Shown without the asker's name (which still bounds their share).
        anonymous: bool,
    },
    /// A participant upvotes one of the room's questions (once per voter id).
    Upvote { id: u32, voter: String },
    /// The facilitator puts a question on the projector, or marks it answered.
    Question(QuestionOp),
    /// A restarted screen's questions, as its session log kept them.
    Questions(Vec<super::questions::Question>),
    /// How to join over SSH, from `invisibles serve`.
    Invitation(super::invitation::Invitation),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Act(action)
    }
}

/// Where a resumed journey lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResumeAt {
    #[default]
    Title,
    /// A panel by timeline index (or the next one shown, if hidden).
    Panel(usize),
    End,
}

/// A journey with its ids resolved against the documentary.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Resume {
    pub at: ResumeAt,
    pub lang: Option<Lang>,
    pub seen: Vec<usize>,
    pub bookmarks: Vec<usize>,
    pub answers: BTreeMap<usize, Answer>,
    /// Chapter notices passed, by the chapter's first panel.
    pub chapters_accepted: Vec<usize>,
    pub panels_accepted: Vec<usize>,
    /// How far panels were revealed (passages, answers, the guess).
    pub progress: Vec<(usize, crate::progress::Progress)>,
}

/// The viewer's options from the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setup {
    pub theme: ThemeKind,
    /// The colours the terminal shows (`COLORTERM`).
    pub depth: Depth,
    pub present: bool,
    /// A workshop screening: room polls are taken.
    pub workshop: bool,
    /// An explicit language, which wins over the one saved in the journey.
    pub lang: Option<Lang>,
}
