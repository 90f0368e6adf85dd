//! Properties over random action sequences: the state stays valid, and a
//! step forward then back returns where it was.

use super::*;

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

/// Found by `next_then_back_returns`: a chapter notice passed on an earlier
/// visit is not shown again going forward, so back must go back a panel,
/// not show that notice again.
#[test]
fn back_after_next_into_a_chapter_passed_before_goes_back_a_panel() {
    let mut s = state(Lang::En);
    for a in [
        Action::NextChapter,
        Action::NextChapter,
        Action::Next,
        Action::PrevChapter,
        Action::ChapterEnd,
    ] {
        update(&mut s, a);
    }
    let before = place(&s);
    update(&mut s, Action::Next);
    assert_eq!(s.room().gate(), None, "the notice was passed before");
    update(&mut s, Action::Back);
    assert_eq!(place(&s), before);
}
