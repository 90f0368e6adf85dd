//! Narration: a heading and the narrator's text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::content::model::Narration;
use crate::ui::{Ctx, READING_WIDTH, column, scrolled, text};

pub fn render(ctx: &Ctx, p: &Narration, area: Rect, buf: &mut Buffer) -> u16 {
    let area = column(area, READING_WIDTH);
    let width = area.width.saturating_sub(2);
    let mut lines = text::wrap(p.heading.get(ctx.lang), width, ctx.theme.heading);
    lines.push(Line::default());
    lines.extend(text::wrap(p.body.get(ctx.lang), width, ctx.theme.base));
    scrolled(ctx, lines, area, buf)
}
