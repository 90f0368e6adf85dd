//! Whether a participant's question can go to the screen, decided here where
//! the participant is known, so that they are told the truth: the screen
//! keeps 100 open questions and 3 per asker, and drops the rest without a
//! word back. A participant has one question on its way at a time: a
//! flood is refused here, not silently at the screen.

use std::time::Duration;

use tokio::time::Instant;

use super::feed::Live;
use crate::app::{MAX_OPEN_PER_ASKER, MAX_QUESTIONS};

/// How long a sent question may take to show in the room before another goes.
const ON_ITS_WAY: Duration = Duration::from_secs(3);

/// Why a question is not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotSent {
    /// No screen to send it to (a kiosk, or the screen is restarting).
    NoScreen,
    /// The facilitator's list is full.
    Full,
    /// They have as many open questions as anyone may.
    Yours,
    /// Their last one is still on its way.
    OnItsWay,
    /// The queue to the screen is full.
    Busy,
}

/// One participant's questions on their way.
#[derive(Default)]
pub struct Asking {
    /// When the last one went, and how many of theirs were open then.
    last: Option<(Instant, usize)>,
}

impl Asking {
    /// Whether `name`'s question may go to `room` now; if so, it counts as sent.
    pub fn send(&mut self, room: Option<&Live>, name: &str, now: Instant) -> Result<(), NotSent> {
        let room = room.ok_or(NotSent::NoScreen)?;
        if room.waiting >= MAX_QUESTIONS {
            return Err(NotSent::Full);
        }
        let mine = (room.room.questions.open())
            .filter(|q| q.from == name)
            .count();
        if mine >= MAX_OPEN_PER_ASKER {
            return Err(NotSent::Yours);
        }
        if let Some((at, before)) = self.last
            && mine <= before
            && now.saturating_duration_since(at) < ON_ITS_WAY
        {
            return Err(NotSent::OnItsWay);
        }
        self.last = Some((now, mine));
        Ok(())
    }
}

impl NotSent {
    pub fn words(self, lang: crate::content::Lang) -> &'static str {
        use crate::content::Lang::Fr;
        match (self, lang) {
            (NotSent::NoScreen, Fr) => "✗ question non envoyée : aucun écran ne suit la salle",
            (NotSent::NoScreen, _) => "✗ question not sent: no screen is following the room",
            (NotSent::Full, Fr) => "✗ question non envoyée : la liste de l'animateur est pleine",
            (NotSent::Full, _) => "✗ question not sent: the facilitator's list is full",
            (NotSent::Yours, Fr) => "✗ question non envoyée : vous en avez déjà 3 en attente",
            (NotSent::Yours, _) => "✗ question not sent: you already have 3 waiting",
            (NotSent::OnItsWay, Fr) => "✗ question non envoyée : la précédente est en route",
            (NotSent::OnItsWay, _) => "✗ question not sent: your last one is on its way",
            (NotSent::Busy, Fr) => "✗ question non envoyée : la salle est saturée, réessayez",
            (NotSent::Busy, _) => "✗ question not sent: the room is busy, try again",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live() -> Live {
        let doc = crate::content::load::load(&crate::content::load::Origin::Embedded)
            .unwrap_or_else(|e| panic!("{e:?}"));
        Live::of(crate::app::Room::new(&doc))
    }

    #[test]
    fn a_full_list_their_own_share_and_one_on_its_way_are_told_apart() {
        let now = Instant::now();
        let mut room = live();
        let mut ana = Asking::default();
        assert_eq!(ana.send(None, "ana", now), Err(NotSent::NoScreen));
        room.waiting = MAX_QUESTIONS;
        assert_eq!(ana.send(Some(&room), "ana", now), Err(NotSent::Full));
        room.waiting = 0;
        assert_eq!(ana.send(Some(&room), "ana", now), Ok(()));
        assert_eq!(ana.send(Some(&room), "ana", now), Err(NotSent::OnItsWay));
        // It shows in the room: the next may go.
        room.room.questions.ask("ana", "first?");
        assert_eq!(ana.send(Some(&room), "ana", now), Ok(()));
        room.room.questions.ask("ana", "second?");
        room.room.questions.ask("ana", "third?");
        assert_eq!(ana.send(Some(&room), "ana", now), Err(NotSent::Yours));
        // Someone else's share is their own.
        let mut ben = Asking::default();
        assert_eq!(ben.send(Some(&room), "ben", now), Ok(()));
        // A question lost on the way holds no one up for long.
        let later = now + ON_ITS_WAY;
        assert_eq!(ben.send(Some(&room), "ben", later), Ok(()));
    }
}
