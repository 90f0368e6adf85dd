//! The facilitator's commands from a console: the screen's own moves, and
//! what only a facilitator does (jumps, the timer, the room's questions);
//! participants' ballots and questions come up the same link from `serve`.

use crate::app::invitation::Invitation;
use crate::app::questions::{MAX_NAME_CHARS, sanitise};
use crate::app::remote::Remote;
use crate::app::state::State;

/// People counted in a room at most: more is not a room.
pub const MAX_PEOPLE: usize = 2_000;

pub(super) fn command(state: &mut State, remote: Remote) {
    // A console's episode key is a jump, and is logged as one.
    if let Remote::Episode(n) = remote
        && let Some(i) = usize::from(n)
            .checked_sub(1)
            .and_then(|e| state.doc.episode_start(e))
    {
        return super::moves::jump(state, i, true);
    }
    if let Some(action) = remote.action() {
        return super::act::act(state, action);
    }
    match remote {
        Remote::Jump(id) => match state.doc.panel_index.get(&id) {
            Some(&i) => super::moves::jump(state, i, true),
            None => super::marks::notice(state, crate::app::note::Note::UnknownPanel(id)),
        },
        Remote::Timer(minutes) => super::clock::timer(state, minutes),
        Remote::ShowTimer => super::clock::show_timer(state),
        Remote::Ballot {
            panel,
            voter,
            ballot,
        } => {
            if let Some(&panel) = state.doc.panel_index.get(&panel) {
                let voter = sanitise(&voter, MAX_NAME_CHARS);
                super::choice::cast(state, panel, &voter, ballot);
            }
        }
        Remote::Ask {
            asker,
            from,
            text,
            anonymous,
        } => super::questions::ask(state, (&asker, &from), &text, anonymous),
        Remote::Upvote { id, voter } => super::questions::upvote(state, id, &voter),
        Remote::Present { name, here } => {
            let name = crate::app::questions::sanitise(&name, MAX_NAME_CHARS);
            let changed = if here {
                state.room.people.len() < MAX_PEOPLE && state.room.people.insert(name.clone())
            } else {
                state.room.people.remove(&name)
            };
            if changed {
                state
                    .effects
                    .push(crate::app::effect::Effect::Present { name, here });
            }
        }
        Remote::Question(op) => super::questions::apply(state, op),
        Remote::Invite(inv) => invite(state, inv),
        // Ended once: a second end changes nothing.
        Remote::EndSession { handout } if !state.room.ended => {
            state.room.ended = true;
            state.room.handout = handout.map(|h| sanitise(&h, crate::app::room::MAX_HANDOUT_CHARS));
            state.room.blank = false;
            state.room.invitation_shown = false;
            state.effects.push(crate::app::effect::Effect::SessionEnded);
        }
        // The rest are the screen's own moves, handled above.
        _ => {}
    }
}

/// How to join the room, as the facilitator set it.
pub(super) fn invite(state: &mut State, inv: Invitation) {
    state.room.invitation = Some(inv.cleaned());
}
