//! Sentences that name keys: the keys come from the keymap, named in the
//! viewer's language, so rebinding a key can never make a hint lie.

use super::binding::{Binding, Mode};
use super::lookup::key_for;
use crate::action::Action;
use crate::lang::Lang;

/// The name of the first key bound to `action` in `mode`, as `lang` says it.
pub fn key_name(mode: Mode, action: Action, lang: Lang) -> Option<String> {
    key_for(mode, action).map(|k| crate::words::of(lang).key(k))
}

/// A sentence with keys in it, the keys taken from the keymap: `{Next}` is
/// the first key bound to `Next` in `mode` ("→"), named in `lang`, so a hint
/// can never disagree with a binding. Unknown or unbound names are left out.
pub fn fill(template: &str, mode: Mode, lang: Lang) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let name = &rest[start + 1..start + len];
        if let Some(key) = named_action(name).and_then(|a| key_name(mode, a, lang)) {
            out.push_str(&key);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// [`fill`], keeping only the parts (between ` · `) whose every key does
/// what `offered` allows: a follower is not offered the keys that move the
/// room they follow.
pub fn fill_offered(
    template: &str,
    mode: Mode,
    lang: Lang,
    offered: impl Fn(Action) -> bool,
) -> String {
    let kept: Vec<&str> = template
        .split(" · ")
        .filter(|part| named_in(part).all(|name| named_action(name).is_none_or(&offered)))
        .collect();
    fill(&kept.join(" · "), mode, lang)
}

/// The `{…}` names in `text` (actions, and format arguments in tests).
pub(super) fn named_in(text: &str) -> impl Iterator<Item = &str> {
    text.split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(name, _)| name))
}

/// The actions a sentence may name, by their names in the code.
pub fn named_action(name: &str) -> Option<Action> {
    Some(match name {
        "Next" => Action::Next,
        "Answer" => Action::Answer,
        "Back" => Action::Back,
        "Up" => Action::Up,
        "Down" => Action::Down,
        "Close" => Action::Close,
        "Help" => Action::Help,
        "Contents" => Action::Contents,
        "Bookmarks" => Action::Bookmarks,
        "Quit" => Action::Quit,
        "Skip" => Action::Skip,
        "ToggleBookmark" => Action::ToggleBookmark,
        "AnswerAgain" => Action::AnswerAgain,
        "ChapterStart" => Action::ChapterStart,
        "VoteUp" => Action::Vote(1),
        "VoteDown" => Action::Vote(-1),
        "Follow" => Action::Follow,
        "Ask" => Action::Ask,
        "ToggleInvitation" => Action::ToggleInvitation,
        "EndSession" => Action::EndSession,
        "Anonymous" => Action::Anonymous,
        "QuestionNext" => Action::QuestionNext,
        "QuestionAnswered" => Action::QuestionAnswered,
        "QuestionHide" => Action::QuestionHide,
        "RoomQuestions" => Action::RoomQuestions,
        _ => return None,
    })
}

impl Binding {
    /// The help text with the keys it names filled in, as `mode` binds them.
    pub fn describe(&self, mode: Mode, lang: Lang) -> String {
        fill(self.doc(lang), mode, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_naming_a_key_not_offered_is_left_out() {
        let not_next = |a: Action| a != Action::Next;
        let said = fill_offered(
            "{Up}{Down} choose · {Answer} answer · {Next} pass",
            Mode::Ask,
            Lang::En,
            not_next,
        );
        assert_eq!(said, "↑↓ choose · Enter answer");
        assert_eq!(
            fill_offered("  {Next} next passage", Mode::Play, Lang::Fr, not_next),
            ""
        );
        let all = fill_offered(
            "{Answer} répondre · {Next} passer",
            Mode::Guess,
            Lang::Fr,
            |_| true,
        );
        assert_eq!(all, "Entrée répondre · → passer");
    }
}
