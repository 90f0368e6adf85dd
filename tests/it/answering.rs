//! Answering is explicit (issue 21, items 1 and 9): Enter answers a question,
//! the other next keys pass it, and a typed guess is checked where it is seen.

use crate::common;

use common::{goto, here, press, screen, state};
use invisibles::app::{Effect, State};
use invisibles::content::Lang;
use invisibles::journey::Answer;

fn answer(s: &State, id: &str) -> Option<Answer> {
    s.viewer().answers().get(&s.doc().panel_index[id]).cloned()
}

#[test]
fn right_passes_a_question_without_answering_it() {
    let mut s = state(Lang::En);
    goto(&mut s, "take-job");
    let effects = press(&mut s, "<right>");
    assert_eq!(answer(&s, "take-job"), None, "→ picked nothing");
    assert!(!effects.iter().any(|e| matches!(e, Effect::Answered(_))));
    // Nothing was picked, so "You said yes" is not shown.
    assert_eq!(here(&s), Some("guess-pay"));
    press(&mut s, "<right>");
    assert_eq!(answer(&s, "guess-pay"), None, "→ gave no guess");
    assert_eq!(here(&s), Some("choices-recap"));
    let shown = screen(&s, 80, 24);
    assert_eq!(shown.matches("You: (not answered)").count(), 2, "{shown}");
    for key in ["<space>", "l", "<pgdn>"] {
        let mut t = state(Lang::En);
        goto(&mut t, "take-job");
        press(&mut t, key);
        assert_eq!(answer(&t, "take-job"), None, "{key} picked");
    }
}

#[test]
fn enter_answers_with_the_option_or_the_figure_chosen() {
    let mut s = state(Lang::En);
    goto(&mut s, "take-job");
    press(&mut s, "<enter>");
    assert_eq!(answer(&s, "take-job"), Some(Answer::Picked(0)));
    assert_eq!(
        here(&s),
        Some("take-job"),
        "answering stays to show the result"
    );
    press(&mut s, "<right>");
    assert_eq!(here(&s), Some("said-yes"));
    goto(&mut s, "guess-pay");
    press(&mut s, "<up> <enter>");
    assert_eq!(answer(&s, "guess-pay"), Some(Answer::Guessed(10.5)));
}

#[test]
fn the_hints_name_the_keys_that_answer_and_pass_in_both_languages() {
    for (lang, want) in [
        (Lang::En, "↑↓ choose · Enter answer · → pass"),
        (Lang::Fr, "↑↓ choisir · Entrée répondre · → passer"),
    ] {
        let mut s = state(lang);
        goto(&mut s, "take-job");
        let shown = screen(&s, 80, 24);
        assert!(shown.contains(want), "{shown}");
        let footer = shown.lines().last().unwrap_or_default();
        for hint in [["Enter", "→"], ["Entrée", "→"]][usize::from(lang == Lang::Fr)] {
            assert!(footer.contains(hint), "{footer}");
        }
    }
}

#[test]
fn a_backspace_too_many_stays_on_the_guess_and_says_which_key_goes_back() {
    let mut s = state(Lang::En);
    goto(&mut s, "guess-pay");
    press(&mut s, "7 <bs> <bs>");
    assert_eq!(here(&s), Some("guess-pay"));
    assert_eq!(
        s.notice().as_deref(),
        Some("Nothing typed to erase: ← goes back.")
    );
}

#[test]
fn an_answer_given_again_comes_back_if_none_is_given() {
    let mut s = state(Lang::En);
    goto(&mut s, "guess-pay");
    press(&mut s, "1 2 <enter> r 3 <bs> <bs>");
    assert_eq!(answer(&s, "guess-pay"), None, "being answered again");
    let effects = press(&mut s, "<left>");
    assert_eq!(here(&s), Some("take-job"));
    assert_eq!(answer(&s, "guess-pay"), Some(Answer::Guessed(12.0)));
    assert!(effects.contains(&Effect::Answered(s.doc().panel_index["guess-pay"])));
    // Given anew, the new answer stands.
    goto(&mut s, "guess-pay");
    press(&mut s, "r 4 <enter> <right>");
    assert_eq!(answer(&s, "guess-pay"), Some(Answer::Guessed(4.0)));
}

#[test]
fn typed_figures_are_checked_where_they_are_seen() {
    let mut s = state(Lang::En);
    goto(&mut s, "guess-pay");
    let shown = screen(&s, 80, 24);
    assert!(
        shown.contains("From €0/h to €20/h, in steps of €0.5/h."),
        "{shown}"
    );
    press(&mut s, "1 5 0");
    assert_eq!(s.viewer().typed(), "15");
    assert_eq!(
        s.notice().as_deref(),
        Some("150 is not taken: the highest guess is €20/h.")
    );
    press(&mut s, "<bs> <bs> 1 . 2 .");
    assert_eq!(
        s.notice().as_deref(),
        Some("One decimal separator only: the second is not taken.")
    );
    let mut t = state(Lang::En);
    goto(&mut t, "guess-pay");
    press(&mut t, "3 , 2");
    let shown = screen(&t, 80, 24);
    assert!(
        shown.contains("You typed 3,2: it counts as €3/h."),
        "{shown}"
    );
    press(&mut t, "<enter>");
    assert_eq!(answer(&t, "guess-pay"), Some(Answer::Guessed(3.0)));
    // In French too.
    let mut f = state(Lang::Fr);
    goto(&mut f, "guess-pay");
    press(&mut f, "3 , 2 5");
    let shown = screen(&f, 80, 24).replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        shown.contains("De 0 €/h à 20 €/h, par pas de 0,5 €/h."),
        "{shown}"
    );
    assert!(
        shown.contains("Vous avez tapé 3,25 : cela compte pour 3,5 €/h."),
        "{shown}"
    );
}

#[test]
fn the_result_lines_are_aligned_and_compared() {
    for (w, h) in [(60, 20), (80, 24), (160, 48)] {
        let mut s = state(Lang::En);
        goto(&mut s, "guess-pay");
        press(&mut s, "1 1 <enter>");
        let shown = screen(&s, w, h);
        let col = |prefix: &str| {
            let line = shown.lines().find(|l| l.trim_start().starts_with(prefix));
            line.and_then(|l| l.find('€'))
        };
        assert!(col("Your guess:").is_some(), "{shown}");
        assert_eq!(col("Your guess:"), col("The real figure:"), "{shown}");
        assert!(shown.contains("about 1.8 times the real figure"), "{shown}");
    }
}

#[test]
fn moving_a_guess_by_steps_leaves_what_was_typed() {
    let mut s = state(Lang::En);
    goto(&mut s, "guess-pay");
    press(&mut s, "1 5 <up>");
    assert_eq!(s.viewer().typed(), "");
    assert!(!screen(&s, 80, 24).contains("You typed"));
    press(&mut s, "<enter>");
    assert_eq!(answer(&s, "guess-pay"), Some(Answer::Guessed(15.5)));
}

#[test]
fn a_journey_saved_while_answering_again_keeps_the_old_answer() {
    let mut s = state(Lang::En);
    goto(&mut s, "take-job");
    press(&mut s, "<down> <enter> r");
    let journey = invisibles::journey::Journey::capture(&s);
    assert_eq!(journey.answers.get("take-job"), Some(&Answer::Picked(1)));
}
