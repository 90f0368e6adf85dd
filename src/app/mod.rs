//! The player's state machine: [`State`], [`Action`] and [`update`], the only
//! place state changes. Pure: no terminal, no clock, no I/O.

mod action;
mod state;
mod update;

pub use action::Action;
pub use state::{Gate, Overlay, Progress, Screen, State, TocRow};
pub use update::{update, visible};
