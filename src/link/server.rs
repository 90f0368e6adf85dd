//! The screen's end of the link: takes in clients of its own user, checks
//! their hello, and hands the screen a bounded batch of their messages per
//! poll, with a notice for everything it refused or could not read.

use std::io;
use std::marker::PhantomData;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::limits::Limits;
use super::notice::{Notice, shorten};
use super::socket;
use super::wire::{Downward, Hello, Inbox, Outbox, PROTOCOL_VERSION, Reason, Upward, encode};
use crate::app::{Remote, Status};

/// What one poll brought: the clients' messages in order, and notices.
#[derive(Debug)]
pub struct Polled<Up> {
    pub commands: Vec<Up>,
    pub notices: Vec<Notice>,
}

/// One connected client.
struct Peer {
    stream: UnixStream,
    inbox: Inbox,
    outbox: Outbox,
    welcomed: bool,
    since: Instant,
    /// Set when the peer must be dropped at the end of this poll.
    gone: bool,
}

impl Peer {
    /// Refused, broken, or closed with nothing left to read.
    fn finished(&self) -> bool {
        self.gone || (self.inbox.eof && !self.inbox.ready())
    }
}

/// The screen's end of the link, generic over what clients send (`Up`) and
/// what the screen sends them (`Down`).
pub struct Server<Up = Remote, Down = Status> {
    listener: UnixListener,
    path: PathBuf,
    identity: Option<(u64, u64)>,
    uid: u32,
    limits: Limits,
    peers: Vec<Peer>,
    /// Which peer the next poll reads first, so no client starves the others.
    turn: usize,
    /// The latest message, sent to each client as it is welcomed.
    last: Option<Vec<u8>>,
    /// Notices found outside `poll` (while publishing), returned by the next.
    pending: Vec<Notice>,
    types: PhantomData<fn(Up) -> Down>,
}

impl<Up: DeserializeOwned, Down: Serialize> Server<Up, Down> {
    /// Listens at `path` with the default limits.
    /// The socket's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn bind(path: &Path) -> io::Result<Self> {
        Self::bind_with(path, Limits::default())
    }

    /// Listens at `path`; see `socket::bind` for what it replaces.
    pub fn bind_with(path: &Path, limits: Limits) -> io::Result<Self> {
        // A zero bound would stall the link rather than protect it.
        let limits = Limits {
            per_poll: limits.per_poll.max(1),
            max_message: limits.max_message.max(1),
            ..limits
        };
        let listener = socket::bind(path)?;
        Ok(Server {
            listener,
            path: path.to_owned(),
            identity: socket::identity(path),
            uid: socket::own_uid(),
            limits,
            peers: Vec::new(),
            turn: 0,
            last: None,
            pending: Vec::new(),
            types: PhantomData,
        })
    }

    /// How many clients are connected, welcomed or not yet.
    pub fn clients(&self) -> usize {
        self.peers.len()
    }

    /// Takes in new clients, reads what they sent, and returns at most
    /// `limits.per_poll` messages; the rest wait, in order, for the next poll.
    pub fn poll(&mut self) -> Polled<Up> {
        let mut notices = std::mem::take(&mut self.pending);
        self.accept(&mut notices);
        for peer in &mut self.peers {
            // A broken link still yields what it brought: its end is an end
            // of file, and the peer goes once its last lines are handled.
            let wrote = peer.outbox.flush(&mut peer.stream);
            let _ = peer.inbox.fill(&mut peer.stream);
            if wrote.is_err() {
                peer.inbox.eof = true;
            } else if !peer.welcomed
                && !peer.inbox.eof
                && !peer.inbox.ready()
                && peer.since.elapsed() >= self.limits.hello_timeout
            {
                refuse(peer, Reason::NoHello, &mut notices);
            }
        }
        let mut commands = Vec::new();
        let mut budget = self.limits.per_poll;
        let count = self.peers.len();
        let mut progressed = true;
        while budget > 0 && progressed {
            progressed = false;
            for k in 0..count {
                if budget == 0 {
                    break;
                }
                let i = self.turn.wrapping_add(k) % count;
                let Some(peer) = self.peers.get_mut(i) else {
                    continue;
                };
                if peer.gone || !peer.inbox.ready() {
                    continue;
                }
                budget -= 1;
                progressed = true;
                self.handle(i, &mut commands, &mut notices);
            }
        }
        self.turn = self.turn.wrapping_add(1);
        self.peers.retain(|p| !p.finished());
        if !self.peers.is_empty() {
            self.turn %= self.peers.len();
        }
        Polled { commands, notices }
    }

    /// Sends `message` to every welcomed client (once: an unchanged message
    /// is not sent again); a client that stopped reading is dropped.
    pub fn publish(&mut self, message: &Down) {
        let Ok(line) = encode(&Downward::Msg(message)) else {
            return;
        };
        if self.last.as_ref() == Some(&line) {
            return;
        }
        if line.len().saturating_sub(1) > self.limits.max_message {
            // Clients would refuse it: better to say so here, once.
            self.pending.push(Notice::NotSent { bytes: line.len() });
            self.last = Some(line);
            return;
        }
        for peer in self.peers.iter_mut().filter(|p| p.welcomed) {
            if peer.outbox.push(&line).is_err() {
                refuse(peer, Reason::TooSlow, &mut self.pending);
            } else if peer.outbox.flush(&mut peer.stream).is_err() {
                peer.gone = true;
            }
        }
        self.peers.retain(|p| !p.gone);
        self.last = Some(line);
    }

    fn accept(&mut self, notices: &mut Vec<Notice>) {
        // Bounded, so a storm of connections cannot hold the screen either.
        for _ in 0..self.limits.per_poll {
            let stream = match self.listener.accept() {
                Ok((stream, _)) => stream,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    notices.push(Notice::Trouble {
                        error: e.to_string(),
                    });
                    return;
                }
            };
            let mut peer = Peer {
                stream,
                inbox: Inbox::new(self.limits.max_message),
                outbox: Outbox::new(self.limits.write_buffer),
                welcomed: false,
                since: Instant::now(),
                gone: false,
            };
            if let Err(e) = peer.stream.set_nonblocking(true) {
                notices.push(Notice::Trouble {
                    error: e.to_string(),
                });
                continue;
            }
            match socket::peer_uid(&peer.stream) {
                Ok(uid) if uid == self.uid => {}
                Ok(uid) => {
                    send_refusal(&mut peer, Reason::OtherUser);
                    notices.push(Notice::Refused {
                        reason: Reason::OtherUser,
                        uid: Some(uid),
                    });
                    continue;
                }
                Err(e) => {
                    notices.push(Notice::Unknown {
                        error: e.to_string(),
                    });
                    continue;
                }
            }
            if self.peers.len() >= self.limits.max_clients {
                let max = u32::try_from(self.limits.max_clients).unwrap_or(u32::MAX);
                refuse(&mut peer, Reason::TooMany { max }, notices);
                continue;
            }
            self.peers.push(peer);
        }
    }

    /// Handles the next line of peer `i`.
    fn handle(&mut self, i: usize, commands: &mut Vec<Up>, notices: &mut Vec<Notice>) {
        let max = self.limits.max_message;
        let last = (self.last.as_deref()).filter(|l| l.len().saturating_sub(1) <= max);
        let Some(peer) = self.peers.get_mut(i) else {
            return;
        };
        let line = match peer.inbox.next_line() {
            Ok(Some(line)) => line,
            Ok(None) => return,
            Err(_) => {
                let max = u32::try_from(self.limits.max_message).unwrap_or(u32::MAX);
                refuse(peer, Reason::TooLarge { max }, notices);
                return;
            }
        };
        let parsed = std::str::from_utf8(&line)
            .map_err(|e| e.to_string())
            .and_then(|text| ron::from_str::<Upward<Up>>(text).map_err(|e| e.to_string()));
        match (parsed, peer.welcomed) {
            (Ok(Upward::Msg(up)), true) => commands.push(up),
            (Ok(Upward::Hello(hello)), false) => greet(peer, &hello, last, notices),
            (Ok(Upward::Hello(_)), true) => notices.push(Notice::SecondHello),
            (Err(error), true) => notices.push(Notice::BadMessage {
                error: shorten(&error),
            }),
            (Ok(Upward::Msg(_)) | Err(_), false) => refuse(peer, Reason::NoHello, notices),
        }
    }
}

