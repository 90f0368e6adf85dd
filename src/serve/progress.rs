//! How far one connection got: the room code given, the terminal open, the
//! session over. Shared by its handler, its session and its watcher.

use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::Notify;

/// How far one connection got, shared by its handler, its session and its watcher.
#[derive(Default)]
pub struct Stage {
    joined: AtomicBool,
    terminal: AtomicBool,
    changed: Notify,
    ended: Notify,
}

impl Stage {
    /// Woken when the code or the terminal comes.
    pub fn changed(&self) -> &Notify {
        &self.changed
    }

    /// Woken when the session is over.
    pub fn ended(&self) -> &Notify {
        &self.ended
    }

    /// Whether the terminal is open.
    pub fn has_terminal(&self) -> bool {
        self.terminal.load(Ordering::Relaxed)
    }

    /// The room code was right: a seat is held.
    pub fn join(&self) {
        self.joined.store(true, Ordering::Relaxed);
        self.changed.notify_one();
    }

    pub fn joined(&self) -> bool {
        self.joined.load(Ordering::Relaxed)
    }

    /// Their terminal is open: the session runs.
    pub fn open(&self) {
        self.terminal.store(true, Ordering::Relaxed);
        self.changed.notify_one();
    }

    /// The session is over: the connection goes too.
    pub fn end(&self) {
        self.ended.notify_one();
    }
}
