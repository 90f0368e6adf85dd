//! A panel's `when:` condition in words, for text without a screen: a reader
//! of `print` sees every panel, so the ones shown only after a given answer
//! say which ("Shown only if you answered “Yes” to …").

use crate::content::model::{Ask, Condition, Panel};
use crate::content::text::panel_title;
use crate::content::{Documentary, Lang};
use crate::words::handout;

/// The sentence for a panel's condition.
pub fn sentence(doc: &Documentary, cond: &Condition, lang: Lang) -> String {
    (handout::of(lang).shown_if)(&clause(doc, cond, lang))
}

fn panel<'d>(doc: &'d Documentary, id: &str) -> Option<&'d Panel> {
    let slot = doc.timeline.get(*doc.panel_index.get(id)?)?;
    Some(doc.panel(*slot))
}

fn title(doc: &Documentary, id: &str, lang: Lang) -> String {
    panel(doc, id).map_or_else(|| id.to_owned(), |p| panel_title(p, lang))
}

fn clause(doc: &Documentary, cond: &Condition, lang: Lang) -> String {
    let h = handout::of(lang);
    let join = |items: &[Condition], sep: &str| {
        items
            .iter()
            .map(|c| clause(doc, c, lang))
            .collect::<Vec<_>>()
            .join(sep)
    };
    match cond {
        Condition::Seen(id) => (h.if_seen)(&title(doc, id, lang)),
        Condition::Answered(id) => (h.if_answered)(&title(doc, id, lang)),
        Condition::Picked(id, k) => {
            let option = match panel(doc, id) {
                Some(Panel::Choice(ch)) => match &ch.ask {
                    Ask::Options(opts) => opts.get(*k).map(|o| o.get(lang).to_owned()),
                    Ask::Guess { .. } => None,
                },
                _ => None,
            };
            let option = option.unwrap_or_else(|| k.saturating_add(1).to_string());
            (h.if_picked)(&option, &title(doc, id, lang))
        }
        Condition::Not(c) => (h.if_not)(&clause(doc, c, lang)),
        Condition::All(cs) => join(cs, h.and),
        Condition::Any(cs) => join(cs, h.or),
    }
}
