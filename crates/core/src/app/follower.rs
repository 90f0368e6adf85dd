//! One more person following a screening from their own terminal: their own
//! viewer (language, theme, overlays, seen marks) over the room they follow,
//! or over a room of their own while they browse away from it.

use std::sync::Arc;

use super::{Action, Effect, Msg, Room, State, View, update};
use crate::content::{Documentary, Lang};
use crate::input::Key;

pub struct Follower {
    /// The follower's viewer, and the room they browse in when they leave the live one.
    state: State,
    browsing: bool,
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

    /// A key from this follower. Moving anywhere leaves the live panel for a
    /// room of their own; nothing they press changes the room they follow.
    pub fn handle(&mut self, live: &Room, key: Key) -> Vec<Effect> {
        if !self.browsing {
            self.state.room.clone_from(live);
        }
        let Some(action) = crate::app::action_for(&self.state, key) else {
            return Vec::new();
        };
        if matches!(action, Action::Vote(_) | Action::Blank) {
            // The room's polls and black screen are the facilitator's.
            return Vec::new();
        }
        let effects = update(&mut self.state, action);
        if !self.browsing && self.state.room != *live {
            self.browsing = true;
        }
        effects
    }

    /// Back to the live panel.
    pub fn rejoin(&mut self) {
        self.browsing = false;
    }

    /// Leaves the live panel for a room of their own, starting from `from`.
    pub fn browse(&mut self, from: &Room) {
        self.state.room.clone_from(from);
        self.browsing = true;
    }

    /// A message for this follower's own state (a journey, their answer, a notice).
    pub fn apply(&mut self, msg: Msg) -> Vec<Effect> {
        update(&mut self.state, msg)
    }

    /// The follower's own state: their viewer, and their room while browsing.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// What the screening did: panels shown live count as seen by a follower.
    pub fn witness(&mut self, effects: &[Effect]) {
        if self.browsing {
            return;
        }
        for effect in effects {
            if let Effect::Shown { panel, .. } = effect {
                update(&mut self.state, Msg::Witnessed(*panel));
            }
        }
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
