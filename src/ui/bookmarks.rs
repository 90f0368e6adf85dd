//! The bookmarks overlay (`B`): the panels the viewer marked; Enter jumps.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Ctx, overlay};

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

pub fn render(ctx: &Ctx, selected: usize, area: Rect, buf: &mut Buffer) {
    let marks = &ctx.view.viewer.bookmarks;
    let title = ctx.tr(
        "Bookmarks — Enter go · b remove · Esc close",
        "Marque-pages — Entrée aller · b retirer · Échap fermer",
    );
    let (rect, block) = overlay::open(ctx, area, 80, marks.len().max(1) as u16 + 2, title, buf);
    let inner = block.inner(rect);
    block.render(rect, buf);
    if marks.is_empty() {
        Paragraph::new(Line::styled(
            ctx.tr(
                "No bookmark yet: press b on a panel to mark it.",
                "Aucun marque-page : appuyez sur b sur un panneau pour le marquer.",
            ),
            ctx.theme.dim,
        ))
        .render(inner, buf);
        return;
    }
    let width = usize::from(inner.width);
    let lines: Vec<Line> = marks
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let (pointer, style) = if k == selected {
                ("› ", ctx.theme.selected)
            } else {
                ("  ", ctx.theme.base)
            };
            let title: String = format!("{pointer}{}", panel_title(ctx, i))
                .chars()
                .take(width)
                .collect();
            Line::from(Span::styled(title, style))
        })
        .collect();
    let h = usize::from(inner.height);
    let top = selected.saturating_sub(h.saturating_sub(1));
    Paragraph::new(lines.into_iter().skip(top).take(h).collect::<Vec<_>>()).render(inner, buf);
}
