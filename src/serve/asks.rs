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

pub use crate::app::NotSent;

/// One participant's questions on their way.
#[derive(Default)]
pub struct Asking {
    /// When the last one went, and how many of theirs were open then.
    last: Option<(Instant, usize)>,
}

impl Asking {
    /// Whether a question of `asker`'s (what they hold: the id their
    /// questions are counted by on the screen) may go to `room` now; if so,
    /// it counts as sent.
    pub fn send(&mut self, room: Option<&Live>, asker: &str, now: Instant) -> Result<(), NotSent> {
        let room = room.ok_or(NotSent::NoScreen)?;
        if room.waiting >= MAX_QUESTIONS {
            return Err(NotSent::Full);
        }
        let mine = (room.room.questions().open())
            .filter(|q| q.asked_by() == asker)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn room_doc() -> std::sync::Arc<crate::content::Documentary> {
        let doc = crate::content::load::load(&crate::content::load::Origin::Embedded)
            .unwrap_or_else(|e| panic!("{e:?}"));
        std::sync::Arc::new(doc)
    }

    fn live() -> Live {
        Live::of(crate::app::Room::new(&room_doc()))
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
        let asked = |room: &mut Live, text: &str| {
            let mut s = crate::app::State::new(room_doc(), crate::content::Lang::En);
            for q in room.room.questions().items.clone() {
                let msg = crate::app::Msg::Ask {
                    asker: q.asker,
                    from: q.from,
                    text: q.text,
                    anonymous: false,
                };
                crate::app::update(&mut s, msg);
            }
            let from = "ana".to_owned();
            crate::app::update(
                &mut s,
                crate::app::Msg::Ask {
                    asker: "ana".into(),
                    from,
                    text: text.into(),
                    anonymous: false,
                },
            );
            room.room = s.room().clone();
        };
        asked(&mut room, "first?");
        assert_eq!(ana.send(Some(&room), "ana", now), Ok(()));
        asked(&mut room, "second?");
        asked(&mut room, "third?");
        assert_eq!(ana.send(Some(&room), "ana", now), Err(NotSent::Yours));
        // Someone else's share is their own.
        let mut ben = Asking::default();
        assert_eq!(ben.send(Some(&room), "ben", now), Ok(()));
        // A question lost on the way holds no one up for long.
        let later = now + ON_ITS_WAY;
        assert_eq!(ben.send(Some(&room), "ben", later), Ok(()));
    }
}
