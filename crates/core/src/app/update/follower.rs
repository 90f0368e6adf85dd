//! A follower's own state changes here: their keys, their messages, and
//! what the live screening did that they saw.

use crate::action::Action;
use crate::app::effect::Effect;
use crate::app::follower::Follower;
use crate::app::msg::Msg;
use crate::app::room::Room;
use crate::input::Key;

use super::update;

impl Follower {
    /// A key from this follower. Moving anywhere leaves the live panel for a
    /// room of their own; nothing they press changes the room they follow.
    pub fn handle(&mut self, live: &Room, key: Key) -> Vec<Effect> {
        if !self.browsing {
            self.state.room.clone_from(live);
        }
        let Some(action) = crate::app::keys::action_for(&self.state, key) else {
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
}
