//! Why a screen refused or closed a console's link: sent to the console,
//! which shows it.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

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
    pub fn message(&self, lang: Lang) -> String {
        let w = crate::words::of(lang);
        match *self {
            Reason::OtherUser => w.link_other_user.into(),
            Reason::TooMany { max } => (w.link_too_many)(max),
            Reason::NoHello => w.link_no_hello.into(),
            Reason::Version { screen, client } => (w.link_version)(screen, client),
            Reason::TooLarge { max } => (w.link_too_large)(max),
            Reason::TooSlow => w.link_too_slow.into(),
            Reason::Protocol => w.link_protocol.into(),
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}
