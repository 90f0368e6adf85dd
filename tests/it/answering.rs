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
