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
