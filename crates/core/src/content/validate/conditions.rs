//! Checks of what panels refer to: conditions (`when:`) and debate voices.

use super::*;

pub(super) fn check_condition(
    c: &mut Checker,
    pid: &str,
    cond: &Condition,
    ids: &HashMap<String, usize>,
    choices: &HashMap<&str, &Choice>,
) {
    let choice = |c: &mut Checker, id: &str| -> Option<&Choice> {
        match choices.get(id) {
            Some(ch) => Some(*ch),
            None => {
                let what = if ids.contains_key(id) {
                    "is not a choice panel"
                } else {
                    "is unknown"
                };
                c.at_id(
                    pid,
                    0,
                    format!("`{pid}`: the condition's panel `{id}` {what}"),
                );
                None
            }
        }
    };
    match cond {
        Condition::Seen(id) => {
            if !ids.contains_key(id.as_str()) {
                c.at_id(
                    pid,
                    0,
                    format!("`{pid}`: the condition's panel `{id}` is unknown"),
                );
            }
        }
        Condition::Answered(id) => {
            choice(c, id);
        }
        Condition::Picked(id, option) => {
            if let Some(ch) = choice(c, id) {
                match &ch.ask {
                    Ask::Options(opts) if *option >= opts.len() => c.at_id(
                        pid,
                        0,
                        format!(
                            "`{pid}`: `{id}` has no option {option} (options count from 0; it has {})",
                            opts.len()
                        ),
                    ),
                    Ask::Guess { .. } => c.at_id(
                        pid,
                        0,
                        format!("`{pid}`: `{id}` asks for a guess, not an option to pick"),
                    ),
                    _ => {}
                }
            }
        }
        Condition::Not(inner) => check_condition(c, pid, inner, ids, choices),
        Condition::All(list) | Condition::Any(list) => {
            for inner in list {
                check_condition(c, pid, inner, ids, choices);
            }
        }
    }
}

pub(super) fn voice(c: &mut Checker, pid: &str, v: &Voice, participant_spoke: bool) {
    match v {
        Voice::Named(n) | Voice::FromTheRoom(n) if n.trim().is_empty() => {
            c.at_id(pid, 0, format!("`{pid}`: a speaker's name is empty"));
        }
        Voice::SameParticipant if !participant_spoke => c.at_id(
            pid,
            0,
            format!("`{pid}`: `SameParticipant` speaks before any `Participant` in this debate"),
        ),
        _ => {}
    }
}
