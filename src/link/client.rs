//! A client's end of the link: connects, says hello, keeps every message
//! whole, and reconnects by itself when the screen restarts.

use std::io;
use std::marker::PhantomData;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::Instant;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::limits::Limits;
use super::socket;
use super::wire::{Downward, Hello, Inbox, Outbox, PROTOCOL_VERSION, Reason, Role, Upward, encode};
use crate::app::{Remote, Status};

struct Conn {
    stream: UnixStream,
    inbox: Inbox,
    outbox: Outbox,
    welcomed: bool,
}

/// A client's end of the link, generic over what it sends (`Up`) and what
/// the screen sends back (`Down`).
pub struct Client<Up = Remote, Down = Status> {
    path: PathBuf,
    role: Role,
    limits: Limits,
    conn: Option<Conn>,
    /// Why the screen last refused us; cleared once welcomed, or when no
    /// screen answers at all.
    refusal: Option<Reason>,
    /// After a refusal, when to try again (the screen may be restarted).
    retry_at: Option<Instant>,
    types: PhantomData<fn(Down) -> Up>,
}

impl<Up: Serialize, Down: DeserializeOwned> Client<Up, Down> {
    /// A console's client for the socket at `path`, with the default limits.
    pub fn new(path: PathBuf) -> Self {
        Self::with(path, Role::Console, Limits::default())
    }

    pub fn with(path: PathBuf, role: Role, limits: Limits) -> Self {
        Client {
            path,
            role,
            limits,
            conn: None,
            refusal: None,
            retry_at: None,
            types: PhantomData,
        }
    }

    /// Whether the screen has welcomed this client.
    pub fn connected(&self) -> bool {
        self.conn.as_ref().is_some_and(|c| c.welcomed)
    }

    /// Why the screen refused this client, to show while it is not connected.
    pub fn refusal(&self) -> Option<&Reason> {
        self.refusal.as_ref()
    }

    /// Connects if it is not; returns every message received since last time.
    pub fn poll(&mut self) -> Vec<Down> {
        if self.conn.is_none() {
            self.connect();
        }
        let mut out = Vec::new();
        let Some(conn) = self.conn.as_mut() else {
            return out;
        };
        let broken = conn.outbox.flush(&mut conn.stream).is_err()
            | conn.inbox.fill(&mut conn.stream).is_err();
        // Lines that arrived before a reset are still read: a refusal is one.
        let mut verdict = None;
        loop {
            let line = match conn.inbox.next_line() {
                Ok(Some(line)) => line,
                Ok(None) => break,
                Err(_) => {
                    let max = u32::try_from(self.limits.max_message).unwrap_or(u32::MAX);
                    verdict = Some(Reason::TooLarge { max });
                    break;
                }
            };
            let parsed = std::str::from_utf8(&line)
                .ok()
                .and_then(|text| ron::from_str::<Downward<Down>>(text).ok());
            match (parsed, conn.welcomed) {
                (Some(Downward::Msg(down)), true) => out.push(down),
                (Some(Downward::Welcome { version }), false) if version == PROTOCOL_VERSION => {
                    conn.welcomed = true;
                    self.refusal = None;
                }
                (Some(Downward::Refused { reason, .. }), _) => {
                    verdict = Some(reason);
                    break;
                }
                // A message this version does not know: skipped.
                (None, true) => {}
                _ => {
                    verdict = Some(Reason::Protocol);
                    break;
                }
            }
        }
        if let Some(reason) = verdict {
            self.refused(reason);
        } else if broken || (conn.inbox.eof && !conn.inbox.ready()) {
            self.conn = None;
        }
        out
    }

    /// Queues a message for the screen and sends what the socket takes;
    /// `false` when there is no link (the message is dropped).
    pub fn send(&mut self, message: &Up) -> bool {
        let Some(conn) = self.conn.as_mut() else {
            return false;
        };
        let Ok(line) = encode(&Upward::Msg(message)) else {
            return false;
        };
        if conn.outbox.push(&line).is_err() || conn.outbox.flush(&mut conn.stream).is_err() {
            // The screen stopped reading, or left: start again.
            self.conn = None;
            return false;
        }
        true
    }

    fn connect(&mut self) {
        if self.retry_at.is_some_and(|t| Instant::now() < t) {
            return;
        }
        self.retry_at = None;
        let stream = match socket::connect(&self.path) {
            Ok(stream) => stream,
            // A screen that does not take us at once is there: try again later.
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return,
            Err(_) => {
                self.refusal = None;
                return;
            }
        };
        if socket::peer_uid(&stream).ok() != Some(socket::own_uid()) {
            self.refused(Reason::OtherUser);
            return;
        }
        let mut conn = Conn {
            stream,
            inbox: Inbox::new(self.limits.max_message),
            outbox: Outbox::new(self.limits.write_buffer),
            welcomed: false,
        };
        let hello = encode(&Upward::<()>::Hello(Hello {
            version: PROTOCOL_VERSION,
            role: self.role,
        }));
        let sent = hello
            .map_err(|_| ())
            .and_then(|h| conn.outbox.push(&h).map_err(|_| ()))
            .and_then(|()| conn.outbox.flush(&mut conn.stream).map_err(|_| ()));
        if sent.is_ok() {
            self.conn = Some(conn);
        }
    }

    fn refused(&mut self, reason: Reason) {
        self.refusal = Some(reason);
        self.conn = None;
        self.retry_at = Instant::now().checked_add(self.limits.retry);
    }
}
