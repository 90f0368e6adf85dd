//! Coming back: where the viewer was, their answers, bookmarks, notices seen
//! past and reveals, fitted to the documentary as it is now.

use super::*;

#[test]
fn a_vanished_panel_resumes_nearby() {
    let at = |episode: &str, chapter: &str, panel: &str, index: usize| {
        let j = Journey {
            position: Position::Panel {
                episode: episode.into(),
                chapter: chapter.into(),
                panel: panel.into(),
                index,
            },
            ..Journey::default()
        };
        let mut s = state(Lang::En);
        j.restore(&mut s);
        (s.room().screen(), common::here(&s).map(str::to_owned))
    };
    let on = |id: &str| Some(id.to_owned());
    assert_eq!(
        at("sample", "rider", "gone", 3).1,
        on("rider-weekly-hours"),
        "same place in its chapter"
    );
    assert_eq!(
        at("sample", "rider", "gone", 99).1,
        on("share"),
        "the chapter's last panel"
    );
    assert_eq!(
        at("debate", "gone", "gone", 0).1,
        on("debate-icons"),
        "the episode's start"
    );
    assert_eq!(at("gone", "gone", "gone", 0), (Screen::Title, None));
}
#[test]
fn answers_and_bookmarks_round_trip_through_restore() {
    let mut s = state(Lang::En);
    press(&mut s, "<right> b 2 b");
    update(&mut s, Action::Bookmarks);
    let j = Journey::capture(&s);
    assert_eq!(j.bookmarks, ["rider-intro", "debate-icons"]);
    let mut again = state(Lang::En);
    j.restore(&mut again);
    assert_eq!(again.viewer().bookmarks(), s.viewer().bookmarks());
}
#[test]
fn the_welcome_back_names_the_key_to_the_chapters_start_in_the_viewers_language() {
    for (lang, said) in [
        (
            Lang::En,
            "The Home key goes back to the chapter's first panel.",
        ),
        (
            Lang::Fr,
            "La touche Début ramène au premier panneau du chapitre.",
        ),
    ] {
        let mut s = state(lang);
        press(&mut s, "<right> <right>");
        let mut again = state(lang);
        Journey::capture(&s).restore(&mut again);
        let notice = again.notice().unwrap_or_default();
        assert!(notice.ends_with(said), "{notice}");
    }
}
proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn save_then_load_gives_back_the_same_journey(actions in proptest::collection::vec(any_action(), 0..80)) {
        let mut s = state(Lang::En);
        for a in actions {
            update(&mut s, a);
        }
        let saved = Journey::capture(&s);
        let text = ron::ser::to_string_pretty(&saved, ron::ser::PrettyConfig::default()).unwrap_or_default();
        let loaded: Journey = ron::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
        prop_assert_eq!(&loaded, &saved);
        let mut again = state(Lang::En);
        loaded.restore(&mut again);
        prop_assert_eq!(Journey::capture(&again), saved);
    }
}
#[test]
fn a_notice_seen_past_is_not_asked_again_after_resuming() {
    let mut s = state(Lang::En);
    press(&mut s, "n n");
    assert!(s.room().gate().is_some(), "the chapter opens with a notice");
    press(&mut s, "<enter>");
    let j = Journey::capture(&s);
    assert!(j.notices_seen.contains("hard"));
    let mut again = state(Lang::En);
    j.restore(&mut again);
    assert_eq!(
        (again.room().screen(), again.room().gate()),
        (s.room().screen(), None)
    );
    // A notice skipped is asked again.
    let mut skipped = state(Lang::En);
    press(&mut skipped, "n n s");
    let j = Journey::capture(&skipped);
    assert!(j.notices_seen.is_empty());
}
#[test]
fn reveals_inside_panels_come_back_with_the_journey() {
    let mut s = state(Lang::En);
    common::goto(&mut s, "rider-voice");
    press(&mut s, "<right>");
    common::goto(&mut s, "debate-icons");
    press(&mut s, "<right> <right>");
    let revealed =
        |s: &invisibles::app::State, id: &str| s.room().progress(s.doc().panel_index[id]).clone();
    let before = (revealed(&s, "rider-voice"), revealed(&s, "debate-icons"));
    assert_eq!(before.0.revealed, 2);
    assert_eq!(before.1.steps.len(), 2);
    let text = ron::to_string(&Journey::capture(&s)).unwrap_or_default();
    let loaded: Journey = ron::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let mut again = state(Lang::En);
    loaded.restore(&mut again);
    assert_eq!(common::here(&again), Some("debate-icons"));
    assert_eq!(
        (
            revealed(&again, "rider-voice"),
            revealed(&again, "debate-icons")
        ),
        before,
        "the panel resumed on and the one before keep their reveals"
    );
}
#[test]
fn reveals_from_a_file_are_fitted_to_the_panel() {
    let text = r#"(position: Panel(episode: "sample", chapter: "rider", panel: "rider-voice"),
        progress: {"rider-voice": (revealed: 999), "debate-icons": (selected: 50, steps: [(40, 0), (0, 0)])})"#;
    let journey: Journey = ron::from_str(text).unwrap_or_else(|e| panic!("{e}"));
    let mut s = state(Lang::En);
    journey.restore(&mut s);
    let voice = &s.room().progress(s.doc().panel_index["rider-voice"]);
    let debate = &s.room().progress(s.doc().panel_index["debate-icons"]);
    assert_eq!(voice.revealed, 3, "no more passages than the testimony has");
    assert!(debate.selected < 50);
    assert_eq!(
        debate.steps,
        [(0, 0)],
        "answers of questions that do not exist are dropped"
    );
    common::screen(&s, 80, 24);
}
