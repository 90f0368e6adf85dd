//! The player's state machine: [`State`], [`Action`] and [`update`], the only
//! place state changes. Pure: no terminal, no clock, no I/O.

mod action;
mod pace;
mod state;
mod update;

pub use action::Action;
pub use pace::reading_time;
pub use state::{Gate, Overlay, Progress, Screen, State, TocRow};
pub use update::{update, visible};
