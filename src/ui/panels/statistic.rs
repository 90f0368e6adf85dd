//! Statistic box: a headline figure drawn large, what it measures, how it is
//! derived, where it comes from, and a chart that sets it against others.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::BigText;

use crate::content::figures::{Figure, format_number, join_unit, natural_decimals};
use crate::content::model::{Chart, Expr, Statistic, Value};
use crate::content::text::{decimals, derivation, with_unit};

use crate::ui::screens::big_size;
use crate::ui::{Ctx, READING_WIDTH, column, scrolled, text};

/// A bar of `width` cells: solid up to `lo`, shaded from `lo` to `hi` (a range).
fn bar(f: Figure, max: f64, width: u16) -> (String, String) {
    let cells = |v: f64| -> usize {
        if max <= 0.0 {
            0
        } else {
            ((v / max).clamp(0.0, 1.0) * f64::from(width)).round() as usize
        }
    };
    let solid = cells(f.lo).max(usize::from(f.lo > 0.0));
    let shade = cells(f.hi).saturating_sub(solid);
    ("█".repeat(solid), "▒".repeat(shade))
}

fn chart_lines(ctx: &Ctx, s: &Statistic, width: u16) -> Vec<Line<'static>> {
    let doc = &ctx.view.doc;
    let Some(chart) = &s.chart else {
        return Vec::new();
    };
    let Some(own) = doc.figures.get(&s.id).copied() else {
        return Vec::new();
    };
    match chart {
        Chart::Bars(ids) => {
            let mut rows: Vec<(String, Figure, String, Style)> = vec![(
                s.label.get(ctx.lang).to_owned(),
                own,
                with_unit(doc, s, ctx.lang),
                ctx.theme.bar,
            )];
            for id in ids {
                if let (Some(o), Some(f)) = (doc.statistic(id), doc.figures.get(id)) {
                    rows.push((
                        o.label.get(ctx.lang).to_owned(),
                        *f,
                        with_unit(doc, o, ctx.lang),
                        ctx.theme.bar_ref,
                    ));
                }
            }
            let max = rows.iter().map(|r| r.1.hi).fold(0.0, f64::max);
            let value_w = rows.iter().map(|r| r.2.chars().count()).max().unwrap_or(0) as u16;
            let bar_w = width.saturating_sub(value_w + 2).max(4);
            let mut out = Vec::new();
            for (label, f, value, style) in rows {
                out.extend(text::wrap(&label, width, ctx.theme.base));
                let (solid, shade) = bar(f, max, bar_w);
                let pad = usize::from(bar_w) - solid.chars().count() - shade.chars().count();
                out.push(Line::from(vec![
                    Span::styled(solid, style),
                    Span::styled(shade, style.add_modifier(Modifier::DIM)),
                    Span::raw(" ".repeat(pad + 1)),
                    Span::styled(value, style.add_modifier(Modifier::BOLD)),
                ]));
            }
            out
        }
        Chart::Gauge(scale) => {
            let full = match scale {
                Expr::Num(v) => Some(*v),
                Expr::Ref(id) => doc.figures.get(id).map(|f| f.hi),
                _ => None,
            };
            let Some(full) = full.filter(|v| *v > 0.0) else {
                return Vec::new();
            };
            let label = format!(
                " {} / {}",
                own.format(decimals(s), ctx.lang),
                format_number(full, natural_decimals(full), ctx.lang)
            );
            let bar_w = width.saturating_sub(label.chars().count() as u16).max(4);
            let (solid, shade) = bar(own, full, bar_w);
            let rest = usize::from(bar_w) - solid.chars().count() - shade.chars().count();
            vec![Line::from(vec![
                Span::styled(solid, ctx.theme.bar),
                Span::styled(shade, ctx.theme.bar.add_modifier(Modifier::DIM)),
                Span::styled("░".repeat(rest), ctx.theme.dim),
                Span::styled(label, ctx.theme.accent),
            ])]
        }
    }
}

pub fn render(ctx: &Ctx, s: &Statistic, area: Rect, buf: &mut Buffer) -> u16 {
    let doc = &ctx.view.doc;
    let area = column(area, READING_WIDTH);
    let width = area.width.saturating_sub(2);
    let lang = ctx.lang;
    let value = doc
        .figures
        .get(&s.id)
        .map(|f| f.format(decimals(s), lang))
        .unwrap_or_else(|| "?".into());

    let head = text::wrap(s.label.get(lang), width, ctx.theme.heading);
    // Everything under the figure. When room is short, blank lines go first,
    // least useful first (`airy` 2: all, 1: before chart and source, 0: none).
    let tail = |airy: u8| {
        let gap = |lines: &mut Vec<Line<'static>>, rank: u8| {
            if rank <= airy {
                lines.push(Line::default());
            }
        };
        let mut tail = Vec::new();
        let unit = s.unit_for(doc.figures.get(&s.id), lang).unwrap_or("");
        tail.extend(text::wrap(unit, width, ctx.theme.accent));
        if let Value::Derived(expr) = &s.value {
            gap(&mut tail, 2);
            tail.extend(text::wrap_hanging(
                "= ",
                &derivation(doc, expr, lang),
                width,
                ctx.theme.base,
            ));
        }
        if let Some(c) = &s.context {
            gap(&mut tail, 2);
            tail.extend(text::wrap(
                c.get(lang),
                width,
                ctx.theme.base.add_modifier(Modifier::ITALIC),
            ));
        }
        let chart = chart_lines(ctx, s, width);
        if !chart.is_empty() {
            gap(&mut tail, 1);
            tail.extend(chart);
        }
        gap(&mut tail, 1);
        tail.extend(text::wrap_hanging(
            ctx.tr("Source: ", "Source : "),
            s.source.get(lang),
            width,
            ctx.theme.dim,
        ));
        tail
    };

    // The big glyphs have no en dash; a plain hyphen reads the same at that size.
    let big_value = value.replace('–', "-").replace('\u{202f}', " ");
    let chars = big_value.chars().count();
    let fit = |tail: Vec<Line<'static>>| {
        let rows = head.len() as u16 + tail.len() as u16 + 2;
        big_size(chars, area, rows).map(|size| (size, tail))
    };
    match fit(tail(2))
        .or_else(|| fit(tail(1)))
        .or_else(|| fit(tail(0)))
    {
        Some(((size, h), tail)) => {
            let head_h = head.len() as u16;
            Paragraph::new(head).render(
                Rect {
                    height: head_h,
                    ..area
                },
                buf,
            );
            let big = Rect::new(area.x, area.y + head_h + 1, area.width, h);
            BigText::builder()
                .pixel_size(size)
                .style(ctx.theme.figure)
                .lines(vec![big_value.into()])
                .centered()
                .build()
                .render(big, buf);
            let rest_y = big.bottom() + 1;
            let rest = Rect::new(
                area.x,
                rest_y,
                area.width,
                area.bottom().saturating_sub(rest_y),
            );
            let (unit, others) = tail.split_at(1.min(tail.len()));
            let mut lines: Vec<Line> = unit
                .iter()
                .cloned()
                .map(|l| l.alignment(Alignment::Center))
                .collect();
            lines.extend(others.iter().cloned());
            Paragraph::new(lines).render(rest, buf);
            0
        }
        None => {
            let mut lines = head;
            let tail = tail(2);
            lines.push(Line::default());
            lines.push(Line::styled(
                join_unit(&value, "", lang).trim_end().to_owned(),
                ctx.theme.figure,
            ));
            lines.extend(tail);
            scrolled(ctx, lines, area, buf)
        }
    }
}
