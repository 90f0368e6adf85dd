//! The search overlay (`g`): type a few letters, the matching panels list
//! below, Enter goes to the chosen one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Ctx, bookmarks::panel_row, overlay};
use crate::app::search::matches;
use crate::words;

pub fn render(ctx: &Ctx, query: &str, selected: usize, area: Rect, buf: &mut Buffer) {
    let w = words::of(ctx.lang);
    let found = matches(ctx.view.doc, ctx.lang, query);
    let h = u16::try_from(found.len().clamp(1, 12)).unwrap_or(12) + 4;
    let (rect, block) = overlay::open(ctx, area, 80, h, w.search_title, buf);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let width = usize::from(inner.width);
    let mut lines = vec![
        Line::from(vec![
            Span::styled("› ", ctx.theme.accent),
            Span::styled(super::text::clean(query), ctx.theme.heading),
            Span::styled("▏", ctx.theme.accent),
        ]),
        Line::default(),
    ];
    if query.trim().is_empty() {
        lines.push(Line::styled(w.search_prompt, ctx.theme.dim));
    } else if found.is_empty() {
        lines.push(Line::styled(w.search_none, ctx.theme.dim));
    }
    let rows = usize::from(inner.height.saturating_sub(2));
    let top = selected.saturating_sub(rows.saturating_sub(1));
    for (k, &i) in found.iter().enumerate().skip(top).take(rows) {
        lines.push(panel_row(ctx, i, k == selected, width));
    }
    Paragraph::new(lines).render(inner, buf);
}
