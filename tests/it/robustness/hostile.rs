//! Hostile content (control characters, very long words, wide CJK, emoji,
//! right-to-left text) stays in its place and never panics.

use super::*;

// ---------------------------------------------------------------- hostile content

/// The screen as a terminal shows it: the cells a wide character covers are skipped.
fn shown(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in buf.area.top()..buf.area.bottom() {
        let mut line = String::new();
        let mut skip = 0usize;
        for x in buf.area.left()..buf.area.right() {
            let sym = buf[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            line.push_str(sym);
            skip = sym.width().saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
/// Presses → until panel `id` is on screen (perhaps behind its notice, past
/// its episode's title card).
fn goto(s: &mut State, id: &str) {
    for _ in 0..200 {
        let card = s.room().gate() == Some(invisibles::app::Gate::Episode);
        if !card && s.slot().is_some_and(|slot| s.doc().panel(slot).id() == id) {
            return;
        }
        press(s, "<right>");
    }
    panic!("never reached panel `{id}`");
}
/// Hostile screens: (name, panel to go to, then keys).
const HOSTILE_SCREENS: &[(&str, Option<&str>, &str)] = &[
    ("title", None, ""),
    ("episode_card", None, "<right>"),
    ("chapter_notice", Some("narration"), ""),
    ("narration", Some("narration"), "<enter>"),
    ("panel_notice", Some("testimony"), ""),
    ("testimony", Some("testimony"), "<enter> <right> <right>"),
    ("statistic_exact", Some("exact"), ""),
    ("statistic_range", Some("range"), ""),
    ("statistic_derived_bars", Some("derived"), ""),
    ("statistic_huge", Some("huge"), ""),
    ("statistic_gauge", Some("gauge"), ""),
    ("debate", Some("debate"), "<right> <right> <right>"),
    ("choice_options", Some("choice"), "<down>"),
    ("choice_answered", Some("choice"), "<down> <enter>"),
    ("choice_guess", Some("guess"), "<up> <up>"),
    ("recap", Some("recap"), ""),
    ("contents", Some("recap"), "t"),
    ("bookmarks", Some("debate"), "b B"),
    ("end", Some("recap"), "<right>"),
];
fn hostile_state(target: Option<&str>, keys: &str) -> State {
    let mut s = State::new(hostile_doc(), Lang::En);
    if let Some(id) = target {
        goto(&mut s, id);
    }
    press(&mut s, keys);
    s
}
#[test]
fn hostile_content_keeps_its_place() {
    for (name, target, keys) in HOSTILE_SCREENS {
        let s = hostile_state(*target, keys);
        for (w, h) in [(60, 20), (80, 24), (120, 40)] {
            let (buf, _) = draw(&s, Rect::new(0, 0, w, h));
            assert_no_control(&buf, name);
            insta::assert_snapshot!(format!("hostile_{name}_{w}x{h}"), shown(&buf));
        }
    }
}
#[test]
fn hostile_content_never_panics_at_any_size() {
    let mut rng = Rng(0x0BAD_C0DE_0000_0005);
    // The edges of the minimum size, then random sizes.
    let mut sizes: Vec<(u16, u16)> = vec![(0, 0), (1, 1), (59, 20), (60, 19), (60, 20), (61, 21)];
    sizes.extend((0..60).map(|_| (rng.below(301), rng.below(101))));
    for (name, target, keys) in HOSTILE_SCREENS {
        let mut s = hostile_state(*target, keys);
        for &(w, h) in &sizes {
            let (buf, info) = draw(&s, Rect::new(0, 0, w, h));
            assert_no_control(&buf, name);
            update(&mut s, Action::ScrollLimit(info.max_scroll, info.page));
        }
    }
}
