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
mod limits;
mod notice;

mod server;
mod socket;
pub mod wire;

use std::path::PathBuf;

pub use crate::app::{Remote, RoomSnapshot, Status, status_of};
pub use client::Client;
pub use limits::Limits;
pub use notice::Notice;
pub use server::{Polled, Server};
pub use socket::message as error_message;
pub use wire::{PROTOCOL_VERSION, Reason, Role};

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
