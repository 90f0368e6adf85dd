//! A question from the room, put on the screen by the facilitator over the
//! panel (the panel stays underneath for when it is answered).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Widget};

use super::{Ctx, overlay, text};
use crate::app::{Invitation, Question};

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
    let title = crate::words::of(ctx.lang).room_a_question_from_the_room;
    let (rect, block) = overlay::open(ctx, area, width, height, title, buf);
    let inner = block.inner(rect).inner(ratatui::layout::Margin::new(1, 0));
    block.render(rect, buf);
    Paragraph::new(lines).render(inner, buf);
}

/// How to join over SSH, on the projector: the line to type, the code, the key.
pub fn invitation(ctx: &Ctx, inv: &Invitation, area: Rect, buf: &mut Buffer) {
    use ratatui::text::{Line, Span};
    let rows = [
        (crate::words::of(ctx.lang).room_type, &inv.command),
        (crate::words::of(ctx.lang).room_password, &inv.code),
        (crate::words::of(ctx.lang).room_host_key, &inv.fingerprint),
    ];
    let lines: Vec<Line> = rows
        .iter()
        .map(|(label, value)| {
            Line::from(vec![
                Span::styled(format!("{label:<14}"), ctx.theme.dim),
                Span::styled((*value).clone(), ctx.theme.heading),
            ])
        })
        .collect();
    let title = crate::words::of(ctx.lang).room_follow_on_your_own_terminal;
    let width = area.width.saturating_sub(8).min(super::READING_WIDTH);
    let (rect, block) = overlay::open(ctx, area, width, 5, title, buf);
    let inner = block.inner(rect).inner(ratatui::layout::Margin::new(1, 0));
    block.render(rect, buf);
    Paragraph::new(lines).render(inner, buf);
}
