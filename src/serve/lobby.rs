//! Connections that have not given the room code yet. They cost a descriptor
//! and a handshake each and prove nothing, so they are bounded per address
//! (one machine cannot hold them all) and in all; when all are taken, the
//! oldest is let go for the newcomer, so sockets held open without a word
//! cannot keep a real participant out for the whole set-up time.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::Notify;

/// The bounds on connections still outside the room.
pub struct Lobby {
    /// In all.
    total: usize,
    /// From one address.
    per_address: usize,
    inner: Mutex<Inner>,
    refusing: AtomicUsize,
}

/// Connections told why they are refused, at once: each costs a handshake.
pub const REFUSING: usize = 8;

/// The time a refused connection has to hear why.
pub const REFUSAL_TIME: std::time::Duration = std::time::Duration::from_secs(10);

#[derive(Default)]
struct Inner {
    next: u64,
    /// Oldest first: who is let go when all are taken.
    waiting: BTreeMap<u64, (IpAddr, Arc<Notify>)>,
    per_address: HashMap<IpAddr, usize>,
}

impl Inner {
    fn forget(&mut self, id: u64) -> Option<Arc<Notify>> {
        let (addr, evict) = self.waiting.remove(&id)?;
        if let Some(n) = self.per_address.get_mut(&addr) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.per_address.remove(&addr);
            }
        }
        Some(evict)
    }
}

impl Lobby {
    pub fn new(total: usize, per_address: usize) -> Lobby {
        Lobby {
            total: total.max(1),
            per_address: per_address.max(1),
            inner: Mutex::new(Inner::default()),
            refusing: AtomicUsize::new(0),
        }
    }

    /// A place outside the room for a connection from `addr`; `None` when
    /// that address already holds its share.
    pub fn admit(self: &Arc<Self>, addr: IpAddr) -> Option<Pending> {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if inner.per_address.get(&addr).copied().unwrap_or(0) >= self.per_address {
            return None;
        }
        while inner.waiting.len() >= self.total {
            let Some(oldest) = inner.waiting.keys().next().copied() else {
                break;
            };
            if let Some(evict) = inner.forget(oldest) {
                // Stored if the connection is not waiting on it yet.
                evict.notify_one();
            }
        }
        let id = inner.next;
        inner.next = inner.next.wrapping_add(1);
        let evicted = Arc::new(Notify::new());
        inner.waiting.insert(id, (addr, evicted.clone()));
        let n = inner.per_address.entry(addr).or_insert(0);
        *n = n.saturating_add(1);
        Some(Pending {
            gate: self.clone(),
            id,
            evicted,
        })
    }

    /// A place to tell a connection over its address's share why it is
    /// refused (over SSH, so the stock client shows it); `None` when
    /// [`REFUSING`] are being told already: then it is closed unanswered.
    pub fn refusing(self: &Arc<Self>) -> Option<Refusing> {
        let taken = self
            .refusing
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                (n < REFUSING).then(|| n.saturating_add(1))
            });
        taken.ok()?;
        Some(Refusing { gate: self.clone() })
    }

    /// Connections outside the room now.
    #[cfg(test)]
    pub fn waiting(&self) -> usize {
        let inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        inner.waiting.len()
    }
}

/// One connection's place outside the room: given back when dropped (it got
/// in, or went away), or taken back by the gate (see [`Pending::evicted`]).
pub struct Pending {
    gate: Arc<Lobby>,
    id: u64,
    evicted: Arc<Notify>,
}

impl Pending {
    /// Notified when the gate lets this connection go for a newer one.
    pub fn evicted(&self) -> Arc<Notify> {
        self.evicted.clone()
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        let mut inner = (self.gate.inner.lock()).unwrap_or_else(PoisonError::into_inner);
        inner.forget(self.id);
    }
}

/// One connection being told why it is refused; given back when dropped.
pub struct Refusing {
    gate: Arc<Lobby>,
}

impl Drop for Refusing {
    fn drop(&mut self) {
        let _ = (self.gate.refusing).fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
            Some(n.saturating_sub(1))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_per_address_and_in_all_the_oldest_let_go() {
        let gate = Arc::new(Lobby::new(3, 2));
        let a = IpAddr::from([192, 0, 2, 1]);
        let b = IpAddr::from([192, 0, 2, 2]);
        let first = gate.admit(a);
        let second = gate.admit(a);
        assert!(first.is_some() && second.is_some());
        assert!(gate.admit(a).is_none(), "two per address");
        let third = gate.admit(b);
        assert!(third.is_some());
        // All three taken: a fourth lets the oldest go.
        let fourth = gate.admit(b);
        assert!(fourth.is_some());
        assert_eq!(gate.waiting(), 3);
        let evicted = first.as_ref().map(Pending::evicted);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        let told = runtime.block_on(async {
            let evicted = evicted.unwrap_or_else(|| panic!("admitted"));
            tokio::time::timeout(std::time::Duration::from_secs(1), evicted.notified()).await
        });
        assert!(told.is_ok(), "the oldest is told to go");
        // Its place was taken back: dropping it frees nothing twice.
        drop(first);
        assert_eq!(gate.waiting(), 3);
        assert!(
            gate.admit(a).is_some(),
            "a's first place went with the eviction"
        );
        drop((second, third, fourth));
    }
}
