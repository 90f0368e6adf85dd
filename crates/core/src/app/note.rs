//! What the status line tells the viewer, kept as what it means and worded
//! only when drawn: `update` composes no sentence, and the keys a note names
//! come from the keymap, in the viewer's language.

use crate::action::Action;
use crate::app::typed::Refused;
use crate::content::model::Ask;
use crate::content::text::guess_label;
use crate::content::{Documentary, Panel, Slot};
use crate::keymap::{self, Mode};
use crate::lang::Lang;
use crate::words;

/// One note on the status line; the next key clears them all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    BookmarkAdded,
    BookmarkRemoved,
    /// The answer was forgotten: choose, then answer.
    AnswerAgain,
    NoSuchEpisode {
        n: u8,
        count: usize,
    },
    /// Where a resumed journey lands, and the key back to its chapter's start.
    WelcomeBack(Slot),
    /// Backspace on a guess with nothing typed: it stays (the back key goes back).
    NothingToErase,
    /// A figure typed on guess `panel` was not taken, and why.
    GuessRefused {
        panel: usize,
        typed: String,
        why: crate::app::typed::Refused,
    },
    /// A console asked for a panel this documentary does not have.
    UnknownPanel(String),
    /// Worded outside the core (the stores, the link), in the viewer's language.
    Text(String),
}

impl Note {
    pub fn text(&self, doc: &Documentary, lang: Lang) -> String {
        let w = words::of(lang);
        match self {
            Note::BookmarkAdded => keymap::fill(w.bookmark_added, Mode::Play, lang),
            Note::BookmarkRemoved => w.bookmark_removed.to_owned(),
            Note::AnswerAgain => keymap::fill(w.answer_again, Mode::Ask, lang),
            Note::NoSuchEpisode { n, count } => (w.no_such_episode)(*n, *count),
            Note::WelcomeBack(slot) => {
                let chapter = doc.chapter(*slot);
                let place = format!(
                    "{} {} · {} ({}/{})",
                    w.episode_short,
                    slot.episode.saturating_add(1),
                    chapter.title.get(lang),
                    slot.panel.saturating_add(1),
                    chapter.panels.len()
                );
                let key = keymap::key_name(Mode::Play, Action::ChapterStart, lang);
                (w.welcome_back)(&place, &key.unwrap_or_default())
            }
            Note::UnknownPanel(id) => (w.console_unknown_panel)(id),
            Note::NothingToErase => keymap::fill(w.guess_nothing_to_erase, Mode::Guess, lang),
            Note::GuessRefused { panel, typed, why } => refused(doc, *panel, typed, *why, lang),
            Note::Text(text) => text.clone(),
        }
    }
}

/// Why a typed figure was not taken, with the range it must keep to.
fn refused(doc: &Documentary, panel: usize, typed: &str, why: Refused, lang: Lang) -> String {
    let w = words::of(lang);
    let Some(Panel::Choice(ch)) = doc.timeline.get(panel).map(|s| doc.panel(*s)) else {
        return String::new();
    };
    let Ask::Guess {
        figure, min, max, ..
    } = &ch.ask
    else {
        return String::new();
    };
    let label = |v: f64| guess_label(doc, figure, v, lang);
    match why {
        Refused::SecondSeparator => w.guess_one_separator.to_owned(),
        Refused::TooLong => w.guess_too_long.to_owned(),
        Refused::AboveRange => (w.guess_above)(typed, &label(*max)),
        Refused::BelowRange => (w.guess_below)(typed, &label(*min)),
    }
}
