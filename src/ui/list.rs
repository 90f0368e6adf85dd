//! A list of one-line rows in an overlay: scrolled to keep the chosen row in
//! view, marked where rows lie beyond the edge, each row a click target.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use crate::app::Action;
use crate::ui::ctx::Ctx;

/// Draws `lines` in `area` with `selected` in view. The last two columns are
/// left to the ↑ and ↓ marks, so a mark never touches a word.
pub fn rows(ctx: &Ctx, lines: Vec<Line<'static>>, selected: usize, area: Rect, buf: &mut Buffer) {
    let h = usize::from(area.height);
    let total = lines.len();
    let top = selected
        .saturating_sub(h.saturating_sub(1))
        .min(total.saturating_sub(h));
    let text = Rect {
        width: area.width.saturating_sub(2),
        ..area
    };
    let visible: Vec<Line> = lines.into_iter().skip(top).take(h).collect();
    for (k, row) in (top..).zip(0..visible.len()) {
        let y = area.y + u16::try_from(row).unwrap_or(0);
        let pick = Action::Pick(u16::try_from(k).unwrap_or(u16::MAX));
        ctx.target(Rect::new(area.x, y, area.width, 1), pick);
    }
    Paragraph::new(visible).render(text, buf);
    crate::ui::layout::scroll_marks(ctx, area, top > 0, top + h < total, buf);
}
