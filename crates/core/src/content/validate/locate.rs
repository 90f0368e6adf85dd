//! Where in a file a problem is: the checker files each problem at the token
//! at fault (a reference, a field, a number), found in the text of the item
//! that holds it, or at the item's `id:` when the token cannot be found.

use super::super::diagnostic::{Diagnostic, line_column};
use super::super::model::Text;
use super::super::source::SourceFile;

/// Where an item is defined: its file (by index) and which definition of its id there.
pub(super) type Site = (usize, usize);

/// An item being checked: its id, and which definition of that id in the
/// file it is (a duplicated id's own problems go to its own lines).
#[derive(Debug, Clone, Copy)]
pub(super) struct Place<'a> {
    pub id: &'a str,
    pub nth: usize,
}

/// Collects problems for one file.
pub(super) struct Checker<'a> {
    pub file: &'a SourceFile,
    pub out: &'a mut Vec<Diagnostic>,
}

impl Checker<'_> {
    fn push(&mut self, offset: usize, message: String) {
        let (path, text) = (&self.file.path, &self.file.text);
        (self.out).push(Diagnostic::at_offset(path, text, offset, message));
    }

    /// At the item's `id:` (or the file's start).
    pub fn at_id(&mut self, place: Place, message: String) {
        let offset = find_id(&self.file.text, place.id, place.nth).unwrap_or(0);
        self.push(offset, message);
    }

    /// At `token` written in the item, the `nth` time it appears there.
    pub fn at_token(&mut self, place: Place, token: &str, nth: usize, message: String) {
        let offset = find_token(&self.file.text, place, token, nth)
            .or_else(|| find_id(&self.file.text, place.id, place.nth))
            .unwrap_or(0);
        self.push(offset, message);
    }

    /// At a reference to `id` (written `"id"`) in the item.
    pub fn at_ref(&mut self, place: Place, id: &str, message: String) {
        self.at_token(place, &format!("{id:?}"), 0, message);
    }

    /// Checks both translations of a text that belongs to the item.
    pub fn text(&mut self, place: Place, field: &str, text: &Text) {
        for (lang, name, value) in [("fr", "French", &text.fr), ("en", "English", &text.en)] {
            if value.trim().is_empty() {
                let from = find_id(&self.file.text, place.id, place.nth).unwrap_or(0);
                let offset = find_empty(&self.file.text, from, lang).unwrap_or(from);
                let owner = place.id;
                self.push(
                    offset,
                    format!("`{owner}`: {field} has no {name} text ({lang} is empty)"),
                );
            }
        }
    }
}

/// Where `place`'s id is written in `file`, as "line L, column C" (or
/// "path:L:C" when the message is about another file, `from`).
pub(super) fn where_is(file: &SourceFile, place: Place, from: &SourceFile) -> String {
    let offset = find_id(&file.text, place.id, place.nth).unwrap_or(0);
    let (line, column) = line_column(&file.text, offset);
    if file.path == from.path {
        format!("line {line}, column {column}")
    } else {
        format!("{}:{line}:{column}", file.path)
    }
}

/// Byte offset of the `nth` place where `id: "<id>"` is written.
pub(super) fn find_id(text: &str, id: &str, nth: usize) -> Option<usize> {
    let quoted = format!("{id:?}");
    text.match_indices(&quoted)
        .filter(|(i, _)| text[..*i].trim_end().ends_with("id:"))
        .nth(nth)
        .map(|(i, _)| i)
}

/// Offsets of every `id:` that defines an item.
fn definitions(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.match_indices("id:")
        .map(|(i, _)| i)
        .filter(|&i| !text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
        .filter(|&i| text[i + 3..].trim_start().starts_with('"'))
}

/// The `nth` `token` in the item's text: after its `id:` up to the next
/// item's, else before it back to the bracket that opens the item (fields
/// written before the id). A token made of a word matches whole words only.
fn find_token(text: &str, place: Place, token: &str, nth: usize) -> Option<usize> {
    let start = find_id(text, place.id, place.nth)?;
    let after_id = start.saturating_add(place.id.len()).saturating_add(2);
    let next = definitions(text).find(|&i| i > start).unwrap_or(text.len());
    let own = text[..start].rfind("id:").unwrap_or(start);
    let word = token.starts_with(|c: char| c.is_alphanumeric());
    let found = |from: usize, to: usize| {
        let slice = text.get(from..to)?;
        slice
            .match_indices(token)
            .map(|(i, _)| from + i)
            .filter(|&i| !word || !text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
            .nth(nth)
    };
    found(after_id.min(next), next).or_else(|| found(opening(text, own), own))
}

/// The `(` that opens the item whose field starts at `at`.
fn opening(text: &str, at: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in text[..at].char_indices().rev() {
        match c {
            ')' | ']' => depth = depth.saturating_add(1),
            '(' | '[' if depth == 0 => return i,
            '(' | '[' => depth -= 1,
            _ => {}
        }
    }
    0
}

/// Byte offset of the first `lang: ""` (an empty translation) at or after `from`.
pub(super) fn find_empty(text: &str, from: usize, lang: &str) -> Option<usize> {
    let key = format!("{lang}:");
    let mut start = from;
    while let Some(rel) = text.get(start..)?.find(&key) {
        let at = start + rel;
        let rest = text[at + key.len()..].trim_start();
        if let Some(inner) = rest.strip_prefix('"') {
            let end = inner.find('"').unwrap_or(inner.len());
            if inner[..end].trim().is_empty() {
                return Some(at);
            }
        }
        start = at + key.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_definitions_not_references() {
        let text = "Ref(\"a\")\n  id: \"a\",\n id:\"a\"";
        assert_eq!(find_id(text, "a", 0), Some(15));
        assert_eq!(find_id(text, "a", 1), Some(24));
    }

    #[test]
    fn finds_empty_translations() {
        let text = "id: \"x\", t: (fr: \"oui\", en: \"\")";
        assert_eq!(find_empty(text, 0, "en"), Some(24));
        assert_eq!(find_empty(text, 0, "fr"), None);
    }

    #[test]
    fn a_token_is_looked_for_in_its_own_item() {
        let text = "(id: \"a\", min: 1), (id: \"b\", step: 0, minutes: 1, min: 2)";
        let b = Place { id: "b", nth: 0 };
        assert_eq!(find_token(text, b, "min:", 0), text.rfind("min:"));
        assert_eq!(find_token(text, b, "\"a\"", 0), None);
        let a = Place { id: "a", nth: 0 };
        assert_eq!(find_token(text, a, "min:", 0), text.find("min:"));
    }
}
