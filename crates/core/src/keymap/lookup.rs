//! Looking the keymap up: the action a key is in a mode, the keys an action
//! has, the rows help and the footer list.

use super::binding::{Binding, Mode};
use super::{console, global, overlays, participant, player};
use crate::action::Action;
use crate::content::Lang;
use crate::input::{Key, KeyCode};

/// The tables a mode's bindings live in, in the order help lists them.
pub fn tables(mode: Mode) -> &'static [&'static [Binding]] {
    match mode {
        Mode::Console | Mode::ConsoleList | Mode::ConsolePick | Mode::ConsoleHelp => {
            &[console::CONSOLE_KEYS]
        }
        Mode::Participant | Mode::Asking => &[participant::PARTICIPANT_KEYS],
        _ => &[
            player::PLAYER_KEYS,
            overlays::OVERLAY_KEYS,
            global::GLOBAL_KEYS,
        ],
    }
}

/// Whether `action` is bound in `mode` only for a workshop (the room's show
/// of hands).
pub fn is_workshop_only(mode: Mode, action: Action) -> bool {
    bindings(mode).any(|b| b.workshop && b.action == action)
}

/// The action a key press asks for in `mode`, if any.
pub fn action_in(mode: Mode, pressed: Key) -> Option<Action> {
    let found = tables(mode)
        .iter()
        .flat_map(|t| t.iter())
        .find(|b| b.applies(mode) && b.keys.contains(&pressed))
        .map(|b| b.action);
    let typed = match pressed.code {
        KeyCode::Char(c) if !pressed.ctrl && !pressed.alt => Some(c),
        _ => None,
    };
    match (mode, found, typed) {
        // A typing binding stands for the very character typed.
        (_, Some(Action::Type(_)), Some(c)) => Some(Action::Type(c)),
        (Mode::Search, None, Some(c)) if !c.is_control() => Some(Action::Type(c)),
        (Mode::Blank, None, _) => Some(Action::Unblank),
        (Mode::ConsoleHelp, None, _) => Some(Action::Close),
        (_, found, _) => found,
    }
}

/// Every binding of every mode.
pub fn all() -> impl Iterator<Item = &'static Binding> {
    player_bindings()
        .chain(console::CONSOLE_KEYS)
        .chain(participant::PARTICIPANT_KEYS)
}

/// The player's bindings, every mode: what its help lists.
pub fn player_bindings() -> impl Iterator<Item = &'static Binding> {
    tables(Mode::Play).iter().flat_map(|t| t.iter())
}

/// The bindings help lists for a mode, digits folded into one row.
pub fn bindings(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    let mut last_label = None;
    tables(mode).iter().flat_map(|t| t.iter()).filter(move |b| {
        if !b.applies(mode) || (b.label.is_some() && b.label == last_label) {
            return false;
        }
        last_label = b.label;
        true
    })
}

/// The footer hints of a mode: each hinted binding's first key (or label) and its word.
pub fn hints(mode: Mode, lang: Lang) -> Vec<(String, &'static str)> {
    hints_where(mode, lang, |_| true)
}

/// The hints of the actions `offered` keeps: only what works now is offered.
pub fn hints_where(
    mode: Mode,
    lang: Lang,
    offered: impl Fn(Action) -> bool,
) -> Vec<(String, &'static str)> {
    bindings(mode)
        .filter(|b| offered(b.action))
        .filter_map(|b| {
            let key = match b.keys.first() {
                Some(&k) if b.label.is_none() => crate::words::of(lang).key(k),
                _ => b.label.map(|_| b.keys_label(lang))?,
            };
            Some((key, b.hint(lang)?))
        })
        .collect()
}

/// The first key of the binding for `action` in `mode`, for a hint written
/// into a sentence ("press s to skip"); `None` when nothing binds it there.
pub fn key_for(mode: Mode, action: Action) -> Option<Key> {
    bindings(mode)
        .find(|b| b.action == action)
        .and_then(|b| b.keys.first().copied())
}

#[cfg(test)]
mod tests {
    use super::super::check::{placeholders, typed_key};
    use super::super::sentences::named_action;
    use super::*;

    #[test]
    fn help_names_keys_only_through_the_keymap_in_both_languages() {
        for b in all() {
            let (en, fr) = b.doc;
            assert_eq!(placeholders(en), placeholders(fr), "{en}");
            for name in placeholders(en) {
                let action = named_action(name).unwrap_or_else(|| panic!("{en}: {name}"));
                assert!(
                    Mode::ALL
                        .iter()
                        .any(|&m| b.applies(m) && key_for(m, action).is_some())
                );
            }
            for text in [en, fr] {
                assert_eq!(typed_key(text), None, "{text}");
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for mode in Mode::ALL {
            let mut seen = Vec::new();
            for b in bindings(mode).filter(|b| b.applies(mode)) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} bound twice in {mode:?}");
                    seen.push(*k);
                }
            }
        }
    }
}
