//! Choice: a question put to the viewer, an option to pick or a figure to
//! guess; once answered, the real figure stands beside the guess.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::Progress;
use crate::content::model::{Ask, Choice};
use crate::journey::Answer;
use crate::ui::ctx::{Ctx, READING_WIDTH};
use crate::ui::layout::{column, scrolled};
use crate::ui::text;

fn style_for(ctx: &Ctx, selected: bool) -> ratatui::style::Style {
    if selected {
        ctx.theme.selected
    } else {
        ctx.theme.base
    }
}

pub fn render(
    ctx: &Ctx,
    ch: &Choice,
    i: usize,
    progress: &Progress,
    votes: Option<&[u64]>,
    area: Rect,
    buf: &mut Buffer,
) -> u16 {
    // Whoever's answer counts here: the room's on a screening's projector,
    // else this viewer's own.
    let answer = match ctx.view.room_answers() {
        true => ctx.view.answer(i),
        false => ctx.view.viewer.answers().get(&i).cloned(),
    };
    let answer = answer.as_ref();
    let revealed = ctx.view.revealed(i);
    let lang = ctx.lang;
    let area = column(area, READING_WIDTH);
    let width = area.width.saturating_sub(2);
    let mut lines = vec![Line::styled(
        crate::words::of(ctx.lang).ui_a_question_for_you,
        ctx.theme.accent,
    )];
    lines.extend(text::wrap(ch.prompt.get(lang), width, ctx.theme.strong));
    lines.push(Line::default());
    match &ch.ask {
        Ask::Options(opts) => {
            let picked = match answer {
                Some(Answer::Picked(k)) => Some(*k),
                _ => None,
            };
            // The facilitator's cursor counts hands; the projector hides it.
            let pointer_shown = !ctx.view.viewer.present();
            let total = votes.map_or(0, |v| v.iter().fold(0u64, |a, n| a.saturating_add(*n)));
            for (k, o) in opts.iter().enumerate() {
                if let Some(v) = votes.filter(|_| total > 0) {
                    // The room's votes, as a bar per option; the cursor picks
                    // the option hands are counted for.
                    let is_sel = picked.map_or(progress.selected == k && pointer_shown, |p| p == k);
                    let n = v.get(k).copied().unwrap_or(0);
                    let bar_w = usize::from(width / 3);
                    let cells = crate::app::bar_cells(n, total, bar_w);
                    lines.push(Line::from(vec![
                        Span::styled(
                            format!("{} {n:>3} ", if is_sel { "›" } else { " " }),
                            style_for(ctx, is_sel),
                        ),
                        Span::styled(format!("{:<bar_w$} ", "█".repeat(cells)), ctx.theme.bar),
                        Span::styled(o.get(lang).to_owned(), style_for(ctx, is_sel)),
                    ]));
                    continue;
                }
                let is_sel = picked.map_or(progress.selected == k, |p| p == k);
                let (pointer, mark) = match (picked, is_sel) {
                    (Some(_), true) => ("›", "●"),
                    (Some(_), false) => (" ", "○"),
                    (None, true) => ("›", "○"),
                    (None, false) => (" ", "○"),
                };
                let style = if is_sel {
                    ctx.theme.selected
                } else {
                    ctx.theme.base
                };
                lines.extend(text::wrap_hanging(
                    &format!("{pointer} {mark} "),
                    o.get(lang),
                    width,
                    style,
                ));
            }
            if revealed && ctx.view.room_answers() {
                let said = room_said(ctx, ch);
                lines.push(Line::default());
                lines.extend(text::wrap_hanging(
                    crate::words::of(ctx.lang).ui_the_room.trim_start(),
                    &said,
                    width,
                    ctx.theme.heading,
                ));
            }
        }
        Ask::Guess { .. } => lines.extend(super::guess::lines(ctx, ch, progress, answer, width)),
    }
    lines.push(Line::default());
    match revealed {
        false if ctx.view.room_answers() => lines.push(Line::styled(
            ctx.key_hint(crate::words::of(ctx.lang).ui_reveal_rooms_answer),
            ctx.theme.dim,
        )),
        false => lines.push(Line::styled(
            ctx.key_hint(match ch.ask {
                Ask::Options(_) => crate::words::of(ctx.lang).ui_or_enter_answer,
                // The guess's own line names ↑ and ↓.
                Ask::Guess { .. } => crate::words::of(ctx.lang).ui_guess_enter_answer,
            }),
            ctx.theme.dim,
        )),
        true => {
            if let Some(r) = &ch.reveal {
                lines.extend(text::wrap(r.get(lang), width, ctx.theme.base));
                lines.push(Line::default());
            }
            // Revealed for the room, its voting is closed: a follower has
            // nothing left to do here (and may not have answered at all).
            if !ctx.view.following {
                lines.push(Line::styled(
                    ctx.key_hint(crate::words::of(ctx.lang).ui_answered_go_on),
                    ctx.theme.dim,
                ));
            }
        }
    }
    scrolled(ctx, lines, area, buf)
}

/// The room's answer on the question on screen, in words (a tie as a tie).
pub fn room_said(ctx: &Ctx, ch: &Choice) -> String {
    let crate::app::Screen::Panel(i) = ctx.view.room.screen() else {
        return String::new();
    };
    room_answer_label(ctx, ch, i)
}

/// The room's answer on choice panel `i`, in words.
pub fn room_answer_label(ctx: &Ctx, ch: &Choice, i: usize) -> String {
    ctx.view.room_answer_words(ch, i, ctx.lang)
}
