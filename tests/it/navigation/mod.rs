//! The player as a pure state machine: `update(&mut State, Action)`.

use crate::common;

use common::{any_action, goto, here, press, state};
use invisibles::app::{Action, Effect, Gate, Overlay, Screen, State, update};
use invisibles::content::Lang;
use proptest::prelude::*;

mod moving;
mod panels;
mod properties;

fn at(s: &State) -> Screen {
    s.room().screen()
}

/// How far a panel, by id, has been revealed.
fn prog<'a>(s: &'a State, id: &str) -> &'a invisibles::app::Progress {
    s.room().progress(s.doc().panel_index[id])
}

fn seen(s: &State, id: &str) -> bool {
    s.viewer().seen(s.doc().panel_index[id])
}
