//! Contrast: every foreground/background pair a theme uses, measured as
//! WCAG 2 defines it (relative luminance, (L1 + 0.05) / (L2 + 0.05)), in
//! every family's accent and at both colour depths (true colour, and the
//! 256 indexed colours measured in xterm's table).
//!
//! At least 4.5:1 (WCAG AA for body text) in the dark and light themes,
//! 7:1 (AAA) in high contrast, which projectors wash out. Every style is
//! held to the text ratio, bars included: the bar styles also draw the
//! figures written beside the bars. Named ANSI colours are measured in
//! xterm's default palette, since a terminal may re-colour them; that is
//! why the greys that must hold their contrast are from the 256-colour
//! ramp, which terminals leave alone.

use crate::common::{self, SCREENS, press, render, state};
use invisibles::content::Family;
use invisibles::content::Lang;
use invisibles::palette::FAMILIES;
use invisibles::ui::theme::{Depth, Theme, ThemeKind};
use ratatui::style::{Color, Modifier};

/// The three coloured themes and the ratio each must reach (no-colour has
/// no colours to measure: the terminal's own pair).
const THEMES: [(ThemeKind, f64); 3] = [
    (ThemeKind::Dark, 4.5),
    (ThemeKind::Light, 4.5),
    (ThemeKind::HighContrast, 7.0),
];

/// xterm's default values of the 16 named colours, in ANSI order.
const XTERM_16: [(u8, u8, u8); 16] = [
    (0x00, 0x00, 0x00),
    (0xcd, 0x00, 0x00),
    (0x00, 0xcd, 0x00),
    (0xcd, 0xcd, 0x00),
    (0x00, 0x00, 0xee),
    (0xcd, 0x00, 0xcd),
    (0x00, 0xcd, 0xcd),
    (0xe5, 0xe5, 0xe5),
    (0x7f, 0x7f, 0x7f),
    (0xff, 0x00, 0x00),
    (0x00, 0xff, 0x00),
    (0xff, 0xff, 0x00),
    (0x5c, 0x5c, 0xff),
    (0xff, 0x00, 0xff),
    (0x00, 0xff, 0xff),
    (0xff, 0xff, 0xff),
];

