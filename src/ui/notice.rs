//! The content notice shown before a chapter or panel that describes violence:
//! the viewer chooses to see it or to skip it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

use super::text;
use crate::app::Gate;
use crate::ui::ctx::Ctx;
use crate::ui::layout::column;

pub fn render(ctx: &Ctx, gate: Gate, area: Rect, buf: &mut Buffer) {
    let Some(slot) = ctx.view.slot() else {
        return;
    };
    let doc = &ctx.view.doc;
    let notice = match gate {
        Gate::Chapter => doc.chapter(slot).notice.as_ref(),
        Gate::Panel => doc.panel(slot).notice(),
        // The title card has a view of its own.
        Gate::Episode => None,
    };
    let Some(notice) = notice else {
        return;
    };
    let outer = column(area, 64);
    let inner_w = outer.width.saturating_sub(4);
    let mut lines = vec![
        Line::styled(
            crate::words::of(ctx.lang).ui_content_notice,
            ctx.theme.notice,
        ),
        Line::default(),
    ];
    lines.extend(text::wrap(notice.get(ctx.lang), inner_w, ctx.theme.base));
    let words = crate::words::of(ctx.lang);
    let skip = match gate {
        Gate::Chapter => words.ui_s_skip_this_chapter,
        Gate::Panel | Gate::Episode => words.ui_s_skip_this_panel,
    };
    // The room reads the notice; whoever moves the room chooses (in the
    // projector view, the console).
    let mode = crate::keymap::Mode::Notice;
    if let (Some(view), Some(skip)) = (
        ctx.room_keys(words.ui_enter_view, mode),
        ctx.room_keys(skip, mode),
    ) {
        lines.push(Line::default());
        lines.push(Line::styled(view, ctx.theme.accent));
        lines.push(Line::styled(skip, ctx.theme.accent));
    }
    let h = (lines.len() as u16 + 2).min(outer.height);
    let rect = Rect::new(outer.x, outer.y + (outer.height - h) / 2, outer.width, h);
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .block(
            Block::bordered()
                .border_type(BorderType::Rounded)
                .border_style(ctx.theme.notice),
        )
        .render(rect, buf);
}
