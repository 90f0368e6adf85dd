//! Drawing the console: where the screen is, what to discuss, the room's
//! poll, the clocks. Pure: the clock comes in as `now`.

mod panel;
mod queue;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};

use crate::app::{Console, TIMER_WARNING_SECS};
use crate::content::text::{kind_word, panel_title, with_unit};
use crate::content::{Documentary, Lang, Panel};
use crate::keymap::{self, Mode};
use crate::ui::theme::Theme;

fn clock(secs: u64) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

/// "[Figure] €400 per week — Bilel's weekly pay": a panel as the console names it.
fn panel_name(doc: &Documentary, panel: &Panel, lang: Lang) -> String {
    let name = match panel {
        Panel::Statistic(p) => format!("{} — {}", with_unit(doc, p, lang), p.label.get(lang)),
        other => panel_title(other, lang),
    };
    format!(
        "[{}] {}",
        kind_word(panel, lang),
        crate::ui::text::clean(&name)
    )
}

/// Draws the console. Pure: the clock comes in as `now`.
pub fn render(c: &Console, now: u64, area: Rect, buf: &mut Buffer) {
    // The accent of the episode on the screen the console follows.
    let family = c
        .status()
        .and_then(|s| s.panel.as_ref())
        .and_then(|id| c.doc().panel_index.get(id))
        .and_then(|&i| c.doc().timeline.get(i))
        .and_then(|&slot| c.doc().episode(slot).family);
    let theme = Theme::of(c.theme(), c.depth(), family);
    let lang = c.lang();
    buf.set_style(area, theme.base);
    let link = match (&c.connected(), &c.refusal()) {
        (true, _) => crate::words::of(c.lang())
            .console_following_the_screen
            .to_owned(),
        (false, Some(r)) => format!(
            "{} {}",
            crate::words::of(c.lang()).console_refused_by_the_screen,
            r.message(lang)
        ),
        (false, None) => crate::words::of(c.lang())
            .console_waiting_for_the_screen
            .to_owned(),
    };
    let title = match &c.session() {
        Some(s) => format!(
            " {} « {s} » — {link} ",
            crate::words::of(c.lang()).console_facilitator_console_session
        ),
        None => format!(
            " {} — {link} ",
            crate::words::of(c.lang()).console_facilitator_console
        ),
    };
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(if c.connected() {
            theme.accent
        } else {
            theme.dim
        })
        .title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    let [body, keys] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(2),
    ]));
    // Each key with its word on one line: a row ends before a pair that
    // would not fit, never inside it.
    let mut rows: Vec<Line> = vec![Line::default()];
    for (key, hint) in keymap::hints(c.mode(), lang) {
        let pair = [
            Span::styled(key, theme.accent.add_modifier(Modifier::BOLD)),
            Span::styled(format!(" {hint}  "), theme.dim),
        ];
        let width: usize = pair.iter().map(Span::width).sum();
        let last = rows.last().map_or(0, Line::width);
        if last > 0 && last + width > usize::from(keys.width) {
            rows.push(Line::default());
        }
        if let Some(row) = rows.last_mut() {
            row.spans.extend(pair);
        }
    }
    Paragraph::new(rows).style(theme.dim).render(keys, buf);

    if c.help() {
        return help(c, &theme, body, buf);
    }
    if let Some(sel) = c.list() {
        let rows: Vec<Line> = c
            .chapters()
            .iter()
            .enumerate()
            .map(|(k, (e, ch, _))| {
                let title = format!(
                    "{} {} · {}",
                    if k == sel { "›" } else { " " },
                    e + 1,
                    c.doc().episodes[*e].chapters[*ch].title.get(lang)
                );
                Line::styled(title, if k == sel { theme.selected } else { theme.base })
            })
            .collect();
        let h = usize::from(body.height);
        let top = sel.saturating_sub(h.saturating_sub(1));
        Paragraph::new(rows.into_iter().skip(top).take(h).collect::<Vec<_>>()).render(body, buf);
        return;
    }

    let Some(status) = &c.status() else {
        return waiting(c, &theme, body, buf);
    };
    let doc = &c.doc();
    let mut lines: Vec<Line> = Vec::new();
    let session_secs = now.saturating_sub(status.session_started);
    let chapter_secs = now.saturating_sub(status.chapter_started);
    let current = status
        .panel
        .as_ref()
        .and_then(|id| doc.panel_index.get(id).copied());
    let web = crate::words::web(c.lang());
    if c.ending() {
        let ask = crate::keymap::fill(web.end_confirm, crate::keymap::Mode::Console, c.lang());
        lines.push(Line::styled(ask, theme.notice));
    }
    if status.room.ended {
        lines.push(Line::styled(web.ended_console, theme.notice));
        if let Some(at) = &status.room.handout {
            lines.push(Line::styled((web.handout_at)(at), theme.dim));
        }
    }
    let state_word = if status.blank {
        crate::words::of(c.lang()).console_black_screen
    } else if status.notice {
        crate::words::of(c.lang()).console_content_notice_on_screen
    } else {
        ""
    };
    lines.push(Line::from(vec![
        Span::styled(
            format!(
                "{} {}",
                crate::words::of(c.lang()).console_session,
                clock(session_secs)
            ),
            theme.accent,
        ),
        Span::styled(format!("   {state_word}"), theme.notice),
    ]));
    // The timer right under the clock: it must never fall off a small console.
    if let Some(end) = status.timer_end {
        if end > now {
            let left = end - now;
            let warn = left <= TIMER_WARNING_SECS;
            lines.push(Line::styled(
                format!(
                    "⏱ {} {}{}",
                    clock(left),
                    crate::words::of(c.lang()).console_left_in_the_discussion,
                    if warn {
                        crate::words::of(c.lang()).console_invite_the_quiet_voices
                    } else {
                        ""
                    }
                ),
                if warn { theme.notice } else { theme.accent },
            ));
        } else {
            let over = now.saturating_sub(end);
            lines.push(Line::styled(
                format!(
                    "{} +{}:{:02}",
                    crate::words::of(c.lang()).console_time_is_up,
                    over / 60,
                    over % 60
                ),
                theme.notice,
            ));
        }
    }
    match current {
        None => lines.push(Line::styled(
            if status.at_end {
                crate::words::of(c.lang()).console_the_end_credits
            } else {
                crate::words::of(c.lang()).console_title_screen
            },
            theme.heading,
        )),
        Some(i) => {
            let slot = doc.timeline[i];
            let chapter = doc.chapter(slot);
            // As the screen counts (a screen from before says nothing: all).
            let (k, n) = (status.position).unwrap_or((slot.panel + 1, chapter.panels.len()));
            lines.push(Line::styled(
                format!(
                    "{} {} · {} — {} {}/{}",
                    crate::words::of(c.lang()).episode_short,
                    slot.episode + 1,
                    chapter.title.get(lang),
                    crate::words::of(c.lang()).console_panel,
                    k,
                    n
                ),
                theme.heading,
            ));
            lines.push(Line::styled(
                panel_name(doc, doc.panel(slot), lang),
                theme.base,
            ));
            if let Some(f) = &chapter.facilitator {
                let over = chapter_secs > u64::from(f.minutes) * 60;
                lines.push(Line::default());
                lines.push(Line::styled(
                    format!(
                        "{} {} / {}:00{}",
                        crate::words::of(c.lang()).console_chapter,
                        clock(chapter_secs),
                        f.minutes,
                        if over {
                            crate::words::of(c.lang()).console_over_the_suggested_time
                        } else {
                            ""
                        }
                    ),
                    if over { theme.notice } else { theme.accent },
                ));
                lines.push(Line::styled(
                    crate::words::of(c.lang()).console_to_discuss,
                    theme.heading,
                ));
                for p in &f.prompts {
                    lines.push(Line::styled(format!("  • {}", p.get(lang)), theme.base));
                }
            }
            lines.extend(panel::details(doc, slot, status, lang, &theme));
            if let Some(next) = status.next.as_ref().and_then(|id| doc.panel_index.get(id)) {
                lines.push(Line::default());
                lines.push(Line::from(vec![
                    Span::styled(crate::words::of(c.lang()).console_next, theme.dim),
                    Span::styled(
                        panel_name(doc, doc.panel(doc.timeline[*next]), lang),
                        theme.dim,
                    ),
                ]));
            }
        }
    }
    // How to join and who is there keep their rows above the questions: a
    // long status (notes, prompts) is cut before them.
    let invitation = status.room.invitation.as_ref();
    let mut room = queue::invitation(invitation, lang, &theme);
    if status.people > 0 || invitation.is_some() {
        let mut names = status.names.join(", ");
        if status.people > status.names.len() {
            names.push_str(", …");
        }
        let who = (crate::words::of(lang).console_people)(status.people, &names);
        room.push(Line::default());
        room.push(Line::styled(who, theme.dim));
    }
    // The room's questions keep their own rows at the foot, up to half the
    // body, and say how many more wait when not all fit.
    let width = usize::from(body.width.max(1));
    let rows_of = |lines: &[Line]| u16::try_from(queue::rows_of(lines, width)).unwrap_or(u16::MAX);
    let (questions, waiting) = (&status.room.questions, status.room.questions_waiting);
    let budget = (usize::from(body.height / 2), width);
    let queue = queue::lines(questions, waiting, budget, lang, &theme);
    // The status first, how to join right under it, the questions at the
    // foot; what does not fit is taken from the status's end.
    let foot_h = rows_of(&queue).min(body.height / 2);
    let room_h = rows_of(&room).min(body.height.saturating_sub(foot_h));
    let top_h = rows_of(&lines).min(body.height.saturating_sub(foot_h + room_h));
    let [top, middle, _, foot] = body.layout(&Layout::vertical([
        Constraint::Length(top_h),
        Constraint::Length(room_h),
        Constraint::Fill(1),
        Constraint::Length(foot_h),
    ]));
    for (lines, area) in [(lines, top), (room, middle), (queue, foot)] {
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
    }
}

