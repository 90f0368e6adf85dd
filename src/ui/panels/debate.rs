//! Debate Q&A: the questions the room asked; the viewer picks one and reveals
//! its answers step by step. Answered questions are marked.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::app::Progress;
use crate::content::model::Debate;
use crate::content::text::voice;
use crate::ui::ctx::Ctx;
use crate::ui::layout::{column, scrolled_to};
use crate::ui::text;

/// Side by side above this width; stacked below it, in the column every
/// other panel reads in (so the margins do not jump from panel to panel).
const SIDE_BY_SIDE: u16 = 130;
/// Below this height a stacked debate drops its spacing lines.
const TIGHT: u16 = 24;

pub fn render(ctx: &Ctx, d: &Debate, progress: &Progress, area: Rect, buf: &mut Buffer) -> u16 {
    let area = if area.width >= SIDE_BY_SIDE {
        column(area, 150)
    } else {
        column(area, crate::ui::ctx::READING_WIDTH)
    };
    let selected = progress.selected.min(d.questions.len().saturating_sub(1));
    let stacked = area.width < SIDE_BY_SIDE;
    // Stacked on a short screen, every line counts: the heading sits right
    // above the list, the list names who asks, the cue follows the answer.
    let tight = stacked && area.height < TIGHT;
    let [heading, rest] = area.layout(&Layout::vertical([
        Constraint::Length(if tight { 1 } else { 2 }),
        Constraint::Fill(1),
    ]));
    Line::styled(d.heading.get(ctx.lang).to_owned(), ctx.theme.heading).render(heading, buf);

    let (list_area, answer_area) = if !stacked {
        let [a, _, b] = rest.layout(&Layout::horizontal([
            Constraint::Percentage(38),
            Constraint::Length(2),
            Constraint::Fill(1),
        ]));
        (a, b)
    } else {
        let list_h = (d.questions.len() as u16).min(rest.height / 3).max(1);
        let [a, _, b] = rest.layout(&Layout::vertical([
            Constraint::Length(list_h),
            Constraint::Length(1),
            Constraint::Fill(1),
        ]));
        (a, b)
    };
    let wrap = rest.width >= SIDE_BY_SIDE;
    question_list(ctx, d, progress, selected, list_area, wrap, buf);

    let Some(q) = d.questions.get(selected) else {
        return 0;
    };
    let answer_area = column(answer_area, crate::ui::ctx::READING_WIDTH);
    let width = answer_area.width.saturating_sub(2);
    let mut lines = Vec::new();
    if !stacked {
        lines.push(Line::styled(
            format!(
                "{} {}",
                voice(&q.asked_by, ctx.lang),
                crate::words::of(ctx.lang).ui_asks
            ),
            ctx.theme.accent,
        ));
    }
    lines.extend(text::wrap(
        q.text.get(ctx.lang),
        width,
        ctx.theme.base.add_modifier(Modifier::ITALIC),
    ));
    let shown = progress.answers_shown(selected).min(q.answers.len());
    let mut newest_start = 0;
    for a in q.answers.iter().take(shown) {
        newest_start = lines.len() as u16 + 1;
        lines.push(Line::default());
        lines.push(Line::styled(
            format!("— {}", voice(&a.by, ctx.lang)),
            ctx.theme.heading,
        ));
        lines.extend(text::wrap(a.text.get(ctx.lang), width, ctx.theme.base));
    }
    if !tight {
        lines.push(Line::default());
    }
    let cue = if shown < q.answers.len() {
        let hint = ctx.key_hint(crate::words::of(ctx.lang).ui_reveal_the_next_answer);
        format!("{hint} ({shown}/{})", q.answers.len())
            .trim_start()
            .to_owned()
    } else if d.questions.len() > 1 {
        ctx.key_hint(crate::words::of(ctx.lang).ui_answered_another_question_go_on)
    } else {
        // A single question: ↑↓ scroll, there is no other to choose.
        ctx.key_hint(crate::words::of(ctx.lang).ui_answered_go_on_only)
    };
    lines.push(Line::styled(cue, ctx.theme.dim));
    let column = answer_area;
    // Revealing an answer scrolls it into view, from its speaker's name, and no
    // further: the question above stays one scroll away.
    let total = lines.len() as u16;
    let max = if total.saturating_sub(newest_start) > column.height {
        total.saturating_sub(column.height)
    } else {
        newest_start.min(total.saturating_sub(column.height))
    };
    scrolled_to(ctx, lines, column, buf, max)
}

