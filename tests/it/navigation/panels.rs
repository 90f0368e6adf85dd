//! What each kind of panel does with a key: notices, debates, choices and
//! guesses, bookmarks, the black screen, a room's hands.

use super::*;

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
fn choices_record_answers_and_conditions_follow_them() {
    use invisibles::journey::Answer;
    let mut s = state(Lang::En);
    goto(&mut s, "take-job");
    let choice = s.doc().panel_index["take-job"];
    press(&mut s, "<down> <down> <down>");
    assert_eq!(prog(&s, "take-job").selected, 2, "no option past the last");
    press(&mut s, "<up> <enter>");
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
    press(&mut yes, "<enter> <right>");
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
    press(&mut s, "<down> <enter>");
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
    // A figure out of range is refused; so is a second separator; a figure
    // counts to the nearest step.
    let mut t = state(Lang::En);
    goto(&mut t, "guess-pay");
    press(&mut t, "9 9 9 . 5 . 5 <enter>");
    assert_eq!(
        t.viewer().answers().get(&guess),
        Some(&Answer::Guessed(9.5))
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
    press(&mut s, "<enter>");
    assert_eq!(s.viewer().answers().get(&choice), Some(&Answer::Picked(0)));
    let effects = press(&mut s, "r");
    assert!(effects.contains(&Effect::Answered(choice)));
    assert_eq!(s.viewer().answers().get(&choice), None);
    press(&mut s, "<down> <down> <enter>");
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
