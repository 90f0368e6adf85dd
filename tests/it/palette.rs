//! One palette everywhere: the terminal themes, the phones' stylesheet and
//! the handout take their colours from `invisibles::palette`, and each
//! episode's family gives its accent to what shows it.

use invisibles::content::{Family, Lang};
use invisibles::palette::{self, FAMILIES, Palette, css_class};
use invisibles::publish::export;
use invisibles::ui::theme::{Depth, Theme, ThemeKind};
use ratatui::style::Color;

use crate::common::{self, press, render, setup, state};

/// Every `#hex` colour written in `css`, lower-cased.
fn hex_colours(css: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in css.match_indices('#') {
        let hex: String = css[i + 1..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect();
        if hex.len() == 6 || hex.len() == 3 {
            out.push(format!("#{}", hex.to_ascii_lowercase()));
        }
    }
    out
}

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
    // Every stand-in is from the cube or the grey ramp (never one of the 16
    // colours a terminal re-colours) and near its true value: a typo in an
    // index shows here.
    for hex in all_swatches() {
        let (r, g, b) = xterm(hex.index);
        let far = [(r, hex.rgb.0), (g, hex.rgb.1), (b, hex.rgb.2)]
            .iter()
            .map(|(a, b)| a.abs_diff(*b))
            .max()
            .unwrap_or(0);
        assert!(
            hex.index >= 16 && far <= 64,
            "{hex:?} is {far} away from its stand-in"
        );
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

#[test]
fn the_phones_stylesheet_is_the_palette() {
    let file = std::fs::read_to_string("src/web/assets/app.css").unwrap_or_default();
    assert!(file.contains("var(--accent)"));
    // The page's own rules name no colour: every one is a palette property.
    assert_eq!(hex_colours(&file), Vec::<String>::new());
    assert!(!file.contains("rgb("), "{file}");
    let root = invisibles::palette_css::web_root();
    let (light, dark) = root
        .split_once("@media (prefers-color-scheme: dark)")
        .unwrap_or_default();
    for (part, p) in [(light, &palette::LIGHT), (dark, &palette::DARK)] {
        let has = |prop: &str, hex: String| part.contains(&format!("{prop}:{hex};"));
        assert!(has("--bg", p.bg.hex()), "{part}");
        assert!(has("--fg", p.text.hex()), "{part}");
        assert!(has("--muted", p.dim.hex()), "{part}");
        for (family, accent) in p.accents.all() {
            let rule = format!(".{}{{--accent:{};}}", css_class(family), accent.hex());
            assert!(part.contains(&rule), "{rule} not in {part}");
        }
    }
    // Only the palette's colours, nothing picked on the side.
    let known = all_hex();
    for hex in hex_colours(&root) {
        assert!(known.contains(&hex), "{hex} is not in the palette");
    }
}

/// xterm's value of an index of the cube (16–231) or the grey ramp (232–255).
fn xterm(i: u8) -> (u8, u8, u8) {
    match i {
        16..=231 => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            let i = i - 16;
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        232..=255 => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
        _ => (0, 0, 0),
    }
}

fn all_swatches() -> Vec<palette::Swatch> {
    let mut out = vec![palette::PRINT_BG, palette::BLACKOUT];
    let themes: [&Palette; 3] = [&palette::DARK, &palette::LIGHT, &palette::HIGH_CONTRAST];
    for p in themes {
        out.extend([
            p.bg,
            p.surface,
            p.on_surface,
            p.text,
            p.dim,
            p.notice,
            p.reference,
        ]);
        out.extend(p.accents.all().iter().map(|(_, s)| *s));
    }
    out
}

fn all_hex() -> Vec<String> {
    all_swatches().into_iter().map(|s| s.hex()).collect()
}

#[test]
fn the_handout_prints_ink_on_white_with_each_episode_s_accent_on_its_headings() {
    let html = export::html(&common::sample(), Lang::En, None);
    assert!(html.contains(&format!("--paper:{}", palette::PRINT_BG.hex())));
    assert!(html.contains(&format!("--ink:{}", palette::LIGHT.text.hex())));
    assert!(html.contains(r#"<h2 class="f-riders">Episode 1 — Delivering the city</h2>"#));
    assert!(html.contains(r#"<h2 class="f-debate">"#), "{html}");
    let riders = palette::LIGHT.accents.riders.hex();
    assert!(html.contains(&format!(".f-riders{{--accent:{riders};}}")));
    let known = all_hex();
    for hex in hex_colours(&html) {
        assert!(known.contains(&hex), "{hex} is not in the palette");
    }
}
