//! Wrong room codes, counted per address and in all, so that guessing costs
//! time however many connections it opens. Every try waits its turn before
//! its verdict (a guesser cannot cut slow wrong answers short): tries from
//! one address are spaced more and more after a few wrong ones, then the
//! address is locked out for a while; when wrong codes come fast from
//! everywhere, every try waits longer.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use tokio::time::Instant;

/// Wrong codes are counted over this window (per address and in all).
const WINDOW: Duration = Duration::from_secs(10 * 60);
/// Wrong codes from one address within the window before it is locked out.
pub const LOCK_AFTER: u32 = 10;
/// How long a locked-out address waits.
pub const LOCKOUT: Duration = Duration::from_secs(5 * 60);
/// Wrong codes from one address that cost nothing (typos happen).
const FREE: u32 = 3;
/// The first spacing after the free ones; it doubles with each wrong code.
const FIRST_DELAY: Duration = Duration::from_millis(100);
const MOST_DELAY: Duration = Duration::from_secs(2);
/// Wrong codes in all, within a minute, before every try is slowed.
const ROOM_FREE: u32 = 30;
/// The wait for every try when the room is under attack: 1 s, doubling
/// with each further `ROOM_FREE` wrong codes, up to 8 s.
const ROOM_MOST: Duration = Duration::from_secs(8);
/// Addresses remembered; beyond, the oldest quiet ones are forgotten.
const ADDRESSES: usize = 4096;

/// A try's turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    /// Wait this long, then check the code.
    Wait(Duration),
    /// The address is locked out for this long yet.
    Locked(Duration),
}

#[derive(Default)]
struct Count {
    wrong: u32,
    since: Option<Instant>,
}

impl Count {
    /// Wrong codes within `window` of now.
    fn current(&mut self, now: Instant, window: Duration) -> u32 {
        if self
            .since
            .is_some_and(|t| now.saturating_duration_since(t) >= window)
        {
            *self = Count::default();
        }
        self.wrong
    }

    fn add(&mut self, now: Instant, window: Duration) {
        self.current(now, window);
        self.since.get_or_insert(now);
        self.wrong = self.wrong.saturating_add(1);
    }
}

#[derive(Default)]
struct Address {
    count: Count,
    /// The earliest a next try from here is checked.
    next: Option<Instant>,
    locked_until: Option<Instant>,
    seen: Option<Instant>,
}

#[derive(Default)]
pub struct Tries {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    addresses: HashMap<IpAddr, Address>,
    room: Count,
}

/// 100 ms doubling from the fourth wrong code, up to 2 s.
fn spacing(wrong: u32) -> Duration {
    let Some(extra) = wrong.checked_sub(FREE) else {
        return Duration::ZERO;
    };
    let factor = 1u32.checked_shl(extra.min(16)).unwrap_or(u32::MAX);
    FIRST_DELAY.saturating_mul(factor).min(MOST_DELAY)
}

/// Every try's wait when wrong codes come fast from everywhere.
fn room_wait(wrong: u32) -> Duration {
    let Some(over) = wrong.checked_sub(ROOM_FREE) else {
        return Duration::ZERO;
    };
    let steps = (over / ROOM_FREE).min(8);
    Duration::from_secs(1)
        .saturating_mul(1u32 << steps)
        .min(ROOM_MOST)
}

impl Tries {
    /// Takes the next turn for a try from `addr`.
    pub fn turn(&self, addr: IpAddr, now: Instant) -> Turn {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let room = room_wait(inner.room.current(now, Duration::from_secs(60)));
        inner.forget_quiet(now);
        let here = inner.addresses.entry(addr).or_default();
        here.seen = Some(now);
        if let Some(until) = here.locked_until {
            if until > now {
                return Turn::Locked(until.saturating_duration_since(now));
            }
            *here = Address::default();
        }
        let wrong = here.count.current(now, WINDOW);
        let start = here.next.filter(|&t| t > now).unwrap_or(now);
        here.next = start.checked_add(spacing(wrong));
        Turn::Wait(start.saturating_duration_since(now).max(room))
    }

    /// Whether `addr` is locked out, without taking a turn.
    pub fn peek(&self, addr: IpAddr, now: Instant) -> Turn {
        let inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let until = inner.addresses.get(&addr).and_then(|a| a.locked_until);
        match until.filter(|&t| t > now) {
            Some(t) => Turn::Locked(t.saturating_duration_since(now)),
            None => Turn::Wait(Duration::ZERO),
        }
    }

