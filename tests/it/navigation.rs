//! The player as a pure state machine: `update(&mut State, Action)`.

use crate::common;

use common::{any_action, goto, here, press, state};
use invisibles::app::{Action, Effect, Gate, Overlay, Screen, State, update};
use invisibles::content::Lang;
use proptest::prelude::*;

fn at(s: &State) -> Screen {
    s.room().screen()
}

/// How far a panel, by id, has been revealed.
fn prog<'a>(s: &'a State, id: &str) -> &'a invisibles::app::Progress {
    s.room().progress(s.doc().panel_index[id])
}

fn seen(s: &State, id: &str) -> bool {
    s.viewer().seen(s.doc().panel_index[id])
}

#[test]
fn starts_on_the_title_and_walks_forward() {
    let mut s = state(Lang::En);
    assert_eq!(at(&s), Screen::Title);
    press(&mut s, "<right>");
    assert_eq!(
        s.room().gate(),
        Some(Gate::Episode),
        "the episode's title card first"
    );
    press(&mut s, "<right>");
    assert_eq!(here(&s), Some("rider-intro"));
    assert_eq!(s.room().gate(), None);
    // Space, Enter, l and PageDown all step forward.
    press(&mut s, "<space>");
    assert_eq!(here(&s), Some("rider-voice"));
    assert_eq!(prog(&s, "rider-voice").revealed, 1);
    press(&mut s, "<enter>");
    assert_eq!(
        prog(&s, "rider-voice").revealed,
        2,
        "the next passage is revealed first"
    );
    press(&mut s, "l <pgdn>");
    assert_eq!(here(&s), Some("rider-weekly-pay"), "then the next panel");
}

#[test]
fn back_undoes_reveals_then_panels() {
    let mut s = state(Lang::En);
    goto(&mut s, "rider-voice");
    press(&mut s, "<right> <right>");
    assert_eq!(prog(&s, "rider-voice").revealed, 3);
    press(&mut s, "<left>");
    assert_eq!(prog(&s, "rider-voice").revealed, 2);
    press(&mut s, "<bs> h");
    assert_eq!(here(&s), Some("rider-intro"));
    press(&mut s, "<pgup>");
    assert_eq!(
        s.room().gate(),
        Some(Gate::Episode),
        "back to the title card"
    );
    press(&mut s, "<pgup>");
    assert_eq!(at(&s), Screen::Title);
    press(&mut s, "<left>");
    assert_eq!(at(&s), Screen::Title, "nothing before the title");
}

#[test]
fn coming_back_shows_a_testimony_as_left() {
    let mut s = state(Lang::En);
    goto(&mut s, "rider-voice");
    press(&mut s, "<right> <right> <right>");
    assert_eq!(here(&s), Some("rider-weekly-pay"));
    press(&mut s, "<left>");
    assert_eq!(here(&s), Some("rider-voice"));
    assert_eq!(prog(&s, "rider-voice").revealed, 3);
}

#[test]
fn chapters_and_episodes() {
    let mut s = state(Lang::En);
    press(&mut s, "<right> n");
    assert_eq!(here(&s), Some("hard-text"), "n: the next chapter's start");
    press(&mut s, "p");
    assert_eq!(
        here(&s),
        Some("rider-intro"),
        "p goes to the previous chapter"
    );
    press(&mut s, "<right> <right> p");
    assert_eq!(
        here(&s),
        Some("rider-intro"),
        "p first returns to the chapter's start"
    );
    press(&mut s, "2");
    assert_eq!(here(&s), Some("debate-icons"));
    press(&mut s, "9");
    assert_eq!(
        here(&s),
        Some("debate-icons"),
        "no ninth episode: nothing happens"
    );
    press(&mut s, "1");
    assert_eq!(here(&s), Some("rider-intro"));
}

#[test]
fn content_notice_can_be_viewed_or_skipped() {
    let mut s = state(Lang::En);
    press(&mut s, "n n");
    assert_eq!(s.room().gate(), Some(Gate::Chapter));
    assert_eq!(here(&s), Some("hard-text"));
    assert!(
        !seen(&s, "hard-text"),
        "a panel behind a notice is not seen yet"
    );
    press(&mut s, "<enter>");
    assert_eq!((s.room().gate(), here(&s)), (None, Some("hard-text")));
    assert!(seen(&s, "hard-text"));
    press(&mut s, "<left>");
    assert_eq!(
        s.room().gate(),
        Some(Gate::Chapter),
        "back shows the notice again"
    );
    press(&mut s, "s");
    assert_eq!(
        here(&s),
        Some("debate-icons"),
        "skip jumps past the chapter"
    );
}

