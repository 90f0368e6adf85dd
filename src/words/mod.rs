//! The interface's own words, one table per language, so no sentence of the
//! interface is written twice and both languages stay complete (the compiler
//! checks that each table fills every field).

mod en;
mod fr;

use crate::content::Lang;

/// Every sentence the interface says about itself (content has its own text).
pub struct Words {
    pub anonymous: &'static str,
    pub years_old: fn(age: u32) -> String,
    pub participant: &'static str,
    pub same_participant: &'static str,
    pub from_the_room: &'static str,
    pub kind_narration: &'static str,
    pub kind_testimony: &'static str,
    pub kind_figure: &'static str,
    pub kind_debate: &'static str,
    pub kind_question: &'static str,
    pub kind_recap: &'static str,
    pub handout_of: fn(session: &str) -> String,
    pub guess_spread: fn(median: &str, n: usize, lo: &str, hi: &str) -> String,
    pub word_testimony: &'static str,
    pub word_figure: &'static str,
    pub word_debate: &'static str,
    pub word_episode: &'static str,
    pub question_for_you: &'static str,
    pub question_to_the_room: &'static str,
    pub compared_with: &'static str,
    pub out_of: &'static str,
    pub source_label: &'static str,
    pub answer_label: &'static str,
    pub for_the_facilitator: &'static str,
    pub to_discuss: &'static str,
    pub credits: &'static str,
    pub content_notice: &'static str,
    pub rooms_answer: &'static str,
    pub in_reality: &'static str,
    pub debate_questions: &'static str,
    pub skipped_by_the_room: &'static str,
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
    pub problems_title: &'static str,
    pub search_prompt: &'static str,
    pub search_none: &'static str,
    pub guess_right: &'static str,
    pub guess_typed: &'static str,
    pub console_unknown_panel: fn(id: &str) -> String,
    /// The colon and its spaces as each language writes them after a label: ": " / " : ".
    pub colon: &'static str,
    pub console_following_the_screen: &'static str,
    pub console_refused_by_the_screen: &'static str,
    pub console_waiting_for_the_screen: &'static str,
    pub console_facilitator_console_session: &'static str,
    pub console_facilitator_console: &'static str,
    pub console_black_screen: &'static str,
    pub console_content_notice_on_screen: &'static str,
    pub console_session: &'static str,
    pub console_the_end_credits: &'static str,
    pub console_title_screen: &'static str,
    pub console_panel: &'static str,
    pub console_chapter: &'static str,
    pub console_over_the_suggested_time: &'static str,
    pub console_to_discuss: &'static str,
    pub console_next: &'static str,
    pub console_left_in_the_discussion: &'static str,
    pub console_invite_the_quiet_voices: &'static str,
    pub console_time_is_up: &'static str,
    pub console_several_screens_are_running_which: &'static str,
    pub console_waiting_for_the_screen_2: &'static str,
    pub console_notice_on_screen_s_skips: &'static str,
    pub console_questions_picks_one_on_screen: &'static str,
    pub console_room_poll_choose_count_hands: &'static str,
    pub console_the_report: &'static str,
    pub console_guess_given: &'static str,
    pub console_guess_on_screen: &'static str,
    pub console_real_figure: &'static str,
}

/// The words of `lang`.
pub fn of(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &en::EN,
        Lang::Fr => &fr::FR,
    }
}