    /// A wrong code from `addr`; the lock-out's length when this one locks it.
    pub fn wrong(&self, addr: IpAddr, now: Instant) -> Option<Duration> {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        inner.room.add(now, Duration::from_secs(60));
        let here = inner.addresses.entry(addr).or_default();
        here.count.add(now, WINDOW);
        if here.count.wrong >= LOCK_AFTER {
            here.locked_until = now.checked_add(LOCKOUT);
            return Some(LOCKOUT);
        }
        None
    }
}

impl Inner {
    /// Keeps the map bounded: addresses with nothing against them go first.
    fn forget_quiet(&mut self, now: Instant) {
        if self.addresses.len() < ADDRESSES {
            return;
        }
        self.addresses.retain(|_, a| {
            a.locked_until.is_some_and(|t| t > now)
                || a.seen
                    .is_some_and(|t| now.saturating_duration_since(t) < WINDOW)
        });
        if self.addresses.len() >= ADDRESSES {
            // Still full of recent ones: the quietest half goes.
            let mut seen: Vec<Option<Instant>> = self.addresses.values().map(|a| a.seen).collect();
            seen.sort_unstable();
            let cut = seen.get(seen.len() / 2).copied().flatten();
            self.addresses
                .retain(|_, a| a.locked_until.is_some() || a.seen > cut);
        }
    }
}

/// What a locked-out address is told.
pub fn locked_words(left: Duration) -> String {
    let minutes = left.as_secs().div_ceil(60).max(1);
    let unit = if minutes == 1 { "minute" } else { "minutes" };
    format!(
        "too many wrong codes from your address: try again in {minutes} {unit} \
         (the code is on the screen, or ask the facilitator)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait(turn: Turn) -> Duration {
        match turn {
            Turn::Wait(d) => d,
            Turn::Locked(_) => panic!("locked"),
        }
    }

    #[test]
    fn an_address_is_slowed_then_locked_out_and_others_are_not() {
        let tries = Tries::default();
        let eve = IpAddr::from([192, 0, 2, 9]);
        let ana = IpAddr::from([192, 0, 2, 1]);
        let now = Instant::now();
        let mut waits = Vec::new();
        let mut locked = None;
        for _ in 0..LOCK_AFTER {
            // Tries sent at once, in parallel: each waits its turn.
            waits.push(wait(tries.turn(eve, now)));
            locked = tries.wrong(eve, now);
        }
        assert_eq!(
            &waits[..4],
            &[Duration::ZERO; 4],
            "the first wrong codes are free"
        );
        assert!(waits.windows(2).all(|w| w[0] <= w[1]), "{waits:?}");
        assert!(
            waits.last().is_some_and(|w| *w >= Duration::from_secs(4)),
            "{waits:?}"
        );
        assert_eq!(locked, Some(LOCKOUT));
        assert_eq!(tries.turn(eve, now), Turn::Locked(LOCKOUT));
        assert_eq!(tries.turn(ana, now), Turn::Wait(Duration::ZERO));
        // After the lock-out, a fresh start.
        let later = now + LOCKOUT;
        assert_eq!(tries.turn(eve, later), Turn::Wait(Duration::ZERO));
        assert!(locked_words(LOCKOUT).contains("5 minutes"));
    }

    #[test]
    fn wrong_codes_from_everywhere_slow_every_try() {
        let tries = Tries::default();
        let now = Instant::now();
        for host in 0..=ROOM_FREE {
            let addr = IpAddr::from([10, 0, 0, u8::try_from(host).unwrap_or(0)]);
            tries.wrong(addr, now);
        }
        let fresh = IpAddr::from([192, 0, 2, 200]);
        assert_eq!(tries.turn(fresh, now), Turn::Wait(Duration::from_secs(1)));
        // A minute later, the room is quiet again.
        let later = now + Duration::from_secs(60);
        assert_eq!(tries.turn(fresh, later), Turn::Wait(Duration::ZERO));
    }

    #[test]
    fn the_addresses_remembered_are_bounded() {
        let tries = Tries::default();
        let now = Instant::now();
        for n in 0..(ADDRESSES as u32 * 3) {
            let addr = IpAddr::from(n.to_be_bytes());
            let _ = tries.turn(addr, now);
        }
        let inner = tries.inner.lock().unwrap_or_else(PoisonError::into_inner);
        assert!(inner.addresses.len() <= ADDRESSES);
    }
}
