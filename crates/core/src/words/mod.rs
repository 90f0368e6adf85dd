//! The interface's own words, one table per language, so no sentence of the
//! interface is written twice and both languages stay complete (the compiler
//! checks that each table fills every field).

mod en;
mod fr;
pub mod handout;
mod keys;
mod web;

pub use keys::KeyWords;
pub use web::{WebWords, web};

use crate::lang::Lang;

/// Every sentence the interface says about itself (content has its own text).
/// A sentence that names a key holds the action in braces (`{Next} answer`)
/// and is filled from the keymap by `keymap::fill`, so rebinding a key can
/// never make a hint lie.
pub struct Words {
    /// How keys are named.
    pub keys: KeyWords,
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
    pub the_journey: &'static str,
    pub the_session_log: &'static str,
    pub why_unreadable: &'static str,
    pub why_not_utf8: &'static str,
    pub why_newer: fn(version: u32) -> String,
    pub moved_aside: fn(what: &str, why: &str, to: &str) -> String,
    pub in_use: fn(what: &str) -> String,
    pub cannot_save: fn(what: &str, error: &str) -> String,
    pub save_failed: fn(what: &str, error: &str) -> String,
    pub saving_again: fn(what: &str) -> String,
    pub refused_file: fn(path: &str, what: &str, error: &str) -> String,
    pub no_state_folder_journey: &'static str,
    pub no_state_folder_session: &'static str,
    pub no_console_link: fn(error: &str) -> String,
    pub waiting_for_session: fn(name: &str) -> String,
    pub waiting_for_any_screen: fn(dir: &str) -> String,
    pub room_guesses: fn(n: usize, lo: &str, hi: &str, median: &str) -> String,
    /// Backspace on a guess with nothing typed.
    pub guess_nothing_to_erase: &'static str,
    pub guess_one_separator: &'static str,
    pub guess_too_long: &'static str,
    pub guess_above: fn(typed: &str, highest: &str) -> String,
    pub guess_below: fn(typed: &str, lowest: &str) -> String,
    /// The range a guess takes, shown until it is given.
    pub guess_range: fn(lowest: &str, highest: &str, step: &str) -> String,
    /// What a typed figure counts as (a comma is a decimal point; the nearest step).
    pub guess_typed: fn(typed: &str, counts: &str) -> String,
    pub guess_typed_below: fn(typed: &str, lowest: &str) -> String,
    pub search_title: &'static str,
    pub problems_title: &'static str,
    pub search_prompt: &'static str,
    pub search_none: &'static str,
    pub guess_right: &'static str,
    pub console_unknown_panel: fn(id: &str) -> String,
    /// A screening's recap: the room's answer, and how it came out.
    pub ui_the_room: &'static str,
    pub ui_tie: fn(options: &str) -> String,
    pub ui_no_room_answer: &'static str,
    pub ui_not_revealed: &'static str,
    /// Before the reveal, on the projector: the room is still guessing.
    pub ui_room_guessing: &'static str,
    /// After the reveal: the room's guess is the median of the guesses.
    pub ui_rooms_median: fn(median: &str, n: usize) -> String,
    /// A guess set against the real figure.
    pub guess_ratio: fn(ratio: &str) -> String,
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
    /// At the foot of the help once scrolled to its end.
    pub help_at_end: &'static str,
    /// The discreet mark that autoplay runs.
    pub autoplay_mark: &'static str,
    /// The projected discussion timer once its time is up.
    pub timer_over: &'static str,
    pub ui_watching: &'static str,
    pub ui_on_a_question: &'static str,
    /// A participant's typed figure refused, in their header.
    pub room_guess_above: &'static str,
    pub room_guess_below: &'static str,
    pub room_guess_separator: &'static str,
    pub room_guess_too_long: &'static str,
    /// An unanswered guess's hint (its own line names the arrows).
    pub ui_guess_enter_answer: &'static str,
    /// A debate's single question, all its answers out.
    pub ui_answered_go_on_only: &'static str,
    /// The footer's word for next while text goes on below the fold.
    pub ui_more_below: &'static str,
    pub ui_on_a_guess: &'static str,
    pub ui_on_a_content_notice: &'static str,
    pub ui_on_the_black_screen: &'static str,
    pub ui_in_the_contents: &'static str,
    pub ui_in_the_bookmarks: &'static str,
    pub ui_going_to_a_panel: &'static str,
    pub ui_in_this_help: &'static str,
    pub ui_keys_esc_or_to_close: &'static str,
    pub ui_scroll_for_more: &'static str,
    pub ui_content_notice: &'static str,
    pub ui_s_skip_this_chapter: &'static str,
    pub ui_s_skip_this_panel: &'static str,
    pub ui_enter_view: &'static str,
    pub ui_bookmarks_enter_go_b_remove: &'static str,
    pub ui_no_bookmark_yet_press_b: &'static str,
    pub ui_ep: &'static str,
    pub ui_title: &'static str,
    pub ui_the_end: &'static str,
    pub ui_panel: &'static str,
    pub ui_of: &'static str,
    pub ui_contents_choose_enter_go_esc: &'static str,
    pub ui_seen: &'static str,
    pub ui_you_are_here: &'static str,
    pub ui_or_enter_to_begin_t: &'static str,
    pub ui_back_t_contents_q_quit: &'static str,
    pub ui_not_answered: &'static str,
    pub ui_you: &'static str,
    pub ui_real: &'static str,
    pub ui_no_question_in_this_episode: &'static str,
    pub ui_asks: &'static str,
    pub ui_reveal_the_next_answer: &'static str,
    pub ui_answered_another_question_go_on: &'static str,
    pub ui_anonymous: &'static str,
    pub ui_next_passage: &'static str,
    pub ui_source: &'static str,
    pub ui_a_question_for_you: &'static str,
    pub ui_your_guess: &'static str,
    pub ui_your_guess_more_less: &'static str,
    pub ui_rooms_guess: &'static str,
    pub ui_the_real_figure: &'static str,
    pub ui_or_enter_answer: &'static str,
    /// On a screening's question: the facilitator reveals the room's answer.
    pub ui_reveal_rooms_answer: &'static str,
    pub ui_answered_go_on: &'static str,
    pub room_a_question_from_the_room: &'static str,
    pub room_type: &'static str,
    pub room_password: &'static str,
    pub room_host_key: &'static str,
    pub room_follow_on_your_own_terminal: &'static str,
    pub room_on_your_own: &'static str,
    pub room_following_the_room: &'static str,
    pub room_browsing_on_your_own_f: &'static str,
    pub room_your_question: &'static str,
    pub room_over_ssh: &'static str,
    pub room_code: &'static str,
    pub room_i_on_the_screen: &'static str,
    pub room_questions_from_the_room: &'static str,
    pub room_q_next_on_the_screen: &'static str,
    pub room_more: &'static str,
    pub room_voted: &'static str,
    pub console_link_ready: &'static str,
    pub console_help_following: &'static str,
    pub console_help_list: &'static str,
    pub console_help_pick: &'static str,
    pub console_help_help: &'static str,
    pub too_small: fn(need_w: u16, need_h: u16, w: u16, h: u16) -> String,
    /// On an episode's title card: "Episode 2 of 6".
    pub card_episode: fn(n: usize, count: usize) -> String,
    /// Its length, counted from the content (never invented minutes).
    pub card_length: fn(chapters: usize, panels: usize) -> String,
    /// In a workshop: the facilitator notes' minutes, discussions included.
    pub card_minutes: fn(minutes: u32) -> String,
    /// How many content notices it holds (chapters' and panels').
    pub card_notices: fn(n: usize) -> String,
    pub card_hint: &'static str,
    pub console_card_on_screen: fn(title: &str) -> String,
    pub room_screen_away: &'static str,
    pub ui_as_a_participant: &'static str,
    pub ui_writing_a_question: &'static str,
    pub room_asked: &'static str,
    /// A following participant pressed a key that would move: the room moves, not them.
    pub room_following_moves: &'static str,
    /// The console: who follows from their own terminal.
    pub console_people: fn(n: usize, names: &str) -> String,
    /// The handout: how many joined from their own terminal.
    pub handout_participants: fn(n: usize) -> String,
    /// Why a participant's question or ballot did not go to the screen.
    pub room_not_sent_no_screen: &'static str,
    pub room_not_sent_full: &'static str,
    pub room_not_sent_yours: &'static str,
    pub room_not_sent_on_its_way: &'static str,
    pub room_not_sent_busy: &'static str,
    pub room_vote_not_counted: &'static str,
    /// A participant's screen while the projector is black for a discussion.
    pub room_discussion: &'static str,
    /// A participant's list of the room's questions: its title and keys,
    /// a question's marks, an upvote sent.
    pub room_questions_title: &'static str,
    pub room_questions_keys: &'static str,
    pub room_questions_none: &'static str,
    pub room_question_yours: &'static str,
    pub room_question_answered: &'static str,
    pub room_upvote_sent: &'static str,
    pub room_alone: &'static str,
    /// To a participant who connected without a terminal (`ssh` without `-t`).
    pub needs_a_terminal: &'static str,
    /// Beside a question from the room the facilitator marked answered.
    pub asked_answered: &'static str,
    /// A room's question in the handout: how many upvoted it.
    pub asked_upvotes: fn(votes: u32) -> String,
    // The console link: why the screen refused or closed a link, and what it says.
    pub link_other_user: &'static str,
    pub link_too_many: fn(max: u32) -> String,
    pub link_no_hello: &'static str,
    pub link_version: fn(screen: u32, client: u32) -> String,
    pub link_too_large: fn(max: u32) -> String,
    pub link_too_slow: &'static str,
    pub link_protocol: &'static str,
    pub link_refused_user: fn(uid: u32, reason: &str) -> String,
    pub link_refused: fn(reason: &str) -> String,
    pub link_bad_message: fn(error: &str) -> String,
    pub link_second_hello: &'static str,
    pub link_unknown: fn(error: &str) -> String,
    pub link_not_sent: fn(bytes: usize) -> String,
    pub link_trouble: fn(error: &str) -> String,
    // Why the link's socket cannot be set up where it goes.
    pub link_not_a_folder: fn(path: &str) -> String,
    pub link_other_users_folder: fn(path: &str, uid: u32) -> String,
    pub link_not_a_socket: fn(path: &str, kind: &str) -> String,
    pub link_kind_symlink: &'static str,
    pub link_kind_folder: &'static str,
    pub link_kind_file: &'static str,
    pub link_kind_special: &'static str,
    pub link_in_use: &'static str,
    /// A participant's ballot after the facilitator closed the poll.
    pub room_poll_closed: &'static str,
}

/// The words of `lang`.
pub fn of(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &en::EN,
        Lang::Fr => &fr::FR,
    }
}
