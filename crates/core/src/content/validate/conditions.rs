//! Checks of what panels refer to: conditions (`when:`) and debate voices.

use std::collections::HashMap;

use super::super::model::{Ask, Choice, Condition, Voice};
use super::locate::{Checker, Place, Site};

/// What a condition may name.
pub(super) struct Refs<'a> {
    pub ids: &'a HashMap<String, Site>,
    pub choices: &'a HashMap<&'a str, (&'a Choice, Site)>,
    /// Every file was read: an id that finds nothing is unknown.
    pub complete: bool,
}

pub(super) fn check_condition(c: &mut Checker, here: Place, cond: &Condition, refs: &Refs) {
    let pid = here.id;
    let choice = |c: &mut Checker, id: &str| -> Option<&Choice> {
        if let Some((ch, _)) = refs.choices.get(id) {
            return Some(*ch);
        }
        let what = if refs.ids.contains_key(id) {
            "is not a choice panel"
        } else if refs.complete {
            "is unknown"
        } else {
            return None;
        };
        let message = format!("`{pid}`: the condition's panel `{id}` {what}");
        c.at_ref(here, id, message);
        None
    };
    match cond {
        Condition::Seen(id) => {
            if refs.complete && !refs.ids.contains_key(id.as_str()) {
                let message = format!("`{pid}`: the condition's panel `{id}` is unknown");
                c.at_ref(here, id, message);
            }
        }
        Condition::Answered(id) => {
            choice(c, id);
        }
        Condition::Picked(id, option) => {
            if let Some(ch) = choice(c, id) {
                match &ch.ask {
                    Ask::Options(opts) if *option >= opts.len() => c.at_token(
                        here,
                        &format!("Picked({id:?}"),
                        0,
                        format!(
                            "`{pid}`: `{id}` has no option {option} (options count from 0; it has {})",
                            opts.len()
                        ),
                    ),
                    Ask::Guess { .. } => c.at_ref(
                        here,
                        id,
                        format!("`{pid}`: `{id}` asks for a guess, not an option to pick"),
                    ),
                    _ => {}
                }
            }
        }
        Condition::Not(inner) => check_condition(c, here, inner, refs),
        Condition::All(list) | Condition::Any(list) => {
            for inner in list {
                check_condition(c, here, inner, refs);
            }
        }
    }
}

pub(super) fn voice(c: &mut Checker, here: Place, v: &Voice, participant_spoke: bool) {
    let pid = here.id;
    match v {
        Voice::Named(n) | Voice::FromTheRoom(n) if n.trim().is_empty() => {
            let token = match v {
                Voice::Named(_) => format!("Named({n:?})"),
                _ => format!("FromTheRoom({n:?})"),
            };
            c.at_token(
                here,
                &token,
                0,
                format!("`{pid}`: a speaker's name is empty"),
            );
        }
        Voice::SameParticipant if !participant_spoke => c.at_token(
            here,
            "SameParticipant",
            0,
            format!("`{pid}`: `SameParticipant` speaks before any `Participant` in this debate"),
        ),
        _ => {}
    }
}
