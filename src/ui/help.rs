//! The `?` help overlay, generated from the keymap: it lists every key.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Ctx, overlay};
use crate::keymap::{self, Binding, Mode};

/// The help lines: one section per mode, each binding once.
pub fn lines(ctx: &Ctx, width: u16) -> Vec<Line<'static>> {
    const KEYS: u16 = 24;
    let sections = [
        (Mode::Play, ctx.tr("Watching", "Pendant la lecture")),
        (Mode::Guess, ctx.tr("On a guess", "Sur une estimation")),
        (
            Mode::Notice,
            ctx.tr("On a content notice", "Sur un avertissement"),
        ),
        (
            Mode::Blank,
            ctx.tr("On the black screen", "Sur l'écran noir"),
        ),
        (
            Mode::Contents,
            ctx.tr("In the contents", "Dans le sommaire"),
        ),
        (
            Mode::Bookmarks,
            ctx.tr("In the bookmarks", "Dans les marque-pages"),
        ),
        (
            Mode::Search,
            ctx.tr("Going to a panel", "Pour aller à un panneau"),
        ),
        (Mode::Help, ctx.tr("In this help", "Dans cette aide")),
    ];
    let mut listed: Vec<*const Binding> = Vec::new();
    let mut out = Vec::new();
    for (mode, title) in sections {
        // Only the keys that work here: the room's hands only in a workshop.
        let rows: Vec<&Binding> = keymap::bindings(mode)
            .filter(|b| !b.workshop || ctx.view.room.workshop)
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
            let doc = textwrap::wrap(
                b.doc(ctx.lang),
                usize::from(width.saturating_sub(KEYS).max(10)),
            );
            for (i, part) in doc.into_iter().enumerate() {
                let keys = if i == 0 {
                    b.keys_label()
                } else {
                    String::new()
                };
                out.push(Line::from(vec![
                    Span::styled(
                        format!("  {keys:<w$}", w = usize::from(KEYS - 2)),
                        ctx.theme.accent.add_modifier(Modifier::BOLD),
                    ),
                    Span::styled(part.into_owned(), ctx.theme.base),
                ]));
            }
        }
    }
    out
}

pub fn render(ctx: &Ctx, scroll: u16, area: Rect, buf: &mut Buffer) -> u16 {
    let probe = overlay::overlay_box(area, 100, area.height);
    let lines = lines(ctx, probe.width.saturating_sub(2));
    let title = ctx.tr(
        "Keys — Esc or ? to close",
        "Touches — Échap ou ? pour fermer",
    );
    let (rect, block) = overlay::open(ctx, area, 100, lines.len() as u16 + 2, title, buf);
    let inner = block.inner(rect);
    let max = (lines.len() as u16).saturating_sub(inner.height);
    let block = if max > 0 {
        block.title_bottom(
            Line::styled(
                format!(
                    " {} ",
                    ctx.tr("↑↓ scroll for more", "↑↓ défiler pour la suite")
                ),
                ctx.theme.accent,
            )
            .right_aligned(),
        )
    } else {
        block
    };
    block.render(rect, buf);
    Paragraph::new(lines)
        .scroll((scroll.min(max), 0))
        .render(inner, buf);
    max
}
