//! Reading a testimony: passages already read recede, the newest stands out,
//! and no background sets a passage apart, in every theme and without colour;
//! the projector shows the newest alone.

use super::*;
use invisibles::ui::theme::Theme;
use ratatui::buffer::Buffer;

/// The row holding `text`, and the column it starts at.
fn find(buf: &Buffer, text: &str) -> Option<(u16, u16)> {
    let area = buf.area;
    (area.top()..area.bottom()).find_map(|y| {
        let row: String = (area.left()..area.right())
            .map(|x| buf[(x, y)].symbol())
            .collect();
        let at = row.find(text)?;
        Some((u16::try_from(row[..at].chars().count()).ok()?, y))
    })
}

#[test]
fn read_passages_recede_and_the_newest_stands_out_in_every_theme() {
    for kind in [
        ThemeKind::Dark,
        ThemeKind::Light,
        ThemeKind::HighContrast,
        ThemeKind::Mono,
    ] {
        for (present, w, h) in [(false, 80, 24), (true, 120, 36)] {
            let mut s = state(Lang::En);
            common::setup(&mut s, |o| o.theme = kind);
            common::setup(&mut s, |o| o.present = present);
            press(&mut s, "@rider-voice <right> <right>");
            let theme = Theme::of_view(s.view());
            let terminal = render(&s, w, h);
            let buf = terminal.backend().buffer();
            let case = format!("{kind:?} present={present}");
            if present {
                // The projector shows the passage being read, alone.
                assert_eq!(find(buf, "He rides long weeks"), None, "{case}");
                let Some((x, y)) = find(buf, "With no order") else {
                    panic!("{case}: newest not on screen:\n{}", screen(&s, w, h));
                };
                assert_eq!(buf[(x - 2, y)].symbol(), "┃", "{case}");
                assert_eq!(buf[(x, y)].fg, theme.base.fg.unwrap_or_default(), "{case}");
                continue;
            }
            let (Some(read), Some(newest)) =
                (find(buf, "He rides long weeks"), find(buf, "With no order"))
            else {
                panic!("{case}: passages not on screen:\n{}", screen(&s, w, h));
            };
            for ((x, y), rule, style) in [(read, "│", theme.dim), (newest, "┃", theme.base)] {
                assert_eq!(buf[(x - 2, y)].symbol(), rule, "{case}: rule at {y}");
                let cell = &buf[(x, y)];
                assert_eq!(cell.fg, style.fg.unwrap_or_default(), "{case}: row {y}");
                assert!(
                    cell.modifier.contains(style.add_modifier),
                    "{case}: row {y}"
                );
                // No box: every cell of the passage's row has the page's own background.
                for cx in 0..w {
                    let bg = buf[(cx, y)].bg;
                    assert_eq!(bg, theme.base.bg.unwrap_or_default(), "{case}: {cx},{y}");
                }
            }
            // Without colour the difference is still there: dim against plain.
            let (read_cell, newest_cell) = (&buf[read], &buf[newest]);
            assert!(
                read_cell.fg != newest_cell.fg
                    || read_cell.modifier.contains(Modifier::DIM)
                        && !newest_cell.modifier.contains(Modifier::DIM),
                "{case}: read and newest passages look alike"
            );
        }
    }
}