#[test]
fn debate_picks_questions_and_reveals_answers() {
    let mut s = state(Lang::En);
    goto(&mut s, "debate-icons");
    let debate = |s: &State| prog(s, "debate-icons").clone();
    press(&mut s, "<down>");
    assert_eq!(debate(&s).selected, 1, "down picks the next question");
    press(&mut s, "<down>");
    assert_eq!(debate(&s).selected, 1, "no question past the last");
    press(&mut s, "<right>");
    assert_eq!(debate(&s).answers_shown(1), 1);
    press(&mut s, "<right>");
    assert_eq!(
        debate(&s).selected,
        0,
        "an answered question moves on to an open one"
    );
    assert_eq!(debate(&s).answers_shown(0), 1);
    press(&mut s, "<right> <right>");
    assert_eq!(
        here(&s),
        Some("take-job"),
        "all answered: on to the next episode"
    );
    press(&mut s, "<left> <left>");
    assert_eq!(debate(&s).answers_shown(0), 1);
    press(&mut s, "<left>");
    assert_eq!((debate(&s).selected, debate(&s).answers_shown(0)), (1, 0));
}

#[test]
fn overlays_open_close_and_jump() {
    let mut s = state(Lang::En);
    press(&mut s, "<right> t");
    assert!(matches!(
        s.viewer().overlay(),
        Some(Overlay::Contents { selected: 1 })
    ));
    press(&mut s, "<esc>");
    assert_eq!(s.viewer().overlay(), None);
    press(&mut s, "<tab> <down> <down> <down> <enter>");
    assert_eq!(s.viewer().overlay(), None);
    assert_eq!(
        s.slot().map(|x| x.episode),
        Some(1),
        "Enter on an episode row jumps to it"
    );
    let effects = press(&mut s, "? q");
    assert_eq!(
        (
            s.viewer().overlay().clone(),
            effects.contains(&Effect::Quit)
        ),
        (None, false),
        "q closes an overlay first"
    );
    assert!(press(&mut s, "q").contains(&Effect::Quit));
}

#[test]
fn ctrl_c_quits_from_anywhere() {
    let mut s = state(Lang::En);
    assert!(press(&mut s, "? <c-c>").contains(&Effect::Quit));
}

#[test]
fn language_switches_live() {
    let mut s = state(Lang::En);
    press(&mut s, "L");
    assert_eq!(s.viewer().lang(), Lang::Fr);
}

#[test]
fn scroll_is_clamped_by_what_the_view_reports() {
    let mut s = state(Lang::En);
    press(&mut s, "<right> <down> <down> <down>");
    assert_eq!(s.viewer().scroll(), 3);
    update(&mut s, Action::ScrollLimit(1));
    assert_eq!(s.viewer().scroll(), 1);
    press(&mut s, "<up>");
    assert_eq!(
        s.viewer().scroll(),
        0,
        "up responds at once after the clamp"
    );
}

#[test]
fn choices_record_answers_and_conditions_follow_them() {
    use invisibles::journey::Answer;
    let mut s = state(Lang::En);
    goto(&mut s, "take-job");
    let choice = s.doc().panel_index["take-job"];
    press(&mut s, "<down> <down> <down>");
    assert_eq!(prog(&s, "take-job").selected, 2, "no option past the last");
    press(&mut s, "<up> <right>");
    assert_eq!(s.viewer().answers().get(&choice), Some(&Answer::Picked(1)));
    assert_eq!(
        here(&s),
        Some("take-job"),
        "answering stays to show the result"
    );
    press(&mut s, "<up> <right>");
    assert_eq!(
        s.viewer().answers().get(&choice),
        Some(&Answer::Picked(1)),
        "an answer is final"
    );
    // "No" was picked: the panel shown only after "Yes" is passed over.
    assert_eq!(here(&s), Some("guess-pay"));
    press(&mut s, "<left>");
    assert_eq!(here(&s), Some("take-job"), "and passed over going back too");
    let mut yes = state(Lang::En);
    goto(&mut yes, "take-job");
    press(&mut yes, "<right> <right>");
    assert_eq!(here(&yes), Some("said-yes"));
}

#[test]
fn a_guess_moves_by_steps_within_its_range() {
    use invisibles::journey::Answer;
    let mut s = state(Lang::En);
    goto(&mut s, "guess-pay");
    let guess = s.doc().panel_index["guess-pay"];
    press(&mut s, "<up> <up> <up>");
    press(&mut s, &"<up> ".repeat(100));
    press(&mut s, "<down> <right>");
    assert_eq!(
        s.viewer().answers().get(&guess),
        Some(&Answer::Guessed(19.5)),
        "capped at 20, one step down"
    );
}

