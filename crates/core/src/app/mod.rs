//! The player's state machine: [`State`] (a [`Room`], what a screening
//! shares, and a [`Viewer`], one person's own), [`Msg`] in, [`Effect`]s out of
//! [`update`], the only place state changes. Pure: no terminal, no clock, no I/O.

mod answers;
mod clock;
mod conditions;
pub mod console;
mod effect;
mod ending;
mod follower;
mod invitation;
mod journeys;
mod keys;
mod msg;
mod note;
mod pace;
pub mod participant;
pub mod poll;
mod questions;
mod refusal;
mod remote;
mod room;
pub mod search;
mod snapshot;
mod state;
mod status;
mod still;
mod theme;
pub mod typed;
mod update;
mod view;

pub use crate::action::Action;
pub use crate::progress::Progress;
pub use clock::{AUTOPLAY_IDLE, Clock, LoggedTimer, Timer};
pub use conditions::visible;
pub use console::{Console, ConsoleEffect, TIMER_WARNING_SECS};
pub use effect::{Effect, Via};
pub use follower::Follower;
pub use invitation::Invitation;
pub use keys::{action_for, mode_of, moves_the_room};
pub use msg::{Msg, Resume, ResumeAt, Setup};
pub use note::Note;
pub use pace::{episode_minutes, reading_time};
pub use participant::{Doing, Live, NotSent, Outcome, Participant, Said, Up};
pub use poll::{Ballot, Poll, RoomAnswer, bar_cells, median_of, poll_total};
pub use questions::{
    MAX_NAME_CHARS, MAX_OPEN_PER_ASKER, MAX_QUESTION_CHARS, MAX_QUESTIONS, MAX_VOTERS, Question,
    QuestionOp, Questions, sanitise,
};
pub use refusal::Reason;
pub use remote::{MAX_TIMER_MINUTES, Remote};
pub use room::{Gate, MAX_HANDOUT_CHARS, Room, Screen};
pub use snapshot::{At, MAX_GUESSES, MAX_QUESTIONS_SENT, Revealed, RoomSnapshot, Tally};
pub use state::{Overlay, State, TocRow, View, Viewer};
pub use status::{Status, status_of};
pub use theme::{Depth, ThemeKind};
pub use update::{ConsoleMsg, ParticipantMsg, console_update, participant, update};
pub use view::{answering_a_question, typing_a_guess};
