//! A corner of the screen for what the runtime knows and the state does not:
//! the discussion timer a console chose to show, and autoplay's mark.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::theme::Theme;
use crate::app::View;
use crate::words;

/// What the corner shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Corner {
    /// Seconds left on the shown timer (negative once it has rung).
    pub timer_left: Option<i64>,
    /// Autoplay runs.
    pub autoplay: bool,
}

/// In its last two minutes the timer says so.
const WARN_SECS: i64 = 120;

/// Draws the corner at the top right, under the header, inside the margins.
/// On the black screen only the timer shows: the room talks, and watches time.
/// An open overlay (help, contents…) or an author's report keeps the corner.
pub fn render(view: View<'_>, corner: &Corner, area: Rect, buf: &mut Buffer) {
    let covered =
        !view.room.blank() && (view.viewer.overlay().is_some() || view.viewer.problems().is_some());
    if covered || area.width < crate::ui::ctx::MIN_WIDTH || area.height < crate::ui::ctx::MIN_HEIGHT
    {
        return;
    }
    let theme = Theme::of_view(view);
    let blank = view.room.blank();
    let w = words::of(view.viewer.lang());
    let mut spans = Vec::new();
    if corner.autoplay && !blank {
        spans.push(Span::styled(w.autoplay_mark.to_owned(), theme.dim));
    }
    if let Some(left) = corner.timer_left {
        if !spans.is_empty() {
            spans.push(Span::styled(" · ", theme.dim));
        }
        let (text, style) = if left <= 0 {
            // Over time: how far over, so the facilitator can judge.
            let over = left.unsigned_abs();
            let text = format!("⏱ {} +{}:{:02}", w.timer_over, over / 60, over % 60);
            (text, theme.notice)
        } else {
            let style = if left <= WARN_SECS {
                theme.notice
            } else {
                theme.accent
            };
            (format!("⏱ {}:{:02}", left / 60, left % 60), style)
        };
        let style = if blank { theme.blackout } else { style };
        spans.push(Span::styled(text, style));
    }
    if spans.is_empty() {
        return;
    }
    let line = Line::from(spans);
    let width = u16::try_from(line.width())
        .unwrap_or(area.width)
        .min(area.width);
    // Row 1: the body's top margin, blank in every view.
    let margin = if view.viewer.present() { 4 } else { 2 };
    let x = area.right().saturating_sub(width + margin).max(area.x);
    line.render(Rect::new(x, area.y + 1, width, 1), buf);
}
