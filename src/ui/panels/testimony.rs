//! Testimony: who speaks, then their retold passages, revealed one at a time;
//! the witness's card (portrait, name, facts) beside them on a wide screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::witness::{self, CARD_WIDTH};
use crate::app::Progress;
use crate::content::model::Testimony;
use crate::ui::ctx::{Ctx, READING_WIDTH};
use crate::ui::layout::{column, scrolled};
use crate::ui::text;

/// From this width of the panel's area (the body of a 120-column terminal)
/// the witness's card stands beside the passages; below it, above them.
pub const SIDE_BY_SIDE: u16 = 116;
/// Columns between the card and the passages.
const GUTTER: u16 = 4;

/// The columns a passage's rule takes on each of its lines (ASCII spaces).
const RULE: &str = "  ";

/// On the projector, the card stands beside passages of this width at least:
/// the portrait is what a room sees best, and 120 columns leave 96 inside
/// the projector's margins.
const PROJECTED_TEXT: u16 = 60;

pub fn render(ctx: &Ctx, t: &Testimony, progress: &Progress, area: Rect, buf: &mut Buffer) -> u16 {
    let side_by_side = if ctx.view.viewer.present() {
        area.width >= CARD_WIDTH + GUTTER + PROJECTED_TEXT
    } else {
        area.width >= SIDE_BY_SIDE
    };
    let text_area = if side_by_side {
        // The passages stay in the column every panel reads in, the card in
        // the margin to their left; where the margin is too narrow for it,
        // the passages move right just enough.
        let common = column(area, READING_WIDTH);
        let x = common.x.max(area.x + CARD_WIDTH + GUTTER);
        let text_w = common.width.min(area.right().saturating_sub(x));
        let text_area = Rect {
            x,
            width: text_w,
            ..area
        };
        let card_area = Rect {
            x: x - CARD_WIDTH - GUTTER,
            width: CARD_WIDTH,
            ..area
        };
        let card = witness::card(ctx, t, CARD_WIDTH, card_area.height);
        Paragraph::new(card).render(card_area, buf);
        // On the projector the name is big, over the passage (none elsewhere).
        let big = crate::ui::layout::big_heading(ctx, &witness::name(ctx, t), text_area, buf);
        crate::ui::layout::below(text_area, big)
    } else {
        let text_area = column(area, READING_WIDTH);
        let width = text_area.width.saturating_sub(2);
        let big = crate::ui::layout::big_heading(ctx, &witness::name(ctx, t), text_area, buf);
        let text_area = crate::ui::layout::below(text_area, big);
        // Who speaks stays at the top while the passages scroll under it.
        let mut speaker = witness::heading(ctx, t, width, big == 0);
        speaker.push(Line::default());
        let pinned = u16::try_from(speaker.len())
            .unwrap_or(u16::MAX)
            .min(text_area.height / 2);
        Paragraph::new(speaker).render(
            Rect {
                height: pinned,
                ..text_area
            },
            buf,
        );
        crate::ui::layout::below(text_area, pinned)
    };
    let width = text_area.width.saturating_sub(2);
    let mut lines = Vec::new();
    // The projector shows the passage being read, alone and in the text's
    // colour: from the back of a room the ones already read, receding, are
    // noise (the dots say how far the reading has come).
    let projected = ctx.view.viewer.present();
    if let Some(intro) = t.intro.as_ref().filter(|_| !projected) {
        lines.extend(text::wrap(
            intro.get(ctx.lang),
            width,
            ctx.theme.dim.add_modifier(Modifier::ITALIC),
        ));
    }
    let shown = progress.revealed.clamp(1, t.passages.len().max(1));
    // Where the newest passage starts: the first comes with the speaker's
    // heading, a later one on its own, scrolled into view.
    let mut newest_start = 0;
    let first = if projected {
        shown.saturating_sub(1)
    } else {
        0
    };
    for (i, passage) in t.passages.iter().enumerate().take(shown).skip(first) {
        if i > first {
            newest_start = lines.len();
        }
        if i > first || !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.extend(passage_lines(
            ctx,
            passage.get(ctx.lang),
            width,
            i + 1 == shown,
        ));
    }
    // Under the newest passage, in its text's column: how far the reading
    // has come, and how to go on.
    lines.push(Line::default());
    let dots: String = (0..t.passages.len())
        .map(|i| if i < shown { "●" } else { "○" })
        .collect::<Vec<_>>()
        .join(" ");
    let more = if shown < t.passages.len() {
        ctx.key_hint(crate::words::of(ctx.lang).ui_next_passage)
    } else {
        String::new()
    };
    lines.push(Line::from(vec![
        Span::raw(" ".repeat(RULE.len())),
        Span::styled(dots, ctx.theme.accent),
        Span::styled(more, ctx.theme.dim),
    ]));
    let must_see = u16::try_from(lines.len().saturating_sub(newest_start)).unwrap_or(u16::MAX);
    ctx.overflow(must_see.saturating_sub(text_area.height));
    scrolled(ctx, lines, text_area, buf)
}

/// One passage, a rule down its left side and no background behind it: read
/// ones recede (the theme's dim, a thin rule), the newest stands out in the
/// body's style with a heavy rule, so the two differ by shape and, without
/// colour (`NO_COLOR`), by the dim modifier too.
fn passage_lines(ctx: &Ctx, passage: &str, width: u16, newest: bool) -> Vec<Line<'static>> {
    let (rule, rule_style, style) = if newest {
        ("┃ ", ctx.theme.accent, ctx.theme.base)
    } else {
        ("│ ", ctx.theme.dim, ctx.theme.dim)
    };
    text::wrap_hanging(RULE, passage, width, style)
        .into_iter()
        .map(|line| {
            let words: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            let words = words.strip_prefix(RULE).unwrap_or(&words).to_owned();
            Line::from(vec![
                Span::styled(rule, rule_style),
                Span::styled(words, style),
            ])
        })
        .collect()
}
