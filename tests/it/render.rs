//! Snapshots of every screen, panel kind and overlay, reached through the real
//! keymap, at 80x24 and at a projector-like 160x48.

use crate::common;

use common::{SCREENS as COMMON_SCREENS, press, render, screen, state};
use invisibles::content::Lang;
use invisibles::ui::theme::ThemeKind;
use ratatui::style::Modifier;

/// The screens worth a snapshot: the panel each is on (`@id`) and the keys pressed there.
const SCREENS: &[(&str, &str)] = &[
    ("title", ""),
    ("narration", "@rider-intro"),
    ("testimony_first_passage", "@rider-voice"),
    ("testimony_all_passages", "@rider-voice <right> <right>"),
    ("statistic_exact", "@rider-weekly-pay"),
    ("statistic_range", "@rider-weekly-hours"),
    ("statistic_derived_bars", "@rider-hourly-pay"),
    ("statistic_gauge", "@share"),
    ("chapter_notice", "@hard-text"),
    ("after_notice", "@hard-text <enter>"),
    ("debate_fresh", "@debate-icons"),
    (
        "debate_answers",
        "@debate-icons <right> <right> <down> <right>",
    ),
    ("contents", "@rider-intro t"),
    ("help", "@rider-intro ?"),
    ("end", "@choices-recap <right>"),
    ("choice_options", "@take-job <down>"),
    ("choice_answered", "@take-job <right>"),
    ("conditional_panel", "@take-job <right> <right>"),
    ("choice_guess", "@guess-pay <up> <up>"),
    ("guess_answered", "@guess-pay <up> <up> <right>"),
    (
        "recap",
        "@take-job <down> <right> @guess-pay <up> <up> <right> <right>",
    ),
    ("bookmarks", "@rider-intro b @debate-icons b B"),
    ("bookmarks_empty", "B"),
];

#[test]
fn every_screen_at_80x24_and_160x48() {
    for (name, keys) in SCREENS {
        let mut s = state(Lang::En);
        press(&mut s, keys);
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&s, w, h));
        }
    }
}

#[test]
fn french_screens() {
    for (name, keys) in [
        ("title", ""),
        ("testimony", "@rider-voice <right>"),
        ("derived", "@rider-hourly-pay"),
        ("notice", "@hard-text"),
        ("debate", "@debate-icons <right>"),
        ("help", "?"),
    ] {
        let mut s = state(Lang::Fr);
        press(&mut s, keys);
        insta::assert_snapshot!(format!("fr_{name}_80x24"), screen(&s, 80, 24));
    }
    // Every screen kind names its keys in French (the help also scrolled to its end).
    let help_end = format!("?{}", " j".repeat(80));
    for (name, keys) in COMMON_SCREENS
        .iter()
        .chain(&[("help_end", help_end.as_str())])
    {
        let mut s = state(Lang::Fr);
        press(&mut s, keys);
        let shown = screen(&s, 80, 24);
        assert_eq!(common::english_key_in(&shown), None, "{name}:\n{shown}");
        assert!(
            *name != "help_end" || shown.contains("revenir plus haut"),
            "{shown}"
        );
    }
}

#[test]
fn too_small_says_so() {
    let s = state(Lang::En);
    let shown = screen(&s, 59, 20);
    assert!(
        shown.contains("Terminal too small: 59x20 (min. 60x20)"),
        "{shown}"
    );
    let shown = screen(&s, 60, 19);
    assert!(shown.contains("60x19"), "{shown}");
    insta::assert_snapshot!("too_small_40x10", screen(&s, 40, 10));
}

#[test]
fn portrait_shows_only_when_wide() {
    let mut s = state(Lang::En);
    press(&mut s, "@rider-voice");
    assert!(screen(&s, 160, 48).contains("(_)/(_)"));
    assert!(!screen(&s, 80, 24).contains("(_)/(_)"));
}

