//! The room's guesses on a guess question: how many, their median and range,
//! and a one-line histogram over the question's scale, so the projector shows
//! the spread of the room against the real figure.

use ratatui::text::{Line, Span};

use crate::content::model::{Ask, Choice};
use crate::content::text::guess_label;
use crate::ui::ctx::Ctx;

/// Columns of the histogram.
const BUCKETS: usize = 24;
const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// The lines for `guesses` (ascending, finite); none without a guess.
pub fn lines(ctx: &Ctx, ch: &Choice, guesses: &[f64], width: u16) -> Vec<Line<'static>> {
    let Ask::Guess {
        figure, min, max, ..
    } = &ch.ask
    else {
        return Vec::new();
    };
    let (Some(lo), Some(hi)) = (guesses.first(), guesses.last()) else {
        return Vec::new();
    };
    let doc = &ctx.view.doc;
    let label = |v: f64| guess_label(doc, figure, v, ctx.lang);
    let median = crate::app::median_of(guesses).unwrap_or(*lo);
    let mut counts = [0u64; BUCKETS];
    let span = max - min;
    for v in guesses {
        let at = if span > 0.0 {
            ((v - min) / span * BUCKETS as f64).floor()
        } else {
            0.0
        };
        let k = if at.is_finite() && at > 0.0 {
            // In range after the clamp: the cast cannot truncate wrongly.
            (at as usize).min(BUCKETS - 1)
        } else {
            0
        };
        if let Some(c) = counts.get_mut(k) {
            *c = c.saturating_add(1);
        }
    }
    let top = counts.iter().copied().max().unwrap_or(0).max(1);
    let bars: String = counts
        .iter()
        .map(|&c| {
            if c == 0 {
                ' '
            } else {
                let level = crate::app::bar_cells(c, top, LEVELS.len()).saturating_sub(1);
                LEVELS.get(level).copied().unwrap_or('█')
            }
        })
        .collect();
    let words = (crate::words::of(ctx.lang).room_guesses)(
        guesses.len(),
        &label(*lo),
        &label(*hi),
        &label(median),
    );
    let mut lines = vec![Line::default()];
    // Wrapped in the panel's measure: in French at 120x36 the median fell off.
    lines.extend(crate::ui::text::wrap(&words, width, ctx.theme.heading));
    lines.push(Line::from(vec![
        Span::styled(format!("{} ", label(*min)), ctx.theme.dim),
        Span::styled(bars, ctx.theme.bar),
        Span::styled(format!(" {}", label(*max)), ctx.theme.dim),
    ]));
    lines
}
