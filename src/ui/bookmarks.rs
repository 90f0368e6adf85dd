//! The bookmarks overlay (`B`): the panels the viewer marked; Enter jumps.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Ctx, overlay};
use crate::content::Panel;

/// A short name for a panel, for lists.
pub fn panel_title(ctx: &Ctx, i: usize) -> String {
    let doc = &ctx.view.doc;
    let slot = doc.timeline[i];
    let name = match doc.panel(slot) {
        Panel::Narration(p) => p.heading.get(ctx.lang).to_owned(),
        Panel::Testimony(p) => p
            .speaker
            .name
            .clone()
            .unwrap_or_else(|| ctx.tr("Anonymous", "Anonyme").to_owned()),
        Panel::Statistic(p) => p.label.get(ctx.lang).to_owned(),
        Panel::Debate(p) => p.heading.get(ctx.lang).to_owned(),
        Panel::Choice(p) => p.prompt.get(ctx.lang).to_owned(),
        Panel::Recap(p) => p.heading.get(ctx.lang).to_owned(),
    };
    format!("{} {} · {}", ctx.tr("Ep.", "Ép."), slot.episode + 1, name)
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
    let width = usize::from(inner.width.saturating_sub(2));
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
    super::list::rows(ctx, lines, selected, inner, buf);
}
