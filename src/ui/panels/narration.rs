//! Narration: a heading and the narrator's text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::content::model::Narration;
use crate::ui::ctx::{Ctx, READING_WIDTH};
use crate::ui::layout::{below, big_heading, column, scrolled};
use crate::ui::text;

pub fn render(ctx: &Ctx, p: &Narration, area: Rect, buf: &mut Buffer) -> u16 {
    let area = column(area, READING_WIDTH);
    let width = area.width.saturating_sub(2);
    let big = big_heading(ctx, p.heading.get(ctx.lang), area, buf);
    let mut lines = Vec::new();
    if big == 0 {
        lines.extend(text::wrap(
            p.heading.get(ctx.lang),
            width,
            ctx.theme.heading,
        ));
        lines.push(Line::default());
    }
    lines.extend(text::wrap(p.body.get(ctx.lang), width, ctx.theme.base));
    scrolled(ctx, lines, below(area, big), buf)
}
