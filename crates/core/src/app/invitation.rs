//! How to join the room over SSH or the web (`invisibles serve`): what the console
//! shows, and the projector on the facilitator's key.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    /// The line participants type: `ssh -p 2222 NAME@192.0.2.7`.
    pub command: String,
    /// The room code, their password.
    pub code: String,
    /// The host key's fingerprint, as their `ssh` shows it the first time.
    pub fingerprint: String,
    /// The web page's join address (`serve --web`), the projector's QR code.
    #[serde(default)]
    pub web: Option<String>,
}

impl Invitation {
    /// Bounded and free of control characters: it comes over the link.
    pub fn cleaned(self) -> Invitation {
        let clean = |s: &str| super::questions::sanitise(s, 120);
        Invitation {
            command: clean(&self.command),
            code: clean(&self.code),
            fingerprint: clean(&self.fingerprint),
            web: self
                .web
                .as_deref()
                .map(|w| super::questions::sanitise(w, 240)),
        }
    }
}
