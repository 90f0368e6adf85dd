//! Ballots on their way to the screen, coalesced per participant and
//! question: a participant who casts a thousand ballots a second holds one
//! place in the queue (their latest ballot), so everyone else's go up too,
//! in the order they were first cast. Bounded: past [`PENDING`] places, a
//! new one is refused, and its participant told.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, PoisonError};

use crate::app::Ballot;
use crate::runtime::Remote;

/// Ballots waiting to go up (one per participant and question).
pub const PENDING: usize = 4096;

type Key = (String, String);

#[derive(Default)]
pub struct Ballots {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    latest: HashMap<Key, Ballot>,
    /// Oldest first: the order places were taken in.
    order: VecDeque<Key>,
}

impl Ballots {
    /// `voter`'s latest ballot on `panel`, replacing one not sent yet;
    /// `false` when the queue is full and it is not taken.
    pub fn cast(&self, voter: &str, panel: &str, ballot: Ballot) -> bool {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let key = (voter.to_owned(), panel.to_owned());
        if let Some(pending) = inner.latest.get_mut(&key) {
            *pending = ballot;
            return true;
        }
        if inner.order.len() >= PENDING {
            return false;
        }
        inner.order.push_back(key.clone());
        inner.latest.insert(key, ballot);
        true
    }

    /// Up to `n` ballots to send, oldest places first.
    pub fn take(&self, n: usize) -> Vec<Remote> {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let mut out = Vec::new();
        while out.len() < n {
            let Some(key) = inner.order.pop_front() else {
                break;
            };
            if let Some(ballot) = inner.latest.remove(&key) {
                let (voter, panel) = key;
                out.push(Remote::Ballot {
                    panel,
                    voter,
                    ballot,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flooding_voter_holds_one_place_and_the_latest_wins() {
        let ballots = Ballots::default();
        for k in 0..10_000 {
            assert!(ballots.cast("mallory", "q", Ballot::Picked(k % 2)));
        }
        assert!(ballots.cast("ana", "q", Ballot::Picked(0)));
        let sent = ballots.take(10);
        assert_eq!(
            sent,
            [
                Remote::Ballot {
                    panel: "q".into(),
                    voter: "mallory".into(),
                    ballot: Ballot::Picked(1)
                },
                Remote::Ballot {
                    panel: "q".into(),
                    voter: "ana".into(),
                    ballot: Ballot::Picked(0)
                },
            ]
        );
        assert!(ballots.take(10).is_empty());
    }

    #[test]
    fn a_full_queue_refuses_rather_than_drops() {
        let ballots = Ballots::default();
        for k in 0..PENDING {
            assert!(ballots.cast(&format!("v{k}"), "q", Ballot::Picked(0)));
        }
        assert!(!ballots.cast("late", "q", Ballot::Picked(0)));
        assert!(
            ballots.cast("v0", "q", Ballot::Picked(1)),
            "a place held is kept"
        );
        assert_eq!(ballots.take(PENDING + 1).len(), PENDING);
    }
}
