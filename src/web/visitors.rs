//! Who is in the room by browser: a secret token (their cookie) for each,
//! holding a seat of the same room as the SSH participants, a core
//! `Participant` that only `update` changes, and the questions they have on
//! their way. A visitor who leaves, or is not seen for a while with no page
//! open, gives the seat and the name back.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use rand::RngExt;
use tokio::sync::watch;
use tokio::time::Instant;

use crate::app::{Participant, ParticipantMsg, participant};
use crate::content::Lang;
use crate::journey::Journey;
use crate::runtime::Remote;
use crate::serve::{Asking, Seat, Shared};

/// A visitor with no page open and no request for this long has left.
pub const AWAY: Duration = Duration::from_secs(15 * 60);
/// Pages (event streams) one visitor may have open at once.
pub const STREAMS: usize = 4;

/// What only the visitor holds: 128 random bits, in hex.
pub type Token = String;

pub fn new_token() -> Token {
    let mut rng = rand::rng();
    let mut out = String::with_capacity(32);
    for _ in 0..16 {
        let byte: u8 = rng.random();
        let _ = write!(out, "{byte:02x}");
    }
    out
}

/// One visitor.
pub struct Visitor {
    pub seat: Seat,
    /// What their ballots and upvotes are counted under: their token's
    /// first half, so a later visitor with their name never gets them.
    pub voter: String,
    inner: Mutex<Inner>,
    /// Bumped when something of theirs changed (a word back, the language):
    /// their open pages draw again.
    pub news: watch::Sender<u64>,
    /// They left: their open pages close.
    pub left: std::sync::atomic::AtomicBool,
    shared: Arc<Shared>,
}

pub struct Inner {
    pub me: Participant,
    pub asking: Asking,
    pub lang: Lang,
    seen: Instant,
    streams: usize,
}

impl Visitor {
    pub fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Draw their pages again.
    pub fn nudge(&self) {
        self.news.send_modify(|n| *n = n.wrapping_add(1));
    }

    /// Counts an open page; `None` when they have as many as they may.
    pub fn open_stream(self: &Arc<Self>) -> Option<StreamGuard> {
        let mut inner = self.lock();
        if inner.streams >= STREAMS {
            return None;
        }
        inner.streams = inner.streams.saturating_add(1);
        Some(StreamGuard(self.clone()))
    }
}

impl Drop for Visitor {
    fn drop(&mut self) {
        let _ = self.shared.up.try_send(Remote::Present {
            name: self.seat.name.clone(),
            here: false,
        });
    }
}

/// An open page of a visitor's; counted until it closes.
pub struct StreamGuard(Arc<Visitor>);

impl Drop for StreamGuard {
    fn drop(&mut self) {
        let mut inner = self.0.lock();
        inner.streams = inner.streams.saturating_sub(1);
        inner.seen = Instant::now();
    }
}

/// Every visitor, by token.
#[derive(Default)]
pub struct Visitors {
    map: Mutex<HashMap<Token, Arc<Visitor>>>,
}

impl Visitors {
    fn map(&self) -> MutexGuard<'_, HashMap<Token, Arc<Visitor>>> {
        self.map.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Seats `name` in the room; `None` when the room is full.
    pub fn join(
        &self,
        shared: &Arc<Shared>,
        name: &str,
        lang: Lang,
    ) -> Option<(Token, Arc<Visitor>)> {
        let seat = shared.join(name)?;
        let token = new_token();
        // Their ballots and questions are theirs by a tag of its own, never
        // by a part of the cookie: the tag reaches the session log.
        let tag = new_token();
        let voter = format!("{} @{}", seat.name, tag.get(..12).unwrap_or_default());
        let me = Participant::new(
            shared.doc.clone(),
            seat.name.clone(),
            lang,
            &Journey::default(),
        )
        .known_as(voter.clone());
        let _ = shared.up.try_send(Remote::Present {
            name: seat.name.clone(),
            here: true,
        });
        let visitor = Arc::new(Visitor {
            seat,
            voter,
            inner: Mutex::new(Inner {
                me,
                asking: Asking::default(),
                lang,
                seen: Instant::now(),
                streams: 0,
            }),
            news: watch::Sender::new(0),
            left: std::sync::atomic::AtomicBool::new(false),
            shared: shared.clone(),
        });
        self.map().insert(token.clone(), visitor.clone());
        Some((token, visitor))
    }

    /// The visitor holding `token`, seen now.
    pub fn get(&self, token: &str) -> Option<Arc<Visitor>> {
        let visitor = self.map().get(token).cloned()?;
        visitor.lock().seen = Instant::now();
        Some(visitor)
    }

    /// They leave: their seat and name go back at once.
    pub fn leave(&self, token: &str) {
        let gone = self.map().remove(token);
        if let Some(visitor) = gone {
            visitor
                .left
                .store(true, std::sync::atomic::Ordering::Relaxed);
            visitor.nudge();
        }
    }

    /// Those with no page open, not seen within `AWAY`, leave.
    pub fn sweep(&self, now: Instant) -> usize {
        let mut map = self.map();
        let before = map.len();
        map.retain(|_, v| {
            let inner = v.lock();
            inner.streams > 0 || now.saturating_duration_since(inner.seen) < AWAY
        });
        before.saturating_sub(map.len())
    }

    pub fn len(&self) -> usize {
        self.map().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Everyone, for the last word when the server stops.
    pub fn all(&self) -> Vec<Arc<Visitor>> {
        self.map().values().cloned().collect()
    }
}

/// Brings `me` up to the room on the screen now (what a page shows).
pub fn catch_up(me: &mut Participant, live: Option<&crate::app::Live>) {
    participant(me, ParticipantMsg::Live(live));
}
