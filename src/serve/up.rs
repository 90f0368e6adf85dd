//! What a participant sends up to the screen, from a key (SSH) or a form
//! (the web page), through one path: ballots coalesced per voter, questions
//! within their share, upvotes. Whatever is refused, they are told so.

use super::asks::{Asking, NotSent};
use super::seats::Shared;
use crate::app::{Live, Participant, ParticipantMsg, Up, participant};
use crate::runtime::Remote;

/// Sends `ups` of `me`, who votes as `voter` (what they hold, not their name).
pub fn send(
    me: &mut Participant,
    room: Option<&Live>,
    ups: Vec<Up>,
    shared: &Shared,
    (voter, asking): (&str, &mut Asking),
) {
    for up in ups {
        match up {
            Up::Ballot { panel, ballot } => {
                if !shared.ballots.cast(voter, &panel, ballot) {
                    participant(me, ParticipantMsg::NotCounted);
                }
            }
            Up::Ask { text, anonymous } => {
                let from = me.name().to_owned();
                let sent = asking
                    .send(room, voter, tokio::time::Instant::now())
                    .and_then(|()| {
                        let ask = Remote::Ask {
                            asker: voter.to_owned(),
                            from,
                            text,
                            anonymous,
                        };
                        shared.up.try_send(ask).map_err(|_| NotSent::Busy)
                    });
                if let Err(why) = sent {
                    participant(me, ParticipantMsg::NotSent(why));
                }
            }
            Up::Upvote(id) => {
                let upvote = Remote::Upvote {
                    id,
                    voter: voter.to_owned(),
                };
                // A full queue loses it; they may upvote again.
                if shared.up.try_send(upvote).is_err() {
                    participant(me, ParticipantMsg::NotSent(NotSent::Busy));
                }
            }
        }
    }
}
