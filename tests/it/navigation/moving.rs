//! Moving through the documentary: forward and back, chapters and episodes,
//! the chapter's edges, search, overlays, language, scrolling, quitting.

use super::*;

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
fn scroll_goes_as_far_as_the_view_reports_and_keeps_what_was_asked() {
    let mut s = state(Lang::En);
    press(&mut s, "<right>");
    update(&mut s, Action::ScrollLimit(1, 10));
    press(&mut s, "<down> <down> <down>");
    assert_eq!(s.viewer().scroll(), 1, "no further than the text goes");
    // A frame where it all fits (a larger window) clamps nothing...
    update(&mut s, Action::ScrollLimit(0, 30));
    assert_eq!(s.viewer().scroll(), 1);
    // ...so back at the smaller size the text is where it was.
    update(&mut s, Action::ScrollLimit(1, 10));
    press(&mut s, "<up>");
    assert_eq!(s.viewer().scroll(), 0, "up responds at once");
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
