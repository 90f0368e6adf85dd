//! One palette: the terminal themes take their colours from
//! `invisibles::palette`, and each episode's family gives its accent to
//! what shows it.

use invisibles::content::{Family, Lang};
use invisibles::palette::{self, FAMILIES};
use invisibles::ui::theme::{Depth, Theme, ThemeKind};
use ratatui::style::Color;

use crate::common::{press, render, setup, state};

#[test]
fn the_terminal_themes_draw_the_palette_s_values_at_both_depths() {
    for (kind, p) in [
        (ThemeKind::Dark, &palette::DARK),
        (ThemeKind::Light, &palette::LIGHT),
        (ThemeKind::HighContrast, &palette::HIGH_CONTRAST),
    ] {
        for family in FAMILIES {
            let accent = p.accents.of(family);
            let rgb = Theme::of(kind, Depth::TrueColor, family);
            let (r, g, b) = accent.rgb;
            assert_eq!(
                rgb.heading.fg,
                Some(Color::Rgb(r, g, b)),
                "{kind:?} {family:?}"
            );
            assert_eq!(rgb.bar.fg, Some(Color::Rgb(r, g, b)));
            let (r, g, b) = p.bg.rgb;
            assert_eq!(rgb.base.bg, Some(Color::Rgb(r, g, b)));
            let indexed = Theme::of(kind, Depth::Indexed, family);
            assert_eq!(indexed.figure.fg, Some(Color::Indexed(accent.index)));
            assert_eq!(indexed.base.bg, Some(Color::Indexed(p.bg.index)));
            // Hand-picked stand-ins, never the 16 colours a terminal re-colours.
            assert!(accent.index >= 16, "{kind:?} {family:?}");
        }
    }
    // Each family has an accent of its own, in every theme.
    for p in [&palette::DARK, &palette::LIGHT, &palette::HIGH_CONTRAST] {
        let mut accents: Vec<_> = p.accents.all().iter().map(|(_, s)| s.rgb).collect();
        accents.sort_unstable();
        accents.dedup();
        assert_eq!(accents.len(), 5);
    }
}

#[test]
fn no_colour_is_still_no_colour_in_every_family() {
    for family in FAMILIES {
        for depth in [Depth::TrueColor, Depth::Indexed] {
            let mono = Theme::of(ThemeKind::Mono, depth, family);
            // All but the blacked-out screen, which is black by design.
            for style in &mono.styles()[..11] {
                assert_eq!((style.fg, style.bg), (None, None), "{family:?}");
            }
        }
    }
}

#[test]
fn an_episode_s_panels_take_its_family_s_accent() {
    for (keys, family) in [
        ("@rider-intro", Some(Family::Riders)),
        ("@debate-icons", Some(Family::Debate)),
        ("@take-job", None),
    ] {
        let mut s = state(Lang::En);
        setup(&mut s, |o| o.depth = Depth::TrueColor);
        press(&mut s, keys);
        let (r, g, b) = palette::DARK.accents.of(family).rgb;
        let terminal = render(&s, 80, 24);
        let buf = terminal.backend().buffer();
        // The progress line at the foot is drawn in the accent.
        let progress = (0..80).any(|x| {
            let cell = &buf[(x, 22)];
            cell.symbol() == "━" && cell.fg == Color::Rgb(r, g, b)
        });
        assert!(progress, "{keys}: no progress line in {family:?}'s accent");
        // And nothing on screen uses another family's accent.
        for other in FAMILIES.into_iter().filter(|f| *f != family) {
            let (r, g, b) = palette::DARK.accents.of(other).rgb;
            let theirs = buf.content().iter().any(|c| c.fg == Color::Rgb(r, g, b));
            assert!(!theirs, "{keys} shows {other:?}'s accent");
        }
    }
}
