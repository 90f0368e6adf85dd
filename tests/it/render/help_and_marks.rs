//! The help generated from the keymap, and the marks a screen shows: a
//! bookmarked panel, a right guess.

use super::*;

#[test]
fn help_lists_every_binding_of_the_keymap_in_each_language() {
    use invisibles::keymap::Mode;
    for lang in [Lang::En, Lang::Fr] {
        // In a workshop, so the room's show of hands is listed too.
        let mut s = state(lang);
        common::setup(&mut s, |o| o.workshop = true);
        press(&mut s, "?");
        // Words only: long descriptions wrap inside the box.
        let shown = screen(&s, 200, 80)
            .replace('│', " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        for b in invisibles::keymap::player_bindings() {
            // Described as the first section that lists it binds its keys.
            let mode = Mode::ALL.into_iter().find(|&m| b.applies(m));
            let doc = b.describe(mode.unwrap_or(Mode::Play), lang);
            assert!(shown.contains(&doc), "help lacks `{doc}`:\n{shown}");
            let keys = b.keys_label(lang).replace('\u{a0}', " ");
            assert!(shown.contains(&keys), "help lacks the keys `{keys}`");
        }
        if lang == Lang::Fr {
            // French throughout, key names included (issue 21, item 14).
            assert_eq!(common::english_key_in(&shown), None, "{shown}");
        }
    }
}
#[test]
fn help_lists_only_keys_that_work_here() {
    let mut s = state(Lang::En);
    press(&mut s, "?");
    let shown = screen(&s, 200, 80);
    assert!(
        !shown.contains("one more vote"),
        "no show of hands outside a workshop:\n{shown}"
    );
}
#[test]
fn a_bookmarked_panel_is_marked_in_the_header_and_the_contents() {
    let mut s = state(Lang::En);
    press(&mut s, "<right>");
    assert!(
        !screen(&s, 80, 24)
            .lines()
            .next()
            .unwrap_or_default()
            .contains('★')
    );
    press(&mut s, "b");
    let shown = screen(&s, 80, 24);
    assert!(
        shown
            .lines()
            .next()
            .unwrap_or_default()
            .contains("★ bookmarked"),
        "{shown}"
    );
    assert!(
        shown.contains("Bookmarked: B lists your bookmarks."),
        "{shown}"
    );
    press(&mut s, "t");
    assert!(screen(&s, 80, 24).contains("Behind the icon ★") || screen(&s, 80, 24).contains("★"));
    press(&mut s, "<esc> b");
    assert!(screen(&s, 80, 24).contains("Bookmark removed."));
}
#[test]
fn a_right_guess_is_acknowledged_and_a_wrong_one_is_not() {
    let mut right = state(Lang::En);
    press(&mut right, "@guess-pay 6 <enter>");
    assert!(
        screen(&right, 80, 24).contains("Right on"),
        "{}",
        screen(&right, 80, 24)
    );
    let mut wrong = state(Lang::En);
    press(&mut wrong, "@guess-pay 1 5 <enter>");
    assert!(!screen(&wrong, 80, 24).contains("Right on"));
}