#[test]
fn bookmarks_toggle_list_and_jump() {
    let mut s = state(Lang::En);
    press(&mut s, "<right> b b b");
    let bookmarked = |s: &State| -> Vec<String> {
        s.viewer()
            .bookmarks()
            .iter()
            .map(|&i| s.doc().panel(s.doc().timeline[i]).id().to_owned())
            .collect()
    };
    assert_eq!(bookmarked(&s), ["rider-intro"]);
    press(&mut s, "2 b B");
    assert_eq!(bookmarked(&s), ["rider-intro", "debate-icons"]);
    assert_eq!(
        s.viewer().overlay(),
        Some(Overlay::Bookmarks { selected: 1 })
    );
    press(&mut s, "<up> <enter>");
    assert_eq!(
        (here(&s), s.viewer().overlay().clone()),
        (Some("rider-intro"), None)
    );
    press(&mut s, "B b <esc>");
    assert_eq!(
        bookmarked(&s),
        ["debate-icons"],
        "b in the list removes the chosen bookmark"
    );
}

fn invariants(s: &State) {
    let n = s.doc().timeline.len();
    if let Screen::Panel(i) = s.room().screen() {
        assert!(i < n);
        let p = &s.room().progress(i);
        if let invisibles::content::Panel::Testimony(t) = s.doc().panel(s.doc().timeline[i]) {
            assert!(p.revealed <= t.passages.len());
        }
        if let invisibles::content::Panel::Debate(d) = s.doc().panel(s.doc().timeline[i]) {
            assert!(p.selected < d.questions.len());
            for (q, question) in d.questions.iter().enumerate() {
                assert!(p.answers_shown(q) <= question.answers.len());
            }
        }
        if s.room().gate().is_none() {
            assert!(s.viewer().seen(i), "a panel on screen counts as seen");
        }
    } else {
        assert_eq!(s.room().gate(), None);
    }
    if let Some(Overlay::Contents { selected }) = s.viewer().overlay() {
        assert!(selected < s.toc_rows().len());
    }
    if let Some(Overlay::Bookmarks { selected }) = s.viewer().overlay() {
        assert!(selected < s.viewer().bookmarks().len().max(1));
    }
    assert!(s.viewer().bookmarks().iter().all(|&b| b < n));
    if let Screen::Panel(i) = s.room().screen() {
        assert!(
            invisibles::app::visible(s, i),
            "a hidden panel is on screen"
        );
    }
}

/// What "returns" means: same place, same notice, same reveals on that panel.
fn place(s: &State) -> (Screen, Option<Gate>, Option<invisibles::app::Progress>) {
    let progress = match s.room().screen() {
        Screen::Panel(i) => Some(s.room().progress(i).clone()),
        _ => None,
    };
    (s.room().screen(), s.room().gate(), progress)
}

proptest! {
    #[test]
    fn any_sequence_keeps_the_state_valid(actions in proptest::collection::vec(any_action(), 0..200)) {
        let mut s = state(Lang::En);
        for a in actions {
            update(&mut s, a);
            invariants(&s);
        }
    }

    #[test]
    fn next_then_back_returns(actions in proptest::collection::vec(any_action(), 0..60)) {
        let mut s = state(Lang::En);
        for a in actions {
            update(&mut s, a);
        }
        // The first Close brings a black screen back, the second closes an overlay.
        update(&mut s, Action::Close);
        update(&mut s, Action::Close);
        let before = place(&s);
        let answers = s.viewer().answers().len();
        update(&mut s, Action::Next);
        // Answering a choice is final by design; every other step goes back.
        if place(&s) != before && s.viewer().answers().len() == answers {
            update(&mut s, Action::Back);
            prop_assert_eq!(place(&s), before);
        }
    }
}

#[test]
fn any_key_brings_the_picture_back_and_does_nothing_else() {
    for key in ["<esc>", "x", "<f5>", "q", "7", "<right>", "?", "t"] {
        let mut s = state(Lang::En);
        goto(&mut s, "rider-voice");
        press(&mut s, ".");
        assert!(s.room().blank());
        let effects = press(&mut s, key);
        assert!(!s.room().blank(), "{key} leaves the screen black");
        assert_eq!(here(&s), Some("rider-voice"), "{key} did more");
        assert_eq!(s.viewer().overlay(), None, "{key} opened something");
        assert!(!effects.contains(&Effect::Quit), "{key} quit");
    }
}

