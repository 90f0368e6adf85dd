//! Statistic box: a headline figure drawn large, what it measures, how it is
//! derived, where it comes from, and a chart that sets it against others.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

use crate::content::figures::{Figure, format_number, join_unit, natural_decimals};
use crate::content::model::{Chart, Expr, Statistic, Value};
use crate::content::text::{decimals, derivation, with_unit};

use crate::ui::ctx::{Ctx, READING_WIDTH};
use crate::ui::layout::{column, scrolled};
use crate::ui::text;

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

/// The big figure's typeface at its two scales (the same glyphs, whole or
/// halved): its pixel size, cell width and height, and the row of its
/// baseline, where the unit sits.
const SCALES: [(PixelSize, u16, u16, u16); 2] =
    [(PixelSize::Full, 8, 8, 6), (PixelSize::Quadrant, 4, 4, 3)];

/// The widest unit drawn beside a big figure rather than under it.
const SHORT_UNIT: usize = 6;

/// The unit around a big figure, split as the language writes it: English
/// puts the euro sign before the figure (`€` `5.71–6.67` `/h`).
fn unit_parts(unit: &str, lang: crate::content::Lang) -> (String, String) {
    let unit = text::clean(unit);
    match unit.strip_prefix('€') {
        Some(rest) if lang == crate::content::Lang::En => ("€".to_owned(), rest.trim().to_owned()),
        _ => (String::new(), unit),
    }
}

/// Where the big figure goes: its scale, and whether the unit fits beside it.
struct Big {
    size: PixelSize,
    cell_w: u16,
    h: u16,
    baseline: u16,
    beside: bool,
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
    let unit = s.unit_for(doc.figures.get(&s.id), lang).unwrap_or("");

    // The label in the text's colour: the figure under it is the one thing
    // in the accent, and the strongest on the screen.
    let head = text::wrap(s.label.get(lang), width, ctx.theme.strong);
    // Everything under the figure. When room is short, blank lines go first,
    // least useful first (`airy` 2: all, 1: before chart and source, 0: none).
    let tail = |airy: u8| {
        let gap = |lines: &mut Vec<Line<'static>>, rank: u8| {
            if rank <= airy {
                lines.push(Line::default());
            }
        };
        let mut tail = Vec::new();
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
            crate::words::of(ctx.lang).ui_source,
            s.source.get(lang),
            width,
            ctx.theme.dim,
        ));
        tail
    };

    // The big glyphs have no en dash; a plain hyphen reads the same at that size.
    let big_value = value.replace('–', "-").replace('\u{202f}', " ");
    let chars = u16::try_from(big_value.chars().count()).unwrap_or(u16::MAX);
    let (before, after) = unit_parts(unit, lang);
    let small_w = |t: &str| {
        let w = u16::try_from(unicode_width::UnicodeWidthStr::width(t)).unwrap_or(u16::MAX);
        if w == 0 { 0 } else { w.saturating_add(1) }
    };
    let beside_w = small_w(&before).saturating_add(small_w(&after));
    // A short unit (`%`, `€`, `€/h`) reads as part of the figure; a long one
    // (`€ gross per month`) is a caption, below it.
    let short = unicode_width::UnicodeWidthStr::width(after.as_str()) <= SHORT_UNIT;
    // The largest scale that fits, the unit beside the figure if it can be.
    let fit = |tail: Vec<Line<'static>>| {
        let rows = head.len() as u16 + tail.len() as u16 + 2;
        let unit_row = u16::from(!unit.is_empty());
        [true, false]
            .into_iter()
            .filter(|&beside| short || !beside)
            .flat_map(|beside| SCALES.iter().map(move |s| (beside, *s)))
            .find(|&(beside, (_, w, h, _))| {
                let fig_w = chars.saturating_mul(w);
                let (need_w, need_h) = if beside {
                    (fig_w.saturating_add(beside_w), h + rows)
                } else {
                    (fig_w, h + rows + unit_row)
                };
                need_w <= area.width && need_h <= area.height
            })
            .map(|(beside, (size, cell_w, h, baseline))| {
                let big = Big {
                    size,
                    cell_w,
                    h,
                    baseline,
                    beside,
                };
                (big, tail)
            })
    };
    match fit(tail(2))
        .or_else(|| fit(tail(1)))
        .or_else(|| fit(tail(0)))
    {
        Some((big, tail)) => {
            let head_h = head.len() as u16;
            Paragraph::new(head).render(
                Rect {
                    height: head_h,
                    ..area
                },
                buf,
            );
            let fig_w = chars.saturating_mul(big.cell_w);
            let top = area.y + head_h + 1;
            let mut lines: Vec<Line> = Vec::new();
            if big.beside {
                // Flush with the label and the lines under it: one edge to read down.
                let x = area.x;
                let baseline = top + big.baseline;
                buf.set_string(x, baseline, &before, ctx.theme.accent);
                let fig_x = x + small_w(&before);
                draw_big(
                    ctx,
                    &big,
                    &big_value,
                    Rect::new(fig_x, top, fig_w, big.h),
                    buf,
                );
                buf.set_string(fig_x + fig_w + 1, baseline, &after, ctx.theme.accent);
            } else {
                let x = area.x;
                draw_big(ctx, &big, &big_value, Rect::new(x, top, fig_w, big.h), buf);
                lines.extend(text::wrap(unit, width, ctx.theme.accent));
            }
            let rest_y = top + big.h + 1;
            let rest = Rect::new(
                area.x,
                rest_y,
                area.width,
                area.bottom().saturating_sub(rest_y),
            );
            lines.extend(tail);
            Paragraph::new(lines).render(rest, buf);
            0
        }
        None => {
            // Too small for big glyphs: the figure whole, with its unit.
            let mut lines = head;
            let tail = tail(2);
            lines.push(Line::default());
            let whole = text::clean(&join_unit(&value, unit, lang));
            lines.extend(text::wrap(&whole, width, ctx.theme.figure));
            lines.extend(tail);
            scrolled(ctx, lines, area, buf)
        }
    }
}

fn draw_big(ctx: &Ctx, big: &Big, value: &str, area: Rect, buf: &mut Buffer) {
    BigText::builder()
        .pixel_size(big.size)
        .style(ctx.theme.figure)
        .lines(vec![value.to_owned().into()])
        .build()
        .render(area.intersection(buf.area), buf);
}