#[test]
fn selection_is_visible_without_colour() {
    let mut s = state(Lang::En);
    common::setup(&mut s, |o| o.theme = ThemeKind::Mono);
    press(&mut s, "@debate-icons <down>");
    let terminal = render(&s, 80, 24);
    let buf = terminal.backend().buffer();
    // The chosen question carries a pointer and reversed video, not only a colour.
    let row = (0..24)
        .find(|&y| {
            (0..80)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .contains("› ")
        })
        .unwrap_or_else(|| panic!("no pointer on screen:\n{}", screen(&s, 80, 24)));
    let line: String = (0..80).map(|x| buf[(x, row)].symbol()).collect();
    assert!(line.contains("Vincent Rivière"), "{line}");
    let pointer_x = (0..80)
        .find(|&x| buf[(x, row)].symbol() == "›")
        .unwrap_or(0);
    assert!(buf[(pointer_x, row)].modifier.contains(Modifier::REVERSED));
    for y in 0..24 {
        for x in 0..80 {
            let cell = &buf[(x, y)];
            assert_eq!(cell.fg, ratatui::style::Color::Reset, "colour at {x},{y}");
            assert_eq!(cell.bg, ratatui::style::Color::Reset, "colour at {x},{y}");
        }
    }
}

#[test]
fn resize_relays_out_at_once() {
    let mut s = state(Lang::En);
    press(&mut s, "@rider-intro");
    // The same state draws cleanly at every size in turn, from nothing up.
    for (w, h) in [
        (0, 0),
        (1, 1),
        (20, 5),
        (59, 19),
        (60, 20),
        (80, 24),
        (200, 60),
        (60, 20),
    ] {
        let shown = screen(&s, w, h);
        if w >= 60 && h >= 20 {
            assert!(shown.contains("Behind the icon"), "{w}x{h}:\n{shown}");
        }
    }
}

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
fn a_long_notice_wraps_instead_of_being_cut() {
    let said = "Your journey file could not be read; it was moved to \
        /home/someone/.local/state/invisibles/journey.ron.unreadable-2026-12-01 \
        and a new journey starts here. Saving is off until the folder can be written.";
    for lang in [Lang::En, Lang::Fr] {
        let mut s = state(lang);
        press(&mut s, "@rider-intro");
        invisibles::app::update(&mut s, invisibles::app::Msg::Notice(said.to_owned()));
        for (w, h) in [(60, 20), (80, 24), (200, 60)] {
            let shown = screen(&s, w, h);
            // Long words (a path) break across lines: compare without spaces.
            let squeeze = |t: &str| t.split_whitespace().collect::<String>();
            assert!(
                squeeze(&shown).contains(&squeeze(said)),
                "{w}x{h}:\n{shown}"
            );
            // The panel is still there above it, and the key hints below.
            assert!(shown.contains("Behind the icon") || shown.contains("Derrière l'icône"));
            assert!(
                shown.lines().nth_back(0).unwrap_or("").contains('→'),
                "{shown}"
            );
        }
        let terminal = render(&s, 80, 24);
        let buf = terminal.backend().buffer();
        let theme = invisibles::ui::theme::Theme::of(ThemeKind::Dark);
        // Every line of the notice is in the notice's style.
        let rows: Vec<u16> = (0..24)
            .filter(|&y| (0..80).any(|x| buf[(x, y)].symbol() == "/"))
            .collect();
        assert!(!rows.is_empty());
        for y in rows {
            assert_eq!(
                buf[(1, y)].fg,
                theme.notice.fg.unwrap_or_default(),
                "row {y}"
            );
        }
        if lang == Lang::En {
            insta::assert_snapshot!("long_notice_80x24", screen(&s, 80, 24));
        }
    }
}