fn question_list(
    ctx: &Ctx,
    d: &Debate,
    progress: &Progress,
    selected: usize,
    area: Rect,
    wrap: bool,
    buf: &mut Buffer,
) {
    // The last two columns are kept for the scroll marks.
    let text_w = area.width.saturating_sub(2);
    let width = usize::from(text_w);
    let mut first_line_of = Vec::new();
    let items: Vec<Vec<Line>> = d
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let shown = progress.answers_shown(i);
            let mark = if shown >= q.answers.len() {
                "✓"
            } else if shown > 0 {
                "◐"
            } else {
                "·"
            };
            let pointer = if i == selected { "›" } else { " " };
            let style = if i == selected {
                ctx.theme.selected
            } else {
                ctx.theme.base
            };
            let label = format!(
                "{pointer} {mark} {}. {} — {}",
                i + 1,
                voice(&q.asked_by, ctx.lang),
                q.text.get(ctx.lang)
            );
            if wrap {
                let prefix = format!("{pointer} {mark} {}. ", i + 1);
                let rest = format!(
                    "{} — {}",
                    voice(&q.asked_by, ctx.lang),
                    q.text.get(ctx.lang)
                );
                // Two lines at most: the full question stands beside the list.
                let mut lines = text::wrap_hanging(&prefix, &rest, text_w, style);
                if lines.len() > 2 {
                    lines.truncate(2);
                    let last = lines[1].to_string();
                    let kept: String = last.chars().take(width.saturating_sub(1)).collect();
                    lines[1] = Line::styled(format!("{}…", kept.trim_end()), style);
                }
                lines.push(Line::default());
                return lines;
            }
            let cut: String = if unicode_width::UnicodeWidthStr::width(label.as_str()) > width {
                let mut s = String::new();
                let mut w = 0;
                for c in label.chars() {
                    let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                    if w + cw + 1 > width {
                        break;
                    }
                    w += cw;
                    s.push(c);
                }
                s.push('…');
                s
            } else {
                label
            };
            vec![Line::from(Span::styled(cut, style))]
        })
        .collect();
    let mut lines = Vec::new();
    for item in items {
        first_line_of.push(lines.len());
        lines.extend(item);
    }
    // Keep the selected question in view, scrolling only when the list is
    // taller than its place: every question stays one scroll away, marked.
    let h = usize::from(area.height);
    let total = lines.len();
    let start = first_line_of.get(selected).copied().unwrap_or(0);
    let end = first_line_of
        .get(selected + 1)
        // A wrapped item ends with a blank line, which may fall off the edge.
        .map_or(total, |&next| if wrap { next - 1 } else { next });
    let top = end
        .saturating_sub(h)
        .min(start)
        .min(total.saturating_sub(h));
    for (q, &first) in first_line_of.iter().enumerate() {
        let last = first_line_of.get(q + 1).map_or(total, |&n| n);
        let (from, to) = (first.max(top), last.min(top + h));
        if from < to {
            let rows = u16::try_from(to - from).unwrap_or(0);
            let y = area.y + u16::try_from(from - top).unwrap_or(0);
            ctx.target(
                Rect::new(area.x, y, area.width, rows),
                crate::app::Action::Pick(u16::try_from(q).unwrap_or(u16::MAX)),
            );
        }
    }
    Paragraph::new(lines.into_iter().skip(top).take(h).collect::<Vec<_>>()).render(area, buf);
    crate::ui::layout::scroll_marks(ctx, area, top > 0, top + h < total, buf);
}
