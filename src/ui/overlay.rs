//! The frame every overlay shares: a centred, cleared, bordered box.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, BorderType, Clear, Padding, Widget};

use crate::ui::ctx::Ctx;

/// A centred overlay box, at most `w` by `h`.
pub fn overlay_box(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width.saturating_sub(4)).max(area.width.min(20));
    let h = h.min(area.height).max(area.height.min(5));
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Clears a box of at most `w` by `h` in `area` and returns it with its titled
/// frame, not yet drawn (a caller may add to it).
pub fn open(
    ctx: &Ctx,
    area: Rect,
    w: u16,
    h: u16,
    title: &str,
    buf: &mut Buffer,
) -> (Rect, Block<'static>) {
    let rect = overlay_box(area, w, h);
    (rect, frame(ctx, rect, title, ctx.theme.accent, buf))
}

/// Clears `rect` and returns its rounded, titled frame in `border`.
pub fn frame(
    ctx: &Ctx,
    rect: Rect,
    title: &str,
    border: Style,
    buf: &mut Buffer,
) -> Block<'static> {
    Clear.render(rect, buf);
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(border)
        .style(ctx.theme.base)
        // A column of air inside the border: text never touches it.
        .padding(Padding::horizontal(1))
        .title(format!(" {title} "))
}

/// An overlay's title naming its keys, filled from `mode`'s keymap.
pub fn keyed_title(ctx: &Ctx, sentence: &str, mode: crate::keymap::Mode) -> String {
    crate::keymap::fill(sentence, mode, ctx.lang)
}
