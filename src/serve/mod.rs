//! `invisibles serve`: the documentary over SSH, one follower per
//! participant's connection, and the room every front end shares (the web's
//! too; `commands::serve` starts both). Everything asynchronous of SSH
//! (tokio, russh) stays here; the core it drives is synchronous.
//!
//! `keys` turns a channel's bytes into keys (a participant is the core's
//! `Participant`, drawn by `ui::participant`), `frame` sends only the changed
//! cells, `feed` follows the screen over its link, `ssh` decides who gets in,
//! `gate` and `listen` bound who may try, `conn` watches one connection's
//! deadlines, `session` runs one participant's channel and `writer` writes to
//! it, `asks` and `ballots` bound what a participant sends up, `seats` holds
//! what connections share, `hostkey` keeps the server's key.

mod asks;
mod ballots;
mod code;
pub(crate) mod conn;
pub mod feed;
pub mod frame;
pub(crate) mod heap;
pub mod hostkey;
pub mod keys;
pub(crate) mod listen;
pub(crate) mod lobby;
mod progress;
pub(crate) mod seats;
mod session;
pub mod ssh;
mod tries;
mod up;
pub(crate) mod writer;

use std::net::SocketAddr;
use std::path::PathBuf;

pub use asks::Asking;
pub use code::{BadCode, check_code, new_code};
pub use feed::Feeding;
pub use seats::{Seat, Shared};
pub use ssh::same_code;
pub use tries::{Turn, locked_words};
pub use up::send as send_up;

use ssh::ServerLimits;

/// The command line's options for `serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub listen: SocketAddr,
    /// The screening to follow (`--session` of the screen); none: the screen started without one.
    pub session: Option<String>,
    pub code: Option<String>,
    pub limits: ServerLimits,
    /// The host key's file (default: in the state folder).
    pub host_key: Option<PathBuf>,
    /// Where phones join over HTTP (`--web`), if they may.
    pub web: Option<SocketAddr>,
    /// The address phones are given (`--web-url`), when this machine's own
    /// is not the one they reach (a proxy, a name).
    pub web_url: Option<String>,
}

/// Loopback: another address only when asked.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:2222";

/// Why `serve` cannot run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("no state folder on this system for the host key")]
    NoStateFolder,
    #[error("host key: {0}")]
    HostKey(#[from] hostkey::HostKeyError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    /// The async runtime or a signal handler could not be set up.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// The line participants type; a wildcard address becomes a placeholder.
pub fn ssh_line(addr: SocketAddr) -> String {
    let port = addr.port();
    let host = if addr.ip().is_unspecified() {
        "THIS-MACHINE".to_owned()
    } else {
        addr.ip().to_string()
    };
    format!("ssh -p {port} NAME@{host}")
}

/// What serve prints at start: how to join, with the key's fingerprint.
pub fn invitation(
    addr: SocketAddr,
    code: &str,
    fingerprint: &str,
    session: Option<&str>,
) -> String {
    let line = ssh_line(addr);
    let screen = match session {
        Some(name) => format!("the screen of session \u{ab} {name} \u{bb}"),
        None => "the screen started without --session".to_owned(),
    };
    format!(
        "Invisibles room open: participants follow {screen} while it runs;\n  with no screen, each visitor watches on their own (kiosk).\n  Participants type:  {line}\n  Room code (the password):  {code}\n  Host key:  {fingerprint}\n"
    )
}

/// What a connection over its address's share is told.
pub(crate) fn over_share(limits: &ServerLimits) -> String {
    format!(
        "too many connections from your address (at most {} at once, {} of them \
         still without the room code): try again in a moment",
        limits.per_address, limits.unauthenticated_per_address
    )
}
