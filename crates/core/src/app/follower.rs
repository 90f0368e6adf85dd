//! One more person following a screening from their own terminal: their own
//! viewer (language, theme, overlays, seen marks) over the room they follow,
//! or over a room of their own while they browse away from it.

use std::sync::Arc;

use super::room::Room;
use super::state::{State, View};
use crate::content::{Documentary, Lang};

/// Changed only by `update` (`update/follower.rs`): a key, a message, what
/// the screening did.
pub struct Follower {
    /// The follower's viewer, and the room they browse in when they leave the live one.
    pub(super) state: State,
    pub(super) browsing: bool,
}

impl Follower {
    pub fn new(doc: Arc<Documentary>, lang: Lang) -> Follower {
        Follower {
            state: State::new(doc, lang),
            browsing: false,
        }
    }

    /// Whether they browse on their own rather than follow the live panel.
    pub fn browsing(&self) -> bool {
        self.browsing
    }

    /// The follower's own state: their viewer, and their room while browsing.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// What this follower sees: the live room, or their own while browsing.
    pub fn view<'a>(&'a self, live: &'a Room) -> View<'a> {
        View {
            doc: &self.state.doc,
            room: if self.browsing {
                &self.state.room
            } else {
                live
            },
            viewer: &self.state.viewer,
            following: !self.browsing,
        }
    }
}
