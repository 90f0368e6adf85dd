//! The projected screen: the projector view, the black screen for a
//! discussion, autoplay for a kiosk and its reading time.

use super::*;

#[test]
fn projector_view_snapshots() {
    for (name, keys) in [
        ("narration", "@rider-intro"),
        ("testimony", "@rider-voice <right>"),
        ("statistic", "@rider-hourly-pay"),
        ("title", ""),
    ] {
        let mut s = state(Lang::En);
        press(&mut s, &format!("P {keys}"));
        assert!(s.viewer().present());
        for (w, h) in [(120, 40), (160, 48)] {
            let shown = screen(&s, w, h);
            assert!(
                !shown.contains("? help"),
                "no key hints in the projector view"
            );
            insta::assert_snapshot!(format!("present_{name}_{w}x{h}"), shown);
        }
    }
}
#[test]
fn black_screen_and_any_key_back() {
    let mut s = state(Lang::En);
    press(&mut s, "<right> .");
    assert!(s.room().blank());
    assert!(
        screen(&s, 80, 24).trim().is_empty(),
        "nothing on the black screen"
    );
    press(&mut s, "<right>");
    assert!(!s.room().blank());
    assert_eq!(
        common::here(&s),
        Some("rider-intro"),
        "the key that brings the picture back does nothing else"
    );
}
#[test]
fn autoplay_walks_everything_and_loops_without_answering() {
    let mut s = state(Lang::En);
    let mut screens = Vec::new();
    for _ in 0..200 {
        update(&mut s, Action::Advance);
        screens.push(s.room().screen());
        if s.room().screen() == Screen::Title {
            break;
        }
    }
    assert_eq!(
        screens.last(),
        Some(&Screen::Title),
        "it loops back to the title"
    );
    assert!(screens.contains(&Screen::End));
    assert!(
        s.viewer().answers().is_empty(),
        "autoplay never answers for the viewer"
    );
    assert!(
        !s.viewer().seen(s.doc().panel_index["hard-text"]),
        "the panel behind a content notice was passed by"
    );
    assert!(
        (0..s.viewer().seen_len())
            .filter(|&i| s.viewer().seen(i))
            .count()
            >= 10
    );
}
#[test]
fn reading_time_follows_the_text() {
    let mut s = state(Lang::En);
    common::goto(&mut s, "rider-intro");
    let long = reading_time(&s);
    common::goto(&mut s, "hard-text");
    press(&mut s, "<right>");
    assert_eq!(common::here(&s), Some("hard-text"));
    let short = reading_time(&s);
    assert!(
        long > short,
        "26 words stay longer than 8: {long:?} vs {short:?}"
    );
    assert!(short >= Duration::from_secs(5) && long <= Duration::from_secs(60));
}
#[test]
fn the_projector_view_shows_the_room_no_keys_inside_panels() {
    for id in ["take-job", "rider-voice", "debate-icons"] {
        let mut s = workshop();
        press(&mut s, &format!("P @{id}"));
        let shown = screen(&s, 120, 40);
        for hint in [
            "→ answer",
            "→ next passage",
            "→ reveal the next answer",
            "→ go on",
        ] {
            assert!(!shown.contains(hint), "{id}: {hint}\n{shown}");
        }
    }
    // Nor on a content notice: the console views or skips it.
    let mut s = workshop();
    press(&mut s, "P n n");
    let shown = screen(&s, 120, 40);
    assert!(shown.contains("Content notice"), "{shown}");
    assert!(
        !shown.contains("→  view") && !shown.contains("s  skip"),
        "{shown}"
    );
}
