//! Placing text: a scrolled column with its marks, a big heading, the rest
//! of an area, a centred column.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use tui_big_text::PixelSize;

use super::ctx::Ctx;

/// Draws `lines` in `area` from `scroll`, with a cue when more lies below;
/// returns how far the text can scroll at this size.
pub fn scrolled(ctx: &Ctx, lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) -> u16 {
    let max = (lines.len() as u16).saturating_sub(area.height);
    scrolled_to(ctx, lines, area, buf, max)
}

/// Like [`scrolled`], with the furthest scroll chosen by the view.
pub fn scrolled_to(
    ctx: &Ctx,
    lines: Vec<Line<'static>>,
    area: Rect,
    buf: &mut Buffer,
    max: u16,
) -> u16 {
    let total = lines.len() as u16;
    let max = max.min(total.saturating_sub(area.height));
    let scroll = ctx.view.viewer.scroll().min(max);
    ctx.page.set(area.height);
    ctx.more.set(scroll < max);
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(scroll.into())
        .take(area.height.into())
        .collect();
    Paragraph::new(visible).render(area, buf);
    scroll_marks(ctx, area, scroll > 0, scroll + area.height < total, buf);
    max
}

/// The ↑ and ↓ that say more lies above or below, in the last column of
/// `area`: views wrap their text two columns narrower, so a mark never
/// touches a word.
pub fn scroll_marks(ctx: &Ctx, area: Rect, above: bool, below: bool, buf: &mut Buffer) {
    if area.height == 0 || area.width < 3 {
        return;
    }
    let x = area.right() - 1;
    if below {
        buf.set_string(x, area.bottom() - 1, "↓", ctx.theme.accent);
    }
    if above {
        buf.set_string(x, area.y, "↑", ctx.theme.accent);
    }
}

/// In the projector view, a short heading in big glyphs at the top of `area`.
/// Returns the rows it took (0 when it is not drawn big).
pub fn big_heading(ctx: &Ctx, text: &str, area: Rect, buf: &mut Buffer) -> u16 {
    if !ctx.view.viewer.present() {
        return 0;
    }
    let Some((size, h)) = big_size(text.chars().count(), area, 10) else {
        return 0;
    };
    tui_big_text::BigText::builder()
        .pixel_size(size)
        .style(ctx.theme.heading)
        .lines(vec![text.to_owned().into()])
        .build()
        .render(Rect { height: h, ..area }, buf);
    h + 1
}

/// The rest of `area` below `rows`.
pub fn below(area: Rect, rows: u16) -> Rect {
    let rows = rows.min(area.height);
    Rect::new(area.x, area.y + rows, area.width, area.height - rows)
}

/// A column of at most `width`, centred in `area`.
pub fn column(area: Rect, width: u16) -> Rect {
    let w = area.width.min(width);
    Rect::new(area.x + (area.width - w) / 2, area.y, w, area.height)
}

/// The pixel size at which `chars` glyphs fit in `area` for a heading, with
/// its height: full height (8 rows) where the body keeps 30 rows and more,
/// as a name must read from the back of a room; half height, then quadrants,
/// below that, so the passage under it keeps its room.
fn big_size(chars: usize, area: Rect, rows_left: u16) -> Option<(PixelSize, u16)> {
    const FULL_FROM: u16 = 30;
    let chars = u16::try_from(chars).unwrap_or(u16::MAX);
    let full = (PixelSize::Full, 8, 8, FULL_FROM);
    [
        full,
        (PixelSize::HalfHeight, 8, 4, 0),
        (PixelSize::Quadrant, 4, 4, 0),
    ]
    .into_iter()
    .find(|(_, w, h, from)| {
        chars.saturating_mul(*w) <= area.width
            && h + rows_left <= area.height
            && area.height >= *from
    })
    .map(|(size, _, h, _)| (size, h))
}
