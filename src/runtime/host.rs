//! What a screening keeps and tells: the viewer's journey, the session log,
//! and the consoles on the link. It consumes the effects `update` reports;
//! it never writes the player's state except through messages.

use super::player::Player;
use crate::app::{Effect, Msg, Remote};
use crate::journey::Journey;
use crate::link;
use crate::store::Store;
use crate::store::session_log::Session;

/// A session log and its store.
pub struct Log {
    pub session: Session,
    pub store: Store<Session>,
}

#[derive(Default)]
pub struct Host {
    pub journey: Option<Store<Journey>>,
    pub log: Option<Log>,
    pub link: Option<link::Server>,
    /// Where the link should be served when it could not be yet (the last
    /// screen was still leaving): tried again every two seconds.
    pub link_wanted: Option<std::path::PathBuf>,
    pub link_next_try: u64,
}

impl Host {
    /// Saves and logs what `effects` say happened. Saving happens on the
    /// stores' own threads; what went wrong there comes back as notices.
    pub fn consume(&mut self, player: &mut Player, effects: &[Effect], now: u64) {
        if effects.contains(&Effect::JourneyChanged)
            && let Some(store) = self.journey.as_mut()
        {
            store.save(&Journey::capture(player.state()));
        }
        if let Some(log) = self.log.as_mut() {
            let mut changed = false;
            if effects.contains(&Effect::TimerChanged) {
                log.session.timer = player.logged_timer();
                changed = true;
            }
            for effect in effects {
                changed |= log.session.apply(effect, player.state(), now / 1000);
            }
            if changed {
                log.store.save(&log.session);
            }
        }
        let lang = player.state().viewer().lang();
        let mut troubles = Vec::new();
        if let Some(store) = self.journey.as_ref() {
            troubles.extend(store.troubles());
        }
        if let Some(log) = self.log.as_ref() {
            troubles.extend(log.store.troubles());
        }
        if !troubles.is_empty() {
            let text: Vec<String> = troubles.iter().map(|t| t.message(lang)).collect();
            player.apply(Msg::Notice(text.join(" ")), now);
        }
    }

    /// Serves the link once the socket is free again; says whether it now is.
    pub fn retry_link(&mut self, now: u64) -> bool {
        if self.link.is_some() || now < self.link_next_try {
            return false;
        }
        let Some(path) = self.link_wanted.clone() else {
            return false;
        };
        self.link_next_try = now.saturating_add(2_000);
        let Ok(server) = link::Server::bind(&path) else {
            return false;
        };
        self.link = Some(server);
        self.link_wanted = None;
        true
    }

    /// The last saves, waited for a short while.
    pub fn flush(&mut self) {
        if let Some(store) = self.journey.as_ref() {
            store.flush();
        }
        if let Some(log) = self.log.as_ref() {
            log.store.flush();
        }
    }

    /// Commands from the consoles (only the closed set of [`Remote`]s parses), and the
    /// link's notices (refused consoles, unreadable messages) in `notices`.
    pub fn remotes(&mut self, notices: &mut Vec<link::Notice>) -> Vec<Remote> {
        let Some(link) = self.link.as_mut() else {
            return Vec::new();
        };
        let polled = link.poll();
        notices.extend(polled.notices);
        polled.commands
    }

    /// Tells the consoles where the screening is.
    pub fn publish(&mut self, player: &Player) {
        if let Some(link) = self.link.as_mut() {
            link.publish(&player.status());
        }
    }
}
