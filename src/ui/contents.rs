//! The table of contents overlay: episodes and chapters, the current one and
//! what the viewer has seen marked; Enter jumps.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::overlay;
use crate::app::TocRow;
use crate::ui::ctx::Ctx;

pub fn render(ctx: &Ctx, selected: usize, area: Rect, buf: &mut Buffer) {
    let state = ctx.view;
    let doc = &state.doc;
    let rows = state.toc_rows();
    let sentence = crate::words::of(ctx.lang).ui_contents_choose_enter_go_esc;
    let title = overlay::keyed_title(ctx, sentence, crate::keymap::Mode::Contents);
    let (rect, block) = overlay::open(ctx, area, 80, rows.len() as u16 + 4, &title, buf);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let current = state.slot().map(|s| (s.episode, s.chapter));
    let seen_in = |e: usize, c: Option<usize>| {
        let (mut seen, mut all) = (0, 0);
        for (i, s) in doc.timeline.iter().enumerate() {
            if s.episode == e && c.is_none_or(|c| c == s.chapter) {
                all += 1;
                seen += usize::from(state.viewer.seen(i));
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
                    // Each episode in its family's accent.
                    let own = ctx.theme.with_family(doc.episodes[e].family);
                    let style = if r == selected {
                        own.selected
                    } else {
                        own.heading
                    };
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
                        Span::styled(
                            format!("   {pct}% {}", crate::words::of(ctx.lang).ui_seen),
                            ctx.theme.dim,
                        ),
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
                    let marked = state.viewer.bookmarks().iter().any(|&i| {
                        doc.timeline
                            .get(i)
                            .is_some_and(|s| (s.episode, s.chapter) == (e, c))
                    });
                    let here = if current == Some((e, c)) {
                        crate::words::of(ctx.lang).ui_you_are_here
                    } else {
                        ""
                    };
                    Line::from(vec![
                        Span::styled(
                            format!(
                                "{pointer}   {mark} {}{}",
                                doc.episodes[e].chapters[c].title.get(ctx.lang),
                                if marked { " ★" } else { "" }
                            ),
                            style,
                        ),
                        Span::styled(here, ctx.theme.accent),
                    ])
                }
            }
        })
        .collect();
    super::list::rows(ctx, lines, selected, inner, buf);
}
