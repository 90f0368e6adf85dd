//! What broke when an author's edit no longer loads (`--watch`): the problems
//! stay over the screen until the files are fixed and saved. Messages wrap,
//! the list scrolls (↑↓), and the count stays on the border, always in view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use crate::content::Diagnostic;
use crate::content::diagnostic::count;
use crate::ui::ctx::Ctx;
use crate::words;

/// Draws the problems scrolled by `scroll` lines; returns how far they can scroll.
pub fn render(
    ctx: &Ctx,
    problems: &[Diagnostic],
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
) -> u16 {
    // Borders and a column of padding on each side.
    let width = area.width.saturating_sub(4).max(1);
    let lines = lines(ctx, problems, width);
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
    let visible = h.saturating_sub(2);
    let max = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_sub(visible);
    let scroll = scroll.min(max);
    let errors = (problems.iter())
        .filter(|d| d.severity == crate::content::diagnostic::Severity::Error)
        .count();
    let foot = if max > 0 {
        format!(" {} · ↑↓ ", count(errors))
    } else {
        format!(" {} ", count(errors))
    };
    let title = words::of(ctx.lang).problems_title;
    let block = super::overlay::frame(ctx, rect, title, ctx.theme.notice, buf)
        .title_bottom(Line::styled(foot, ctx.theme.notice).right_aligned());
    let inner = block.inner(rect);
    block.render(rect, buf);
    Paragraph::new(lines).scroll((scroll, 0)).render(inner, buf);
    max
}

/// Each problem's header wrapped to `width`, then its line and caret (cut
/// around the caret, never wrapped, so the caret stays under its column).
fn lines(ctx: &Ctx, problems: &[Diagnostic], width: u16) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for d in problems {
        let shown = d.render_within(false, usize::from(width.max(20)));
        let mut parts = shown.lines();
        let header = parts.next().unwrap_or_default();
        out.extend(super::text::wrap(header, width, ctx.theme.base));
        out.extend(parts.map(|l| Line::styled(super::text::clean(l), ctx.theme.base)));
    }
    out
}
