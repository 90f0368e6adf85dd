//! The frame around every screen: a header naming where the viewer is, and a
//! footer with the position, a progress bar and key hints from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph, Widget};

use crate::app::Screen;
use crate::keymap::{self};
use crate::ui::ctx::Ctx;
use crate::words;

pub fn header(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, ctx.theme.chrome);
    let doc = &ctx.view.doc;
    let title = doc.manifest.title.get(ctx.lang);
    // The documentary's name before any " – subtitle", for narrow screens.
    let short = [" – ", " — ", ": "]
        .iter()
        .filter_map(|sep| title.split_once(sep).map(|(lead, _)| lead))
        .min_by_key(|lead| lead.len())
        .unwrap_or(title);
    let place = ctx.view.slot().map(|slot| {
        (
            format!("{} {}", crate::words::of(ctx.lang).ui_ep, slot.episode + 1),
            doc.episode(slot).title.get(ctx.lang),
            doc.chapter(slot).title.get(ctx.lang),
        )
    });
    // Longest first; the first that fits wins, the last is cut if it must be.
    let candidates: Vec<String> = match &place {
        None => vec![format!(" {title}"), format!(" {short}")],
        Some((ep, ep_title, chapter)) => vec![
            format!(" {title}  │  {ep} · {ep_title}  │  {chapter}"),
            format!(" {short}  │  {ep} · {ep_title}  │  {chapter}"),
            format!(" {title}  │  {ep}  │  {chapter}"),
            format!(" {short}  │  {ep}  │  {chapter}"),
        ],
    };
    let width = usize::from(area.width);
    let text = candidates
        .iter()
        .find(|c| unicode_width::UnicodeWidthStr::width(c.as_str()) <= width)
        .cloned()
        .unwrap_or_else(|| cut(candidates.last().map_or("", String::as_str), width));
    let (name, rest) = text.split_at(text.find("  │").unwrap_or(text.len()));
    Line::from(vec![
        Span::styled(
            super::text::clean(name),
            ctx.theme.chrome.add_modifier(Modifier::BOLD),
        ),
        Span::styled(super::text::clean(rest), ctx.theme.chrome),
    ])
    .render(area, buf);
    // A bookmarked panel says so at the header's right end.
    let marked = match ctx.view.room.screen() {
        Screen::Panel(i) => ctx.view.viewer.bookmarks().contains(&i),
        _ => false,
    };
    if marked {
        let mark = format!(" ★ {} ", words::of(ctx.lang).bookmarked_mark);
        let w = u16::try_from(unicode_width::UnicodeWidthStr::width(mark.as_str())).unwrap_or(0);
        let right = Rect {
            x: area.right().saturating_sub(w),
            width: w.min(area.width),
            ..area
        };
        Line::styled(mark, ctx.theme.chrome.add_modifier(Modifier::BOLD)).render(right, buf);
    }
}

/// `text` cut to `width` columns at a word's end, with "…" saying so.
pub fn cut(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut kept = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        kept.push(c);
        used += w;
    }
    // Back to the last whole word, unless that leaves too little.
    if let Some(space) = kept.trim_end().rfind(' ')
        && space > kept.len() / 2
    {
        kept.truncate(space);
    }
    format!(
        "{}…",
        kept.trim_end().trim_end_matches(['│', '·']).trim_end()
    )
}

/// The viewer's notice wrapped to the screen's width, at most `max` lines
/// (the last one cut with an ellipsis); none when there is no notice.
pub fn notice_lines(ctx: &Ctx, width: u16, max: u16) -> Vec<Line<'static>> {
    let Some(notice) = &ctx.view.notice() else {
        return Vec::new();
    };
    let mut lines =
        super::text::wrap_hanging(" ", notice, width.saturating_sub(1), ctx.theme.notice);
    let max = usize::from(max.max(1));
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let kept: String = last.to_string();
            let kept: String = kept
                .chars()
                .take(usize::from(width.saturating_sub(2)))
                .collect();
            *last = Line::styled(format!("{}…", kept.trim_end()), ctx.theme.notice);
        }
    }
    lines
}

pub fn footer(ctx: &Ctx, notice: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) {
    let [status, hints] = area.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let doc = &ctx.view.doc;
    let total = doc.timeline.len().max(1);
    let (position, done) = match ctx.view.room.screen() {
        Screen::Title => (crate::words::of(ctx.lang).ui_title.to_owned(), 0),
        Screen::End => (crate::words::of(ctx.lang).ui_the_end.to_owned(), total),
        Screen::Panel(i) => {
            let (k, n) = ctx.view.chapter_position().unwrap_or((1, 1));
            (
                format!(
                    "{} {k} {} {n}",
                    crate::words::of(ctx.lang).ui_panel,
                    crate::words::of(ctx.lang).ui_of
                ),
                i + 1,
            )
        }
    };
    if !notice.is_empty() {
        Paragraph::new(notice).render(status, buf);
        return hints_line(ctx, hints, buf);
    }
    let [left, right] = status.layout(&Layout::horizontal([
        Constraint::Length(position.chars().count() as u16 + 3),
        Constraint::Fill(1),
    ]));
    Line::styled(format!(" {position} "), ctx.theme.base).render(left, buf);
    let ratio = done as f64 / total as f64;
    LineGauge::default()
        .filled_symbol("━")
        .unfilled_symbol("─")
        .filled_style(ctx.theme.accent)
        .unfilled_style(ctx.theme.dim)
        .ratio(ratio.clamp(0.0, 1.0))
        .label(format!("{:>3}%", (ratio * 100.0).round() as u32))
        .render(right.inner(ratatui::layout::Margin::new(1, 0)), buf);
    hints_line(ctx, hints, buf);
}

/// Key hints for the current mode, from the keymap.
fn hints_line(ctx: &Ctx, hints: Rect, buf: &mut Buffer) {
    if ctx.view.viewer.present() {
        // Nothing for the room to read but the documentary.
        return;
    }
    let mode = crate::app::mode_of(&ctx.view);
    let mut spans = vec![Span::raw(" ")];
    // After the last panel there is nothing next to go to, before the first nothing to go back to.
    let idle = match ctx.view.room.screen() {
        Screen::End => Some(crate::app::Action::Next),
        Screen::Title => Some(crate::app::Action::Back),
        _ => None,
    }
    .and_then(|a| keymap::key_name(mode, a, ctx.lang));
    let mut room = usize::from(hints.width).saturating_sub(1);
    // Text below the fold: next reads on first, and says so.
    let next = keymap::key_name(mode, crate::app::Action::Next, ctx.lang);
    let more = ctx.more_below() && ctx.view.viewer.overlay().is_none();
    // Following a screening, the moves are the facilitator's.
    let following = ctx.view.following;
    let offered = |a| !(following && crate::app::moves_the_room(a));
    for (first, hint) in keymap::hints_where(mode, ctx.lang, offered) {
        if idle.as_ref() == Some(&first) {
            continue;
        }
        let hint = match more && next.as_ref() == Some(&first) {
            true => words::of(ctx.lang).ui_more_below,
            false => hint,
        };
        // A hint is shown whole or not at all: no "q qu" at the edge.
        let width = unicode_width::UnicodeWidthStr::width(format!("{first} {hint}").as_str());
        if width > room {
            break;
        }
        room = room.saturating_sub(width + 3);
        spans.push(Span::styled(
            first,
            ctx.theme.accent.add_modifier(Modifier::BOLD),
        ));
        spans.push(Span::styled(format!(" {hint}   "), ctx.theme.dim));
    }
    Line::from(spans).render(hints, buf);
}
