//! A guess: the figure chosen (typed or moved by steps), the range it takes
//! and what a typed figure counts as; once given, the guess and the real
//! figure in one aligned column, and how far apart they are.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::app::{Progress, typed};
use crate::content::figures::Figure;
use crate::content::model::{Ask, Choice};
use crate::content::text::{guess_label, with_unit};
use crate::journey::Answer;
use crate::ui::ctx::Ctx;
use crate::ui::text;

/// The guess's lines; `answer` is whoever's counts here (see `choice`).
pub fn lines(
    ctx: &Ctx,
    ch: &Choice,
    progress: &Progress,
    answer: Option<&Answer>,
    width: u16,
) -> Vec<Line<'static>> {
    let Ask::Guess {
        figure,
        min,
        max,
        step,
    } = &ch.ask
    else {
        return Vec::new();
    };
    let doc = ctx.view.doc;
    let lang = ctx.lang;
    let words = crate::words::of(lang);
    let revealed = match ctx.view.room.screen() {
        crate::app::Screen::Panel(i) => ctx.view.revealed(i),
        _ => false,
    };
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
    let label = |v: f64| guess_label(doc, figure, v, lang);
    let mut lines = Vec::new();
    if !revealed {
        let prefix = match room {
            true => words.ui_room_guessing.to_owned(),
            false if ctx.view.viewer.present() => words.ui_your_guess.to_owned(),
            false => crate::keymap::fill(
                words.ui_your_guess_more_less,
                crate::keymap::Mode::Guess,
                lang,
            ),
        };
        let mut line = vec![Span::styled(prefix, ctx.theme.base)];
        if let Some(v) = value.filter(|_| !room) {
            line.push(Span::styled(
                format!(" {} ", label(v)),
                ctx.theme.selected.add_modifier(Modifier::BOLD),
            ));
        }
        lines.push(Line::from(line));
        let typed = ctx.view.viewer.typed();
        if !room && !typed.is_empty() {
            let shown = if typed::below_range(typed, &ch.ask) {
                (words.guess_typed_below)(typed, &label(*min))
            } else if let Some(v) = value.filter(|_| typed::value(typed).is_some()) {
                (words.guess_typed)(typed, &label(v))
            } else {
                String::new()
            };
            lines.extend(text::wrap(&shown, width, ctx.theme.accent));
        }
        if !room {
            let range = (words.guess_range)(&label(*min), &label(*max), &label(*step));
            lines.extend(text::wrap(&range, width, ctx.theme.dim));
        }
    } else {
        // The guess and the real figure in one column, labels padded alike.
        let guess_word = if room {
            words.ui_rooms_guess
        } else {
            words.ui_your_guess
        };
        let real_word = words.ui_the_real_figure;
        let col = guess_word.width().max(real_word.width());
        let pad = |w: &str| format!("{w}{}", " ".repeat(col.saturating_sub(w.width())));
        let shown = match value {
            Some(v) if room => {
                let n = poll.map_or(0, |p| p.guesses().len());
                (words.ui_rooms_median)(&label(v), n)
            }
            Some(v) => label(v),
            None => words.ui_no_room_answer.to_owned(),
        };
        lines.push(Line::from(vec![
            Span::styled(pad(guess_word), ctx.theme.base),
            Span::styled(shown, ctx.theme.selected.add_modifier(Modifier::BOLD)),
        ]));
        if let Some(stat) = doc.statistic(figure) {
            lines.push(Line::from(vec![
                Span::styled(pad(real_word), ctx.theme.base),
                Span::styled(with_unit(doc, stat, lang), ctx.theme.figure),
            ]));
            let indent = " ".repeat(col);
            lines.extend(text::wrap_hanging(
                &indent,
                stat.label.get(lang),
                width,
                ctx.theme.dim,
            ));
            if let (Some(v), Some(real)) = (value, doc.figures.get(figure)) {
                lines.extend(verdict(ctx, v, real, *step, &indent, width));
            }
        }
    }
    if let Some(poll) = poll {
        lines.extend(super::spread::lines(ctx, ch, &poll.guesses(), width));
    }
    lines
}

/// A guess set against the real figure: right when inside its range (or
/// within one step of an exact figure), else how many times it is.
fn verdict(
    ctx: &Ctx,
    guess: f64,
    real: &Figure,
    step: f64,
    indent: &str,
    width: u16,
) -> Vec<Line<'static>> {
    let words = crate::words::of(ctx.lang);
    let right = if real.lo < real.hi {
        (real.lo..=real.hi).contains(&guess)
    } else {
        (guess - real.lo).abs() <= step.abs()
    };
    if right {
        let style = ctx.theme.accent.add_modifier(Modifier::BOLD);
        return text::wrap_hanging(indent, words.guess_right, width, style);
    }
    let middle = real.lo / 2.0 + real.hi / 2.0;
    let ratio = guess / middle;
    if !ratio.is_finite() || ratio <= 0.0 {
        return Vec::new();
    }
    let shown = crate::content::figures::format_number(ratio, 1, ctx.lang);
    text::wrap_hanging(
        indent,
        &(words.guess_ratio)(&shown),
        width,
        ctx.theme.accent,
    )
}
