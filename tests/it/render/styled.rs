//! Styled snapshots of every panel kind at 80x24 and 160x48: each row of
//! the screen, then under it the style of each of its cells, named after
//! the theme's styles, so a snapshot shows where the accent, the quiet and
//! the selection fall (and stays readable when a colour value is tuned).

use super::*;
use invisibles::app::State;
use invisibles::ui::theme::{Depth, Theme};
use ratatui::buffer::Buffer;

/// One letter per cell: `A` the accent in bold (headings, figures), `a`
/// the accent (bars, the progress line, keys), `.` text, `T` text in bold
/// (the sentence a screen is about), `d` what recedes,
/// `r` a reference bar, `s` the selection, `n` a notice, `c` the header and
/// status band, ` ` an empty cell on the background, `?` anything else.
fn style_map(buf: &Buffer, theme: &Theme) -> String {
    let mut out = String::new();
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let text: String = (area.left()..area.right())
            .map(|x| buf[(x, y)].symbol())
            .collect();
        let mut map = String::new();
        for x in area.left()..area.right() {
            let cell = &buf[(x, y)];
            let pair = (Some(cell.fg), Some(cell.bg));
            let is = |s: ratatui::style::Style| pair == (s.fg, s.bg);
            let bold = cell.modifier.contains(Modifier::BOLD);
            let letter = if cell.symbol() == " " && Some(cell.bg) == theme.base.bg {
                ' '
            } else if is(theme.selected) {
                's'
            } else if is(theme.chrome) {
                'c'
            } else if is(theme.accent) {
                if bold { 'A' } else { 'a' }
            } else if is(theme.notice) {
                'n'
            } else if is(theme.base) {
                if bold { 'T' } else { '.' }
            } else if is(theme.dim) {
                'd'
            } else if is(theme.bar_ref) {
                'r'
            } else {
                '?'
            };
            map.push(letter);
        }
        out.push_str(text.trim_end());
        out.push('\n');
        out.push_str(map.trim_end());
        out.push('\n');
    }
    out
}

/// The title, the panel kinds and a content notice, each reached by its
/// panel id in the sample.
const KINDS: &[(&str, &str)] = &[
    ("title", ""),
    ("chapter_notice", "@hard-text"),
    ("narration", "@rider-intro"),
    ("testimony", "@rider-voice <right> <right>"),
    ("statistic", "@rider-weekly-pay"),
    ("statistic_bars", "@rider-hourly-pay"),
    ("debate", "@debate-icons <right> <right> <down> <right>"),
    ("choice", "@take-job <down>"),
    ("guess", "@guess-pay <up> <up> <enter>"),
    (
        "recap",
        "@take-job <down> <enter> @guess-pay <up> <up> <enter> <right>",
    ),
];

fn styled(s: &State, w: u16, h: u16) -> String {
    let terminal = render(s, w, h);
    style_map(terminal.backend().buffer(), &Theme::of_view(s.view()))
}

#[test]
fn every_panel_kind_with_its_styles_at_80x24_and_160x48() {
    for (name, keys) in KINDS {
        let mut s = state(Lang::En);
        common::setup(&mut s, |o| o.depth = Depth::TrueColor);
        press(&mut s, keys);
        for (w, h) in [(80, 24), (160, 48)] {
            let map = styled(&s, w, h);
            let stray = map.lines().skip(1).step_by(2).any(|l| l.contains('?'));
            assert!(!stray, "{name} {w}x{h}: a style outside the theme\n{map}");
            insta::assert_snapshot!(format!("styled_{name}_{w}x{h}"), map);
        }
    }
}

/// Light and high contrast place their styles as dark does.
#[test]
fn light_and_high_contrast_place_the_same_styles() {
    for (name, keys) in KINDS {
        let mut s = state(Lang::En);
        press(&mut s, keys);
        let dark = styled(&s, 80, 24);
        for kind in [ThemeKind::Light, ThemeKind::HighContrast] {
            common::setup(&mut s, |o| o.theme = kind);
            assert_eq!(styled(&s, 80, 24), dark, "{name} {kind:?}");
        }
        common::setup(&mut s, |o| o.theme = ThemeKind::Dark);
    }
}
