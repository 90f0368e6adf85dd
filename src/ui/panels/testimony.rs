//! Testimony: who speaks, then their retold passages, revealed one at a time,
//! with a portrait beside them when the screen is wide enough.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::app::Progress;
use crate::content::model::Testimony;
use crate::content::text::who;
use crate::ui::{Ctx, READING_WIDTH, column, scrolled, text};

/// Portraits are drawn only when the text keeps at least this many columns.
const MIN_TEXT_WITH_PORTRAIT: u16 = 70;

/// The columns a passage's rule takes on each of its lines (ASCII spaces).
const RULE: &str = "  ";

pub fn render(ctx: &Ctx, t: &Testimony, progress: &Progress, area: Rect, buf: &mut Buffer) -> u16 {
    let portrait = t.portrait.as_ref().and_then(|p| ctx.view.doc.assets.get(p));
    let portrait_w = portrait
        .map(|art| {
            art.lines()
                .map(unicode_width::UnicodeWidthStr::width)
                .max()
                .unwrap_or(0) as u16
                + 4
        })
        .unwrap_or(0);
    // The text starts where every panel's text starts; the portrait takes
    // the room to its right.
    let reading = column(area, READING_WIDTH);
    let room = area.right().saturating_sub(reading.x);
    let (text_area, art_area) = if portrait.is_some() && room >= MIN_TEXT_WITH_PORTRAIT + portrait_w
    {
        let text_w = READING_WIDTH.min(room - portrait_w);
        let block = Rect {
            width: text_w + portrait_w,
            ..reading
        };
        let [a, b] = block.layout(&Layout::horizontal([
            Constraint::Length(text_w),
            Constraint::Length(portrait_w),
        ]));
        (a, Some(b))
    } else {
        (reading, None)
    };
    if let (Some(art), Some(rect)) = (portrait, art_area) {
        let lines: Vec<Line> = art
            .lines()
            .map(|l| Line::styled(l.to_owned(), ctx.theme.dim))
            .collect();
        Paragraph::new(lines).render(rect.inner(ratatui::layout::Margin::new(2, 1)), buf);
    }

    let width = text_area.width.saturating_sub(2);
    let name = t
        .speaker
        .name
        .clone()
        .unwrap_or_else(|| crate::words::of(ctx.lang).ui_anonymous.to_owned());
    let big = crate::ui::big_heading(ctx, &name, text_area, buf);
    let text_area = crate::ui::below(text_area, big);
    // Who speaks stays at the top while the passages scroll under it.
    let mut speaker = Vec::new();
    if big == 0 {
        speaker.push(Line::styled(name, ctx.theme.heading));
    }
    speaker.extend(text::wrap(&who(ctx.lang, t), width, ctx.theme.accent));
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
    let text_area = crate::ui::below(text_area, pinned);
    let mut lines = Vec::new();
    if let Some(intro) = &t.intro {
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
    for (i, passage) in t.passages.iter().take(shown).enumerate() {
        if i > 0 {
            newest_start = lines.len();
        }
        if i > 0 || !lines.is_empty() {
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
