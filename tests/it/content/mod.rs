//! Every content file is a fixture: the shipped documentary loads, validates
//! and covers the source; each broken file fails with its exact message.

use crate::common;

use std::path::Path;

use invisibles::content::diagnostic::report;
use invisibles::content::load::{Origin, load};
use invisibles::content::model::{Ask, Voice};
use invisibles::content::{Documentary, Lang, Panel};
use invisibles::publish::print::print;

mod fidelity;
mod figures;
mod loading;
mod people;
mod structure;

fn shipped() -> Documentary {
    match load(&Origin::Embedded) {
        Ok(doc) => doc,
        Err(problems) => panic!("the built-in documentary fails:\n{}", report(&problems)),
    }
}

/// The printed documentary as plain words: lines unwrapped, passage marks
/// dropped, typographic apostrophes straightened (the text itself uses ’).
fn words(doc: &Documentary, lang: Lang) -> String {
    print(doc, lang, None)
        .split_whitespace()
        .filter(|w| *w != "|")
        .collect::<Vec<_>>()
        .join(" ")
        .replace('’', "'")
}

/// Every viewer-facing text of a JSON-serialised part of the documentary, in
/// one language: every string under a `fr` (or `en`) key.
fn texts(value: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match v {
                    serde_json::Value::String(s) if k == key => out.push(s.clone()),
                    _ => texts(v, key, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| texts(v, key, out)),
        _ => {}
    }
}

fn all_texts(doc: &Documentary, key: &str) -> Vec<String> {
    let mut out = Vec::new();
    let json = serde_json::to_value((&doc.manifest, &doc.episodes)).unwrap_or_default();
    texts(&json, key, &mut out);
    out
}
