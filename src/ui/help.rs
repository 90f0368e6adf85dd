//! The `?` help overlay, generated from the keymap: it lists every key.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::overlay;
use super::theme::Theme;
use crate::content::Lang;
use crate::keymap::{self, Binding, Mode};
use crate::ui::ctx::Ctx;

/// The help lines: one section per mode, each binding once.
pub fn lines(ctx: &Ctx, width: u16) -> Vec<Line<'static>> {
    const KEYS: u16 = 24;
    let sections = [
        (Mode::Play, crate::words::of(ctx.lang).ui_watching),
        (Mode::Ask, crate::words::of(ctx.lang).ui_on_a_question),
        (Mode::Guess, crate::words::of(ctx.lang).ui_on_a_guess),
        (
            Mode::Notice,
            crate::words::of(ctx.lang).ui_on_a_content_notice,
        ),
        (
            Mode::Blank,
            crate::words::of(ctx.lang).ui_on_the_black_screen,
        ),
        (
            Mode::Contents,
            crate::words::of(ctx.lang).ui_in_the_contents,
        ),
        (
            Mode::Bookmarks,
            crate::words::of(ctx.lang).ui_in_the_bookmarks,
        ),
        (Mode::Search, crate::words::of(ctx.lang).ui_going_to_a_panel),
        (Mode::Help, crate::words::of(ctx.lang).ui_in_this_help),
    ];
    let words = crate::words::of(ctx.lang);
    let own = [
        (Mode::Participant, words.ui_as_a_participant),
        (Mode::Asking, words.ui_writing_a_question),
    ];
    // A participant's own keys come first; a lone viewer has none of them.
    let sections = own
        .into_iter()
        .filter(|_| ctx.view.viewer.participant())
        .chain(sections);
    let mut listed: Vec<*const Binding> = Vec::new();
    let mut out = Vec::new();
    for (mode, title) in sections {
        // Only the keys that work here: the room's hands only in a workshop.
        let rows: Vec<&Binding> = keymap::bindings(mode)
            .filter(|b| !b.workshop || ctx.view.room.workshop())
            // Over SSH the room is the facilitator's, the terminal the participant's own.
            .filter(|b| {
                !ctx.view.viewer.participant()
                    || !matches!(
                        b.action,
                        crate::app::Action::Vote(_)
                            | crate::app::Action::Suspend
                            | crate::app::Action::Blank
                            | crate::app::Action::TogglePresent
                    )
            })
            .filter(|b| !listed.contains(&(*b as *const Binding)))
            .collect();
        if rows.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(title, ctx.theme.heading));
        for b in rows {
            listed.push(b as *const Binding);
            out.extend(binding_lines(b, mode, ctx.lang, width, KEYS, &ctx.theme));
        }
    }
    out
}

/// One binding in a help: its keys, then its description wrapped beside
/// them in a column `keys_w` wide. Keys too long for the column (`→ Espace
/// Entrée l PgSuiv`) take a line of their own rather than run into the words.
pub fn binding_lines(
    b: &Binding,
    mode: Mode,
    lang: Lang,
    width: u16,
    keys_w: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let column = usize::from(keys_w.saturating_sub(2));
    let key_style = theme.accent.add_modifier(Modifier::BOLD);
    let mut keys = Some(b.keys_label(lang));
    let mut out = Vec::new();
    if let Some(k) = keys.take_if(|k| k.chars().count() >= column) {
        out.push(Line::styled(format!("  {k}"), key_style));
    }
    let doc = b.describe(mode, lang);
    for part in textwrap::wrap(&doc, usize::from(width.saturating_sub(keys_w).max(10))) {
        let k = keys.take().unwrap_or_default();
        out.push(Line::from(vec![
            Span::styled(format!("  {k:<column$}"), key_style),
            Span::styled(part.into_owned(), theme.base),
        ]));
    }
    out
}

pub fn render(ctx: &Ctx, scroll: u16, area: Rect, buf: &mut Buffer) -> u16 {
    let probe = overlay::overlay_box(area, 100, area.height);
    // Inside the border and its column of air on each side.
    let lines = lines(ctx, probe.width.saturating_sub(4));
    let sentence = crate::words::of(ctx.lang).ui_keys_esc_or_to_close;
    let title = overlay::keyed_title(ctx, sentence, crate::keymap::Mode::Help);
    let (rect, block) = overlay::open(ctx, area, 100, lines.len() as u16 + 2, &title, buf);
    let inner = block.inner(rect);
    let max = (lines.len() as u16).saturating_sub(inner.height);
    // "More" only while there is more; at the end, the way back up.
    let foot = if max == 0 {
        None
    } else if scroll < max {
        Some(crate::keymap::fill(
            crate::words::of(ctx.lang).ui_scroll_for_more,
            crate::keymap::Mode::Help,
            ctx.lang,
        ))
    } else {
        Some(crate::keymap::fill(
            crate::words::of(ctx.lang).help_at_end,
            crate::keymap::Mode::Help,
            ctx.lang,
        ))
    };
    let block = match foot {
        Some(foot) => {
            block.title_bottom(Line::styled(format!(" {foot} "), ctx.theme.accent).right_aligned())
        }
        None => block,
    };
    block.render(rect, buf);
    Paragraph::new(lines)
        .scroll((scroll.min(max), 0))
        .render(inner, buf);
    max
}