/// The sRGB value a terminal shows for `c`: named colours and indices 0–15
/// from xterm's defaults, 16–231 the 6×6×6 cube, 232–255 the grey ramp.
fn srgb(c: Color) -> (u8, u8, u8) {
    let named = |i: usize| XTERM_16[i];
    match c {
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i @ 0..=15) => named(usize::from(i)),
        Color::Indexed(i @ 16..=231) => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            let i = i - 16;
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        Color::Indexed(i) => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
        Color::Black => named(0),
        Color::Red => named(1),
        Color::Green => named(2),
        Color::Yellow => named(3),
        Color::Blue => named(4),
        Color::Magenta => named(5),
        Color::Cyan => named(6),
        Color::Gray => named(7),
        Color::DarkGray => named(8),
        Color::LightRed => named(9),
        Color::LightGreen => named(10),
        Color::LightYellow => named(11),
        Color::LightBlue => named(12),
        Color::LightMagenta => named(13),
        Color::LightCyan => named(14),
        Color::White => named(15),
        Color::Reset => panic!("a coloured theme left a colour to the terminal"),
    }
}

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance(c: Color) -> f64 {
    let (r, g, b) = srgb(c);
    let linear = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG 2 contrast ratio of two colours, 1 to 21.
fn contrast(a: Color, b: Color) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_formula_gives_wcag_s_reference_values() {
    assert!((contrast(Color::Black, Color::White) - 21.0).abs() < 1e-9);
    assert!((contrast(Color::White, Color::White) - 1.0).abs() < 1e-9);
    // #767676 on white is the classic lightest grey that passes AA.
    let grey = contrast(Color::Rgb(0x76, 0x76, 0x76), Color::White);
    assert!((4.5..4.6).contains(&grey), "{grey}");
    // The ramp and the cube land where xterm puts them.
    assert_eq!(srgb(Color::Indexed(242)), (0x6c, 0x6c, 0x6c));
    assert_eq!(srgb(Color::Indexed(196)), (0xff, 0x00, 0x00));
    assert_eq!(srgb(Color::Indexed(16)), (0x00, 0x00, 0x00));
}

/// Every theme in every family and both depths, with its bar.
fn every_theme() -> Vec<(ThemeKind, Depth, Option<Family>, f64)> {
    let mut out = Vec::new();
    for (kind, least) in THEMES {
        for depth in [Depth::TrueColor, Depth::Indexed] {
            for family in FAMILIES {
                out.push((kind, depth, family, least));
            }
        }
    }
    out
}

#[test]
fn every_style_of_every_theme_reads_against_its_background() {
    let mut failures = Vec::new();
    let themes = every_theme();
    assert_eq!(themes.len(), 3 * 2 * 5);
    for (kind, depth, family, least) in themes {
        let theme = Theme::of(kind, depth, family);
        for (name, style) in Theme::STYLE_NAMES.iter().zip(theme.styles()) {
            let (Some(fg), Some(bg)) = (style.fg, style.bg) else {
                failures.push(format!(
                    "{kind:?} {depth:?} {family:?} {name}: {style:?} sets no pair"
                ));
                continue;
            };
            let ratio = contrast(fg, bg);
            if ratio < least {
                failures.push(format!(
                    "{kind:?} {depth:?} {family:?} {name}: {fg:?} on {bg:?} is {ratio:.2}:1, under {least}:1"
                ));
            }
        }
        // The accent is the selection's background: the text on it reads too,
        // and the selection differs from plain text by more than its colour.
        assert!(theme.selected.add_modifier.contains(Modifier::BOLD));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The palette's own pairs, as the phones' page and the handout use them:
/// text, what recedes, notices, references and each accent on the page's
/// background; text on the raised band; the background on an accent
/// (buttons); the handout's ink and accents on white paper.
#[test]
fn the_palette_reads_on_the_web_page_and_the_handout() {
    use invisibles::palette::{self, Palette, Swatch};
    let rgb = |s: Swatch| Color::Rgb(s.rgb.0, s.rgb.1, s.rgb.2);
    let mut failures = Vec::new();
    let mut check = |what: String, fg: Swatch, bg: Swatch, least: f64| {
        for (depth, (f, b)) in [
            ("rgb", (rgb(fg), rgb(bg))),
            ("256", (Color::Indexed(fg.index), Color::Indexed(bg.index))),
        ] {
            let ratio = contrast(f, b);
            if ratio < least {
                failures.push(format!("{what} ({depth}): {ratio:.2}:1, under {least}:1"));
            }
        }
    };
    let themes: [(&str, &Palette, f64); 3] = [
        ("dark", &palette::DARK, 4.5),
        ("light", &palette::LIGHT, 4.5),
        ("high contrast", &palette::HIGH_CONTRAST, 7.0),
    ];
    for (name, p, least) in themes {
        for (what, fg) in [
            ("text", p.text),
            ("dim", p.dim),
            ("notice", p.notice),
            ("reference", p.reference),
        ] {
            check(format!("{name} {what}"), fg, p.bg, least);
        }
        check(format!("{name} band"), p.on_surface, p.surface, least);
        for (family, accent) in p.accents.all() {
            check(format!("{name} {family:?} accent"), accent, p.bg, least);
            check(format!("{name} {family:?} button"), p.bg, accent, least);
        }
    }
    let ink = &palette::LIGHT;
    check("handout text".into(), ink.text, palette::PRINT_BG, 7.0);
    check("handout source".into(), ink.dim, palette::PRINT_BG, 4.5);
    for (family, accent) in ink.accents.all() {
        check(
            format!("handout {family:?} heading"),
            accent,
            palette::PRINT_BG,
            4.5,
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The pairs as drawn, not only as declared: every cell holding a letter or
/// a digit, on every common screen, in both views and both depths, meets
/// its theme's ratio (the projector's default, high contrast, 7:1).
#[test]
fn every_letter_on_screen_meets_its_theme_s_ratio() {
    let mut failures = std::collections::BTreeSet::new();
    let mut themes = THEMES.to_vec();
    themes.push((ThemeKind::Auto, 4.5));
    for (kind, least) in themes {
        for depth in [Depth::TrueColor, Depth::Indexed] {
            for present in [false, true] {
                let least = if kind == ThemeKind::Auto && present {
                    7.0
                } else {
                    least
                };
                for (name, keys) in SCREENS {
                    let mut s = state(Lang::En);
                    common::setup(&mut s, |o| {
                        o.theme = kind;
                        o.depth = depth;
                        o.present = present;
                    });
                    press(&mut s, keys);
                    let terminal = render(&s, 120, 40);
                    let buf = terminal.backend().buffer();
                    for cell in buf.content() {
                        if !cell.symbol().chars().any(char::is_alphanumeric) {
                            continue;
                        }
                        let ratio = contrast(cell.fg, cell.bg);
                        if ratio < least {
                            failures.insert(format!(
                                "{kind:?} {depth:?} present={present} {name}: {:?} on {:?} is {ratio:.2}:1",
                                cell.fg, cell.bg
                            ));
                        }
                    }
                }
            }
        }
    }
    let failures: Vec<_> = failures.into_iter().collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
