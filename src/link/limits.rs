//! The link's bounds, shared by the screen's server and its clients.

use std::time::Duration;

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
