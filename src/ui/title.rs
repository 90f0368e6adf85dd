//! The title screen, composed as a film's opening: the documentary's name
//! in large, light type, its subtitle, the episodes as an aligned list with
//! their length, and the way in; one block on the screen's optical centre.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};
use unicode_width::UnicodeWidthStr;

use super::text;
use crate::ui::ctx::{Ctx, READING_WIDTH};
use crate::ui::layout::column;

/// Big glyphs (half-height, lighter than full blocks) only in a body this
/// large, a screen of about 120x36 in either view: below it the name is set
/// in spaced capitals, which keep the rows for the list.
const BIG_FROM: (u16, u16) = (90, 28);
/// Full-height glyphs from this many rows of body (a screen of about
/// 120x40): the name fills the rows the list leaves free.
const FULL_FROM: u16 = 34;
/// Columns between the list's number, title and length.
const GAP: &str = "   ";

/// The title screen's art: the documentary's own title, its lead (before a
/// dash or colon) in capitals; empty when the big font lacks one of its
/// letters. The rest of the title (after the dash) is returned beside it.
pub fn title_art(title: &str) -> (String, String) {
    let title = text::clean(title);
    let split = [" – ", " — ", ": "]
        .iter()
        .filter_map(|sep| title.split_once(sep))
        .min_by_key(|(lead, _)| lead.len());
    let (lead, rest) = split.unwrap_or((&title, ""));
    let art = lead.trim().to_uppercase();
    if art.chars().all(|c| c.is_ascii_graphic() || c == ' ') {
        (art, rest.trim().to_owned())
    } else {
        (String::new(), String::new())
    }
}

/// `word` with a space between its letters (three between its words):
/// capitals set as a title, light where big glyphs would be heavy.
pub fn spaced(word: &str) -> String {
    word.split(' ')
        .map(|w| w.chars().map(String::from).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("   ")
}

pub fn title(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let doc = &ctx.view.doc;
    let lang = ctx.lang;
    let body = area;
    let wide = column(area, 100);
    let area = column(area, READING_WIDTH);
    let full = doc.manifest.title.get(lang);
    let (art, rest) = title_art(full);
    // The name: big glyphs on a large screen, else spaced capitals, else
    // (a script the font lacks) the title as it is written.
    let big = !art.is_empty()
        && body.width >= BIG_FROM.0
        && body.height >= BIG_FROM.1
        && u16::try_from(art.chars().count()).is_ok_and(|n| n.saturating_mul(8) <= wide.width);
    let mut lines = Vec::new();
    let heading = ctx.theme.heading.add_modifier(Modifier::BOLD);
    if art.is_empty() {
        lines.extend(text::wrap_balanced(full, area.width, heading));
    } else if !big {
        let name = spaced(&art);
        if name.width() <= usize::from(area.width) {
            lines.push(Line::styled(name, heading));
        } else {
            lines.extend(text::wrap_balanced(&art, area.width, heading));
        }
    }
    if !rest.is_empty() {
        lines.extend(text::wrap_balanced(&rest, area.width, ctx.theme.heading));
    }
    lines.push(Line::styled("─".repeat(8), ctx.theme.dim));
    lines.push(Line::default());
    lines.extend(text::wrap_balanced(
        doc.manifest.subtitle.get(lang),
        area.width,
        ctx.theme.base,
    ));
    lines.push(Line::default());
    let list = episode_list(ctx, area.width);
    let list_w = list.iter().map(Line::width).max().unwrap_or(0);
    // The list is one block, centred as a whole, so its columns align.
    lines.extend(list.into_iter().map(|mut l| {
        let pad = list_w.saturating_sub(l.width());
        l.spans.push(Span::raw(" ".repeat(pad)));
        l
    }));
    let begin = crate::words::of(lang).ui_or_enter_to_begin_t;
    if let Some(hint) = ctx.room_keys(begin, crate::keymap::Mode::Play) {
        lines.push(Line::default());
        lines.push(Line::styled(hint, ctx.theme.accent));
    }
    let (size, glyph_h) = if body.height >= FULL_FROM {
        (PixelSize::Full, 8)
    } else {
        (PixelSize::HalfHeight, 4)
    };
    let art_h = if big { glyph_h + 1 } else { 0 };
    let text_h = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let free = area.height.saturating_sub(art_h + text_h);
    let top = area.y + free * 2 / 5;
    if big {
        BigText::builder()
            .pixel_size(size)
            .style(heading)
            .lines(vec![art.into()])
            .centered()
            .build()
            .render(Rect::new(wide.x, top, wide.width, glyph_h), buf);
    }
    let y = top + art_h;
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .render(Rect::new(area.x, y, area.width, area.bottom() - y), buf);
}

/// The episodes, one a line: the number that jumps to it, its title, its
/// length; the length left out when the three do not fit in `width`.
fn episode_list(ctx: &Ctx, width: u16) -> Vec<Line<'static>> {
    let doc = &ctx.view.doc;
    let words = crate::words::of(ctx.lang);
    let rows: Vec<(String, String, String)> = (doc.episodes.iter().enumerate())
        .map(|(i, ep)| {
            let minutes = crate::app::episode_minutes(doc, i, ctx.lang);
            let length = format!(
                "{} · {}",
                (words.card_chapters)(ep.chapters.len()),
                (words.card_reading)(minutes)
            );
            (
                format!("{:>2}", i + 1),
                text::clean(ep.title.get(ctx.lang)),
                length,
            )
        })
        .collect();
    let widest = |f: fn(&(String, String, String)) -> &String| {
        rows.iter().map(|r| f(r).width()).max().unwrap_or(0)
    };
    let (title_w, length_w) = (widest(|r| &r.1), widest(|r| &r.2));
    let with_length = 2 + GAP.len() + title_w + GAP.len() + length_w <= usize::from(width);
    // Regular weight: the name and the subtitle lead, the list follows.
    let title_style = ctx.theme.base;
    rows.into_iter()
        .map(|(n, title, length)| {
            let mut spans = vec![
                Span::styled(n, ctx.theme.accent.add_modifier(Modifier::BOLD)),
                Span::raw(GAP),
            ];
            if with_length {
                // Both columns flush left; the lengths padded so the block
                // stays one width.
                let pad = title_w - title.width() + GAP.len();
                let after = length_w - length.width();
                spans.push(Span::styled(title, title_style));
                spans.push(Span::raw(" ".repeat(pad)));
                spans.push(Span::styled(length, ctx.theme.dim));
                spans.push(Span::raw(" ".repeat(after)));
            } else {
                let cut = super::chrome::cut(&title, usize::from(width).saturating_sub(5));
                let title = if title.width() + 5 <= usize::from(width) {
                    title
                } else {
                    cut
                };
                spans.push(Span::styled(title, title_style));
            }
            Line::from(spans)
        })
        .collect()
}
