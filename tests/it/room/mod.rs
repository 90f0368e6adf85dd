//! A screening belongs to the room: driven through the core alone (no
//! terminal), with a facilitator's console commands and three participants.

use crate::common;

use common::{here, screen};
use invisibles::app::{
    Ballot, Effect, Gate, Live, Msg, Participant, ParticipantMsg, Remote, State, Up, participant,
    update,
};
use invisibles::content::Lang;
use invisibles::journey::Journey;

mod answers;
mod facilitation;
mod questions;

/// The screen of a workshop screening.
fn screening() -> State {
    let mut s = common::state(Lang::En);
    common::setup(&mut s, |o| o.workshop = true);
    s
}

fn facilitator(s: &mut State, remote: Remote) -> Vec<Effect> {
    update(s, Msg::Facilitator(remote))
}

/// A console's jump to `id`, then on past the episode's title card the jump opens.
fn past_the_card(s: &mut State, id: &str) {
    facilitator(s, Remote::Jump(id.into()));
    assert_eq!(
        s.room().gate(),
        Some(Gate::Episode),
        "the card of {id}'s episode"
    );
    facilitator(s, Remote::Next);
}

fn live(s: &State) -> Live {
    Live {
        room: s.room().clone(),
        answered: s.answered_panels().collect(),
        waiting: s.room().questions().open().count(),
    }
}

/// Three participants; each key of theirs goes up as the serve pump sends it.
fn room_of_three() -> Vec<Participant> {
    ["ana", "ben", "cy"]
        .into_iter()
        .map(|n| Participant::new(common::sample(), n.into(), Lang::En, &Journey::default()))
        .collect()
}

/// `who` presses `keys` while following `s`; their ballots reach the screen.
fn press_as(s: &mut State, p: &mut Participant, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for name in keys.split_whitespace() {
        let room = live(s);
        let out = participant(p, ParticipantMsg::Key(common::key(name), Some(&room)));
        for up in out.up {
            let remote = match up {
                Up::Ballot { panel, ballot } => Remote::Ballot {
                    panel,
                    voter: p.name().to_owned(),
                    ballot,
                },
                Up::Ask { text, anonymous } => Remote::Ask {
                    asker: p.id().to_owned(),
                    from: p.name().to_owned(),
                    text,
                    anonymous,
                },
                Up::Upvote(id) => Remote::Upvote {
                    id,
                    voter: p.name().to_owned(),
                },
            };
            effects.extend(facilitator(s, remote));
        }
        let room = live(s);
        participant(p, ParticipantMsg::Live(Some(&room)));
    }
    effects
}
