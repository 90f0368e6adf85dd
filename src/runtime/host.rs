//! What a screening keeps and tells: the viewer's journey, the session log,
//! and the consoles on the link. It consumes the effects `update` reports;
//! it never writes the player's state except through messages.

use std::path::PathBuf;

use super::{Player, Remote};
use crate::app::{Effect, Msg};
use crate::content::Lang;
use crate::journey::{self, Journey};
use crate::workshop::link;
use crate::workshop::session::Session;

/// A session log and where it is written.
pub struct Log {
    pub session: Session,
    pub path: PathBuf,
}

#[derive(Default)]
pub struct Host {
    pub journey: Option<journey::Store>,
    pub log: Option<Log>,
    pub link: Option<link::Server>,
}

impl Host {
    /// Saves and logs what `effects` say happened.
    pub fn consume(&mut self, player: &mut Player, effects: &[Effect], now: u64) {
        let mut notices = Vec::new();
        let fr = player.state().viewer.lang == Lang::Fr;
        if effects.contains(&Effect::JourneyChanged)
            && let Some(store) = self.journey.as_mut()
            && let Some(trouble) = store.save(&Journey::capture(player.state()))
        {
            notices.push(trouble.message(fr));
        }
        if let Some(log) = self.log.as_mut() {
            let mut changed = false;
            for effect in effects {
                changed |= log.session.apply(effect, player.state(), now / 1000);
            }
            if changed && let Err(e) = journey::store::write_atomic(&log.path, &log.session) {
                notices.push(if fr {
                    format!("Le journal de séance ne peut pas être enregistré : {e}")
                } else {
                    format!("The session log cannot be saved: {e}")
                });
            }
        }
        for notice in notices {
            player.apply(Msg::Notice(notice), now);
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
