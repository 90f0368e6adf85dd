//! The end screen with the credits, the session's last card, and the
//! size of big glyphs that fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::text;
use crate::ui::ctx::{Ctx, READING_WIDTH};
use crate::ui::layout::column;

pub fn end(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let doc = &ctx.view.doc;
    let area = column(area, READING_WIDTH);
    let mut lines = vec![
        Line::styled(crate::words::of(ctx.lang).ui_the_end, ctx.theme.heading),
        Line::default(),
    ];
    lines.extend(text::wrap(
        doc.manifest.title.get(ctx.lang),
        area.width,
        ctx.theme.accent,
    ));
    lines.push(Line::default());
    // Each credit its own block, apart from the next when there is room.
    let credits: Vec<Vec<Line>> = doc
        .manifest
        .credits
        .iter()
        .map(|c| text::wrap_balanced(c.get(ctx.lang), area.width, ctx.theme.base))
        .collect();
    let rows: usize = credits.iter().map(Vec::len).sum::<usize>() + lines.len() + 2;
    let apart = rows + credits.len() <= usize::from(area.height);
    for (k, credit) in credits.into_iter().enumerate() {
        if apart && k > 0 {
            lines.push(Line::default());
        }
        lines.extend(credit);
    }
    if !ctx.view.viewer.present() {
        // The room reads the credits, not the keys.
        lines.push(Line::default());
        lines.push(Line::styled(
            crate::keymap::fill(
                crate::words::of(ctx.lang).ui_back_t_contents_q_quit,
                crate::keymap::Mode::Play,
                ctx.lang,
            ),
            ctx.theme.dim,
        ));
    }
    let h = lines.len() as u16;
    let y = area.y + area.height.saturating_sub(h) / 2;
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .render(Rect::new(area.x, y, area.width, area.bottom() - y), buf);
}

/// The facilitator ended the session: a last card, centred, with where
/// the handout is if they said.
pub fn ended(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let web = crate::words::web(ctx.lang);
    let width = area
        .width
        .saturating_sub(4)
        .min(crate::ui::ctx::READING_WIDTH);
    let title = ctx.view.doc.manifest.title.get(ctx.lang);
    let mut lines = super::text::wrap(title, width, ctx.theme.heading);
    lines.push(Line::default());
    lines.extend(super::text::wrap(web.ended, width, ctx.theme.base));
    if let Some(at) = ctx.view.room.handout() {
        lines.push(Line::default());
        let said = (web.handout_at)(at);
        lines.extend(super::text::wrap(&said, width, ctx.theme.accent));
    }
    let h = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    let at = Rect {
        x: area.x.saturating_add(area.width.saturating_sub(width) / 2),
        y: area.y.saturating_add(area.height.saturating_sub(h) / 2),
        width,
        height: h,
    };
    Paragraph::new(lines).centered().render(at, buf);
}
