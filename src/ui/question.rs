//! A question from the room, put on the screen by the facilitator over the
//! panel (the panel stays underneath for when it is answered).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Widget};

use super::{Ctx, overlay, text};
use crate::app::Question;

pub fn render(ctx: &Ctx, q: &Question, area: Rect, buf: &mut Buffer) {
    let width = area.width.saturating_sub(8).min(super::READING_WIDTH);
    let inner_width = width.saturating_sub(4);
    let mut lines = text::wrap(&q.text, inner_width, ctx.theme.heading);
    lines.push(ratatui::text::Line::default());
    lines.push(ratatui::text::Line::styled(
        format!("— {}", q.from),
        ctx.theme.dim,
    ));
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let title = ctx.tr("A question from the room", "Une question de la salle");
    let (rect, block) = overlay::open(ctx, area, width, height, title, buf);
    let inner = block.inner(rect).inner(ratatui::layout::Margin::new(1, 0));
    block.render(rect, buf);
    Paragraph::new(lines).render(inner, buf);
}