/// Answers a hello: welcome and the latest message, or a refusal.
fn greet(peer: &mut Peer, hello: &Hello, last: Option<&[u8]>, notices: &mut Vec<Notice>) {
    if hello.version != PROTOCOL_VERSION {
        let reason = Reason::Version {
            screen: PROTOCOL_VERSION,
            client: hello.version,
        };
        refuse(peer, reason, notices);
        return;
    }
    let welcome = encode(&Downward::<()>::Welcome {
        version: PROTOCOL_VERSION,
    });
    let queued = welcome.is_ok_and(|w| peer.outbox.push(&w).is_ok())
        && last.is_none_or(|l| peer.outbox.push(l).is_ok());
    if !queued || peer.outbox.flush(&mut peer.stream).is_err() {
        peer.gone = true;
        return;
    }
    peer.welcomed = true;
}

/// Tells the peer why it is closed, notes it, and marks it gone.
fn refuse(peer: &mut Peer, reason: Reason, notices: &mut Vec<Notice>) {
    send_refusal(peer, reason.clone());
    notices.push(Notice::Refused { reason, uid: None });
}

/// Best effort: the refusal goes after what is queued, if the socket takes it now.
fn send_refusal(peer: &mut Peer, reason: Reason) {
    let refusal = encode(&Downward::<()>::Refused {
        version: PROTOCOL_VERSION,
        reason,
    });
    if let Ok(line) = refusal {
        // Only if it fits: a peer that stopped reading will not read it.
        let _ = peer.outbox.push(&line);
        let _ = peer.outbox.flush(&mut peer.stream);
    }
    let _ = peer.stream.shutdown(std::net::Shutdown::Both);
    peer.gone = true;
}

impl<Up, Down> Drop for Server<Up, Down> {
    /// Removes the socket, unless something else has taken its place.
    fn drop(&mut self) {
        if self.identity.is_some() && socket::identity(&self.path) == self.identity {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}