#[test]
fn digits_on_a_guess_type_the_figure() {
    use invisibles::journey::Answer;
    let mut s = state(Lang::En);
    goto(&mut s, "guess-pay");
    let guess = s.doc().panel_index["guess-pay"];
    press(&mut s, "6");
    assert_eq!(here(&s), Some("guess-pay"), "6 typed, not episode 6");
    press(&mut s, ", 5 <bs> <bs> <bs> 7");
    assert_eq!(s.viewer().typed(), "7");
    // Leaving and coming back keeps the guess.
    press(&mut s, "<left>");
    goto(&mut s, "guess-pay");
    press(&mut s, "<enter>");
    assert_eq!(
        s.viewer().answers().get(&guess),
        Some(&Answer::Guessed(7.0))
    );
    // A figure out of range is held to it; a second separator is ignored.
    let mut t = state(Lang::En);
    goto(&mut t, "guess-pay");
    press(&mut t, "9 9 9 . 5 . 5 <enter>");
    assert_eq!(
        t.viewer().answers().get(&guess),
        Some(&Answer::Guessed(20.0))
    );
}

#[test]
fn a_dot_with_nothing_typed_is_still_the_black_screen_on_a_guess() {
    let mut s = state(Lang::En);
    goto(&mut s, "guess-pay");
    press(&mut s, ".");
    assert!(s.room().blank());
}

#[test]
fn an_answer_can_be_given_again() {
    use invisibles::journey::Answer;
    let mut s = state(Lang::En);
    goto(&mut s, "take-job");
    let choice = s.doc().panel_index["take-job"];
    press(&mut s, "<right>");
    assert_eq!(s.viewer().answers().get(&choice), Some(&Answer::Picked(0)));
    let effects = press(&mut s, "r");
    assert!(effects.contains(&Effect::Answered(choice)));
    assert_eq!(s.viewer().answers().get(&choice), None);
    press(&mut s, "<down> <down> <right>");
    assert_eq!(s.viewer().answers().get(&choice), Some(&Answer::Picked(2)));
}

#[test]
fn bookmarks_say_what_they_did() {
    let mut s = state(Lang::En);
    press(&mut s, "<right> b");
    assert_eq!(
        s.notice().as_deref(),
        Some("Bookmarked: B lists your bookmarks.")
    );
    press(&mut s, "b");
    assert_eq!(s.notice().as_deref(), Some("Bookmark removed."));
}

#[test]
fn home_and_end_go_to_the_chapter_edges() {
    let mut s = state(Lang::En);
    goto(&mut s, "rider-weekly-hours");
    press(&mut s, "<end>");
    assert_eq!(here(&s), Some("share"));
    press(&mut s, "<home>");
    assert_eq!(here(&s), Some("rider-intro"));
}

#[test]
fn g_finds_a_panel_by_a_few_letters() {
    let mut s = state(Lang::En);
    press(&mut s, "g b i l");
    assert!(matches!(s.viewer().overlay(), Some(Overlay::Search { .. })));
    press(&mut s, "<enter>");
    assert_eq!(here(&s), Some("rider-voice"), "Bilel's testimony");
    // Accents and case fold; q is typed, not quit.
    let mut t = state(Lang::Fr);
    let effects = press(&mut t, "g D E R R I E R E");
    assert!(!effects.contains(&Effect::Quit));
    press(&mut t, "<enter>");
    assert_eq!(here(&t), Some("rider-intro"), "« Derrière l'icône »");
    let mut u = state(Lang::En);
    press(&mut u, "g q <bs> <esc>");
    assert_eq!(u.viewer().overlay(), None);
}

#[test]
fn an_episode_that_does_not_exist_says_so() {
    let mut s = state(Lang::En);
    press(&mut s, "<right> 8");
    assert_eq!(here(&s), Some("rider-intro"));
    assert_eq!(
        s.notice().as_deref(),
        Some("There is no episode 8: this documentary has 3.")
    );
}

#[test]
fn notices_that_arrive_together_are_all_shown() {
    use invisibles::app::Msg;
    let mut s = state(Lang::En);
    update(&mut s, Msg::Notice("The journey cannot be saved.".into()));
    update(
        &mut s,
        Msg::Notice("Console link: too many open files.".into()),
    );
    update(
        &mut s,
        Msg::Notice("Console link: too many open files.".into()),
    );
    assert_eq!(
        s.notice().as_deref(),
        Some("The journey cannot be saved. Console link: too many open files.")
    );
}

#[test]
fn a_flood_of_hands_stops_at_what_a_log_keeps() {
    let mut s = state(Lang::En);
    common::setup(&mut s, |o| o.workshop = true);
    goto(&mut s, "take-job");
    for _ in 0..3 {
        update(&mut s, Action::Vote(1));
    }
    let i = s.doc().panel_index["take-job"];
    let mut poll = s.room().polls()[&i].clone();
    poll.hands[0] = invisibles::app::poll::MAX_HANDS;
    assert!(!poll.hand(0, 1, 3), "no hand past the cap");
    assert_eq!(poll.tally(3)[0], invisibles::app::poll::MAX_HANDS);
}