/// Every cell of a frame has a colour of its own, text and background.
fn every_cell_coloured(s: &invisibles::app::State, w: u16, h: u16) -> Result<(), String> {
    let terminal = render(s, w, h);
    let buf = terminal.backend().buffer();
    for y in 0..h {
        for x in 0..w {
            let cell = &buf[(x, y)];
            if cell.fg == ratatui::style::Color::Reset || cell.bg == ratatui::style::Color::Reset {
                return Err(format!("cell {x},{y} `{}` {cell:?}", cell.symbol()));
            }
        }
    }
    Ok(())
}

#[test]
fn every_theme_sets_both_colours_everywhere() {
    use invisibles::ui::theme::Theme;
    for kind in [
        ThemeKind::Auto,
        ThemeKind::Dark,
        ThemeKind::Light,
        ThemeKind::HighContrast,
    ] {
        for style in Theme::of(kind).styles() {
            assert!(
                style.fg.is_some() && style.bg.is_some(),
                "{kind:?}: {style:?}"
            );
        }
        for present in [false, true] {
            for (name, keys) in COMMON_SCREENS {
                let mut s = state(Lang::En);
                common::setup(&mut s, |o| o.theme = kind);
                common::setup(&mut s, |o| o.present = present);
                press(&mut s, keys);
                for (w, h) in [(80, 24), (160, 48)] {
                    if let Err(e) = every_cell_coloured(&s, w, h) {
                        panic!("{kind:?} present={present} {name} {w}x{h}: {e}");
                    }
                }
            }
        }
    }
}

#[test]
fn the_projector_view_takes_any_theme_high_contrast_by_default() {
    use ratatui::style::Color;
    let base_bg = |kind: ThemeKind, present: bool| {
        let mut s = state(Lang::En);
        common::setup(&mut s, |o| o.theme = kind);
        common::setup(&mut s, |o| o.present = present);
        press(&mut s, "<right>");
        let terminal = render(&s, 120, 36);
        let cell = terminal.backend().buffer()[(0, 10)].clone();
        (cell.fg, cell.bg)
    };
    // Light is dark text on white, in either view.
    assert_eq!(
        base_bg(ThemeKind::Light, false),
        (Color::Black, Color::White)
    );
    assert_eq!(
        base_bg(ThemeKind::Light, true),
        (Color::Black, Color::White)
    );
    // None asked for: dark at the desk, high contrast on the projector.
    assert_eq!(base_bg(ThemeKind::Auto, false), (Color::Gray, Color::Black));
    assert_eq!(base_bg(ThemeKind::Auto, true), (Color::White, Color::Black));
    assert_eq!(base_bg(ThemeKind::Dark, true), (Color::Gray, Color::Black));
}

#[test]
fn light_theme_snapshot_with_styles() {
    let mut s = state(Lang::En);
    common::setup(&mut s, |o| o.theme = ThemeKind::Light);
    press(&mut s, "@rider-weekly-pay");
    for (present, w, h) in [(false, 60, 20), (true, 120, 36)] {
        common::setup(&mut s, |o| o.present = present);
        let terminal = render(&s, w, h);
        insta::assert_debug_snapshot!(
            format!("light_statistic_{w}x{h}"),
            terminal.backend().buffer()
        );
    }
}

/// Styles matter here: the selection and the high-contrast theme, snapshot
/// with every cell's colours and modifiers (ratatui's buffer debug form).
#[test]
fn styled_snapshots_of_selection_and_high_contrast() {
    for (name, theme, keys) in [
        ("selection_dark", ThemeKind::Dark, "@take-job <down>"),
        (
            "selection_high_contrast",
            ThemeKind::HighContrast,
            "@take-job <down>",
        ),
        (
            "debate_high_contrast",
            ThemeKind::HighContrast,
            "@debate-icons <down>",
        ),
    ] {
        let mut s = state(Lang::En);
        common::setup(&mut s, |o| o.theme = theme);
        press(&mut s, keys);
        let terminal = render(&s, 60, 20);
        insta::assert_debug_snapshot!(format!("styled_{name}_60x20"), terminal.backend().buffer());
    }
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
