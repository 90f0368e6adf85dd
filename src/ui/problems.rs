//! What broke when an author's edit no longer loads (`--watch`): the report
//! stays over the screen until the file is fixed and saved.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

use super::Ctx;
use crate::words;

pub fn render(ctx: &Ctx, report: &str, area: Rect, buf: &mut Buffer) {
    let lines: Vec<Line> = report
        .lines()
        .map(|l| Line::styled(super::text::clean(l), ctx.theme.base))
        .collect();
    let wanted = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let h = wanted
        .min(area.height.saturating_sub(2).max(3))
        .min(area.height);
    let rect = Rect {
        y: area.bottom().saturating_sub(h),
        height: h,
        ..area
    };
    Clear.render(rect, buf);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(ctx.theme.notice)
        .style(ctx.theme.base)
        .title(format!(" {} ", words::of(ctx.lang).problems_title));
    let inner = block.inner(rect);
    block.render(rect, buf);
    // Not wrapped: the caret stays under the column it points at.
    Paragraph::new(lines).render(inner, buf);
}
