//! The table of contents overlay: episodes and chapters, the current one and
//! what the viewer has seen marked; Enter jumps.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

use super::Ctx;
use crate::app::TocRow;

/// A centred overlay box, at most `w` by `h`.
pub fn overlay_box(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width.saturating_sub(4)).max(area.width.min(20));
    let h = h.min(area.height).max(area.height.min(5));
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub fn render(ctx: &Ctx, selected: usize, area: Rect, buf: &mut Buffer) {
    let state = ctx.state;
    let doc = &state.doc;
    let rows = state.toc_rows();
    let rect = overlay_box(area, 80, rows.len() as u16 + 4);
    Clear.render(rect, buf);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(ctx.theme.accent)
        .style(ctx.theme.base)
        .title(format!(
            " {} ",
            ctx.tr(
                "Contents — ↑↓ choose · Enter go · Esc close",
                "Sommaire — ↑↓ choisir · Entrée aller · Échap fermer"
            )
        ));
    let inner = block.inner(rect);
    block.render(rect, buf);
    let current = state.slot().map(|s| (s.episode, s.chapter));
    let seen_in = |e: usize, c: Option<usize>| {
        let (mut seen, mut all) = (0, 0);
        for (i, s) in doc.timeline.iter().enumerate() {
            if s.episode == e && c.is_none_or(|c| c == s.chapter) {
                all += 1;
                seen += usize::from(state.seen[i]);
            }
        }
        (seen, all)
    };
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let pointer = if r == selected { "› " } else { "  " };
            let style = if r == selected {
                ctx.theme.selected
            } else {
                ctx.theme.base
            };
            match *row {
                TocRow::Episode(e) => {
                    let (seen, all) = seen_in(e, None);
                    let pct = (seen * 100).checked_div(all).unwrap_or(0);
                    Line::from(vec![
                        Span::styled(
                            format!(
                                "{pointer}{}  {}",
                                e + 1,
                                doc.episodes[e].title.get(ctx.lang)
                            ),
                            style.add_modifier(Modifier::BOLD),
                        ),
                        Span::styled(format!("   {pct}% {}", ctx.tr("seen", "vu")), ctx.theme.dim),
                    ])
                }
                TocRow::Chapter(e, c) => {
                    let (seen, all) = seen_in(e, Some(c));
                    let mark = if seen == all && all > 0 {
                        "✓"
                    } else if seen > 0 {
                        "◐"
                    } else {
                        "·"
                    };
                    let here = if current == Some((e, c)) {
                        ctx.tr("  ◀ you are here", "  ◀ vous êtes ici")
                    } else {
                        ""
                    };
                    Line::from(vec![
                        Span::styled(
                            format!(
                                "{pointer}   {mark} {}",
                                doc.episodes[e].chapters[c].title.get(ctx.lang)
                            ),
                            style,
                        ),
                        Span::styled(here, ctx.theme.accent),
                    ])
                }
            }
        })
        .collect();
    // Keep the selection in view.
    let h = inner.height as usize;
    let top = selected.saturating_sub(h.saturating_sub(1));
    let visible: Vec<Line> = lines.into_iter().skip(top).take(h).collect();
    Paragraph::new(visible).render(inner, buf);
}
