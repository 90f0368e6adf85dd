//! Workshop screenings: projector view, polls, the session log, the handout,
//! autoplay and the facilitator console's view.

use crate::common;

use std::sync::Arc;
use std::time::Duration;

use common::{press, screen, state};
use invisibles::app::{Action, Msg, Screen, State, reading_time, update};
use invisibles::console::{Console, Effect, render as console_render};
use invisibles::content::Lang;
use invisibles::keymap::Mode;
use invisibles::link::{Remote, Status};
use invisibles::publish::export;
use invisibles::store::session_log::Session;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

mod console;
mod handout;
mod polls;
mod projector;

fn workshop() -> State {
    let mut s = state(Lang::En);
    common::setup(&mut s, |o| o.workshop = true);
    s
}
