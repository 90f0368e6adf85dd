//! The search overlay (`g`): type a few letters or a figure, the matching
//! panels list below, each with the words that matched highlighted; Enter
//! goes to the chosen one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::bookmarks::panel_row;
use super::{overlay, text};
use crate::app::search::{matches, snippet};
use crate::ui::ctx::Ctx;
use crate::words;

/// Rows a match takes: its panel, then the words that matched.
const ROWS_PER_MATCH: usize = 2;

pub fn render(ctx: &Ctx, query: &str, selected: usize, area: Rect, buf: &mut Buffer) {
    let w = words::of(ctx.lang);
    let found = matches(ctx.view.doc, ctx.lang, query);
    let shown = found.len().clamp(1, 6) * ROWS_PER_MATCH;
    let h = u16::try_from(shown).unwrap_or(12) + 4;
    let (rect, block) = overlay::open(ctx, area, 80, h, w.search_title, buf);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let width = usize::from(inner.width);
    let mut lines = vec![
        Line::from(vec![
            Span::styled("› ", ctx.theme.accent),
            Span::styled(text::clean(query), ctx.theme.heading),
            Span::styled("▏", ctx.theme.accent),
        ]),
        Line::default(),
    ];
    if query.trim().is_empty() {
        lines.push(Line::styled(w.search_prompt, ctx.theme.dim));
    } else if found.is_empty() {
        lines.push(Line::styled(w.search_none, ctx.theme.dim));
    }
    let rows = usize::from(inner.height.saturating_sub(2)) / ROWS_PER_MATCH;
    let top = selected.saturating_sub(rows.saturating_sub(1));
    for (k, &i) in found.iter().enumerate().skip(top).take(rows) {
        lines.push(panel_row(ctx, i, k == selected, width));
        lines.push(matched_words(ctx, i, query, width));
    }
    Paragraph::new(lines).render(inner, buf);
}

/// A few words of the panel around the match, the matched ones highlighted
/// (bold and underlined, so they show without colour too).
fn matched_words(ctx: &Ctx, i: usize, query: &str, width: usize) -> Line<'static> {
    let hit = ctx
        .theme
        .accent
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let mut spans = vec![Span::raw("    ")];
    let mut used = 4;
    for (word, matched) in snippet(ctx.view.doc, ctx.lang, i, query) {
        let word = text::clean(&word);
        let w = unicode_width::UnicodeWidthStr::width(word.as_str());
        if used + w + 1 > width {
            spans.push(Span::styled("…", ctx.theme.dim));
            break;
        }
        spans.push(Span::styled(
            word,
            if matched { hit } else { ctx.theme.dim },
        ));
        spans.push(Span::raw(" "));
        used += w + 1;
    }
    Line::from(spans)
}
