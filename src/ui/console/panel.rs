//! What the room sees of the panel on screen, told to the facilitator: the
//! notice waiting, the debate's questions, the guess and the poll beside the
//! real figure.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::app::{Gate, Status};
use crate::content::model::Ask;
use crate::content::{Documentary, Lang, Panel, Slot};
use crate::journey::Answer;
use crate::ui::text;
use crate::ui::theme::Theme;

/// The lines about panel `slot` as the room sees it now.
pub fn details(
    doc: &Documentary,
    slot: Slot,
    status: &Status,
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let panel = doc.panel(slot);
    if status.gate == Some(Gate::Episode) {
        let title = text::clean(doc.episode(slot).title.get(lang));
        let card = (crate::words::of(lang).console_card_on_screen)(&title);
        return vec![Line::default(), Line::styled(card, theme.notice)];
    }
    if let Some(gate) = status.gate {
        let text = match gate {
            Gate::Episode => None,
            Gate::Chapter => doc.chapter(slot).notice.as_ref(),
            Gate::Panel => panel.notice(),
        };
        lines.push(Line::default());
        lines.push(Line::styled(
            said(lang, |w| w.console_notice_on_screen_s_skips),
            theme.notice,
        ));
        if let Some(text) = text {
            lines.push(Line::styled(
                format!("  {}", crate::ui::text::clean(text.get(lang))),
                theme.base,
            ));
        }
        return lines;
    }
    match panel {
        Panel::Debate(d) => {
            lines.push(Line::default());
            lines.push(Line::styled(
                said(lang, |w| w.console_questions_picks_one_on_screen),
                theme.heading,
            ));
            for (k, q) in d.questions.iter().enumerate() {
                let picked = k == status.progress.selected;
                let out = status.progress.answers_shown(k);
                lines.push(Line::from(vec![
                    Span::styled(
                        format!(
                            "{} {}/{} ",
                            if picked { "›" } else { " " },
                            out,
                            q.answers.len()
                        ),
                        theme.accent.add_modifier(Modifier::BOLD),
                    ),
                    Span::styled(
                        crate::ui::text::clean(q.text.get(lang)),
                        if picked { theme.selected } else { theme.base },
                    ),
                ]));
            }
        }
        Panel::Choice(ch) => match &ch.ask {
            Ask::Options(opts) => {
                let counts = status.polls.get(&ch.id).cloned().unwrap_or_default();
                let total = counts.iter().fold(0u64, |a, n| a.saturating_add(*n));
                lines.push(Line::default());
                lines.push(Line::styled(
                    format!(
                        "{} ({total})",
                        said(lang, |w| w.console_room_poll_choose_count_hands)
                    ),
                    theme.heading,
                ));
                for (k, o) in opts.iter().enumerate() {
                    let n = counts.get(k).copied().unwrap_or(0);
                    let bar = "█".repeat(crate::app::bar_cells(n, total, 20));
                    let pointer = if k == status.selected { "›" } else { " " };
                    lines.push(Line::from(vec![
                        Span::styled(
                            format!("{pointer} {n:>3} "),
                            theme.accent.add_modifier(Modifier::BOLD),
                        ),
                        Span::styled(bar, theme.bar),
                        Span::styled(format!(" {}", o.get(lang)), theme.base),
                    ]));
                }
                if let Some(reveal) = &ch.reveal {
                    lines.push(Line::styled(
                        format!(
                            "{} {}",
                            crate::words::of(lang).console_the_report,
                            crate::ui::text::clean(reveal.get(lang))
                        ),
                        theme.dim,
                    ));
                }
            }
            Ask::Guess {
                figure, min, step, ..
            } => {
                let on_screen = match &status.answer {
                    Some(Answer::Guessed(v)) => *v,
                    _ => min + step * f64::from(status.progress.guess_steps),
                };
                let real = doc
                    .statistic(figure)
                    .map(|s| crate::content::text::with_unit(doc, s, lang))
                    .unwrap_or_default();
                lines.push(Line::default());
                lines.push(Line::styled(
                    format!(
                        "{} {}   {} {}",
                        if status.answer.is_some() {
                            crate::words::of(lang).console_guess_given
                        } else {
                            crate::words::of(lang).console_guess_on_screen
                        },
                        crate::content::text::guess_label(doc, figure, on_screen, lang),
                        crate::words::of(lang).console_real_figure,
                        real
                    ),
                    theme.heading,
                ));
                if let (Some(lo), Some(hi)) = (status.guesses.first(), status.guesses.last()) {
                    let median = crate::app::median_of(&status.guesses).unwrap_or(*lo);
                    let n = |v: f64| crate::content::figures::format_number(v, 2, lang);
                    lines.push(Line::styled(
                        (crate::words::of(lang).room_guesses)(
                            status.guesses.len(),
                            &n(*lo),
                            &n(*hi),
                            &n(median),
                        ),
                        theme.base,
                    ));
                }
            }
        },
        _ => {}
    }
    lines
}

/// A console sentence in `lang`, its keys filled from the console's keymap.
fn said(lang: Lang, pick: fn(&crate::words::Words) -> &'static str) -> String {
    crate::keymap::fill(
        pick(crate::words::of(lang)),
        crate::keymap::Mode::Console,
        lang,
    )
}
