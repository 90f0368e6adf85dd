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
    progress: &Progress,
    answer: Option<&Answer>,
    votes: Option<&[u64]>,
    area: Rect,
    buf: &mut Buffer,
) -> u16 {
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
            let total = votes.map_or(0, |v| v.iter().fold(0u64, |a, n| a.saturating_add(*n)));
            for (k, o) in opts.iter().enumerate() {
                if let Some(v) = votes.filter(|_| total > 0) {
                    // The room's votes, as a bar per option; the cursor picks
                    // the option hands are counted for.
                    let is_sel = progress.selected == k;
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
        }
        Ask::Guess {
            figure, min, step, ..
        } => {
            let value = match answer {
                Some(Answer::Guessed(v)) => *v,
                _ => min + step * f64::from(progress.guess_steps),
            };
            let label = guess_label(doc, figure, value, lang);
            let words = crate::words::of(ctx.lang);
            // In a screening the guess on screen is the room's, not one person's.
            let prefix = match (answer.is_some(), ctx.view.room.workshop) {
                (true, false) => words.ui_your_guess.to_owned(),
                (true, true) => words.ui_rooms_guess.to_owned(),
                (false, false) => crate::keymap::fill(
                    words.ui_your_guess_more_less,
                    crate::keymap::Mode::Guess,
                    ctx.lang,
                ),
                (false, true) => crate::keymap::fill(
                    words.ui_rooms_guess_more_less,
                    crate::keymap::Mode::Guess,
                    ctx.lang,
                ),
            };
            lines.push(Line::from(vec![
                Span::styled(prefix, ctx.theme.base),
                Span::styled(
                    format!(" {label} "),
                    ctx.theme.selected.add_modifier(Modifier::BOLD),
                ),
            ]));
            if answer.is_some()
                && let Some(stat) = doc.statistic(figure)
            {
                lines.push(Line::from(vec![
                    Span::styled(
                        crate::words::of(ctx.lang).ui_the_real_figure,
                        ctx.theme.base,
                    ),
                    Span::styled(
                        format!(" {} ", with_unit(doc, stat, lang)),
                        ctx.theme.figure,
                    ),
                ]));
                lines.extend(text::wrap(stat.label.get(lang), width, ctx.theme.dim));
                // Within the figure (or half a step of it): said so.
                let half = step.abs() / 2.0;
                if let Some(real) = doc.figures.get(figure)
                    && value >= real.lo - half
                    && value <= real.hi + half
                {
                    lines.push(Line::styled(
                        crate::words::of(ctx.lang).guess_right,
                        ctx.theme.accent.add_modifier(Modifier::BOLD),
                    ));
                }
            }
            if let crate::app::Screen::Panel(i) = ctx.view.room.screen()
                && let Some(poll) = ctx.view.room.polls().get(&i)
            {
                lines.extend(super::spread::lines(ctx, ch, &poll.guesses()));
            }
        }
    }
    lines.push(Line::default());
    match answer {
        None => lines.push(Line::styled(
            ctx.key_hint(crate::words::of(ctx.lang).ui_or_enter_answer),
            ctx.theme.dim,
        )),
        Some(_) => {
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
