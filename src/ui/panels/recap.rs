//! Recap: at the end of an episode, the viewer's answers beside the real figures.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::content::Panel;
use crate::content::model::{Ask, Recap};
use crate::content::text::{answer_label, with_unit};
use crate::ui::ctx::{Ctx, READING_WIDTH};
use crate::ui::layout::{column, scrolled};
use crate::ui::text;

pub fn render(ctx: &Ctx, r: &Recap, episode: usize, area: Rect, buf: &mut Buffer) -> u16 {
    let doc = &ctx.view.doc;
    let lang = ctx.lang;
    let area = column(area, READING_WIDTH);
    let width = area.width.saturating_sub(2);
    let mut lines = text::wrap(r.heading.get(lang), width, ctx.theme.heading);
    let mut any = false;
    // A recap is a list read entry by entry: what must fit at once is the
    // heading with the first entry, then each entry.
    let mut must_see = 0;
    let mut entry_start = 0;
    for (i, slot) in doc.timeline.iter().enumerate() {
        let Panel::Choice(ch) = doc.panel(*slot) else {
            continue;
        };
        if slot.episode != episode {
            continue;
        }
        if any {
            must_see = must_see.max(lines.len() - entry_start);
            entry_start = lines.len() + 1;
        }
        any = true;
        lines.push(Line::default());
        lines.extend(text::wrap(ch.prompt.get(lang), width, ctx.theme.accent));
        // In a screening the room answered, never "you".
        let (who, said) = if ctx.view.room_answers() {
            let said = super::choice::room_answer_label(ctx, ch, i);
            (crate::words::of(ctx.lang).ui_the_room, said)
        } else {
            let yours = match ctx.view.viewer.answers().get(&i) {
                Some(a) => answer_label(doc, ch, a, lang),
                None => crate::words::of(ctx.lang).ui_not_answered.to_owned(),
            };
            (crate::words::of(ctx.lang).ui_you, yours)
        };
        lines.extend(text::wrap_hanging(who, &said, width, ctx.theme.base));
        if let Ask::Guess { figure, .. } = &ch.ask
            && let Some(stat) = doc.statistic(figure)
        {
            lines.extend(text::wrap_hanging(
                crate::words::of(ctx.lang).ui_real,
                &format!("{} — {}", with_unit(doc, stat, lang), stat.label.get(lang)),
                width,
                ctx.theme.figure,
            ));
        }
    }
    if !any {
        lines.push(Line::default());
        lines.push(Line::styled(
            crate::words::of(ctx.lang).ui_no_question_in_this_episode,
            ctx.theme.dim,
        ));
    }
    let must_see = must_see.max(lines.len() - entry_start);
    ctx.overflow(
        u16::try_from(must_see)
            .unwrap_or(u16::MAX)
            .saturating_sub(area.height),
    );
    scrolled(ctx, lines, area, buf)
}
