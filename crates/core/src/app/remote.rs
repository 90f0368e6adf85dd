//! What a facilitator's console may ask of the screen: a closed set. Quitting,
//! suspending, the viewer's own overlays and scrolling are not in it, so no
//! message on the link can stop or hide the screening.

use serde::{Deserialize, Serialize};

use crate::action::Action;
use crate::app::invitation::Invitation;
use crate::app::poll::Ballot;
use crate::app::questions::QuestionOp;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Remote {
    Next,
    Back,
    Up,
    Down,
    NextChapter,
    PrevChapter,
    Episode(u8),
    Skip,
    Blank,
    /// One more (or one fewer) raised hand for the chosen option.
    Vote(i8),
    TogglePresent,
    ToggleLang,
    /// Go to a panel by id.
    Jump(String),
    /// Start a discussion timer of so many minutes; `None` stops it.
    Timer(Option<u32>),
    /// Show the discussion timer in a corner of the screen, or hide it.
    ShowTimer,
    /// A participant's ballot on a choice panel (by id), from `invisibles serve`.
    Ballot {
        panel: String,
        voter: String,
        ballot: Ballot,
    },
    /// A participant's question for the debate, from `invisibles serve`.
    Ask {
        /// Whose share it counts in: what the participant holds (their
        /// key, their seat's token), not their display name.
        #[serde(default)]
        asker: String,
        from: String,
        text: String,
        /// Shown without the asker's name.
        #[serde(default)]
        anonymous: bool,
    },
    /// A participant joined the room (`true`) or left it, by display name,
    /// from `invisibles serve`.
    Present {
        name: String,
        here: bool,
    },
    /// A participant's upvote on one of the room's questions, from `invisibles serve`.
    Upvote {
        id: u32,
        voter: String,
    },
    /// The facilitator's handling of the room's questions.
    Question(QuestionOp),
    /// How to join over SSH, from `invisibles serve` when it links up.
    Invite(Invitation),
    /// The facilitator shows how to join on the projector, or takes it off.
    ToggleInvitation,
    /// The facilitator ends the session: participants are told (with where
    /// to find the handout, if given) and let go.
    EndSession {
        handout: Option<String>,
    },
    /// Answer the question on the screen (the room's answer in a
    /// screening); elsewhere the same as `Next`.
    Answer,
}

/// The longest discussion timer a console may start: a whole workshop day.
pub const MAX_TIMER_MINUTES: u32 = 12 * 60;

impl Remote {
    /// The console command for a keymap action, if a console may send it.
    pub fn from_action(action: Action) -> Option<Remote> {
        Some(match action {
            Action::Next => Remote::Next,
            Action::Answer => Remote::Answer,
            Action::Back => Remote::Back,
            Action::Up => Remote::Up,
            Action::Down => Remote::Down,
            Action::NextChapter => Remote::NextChapter,
            Action::PrevChapter => Remote::PrevChapter,
            Action::Episode(n) => Remote::Episode(n),
            Action::Skip => Remote::Skip,
            Action::Blank => Remote::Blank,
            Action::Vote(d) => Remote::Vote(d.signum()),
            Action::TogglePresent => Remote::TogglePresent,
            Action::ToggleLang => Remote::ToggleLang,
            Action::ShowTimer => Remote::ShowTimer,
            Action::QuestionNext => Remote::Question(QuestionOp::ProjectNext),
            Action::ToggleInvitation => Remote::ToggleInvitation,
            _ => return None,
        })
    }

    /// The action this command stands for on the screen, if it is one.
    pub fn action(&self) -> Option<Action> {
        Some(match self {
            Remote::Next => Action::Next,
            Remote::Answer => Action::Answer,
            Remote::Back => Action::Back,
            Remote::Up => Action::Up,
            Remote::Down => Action::Down,
            Remote::NextChapter => Action::NextChapter,
            Remote::PrevChapter => Action::PrevChapter,
            Remote::Episode(n) => Action::Episode(*n),
            Remote::Skip => Action::Skip,
            Remote::Blank => Action::Blank,
            Remote::Vote(d) => Action::Vote(d.signum()),
            Remote::TogglePresent => Action::TogglePresent,
            Remote::ToggleLang => Action::ToggleLang,
            Remote::ToggleInvitation => Action::ToggleInvitation,
            Remote::Jump(_)
            | Remote::Timer(_)
            | Remote::ShowTimer
            | Remote::Ballot { .. }
            | Remote::Ask { .. }
            | Remote::Upvote { .. }
            | Remote::Present { .. }
            | Remote::Question(_)
            | Remote::Invite(_)
            | Remote::EndSession { .. } => return None,
        })
    }
}
