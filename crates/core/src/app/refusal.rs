//! Why a screen refused or closed a console's link: sent to the console,
//! which shows it.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why the screen refused or closed a link: sent to the client, which shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// The client runs as another user than the screen.
    OtherUser,
    /// The screen already has as many clients as it takes.
    TooMany { max: u32 },
    /// The first message was not a hello (or none came in time).
    NoHello,
    /// The client speaks another version of the protocol.
    Version { screen: u32, client: u32 },
    /// A message was longer than the link allows.
    TooLarge { max: u32 },
    /// The client stopped reading what the screen sends.
    TooSlow,
    /// The other end does not follow the protocol (seen by a client).
    Protocol,
}

impl Reason {
    /// The reason in the viewer's language.
    pub fn message(&self, fr: bool) -> String {
        match (self, fr) {
            (Reason::OtherUser, false) => "the screen belongs to another user".into(),
            (Reason::OtherUser, true) => "l'écran appartient à un autre utilisateur".into(),
            (Reason::TooMany { max }, false) => format!("the screen already has {max} consoles"),
            (Reason::TooMany { max }, true) => format!("l'écran a déjà {max} consoles"),
            (Reason::NoHello, false) => "the console did not introduce itself".into(),
            (Reason::NoHello, true) => "la console ne s'est pas présentée".into(),
            (Reason::Version { screen, client }, false) => {
                format!("the screen speaks protocol {screen}, the console {client}")
            }
            (Reason::Version { screen, client }, true) => {
                format!("l'écran parle le protocole {screen}, la console le {client}")
            }
            (Reason::TooLarge { max }, false) => format!("a message was over {max} bytes"),
            (Reason::TooLarge { max }, true) => format!("un message dépassait {max} octets"),
            (Reason::TooSlow, false) => "the console stopped reading".into(),
            (Reason::TooSlow, true) => "la console ne lisait plus".into(),
            (Reason::Protocol, false) => "the other end does not speak the console protocol".into(),
            (Reason::Protocol, true) => {
                "l'autre bout ne parle pas le protocole des consoles".into()
            }
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(false))
    }
}
