//! An episode's title card: what the episode is about and how long it is,
//! before its first panel, centred on the screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::text;
use crate::content::Panel;
use crate::ui::ctx::{Ctx, READING_WIDTH};
use crate::ui::layout::column;

pub fn render(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let Some(slot) = ctx.view.slot() else {
        return;
    };
    let doc = &ctx.view.doc;
    let Some(episode) = doc.episodes.get(slot.episode) else {
        return;
    };
    let words = crate::words::of(ctx.lang);
    let area = column(area, READING_WIDTH.min(72));
    let width = area.width;
    let mut lines = vec![
        Line::styled(
            (words.card_episode)(slot.episode + 1, doc.episodes.len()),
            ctx.theme.dim,
        ),
        Line::default(),
    ];
    lines.extend(text::wrap_balanced(
        episode.title.get(ctx.lang),
        width,
        ctx.theme.heading,
    ));
    if let Some(summary) = &episode.summary {
        lines.push(Line::default());
        lines.extend(text::wrap_balanced(
            summary.get(ctx.lang),
            width,
            ctx.theme.base,
        ));
    }
    let panels: Vec<&Panel> = episode.chapters.iter().flat_map(|c| &c.panels).collect();
    lines.push(Line::default());
    // A workshop plans its time by the facilitator's notes, when they give
    // it; a viewer alone, by the reading.
    let planned: u32 = (episode.chapters.iter())
        .filter_map(|c| c.facilitator.as_ref().map(|f| f.minutes))
        .fold(0, u32::saturating_add);
    let time = if ctx.view.room.workshop() && planned > 0 {
        (words.card_minutes)(planned)
    } else {
        (words.card_reading)(crate::app::episode_minutes(doc, slot.episode, ctx.lang))
    };
    let length = format!("{} · {time}", (words.card_chapters)(episode.chapters.len()));
    lines.push(Line::styled(length, ctx.theme.dim));
    let notices = episode
        .chapters
        .iter()
        .filter(|c| c.notice.is_some())
        .count()
        + panels.iter().filter(|p| p.notice().is_some()).count();
    if notices > 0 {
        lines.extend(text::wrap_balanced(
            &(words.card_notices)(notices),
            width,
            ctx.theme.notice,
        ));
    }
    if let Some(hint) = ctx.room_keys(words.card_hint, crate::keymap::Mode::Play) {
        lines.push(Line::default());
        lines.push(Line::styled(hint, ctx.theme.accent));
    }
    let h = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    let y = area.y + (area.height - h) / 2;
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .render(Rect::new(area.x, y, area.width, h), buf);
}
