//! Checks over both word tables' source: a key is named in a sentence only as
//! `{Action}`, filled from the keymap, and both languages name the same keys.

use std::collections::{BTreeMap, BTreeSet};

use super::binding::Mode;
use super::lookup::key_for;
use super::sentences::named_action;

const TABLES: [(&str, &str); 2] = [
    ("en", include_str!("../words/en.rs")),
    ("fr", include_str!("../words/fr.rs")),
];

/// Each field's string literals, by field name.
fn fields(source: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current = String::new();
    for line in source.lines() {
        if let Some(rest) = line.strip_prefix("    ")
            && let Some((name, _)) = rest.split_once(": ")
            && !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())
        {
            current = name.to_owned();
        }
        // Odd pieces between quotes are inside a literal.
        let literals = line.split('"').skip(1).step_by(2);
        let entry = out.entry(current.clone()).or_default();
        for l in literals {
            entry.push_str(l);
            entry.push(' ');
        }
    }
    out
}

/// The `{Action}`s a sentence names (format arguments are lower case).
pub(crate) fn placeholders(text: &str) -> BTreeSet<&str> {
    super::sentences::named_in(text)
        .filter(|name| name.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect()
}

#[test]
fn every_key_in_a_sentence_is_an_action_the_keymap_binds() {
    for (lang, source) in TABLES {
        for (field, text) in fields(source) {
            for name in placeholders(&text) {
                let action = named_action(name)
                    .unwrap_or_else(|| panic!("{lang}.{field}: `{{{name}}}` names no action"));
                assert!(
                    Mode::ALL.into_iter().any(|m| key_for(m, action).is_some()),
                    "{lang}.{field}: nothing binds `{name}`"
                );
            }
        }
    }
}

#[test]
fn both_languages_name_the_same_keys_in_each_sentence() {
    let [(_, en), (_, fr)] = TABLES;
    let (en, fr) = (fields(en), fields(fr));
    assert_eq!(en.keys().collect::<Vec<_>>(), fr.keys().collect::<Vec<_>>());
    for (field, text) in &en {
        assert_eq!(placeholders(text), placeholders(&fr[field]), "{field}");
    }
}

#[test]
fn no_sentence_types_a_key_in_by_hand() {
    for (lang, source) in TABLES {
        for (field, text) in fields(source) {
            if field == "keys" || KEY_NAMES.contains(&field.as_str()) {
                continue;
            }
            if let Some(typed) = typed_key(&text) {
                panic!("{lang}.{field}: `{typed}` typed in by hand in {text:?}");
            }
        }
    }
}

/// A key named outside the braces, which would lie once the key is
/// rebound: a key's name, an arrow, a lone letter ("s  skip", "f: back",
/// "(I on the screen)"). The articles `a`, `A`, `y` and the `x` of sizes pass.
pub(crate) fn typed_key(text: &str) -> Option<String> {
    const NAMED: [&str; 13] = [
        "Enter",
        "Esc",
        "Space",
        "Backspace",
        "Home",
        "End",
        "PgDn",
        "PgUp",
        "Entrée",
        "Échap",
        "Espace",
        "PgSuiv",
        "PgPréc",
    ];
    // Braces hold actions, format arguments and escapes (`\u{a0}`).
    let text = text.replace("\\u{", "{");
    let mut bare = String::new();
    for (i, piece) in text.split(['{', '}']).enumerate() {
        if i % 2 == 0 {
            bare.push_str(piece);
        }
        bare.push(' ');
    }
    // Commands in backticks (`ssh -t`) are typed in a shell, not keys.
    let bare: String = bare.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    if let Some(arrow) = bare.chars().find(|c| ['←', '→', '↑', '↓'].contains(c)) {
        return Some(arrow.to_string());
    }
    bare.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .find(|w| {
            let lone_letter = w.len() == 1
                && w.chars().all(|c| c.is_ascii_alphabetic())
                && !["a", "A", "y", "x"].contains(w);
            lone_letter || NAMED.contains(w)
        })
        .map(str::to_owned)
}

/// The key names themselves, inside the `keys` table.
const KEY_NAMES: [&str; 16] = [
    "enter",
    "esc",
    "space",
    "backspace",
    "tab",
    "back_tab",
    "home",
    "end",
    "page_up",
    "page_down",
    "delete",
    "insert",
    "ctrl",
    "alt",
    "any_key",
    "letters",
];
