//! Styles, where text snapshots cannot see them: the selection without
//! colour, every theme setting both colours, styled buffer snapshots.

use super::*;

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
/// Every panel kind with its styles (ratatui's buffer debug form) in the
/// dark theme, at 80x24 and 160x48: where each block sits, and in which style
/// each part of it is drawn (read passages dim, the newest in the body's).
#[test]
fn styled_snapshots_of_every_panel_kind() {
    for (name, keys) in [
        ("title", ""),
        ("narration", "@rider-intro"),
        ("testimony", "@rider-voice <right> <right>"),
        ("statistic", "@rider-hourly-pay"),
        ("debate", "@debate-icons <right> <right> <down> <right>"),
        ("choice", "@take-job <down>"),
        ("guess", "@guess-pay <up> <up>"),
        (
            "recap",
            "@take-job <down> <enter> @guess-pay <up> <up> <enter> <right>",
        ),
        ("chapter_notice", "@hard-text"),
    ] {
        let mut s = state(Lang::En);
        common::setup(&mut s, |o| o.theme = ThemeKind::Dark);
        press(&mut s, keys);
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = render(&s, w, h);
            insta::assert_debug_snapshot!(
                format!("styled_{name}_{w}x{h}"),
                terminal.backend().buffer()
            );
        }
    }
}
