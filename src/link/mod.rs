//! The local link between the projected screen and its clients (facilitator
//! consoles): a Unix socket in the owner-only state folder, one line of RON
//! per message. A client says hello with the protocol's version and its role;
//! the screen lets in only its own user, a bounded number of clients, and
//! hands its loop a bounded batch of messages per poll, with notices for
//! whatever it refused. Clients come and go, and reconnect by themselves.
//!
//! `wire` is the protocol and its framing, `socket` the file and who may use
//! it, `server` and `client` the two ends (generic over the messages),
//! `notice` what the screen shows about its link,
//! what travels on it today is the core's: the screen's `Status`, the
//! console's `Remote` commands.

mod client;
mod notice;

mod server;
mod socket;
pub mod wire;

use std::path::PathBuf;
use std::time::Duration;

pub use crate::app::RoomSnapshot;
pub use crate::app::{Remote, Status, status_of};
pub use client::Client;
pub use notice::Notice;
pub use server::{Polled, Server};
pub use socket::message as error_message;
pub use wire::{PROTOCOL_VERSION, Reason, Role};

/// The link's bounds: no client can make the screen wait or grow without end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Clients connected at once; the next is refused.
    pub max_clients: usize,
    /// Bytes in one message; a longer one closes its connection.
    pub max_message: usize,
    /// Messages the screen handles per poll (hellos and bad ones included);
    /// the rest wait, in order.
    pub per_poll: usize,
    /// Bytes queued for a peer that is not reading; past it, it is dropped.
    pub write_buffer: usize,
    /// How long a new client has to say hello.
    pub hello_timeout: Duration,
    /// How long a refused client waits before trying again.
    pub retry: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_clients: 16,
            max_message: 64 * 1024,
            per_poll: 64,
            write_buffer: 256 * 1024,
            hello_timeout: Duration::from_secs(5),
            retry: Duration::from_secs(2),
        }
    }
}

/// The socket for a session (or for screens started without one).
pub fn socket_path(session: Option<&str>) -> Option<PathBuf> {
    let name = crate::store::journey::safe_name(session.unwrap_or("default"));
    crate::store::journey::state_file(&format!("console-{name}.sock"))
}

/// The folder where screens put their sockets.
pub fn sockets_dir() -> Option<PathBuf> {
    socket_path(None).and_then(|p| p.parent().map(std::path::Path::to_owned))
}

/// The screens running in `dir` now: a socket someone answers on, with the
/// name it was started under, sorted by name.
pub fn screens_in(dir: &std::path::Path) -> Vec<(String, PathBuf)> {
    use std::os::unix::fs::FileTypeExt;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(String, PathBuf)> = entries
        .flatten()
        .take(1_000)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_socket()))
        .filter_map(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            let name = file
                .strip_prefix("console-")?
                .strip_suffix(".sock")?
                .to_owned();
            Some((name, e.path()))
        })
        .filter(|(_, path)| std::os::unix::net::UnixStream::connect(path).is_ok())
        .collect();
    found.sort();
    found
}