/// Before any screen is followed: what the console waits for, or the
/// screens to choose from.
fn waiting(c: &Console, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let words = crate::words::of(c.lang());
    let mut lines: Vec<Line> = Vec::new();
    if !c.choices().is_empty() && !c.connected() {
        lines.push(Line::styled(
            crate::words::of(c.lang()).console_several_screens_are_running_which,
            theme.heading,
        ));
        lines.push(Line::default());
        for (k, (name, _)) in c.choices().iter().enumerate() {
            let (pointer, style) = if k == c.picked() {
                ("› ", theme.selected)
            } else {
                ("  ", theme.base)
            };
            lines.push(Line::styled(
                format!("{pointer}{}", crate::ui::text::clean(name)),
                style,
            ));
        }
    } else {
        let what = match (&c.session(), &c.looking_in()) {
            (Some(name), _) => (words.waiting_for_session)(&crate::ui::text::clean(name)),
            (None, Some(dir)) => {
                (words.waiting_for_any_screen)(&crate::ui::text::clean(&dir.display().to_string()))
            }
            (None, None) => crate::words::of(c.lang())
                .console_waiting_for_the_screen_2
                .to_owned(),
        };
        lines.push(Line::styled(what, theme.base));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// The console's keys, generated from the keymap's console modes.
fn help(c: &Console, theme: &Theme, area: Rect, buf: &mut Buffer) {
    const KEYS: u16 = 18;
    let words = crate::words::of(c.lang());
    let mut lines: Vec<Line> = Vec::new();
    let mut listed: Vec<*const keymap::Binding> = Vec::new();
    for (mode, title) in [
        (Mode::Console, words.console_help_following),
        (Mode::ConsoleList, words.console_help_list),
        (Mode::ConsolePick, words.console_help_pick),
        (Mode::ConsoleHelp, words.console_help_help),
    ] {
        let rows: Vec<&keymap::Binding> = keymap::bindings(mode)
            .filter(|b| !listed.contains(&(*b as *const keymap::Binding)))
            .collect();
        if rows.is_empty() {
            continue;
        }
        lines.push(Line::styled(title, theme.heading));
        for b in rows {
            listed.push(b as *const keymap::Binding);
            lines.extend(crate::ui::help::binding_lines(
                b,
                mode,
                c.lang(),
                area.width,
                KEYS,
                theme,
            ));
        }
    }
    // Scrolled by ↑/↓ when it does not fit, with a mark for what lies below.
    let height = usize::from(area.height);
    let max = lines.len().saturating_sub(height);
    let top = usize::from(c.help_scroll()).min(max);
    let more = top < max;
    let mut shown: Vec<Line> = lines.into_iter().skip(top).take(height).collect();
    if more && let Some(last) = shown.last_mut() {
        *last = Line::styled(
            crate::keymap::fill(words.ui_scroll_for_more, Mode::ConsoleHelp, c.lang()),
            theme.dim,
        );
    }
    Paragraph::new(shown).render(area, buf);
}
