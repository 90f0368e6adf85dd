//! A question from the room, put on the screen by the facilitator over the
//! panel (the panel stays underneath for when it is answered).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Widget};

use super::{overlay, text};
use crate::app::{Invitation, Question};
use crate::ui::ctx::Ctx;

pub fn render(ctx: &Ctx, q: &Question, area: Rect, buf: &mut Buffer) {
    let width = area
        .width
        .saturating_sub(8)
        .min(crate::ui::ctx::READING_WIDTH);
    let inner_width = width.saturating_sub(4);
    let mut lines = text::wrap(&q.text, inner_width, ctx.theme.strong);
    lines.push(ratatui::text::Line::default());
    lines.push(ratatui::text::Line::styled(
        format!("— {}", q.asker(ctx.lang)),
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
    let words = crate::words::of(ctx.lang);
    let mut rows = vec![
        (words.room_type, &inv.command),
        (words.room_password, &inv.code),
        (words.room_host_key, &inv.fingerprint),
    ];
    if let Some(url) = &inv.web {
        rows.insert(0, (crate::words::web(ctx.lang).phone_label, url));
    }
    let mut lines: Vec<Line> = rows
        .iter()
        .map(|(label, value)| {
            Line::from(vec![
                Span::styled(format!("{label:<18}"), ctx.theme.dim),
                Span::styled((*value).clone(), ctx.theme.heading),
            ])
        })
        .collect();
    let width = area
        .width
        .saturating_sub(8)
        .min(crate::ui::ctx::READING_WIDTH);
    // The QR code when the screen has room for it under the lines.
    let mono = ctx.theme.base.fg.is_none();
    let code = inv
        .web
        .as_deref()
        .and_then(|url| super::qr::lines(url, mono));
    let fits = |code: &Vec<Line>| {
        let h = u16::try_from(code.len().saturating_add(rows.len()).saturating_add(3))
            .unwrap_or(u16::MAX);
        let w = u16::try_from(code.first().map_or(0, Line::width)).unwrap_or(u16::MAX);
        h <= area.height.saturating_sub(2) && w.saturating_add(4) <= width
    };
    if let Some(code) = code.filter(fits) {
        lines.push(Line::default());
        lines.extend(code.into_iter().map(Line::centered));
    }
    let title = words.room_follow_on_your_own_terminal;
    let h = u16::try_from(lines.len().saturating_add(2)).unwrap_or(u16::MAX);
    let (rect, block) = overlay::open(ctx, area, width, h, title, buf);
    let inner = block.inner(rect).inner(ratatui::layout::Margin::new(1, 0));
    block.render(rect, buf);
    Paragraph::new(lines).render(inner, buf);
}
