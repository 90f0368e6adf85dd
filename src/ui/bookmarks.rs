//! The bookmarks overlay (`B`): the panels the viewer marked; Enter jumps.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::overlay;
use crate::ui::ctx::Ctx;

/// A short name for a panel, for lists: "Ep. 2 · Bilel".
pub fn panel_title(ctx: &Ctx, i: usize) -> String {
    let doc = &ctx.view.doc;
    let Some(&slot) = doc.timeline.get(i) else {
        return String::new();
    };
    format!(
        "{} {} · {}",
        crate::words::of(ctx.lang).episode_short,
        slot.episode.saturating_add(1),
        crate::content::text::panel_title(doc.panel(slot), ctx.lang)
    )
}

/// A list row naming panel `i`, pointed at when chosen, cut to `width`.
pub fn panel_row(ctx: &Ctx, i: usize, chosen: bool, width: usize) -> Line<'static> {
    let (pointer, style) = if chosen {
        ("› ", ctx.theme.selected)
    } else {
        ("  ", ctx.theme.base)
    };
    let title = format!("{pointer}{}", panel_title(ctx, i));
    // Cut by columns, not letters, and say so.
    let title = if unicode_width::UnicodeWidthStr::width(title.as_str()) <= width {
        title
    } else {
        super::chrome::cut(&title, width)
    };
    Line::from(Span::styled(title, style))
}

pub fn render(ctx: &Ctx, selected: usize, area: Rect, buf: &mut Buffer) {
    let marks = &ctx.view.viewer.bookmarks();
    let sentence = crate::words::of(ctx.lang).ui_bookmarks_enter_go_b_remove;
    let title = overlay::keyed_title(ctx, sentence, crate::keymap::Mode::Bookmarks);
    let (rect, block) = overlay::open(ctx, area, 80, marks.len().max(1) as u16 + 2, &title, buf);
    let inner = block.inner(rect);
    block.render(rect, buf);
    if marks.is_empty() {
        Paragraph::new(Line::styled(
            crate::keymap::fill(
                crate::words::of(ctx.lang).ui_no_bookmark_yet_press_b,
                crate::keymap::Mode::Play,
                ctx.lang,
            ),
            ctx.theme.dim,
        ))
        .render(inner, buf);
        return;
    }
    let width = usize::from(inner.width.saturating_sub(2));
    let lines: Vec<Line> = marks
        .iter()
        .enumerate()
        .map(|(k, &i)| panel_row(ctx, i, k == selected, width))
        .collect();
    super::list::rows(ctx, lines, selected, inner, buf);
}
