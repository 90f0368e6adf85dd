//! Choice: a question put to the viewer, an option to pick or a figure to
//! guess; once answered, the real figure stands beside the guess.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::app::Progress;
use crate::content::model::{Ask, Choice};
use crate::content::text::{guess_label, with_unit};
use crate::journey::Answer;
use crate::ui::{Ctx, READING_WIDTH, column, scrolled, text};

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
    let doc = &ctx.view.doc;
    let lang = ctx.lang;
    let area = column(area, READING_WIDTH);
    let width = area.width.saturating_sub(2);
    let mut lines = vec![Line::styled(
        crate::words::of(ctx.lang).ui_a_question_for_you,
        ctx.theme.accent,
    )];
    lines.extend(text::wrap(ch.prompt.get(lang), width, ctx.theme.heading));
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
        Ask::Guess {
            figure, min, step, ..
        } => {
            let words = crate::words::of(ctx.lang);
            let room = ctx.view.room_answers();
            let poll = match ctx.view.room.screen() {
                crate::app::Screen::Panel(i) => ctx.view.room.polls().get(&i),
                _ => None,
            };
            let value = match answer {
                Some(Answer::Guessed(v)) => Some(*v),
                // Before the reveal the room's guess is nobody's: no cursor value.
                _ if room => None,
                _ => Some(min + step * f64::from(progress.guess_steps)),
            };
            let prefix = match (revealed, room) {
                (true, false) => words.ui_your_guess.to_owned(),
                (true, true) => words.ui_rooms_guess.to_owned(),
                (false, false) if ctx.view.viewer.present() => words.ui_your_guess.to_owned(),
                (false, false) => crate::keymap::fill(
                    words.ui_your_guess_more_less,
                    crate::keymap::Mode::Guess,
                    ctx.lang,
                ),
                (false, true) => words.ui_room_guessing.to_owned(),
            };
            let shown = match value {
                Some(v) if room => {
                    let n = poll.map_or(0, |p| p.guesses().len());
                    (words.ui_rooms_median)(&guess_label(doc, figure, v, lang), n)
                }
                Some(v) => guess_label(doc, figure, v, lang),
                None if revealed => words.ui_no_room_answer.to_owned(),
                None => String::new(),
            };
            let mut line = vec![Span::styled(prefix, ctx.theme.base)];
            if !shown.is_empty() {
                line.push(Span::styled(
                    format!(" {shown} "),
                    ctx.theme.selected.add_modifier(Modifier::BOLD),
                ));
            }
            lines.push(Line::from(line));
            if revealed && let Some(stat) = doc.statistic(figure) {
                lines.push(Line::from(vec![
                    Span::styled(words.ui_the_real_figure, ctx.theme.base),
                    Span::styled(
                        format!(" {} ", with_unit(doc, stat, lang)),
                        ctx.theme.figure,
                    ),
                ]));
                lines.extend(text::wrap(stat.label.get(lang), width, ctx.theme.dim));
                if let (Some(v), Some(real)) = (value, doc.figures.get(figure)) {
                    lines.push(verdict(ctx, v, real, *step));
                }
            }
            if let Some(poll) = poll {
                lines.extend(super::spread::lines(ctx, ch, &poll.guesses()));
            }
        }
    }
    lines.push(Line::default());
    match revealed {
        false if ctx.view.room_answers() => lines.push(Line::styled(
            ctx.key_hint(crate::words::of(ctx.lang).ui_reveal_rooms_answer),
            ctx.theme.dim,
        )),
        false => lines.push(Line::styled(
            ctx.key_hint(crate::words::of(ctx.lang).ui_or_enter_answer),
            ctx.theme.dim,
        )),
        true => {
            if let Some(r) = &ch.reveal {
                lines.extend(text::wrap(r.get(lang), width, ctx.theme.base));
                lines.push(Line::default());
            }
            lines.push(Line::styled(
                ctx.key_hint(crate::words::of(ctx.lang).ui_answered_go_on),
                ctx.theme.dim,
            ));
        }
    }
    scrolled(ctx, lines, area, buf)
}

/// A guess set against the real figure: right when inside its range (or
/// within one step of an exact figure), else how many times it is.
fn verdict(
    ctx: &Ctx,
    guess: f64,
    real: &crate::content::figures::Figure,
    step: f64,
) -> Line<'static> {
    let words = crate::words::of(ctx.lang);
    let right = if real.lo < real.hi {
        (real.lo..=real.hi).contains(&guess)
    } else {
        (guess - real.lo).abs() <= step.abs()
    };
    if right {
        return Line::styled(
            words.guess_right,
            ctx.theme.accent.add_modifier(Modifier::BOLD),
        );
    }
    let middle = real.lo / 2.0 + real.hi / 2.0;
    let ratio = guess / middle;
    if !ratio.is_finite() || ratio <= 0.0 {
        return Line::default();
    }
    let shown = crate::content::figures::format_number(ratio, 1, ctx.lang);
    Line::styled((words.guess_ratio)(&shown), ctx.theme.dim)
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
    use crate::app::RoomAnswer;
    let words = crate::words::of(ctx.lang);
    let option = |k: usize| match &ch.ask {
        Ask::Options(o) => o
            .get(k)
            .map(|o| o.get(ctx.lang).to_owned())
            .unwrap_or_default(),
        Ask::Guess { .. } => String::new(),
    };
    if !ctx.view.revealed(i) {
        return words.ui_not_revealed.to_owned();
    }
    match ctx.view.room_answer(i) {
        None => words.ui_no_room_answer.to_owned(),
        Some(RoomAnswer::Picked(k)) => option(k),
        Some(RoomAnswer::Tie(ks)) => {
            let names: Vec<String> = ks.into_iter().map(option).collect();
            (words.ui_tie)(&names.join(" / "))
        }
        Some(RoomAnswer::Guessed { median, count, .. }) => {
            let Ask::Guess { figure, .. } = &ch.ask else {
                return String::new();
            };
            let shown = guess_label(ctx.view.doc, figure, median, ctx.lang);
            (words.ui_rooms_median)(&shown, count)
        }
    }
}
