//! One runtime, thin front ends. A [`Player`] owns a screening's state and
//! clocks; a [`Host`] keeps what it does (journey, session log, consoles'
//! link); a front end is a pump that turns what it receives into [`Input`]s
//! and draws into its own ratatui backend (`term` for the local terminal).

pub mod host;
mod player;
mod program;
mod screen;
mod watch;

pub use crate::app::{Follower, MAX_TIMER_MINUTES, Remote};
pub use host::Host;
pub use player::{AUTOPLAY_IDLE, Input, Player, Timer};
pub use program::{Flow, Program, now_millis};
pub use screen::Screening;
pub use watch::Watch;
