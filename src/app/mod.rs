//! The player's state machine: [`State`] (a [`Room`], what a screening
//! shares, and a [`Viewer`], one person's own), [`Msg`] in, [`Effect`]s out of
//! [`update`], the only place state changes. Pure: no terminal, no clock, no I/O.

mod action;
mod effect;
mod invitation;
mod msg;
mod pace;
pub mod poll;
mod questions;
pub mod search;
mod state;
mod update;

pub use action::Action;
pub use effect::{Effect, Via};
pub use invitation::Invitation;
pub use msg::{Msg, Resume, ResumeAt, Setup};
pub use pace::reading_time;
pub use poll::{Ballot, Poll, bar_cells, poll_total};
pub use questions::{
    MAX_NAME_CHARS, MAX_OPEN_PER_ASKER, MAX_QUESTION_CHARS, MAX_QUESTIONS, Question, QuestionOp,
    Questions, sanitise,
};
pub use state::{Gate, Overlay, Progress, Room, Screen, State, TocRow, View, Viewer};
pub use update::{typing_a_guess, update, visible};
