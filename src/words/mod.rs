//! The interface's own words, one table per language, so no sentence of the
//! interface is written twice and both languages stay complete (the compiler
//! checks that each table fills every field).

mod en;
mod fr;

use crate::content::Lang;

/// Every sentence the interface says about itself (content has its own text).
pub struct Words {
    pub anonymous: &'static str,
    /// "Ep." before an episode's number.
    pub episode_short: &'static str,
    pub bookmark_added: &'static str,
    pub bookmark_removed: &'static str,
    /// Beside the star on a bookmarked panel's header.
    pub bookmarked_mark: &'static str,
    pub answer_again: &'static str,
    pub no_such_episode: fn(n: u8, count: usize) -> String,
    pub welcome_back: fn(place: &str, key: &str) -> String,
    pub search_title: &'static str,
    pub search_prompt: &'static str,
    pub search_none: &'static str,
    pub guess_right: &'static str,
    pub guess_typed: &'static str,
    pub console_unknown_panel: fn(id: &str) -> String,
    /// The colon as each language writes it after a label.
    pub colon: &'static str,
    /// At the foot of the help once scrolled to its end.
    pub help_at_end: &'static str,
    /// The discreet mark that autoplay runs.
    pub autoplay_mark: &'static str,
    /// The projected discussion timer once its time is up.
    pub timer_over: &'static str,
}

/// The words of `lang`.
pub fn of(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &en::EN,
        Lang::Fr => &fr::FR,
    }
}
