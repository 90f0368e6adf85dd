//! What every connection shares: the room's bounds, participants' seats
//! (a place and a name no one else connected has) and connections per
//! address, each given back when dropped, even by a session that panics.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::{mpsc, watch};

use super::feed::Feeding;
use crate::app::MAX_NAME_CHARS;
use crate::content::Documentary;
use crate::runtime::Remote;

/// The server's bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerLimits {
    /// Participants connected at once (`--max-participants`).
    pub participants: usize,
    /// TCP connections from one address at once, authenticated or not.
    pub per_address: usize,
    /// Connections that have not given the room code yet, in all.
    pub unauthenticated: usize,
    /// Connections that have not given the room code yet, from one address.
    pub unauthenticated_per_address: usize,
    /// Password tries per connection.
    pub auth_attempts: usize,
    /// From connecting to having a terminal open: the room code and the
    /// shell come within it, or the connection (and its seat) goes.
    pub setup: Duration,
    /// Without a key from the participant, their session ends.
    pub idle: Duration,
    /// Bytes of input taken from one message; the rest is dropped.
    pub input: usize,
}

impl Default for ServerLimits {
    fn default() -> ServerLimits {
        ServerLimits {
            participants: 500,
            // A room behind one NAT shares one address: room for a big
            // workshop, while no one address can take the whole room.
            per_address: 100,
            // A classroom typing the code at once, behind one NAT.
            unauthenticated: 128,
            unauthenticated_per_address: 32,
            auth_attempts: 3,
            setup: Duration::from_secs(30),
            idle: Duration::from_secs(4 * 3600),
            input: 4096,
        }
    }
}

/// What every connection shares.
pub struct Shared {
    pub doc: Arc<Documentary>,
    pub code: String,
    pub limits: ServerLimits,
    pub live: watch::Receiver<Feeding>,
    pub up: mpsc::Sender<Remote>,
    pub ballots: Arc<super::ballots::Ballots>,
    /// Where participants' journeys are kept (none: not kept).
    pub journeys: Option<std::path::PathBuf>,
    /// Ends every session: the server stops.
    pub stop: watch::Receiver<bool>,
    /// Wrong room codes, per address and in all.
    pub tries: super::tries::Tries,
    participants: AtomicUsize,
    addresses: Mutex<HashMap<IpAddr, usize>>,
    names: Mutex<HashMap<String, usize>>,
}

impl Shared {
    pub fn new(
        doc: Arc<Documentary>,
        code: String,
        limits: ServerLimits,
        feed: (
            watch::Receiver<Feeding>,
            mpsc::Sender<Remote>,
            Arc<super::ballots::Ballots>,
        ),
        journeys: Option<std::path::PathBuf>,
        stop: watch::Receiver<bool>,
    ) -> Shared {
        Shared {
            doc,
            code,
            limits,
            live: feed.0,
            up: feed.1,
            ballots: feed.2,
            journeys,
            stop,
            tries: super::tries::Tries::default(),
            participants: AtomicUsize::new(0),
            addresses: Mutex::new(HashMap::new()),
            names: Mutex::new(HashMap::new()),
        }
    }

    /// The facilitator ended the session: nobody new comes in.
    pub fn ended(&self) -> bool {
        self.live.borrow().as_ref().is_some_and(|l| l.room.ended())
    }

    pub fn participants(&self) -> usize {
        self.participants.load(Ordering::Relaxed)
    }

    /// Takes a connection slot for `addr`; `None` when it has too many.
    pub fn connection(self: &Arc<Self>, addr: IpAddr) -> Option<AddressSlot> {
        let mut map = self
            .addresses
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let n = map.entry(addr).or_insert(0);
        if *n >= self.limits.per_address {
            return None;
        }
        *n = n.saturating_add(1);
        Some(AddressSlot {
            shared: self.clone(),
            addr,
        })
    }

    /// Takes a participant's place, with a display name no one else
    /// connected has (`ana`, then `ana 2`…); `None` when the room is full.
    pub fn join(self: &Arc<Self>, wanted: &str) -> Option<Seat> {
        let taken = self
            .participants
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                (n < self.limits.participants).then(|| n.saturating_add(1))
            });
        taken.ok()?;
        let base = display_name(wanted);
        let mut names = self.names.lock().unwrap_or_else(PoisonError::into_inner);
        let mut name = base.clone();
        let mut k = 1usize;
        while names.contains_key(&name) {
            k = k.saturating_add(1);
            name = format!("{base} {k}");
        }
        names.insert(name.clone(), 1);
        Some(Seat {
            shared: self.clone(),
            name,
        })
    }
}

/// A display name from what the participant typed before `@`.
pub fn display_name(user: &str) -> String {
    let name = crate::app::sanitise(user, MAX_NAME_CHARS);
    if name.is_empty() || name == "join" {
        "guest".to_owned()
    } else {
        name
    }
}

/// One connection from an address; given back when dropped.
pub struct AddressSlot {
    shared: Arc<Shared>,
    addr: IpAddr,
}

impl Drop for AddressSlot {
    fn drop(&mut self) {
        let mut map = (self.shared.addresses.lock()).unwrap_or_else(PoisonError::into_inner);
        if let Some(n) = map.get_mut(&self.addr) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                map.remove(&self.addr);
            }
        }
    }
}

/// A participant's place in the room and their name; given back when dropped,
/// even if their session panics.
pub struct Seat {
    shared: Arc<Shared>,
    pub name: String,
}

impl Drop for Seat {
    fn drop(&mut self) {
        let _ = self
            .shared
            .participants
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                Some(n.saturating_sub(1))
            });
        let mut names = (self.shared.names.lock()).unwrap_or_else(PoisonError::into_inner);
        names.remove(&self.name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(participants: usize) -> Arc<Shared> {
        let doc = crate::content::load::load(&crate::content::load::Origin::Embedded)
            .unwrap_or_else(|e| panic!("{e:?}"));
        let (_live_tx, live) = watch::channel(None);
        let (up, _up_rx) = mpsc::channel(1);
        let (_stop_tx, stop) = watch::channel(false);
        let limits = ServerLimits {
            participants,
            per_address: 2,
            ..ServerLimits::default()
        };
        let code = "code".to_owned();
        Arc::new(Shared::new(
            Arc::new(doc),
            code,
            limits,
            (live, up, Arc::default()),
            None,
            stop,
        ))
    }

    #[test]
    fn seats_and_slots_are_bounded_and_given_back_even_after_a_panic() {
        let shared = shared(2);
        let ana = shared.join("ana");
        let second = shared.join("ana");
        assert_eq!(ana.as_ref().map(|s| s.name.as_str()), Some("ana"));
        assert_eq!(second.as_ref().map(|s| s.name.as_str()), Some("ana 2"));
        assert!(shared.join("cy").is_none(), "the room is full");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        // A session that panics still gives its seat back, and no one else's.
        let crashed = runtime.block_on(async move {
            tokio::spawn(async move {
                let _seat = second;
                panic!("a participant's session fails");
            })
            .await
        });
        assert!(crashed.is_err());
        assert_eq!(shared.participants(), 1);
        assert_eq!(
            shared.join("ana").map(|s| s.name.clone()).as_deref(),
            Some("ana 2")
        );

        let addr = IpAddr::from([192, 0, 2, 1]);
        let first = shared.connection(addr);
        let other = shared.connection(addr);
        assert!(first.is_some() && other.is_some());
        assert!(shared.connection(addr).is_none(), "two per address");
        drop(first);
        assert!(shared.connection(addr).is_some());
    }
}
