//! Composition: every panel kind drawn as one block, in one measure, on the
//! screen's optical centre when it fits, top-aligned and scrolled as before
//! when it does not. Done here once, not in each panel's view.

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;

use super::panels;
use crate::app::{Progress, Screen, View};
use crate::content::Panel;
use crate::content::model::Ask;
use crate::journey::Answer;
use crate::ui::ctx::Ctx;

/// Of the rows a block leaves free, the share above it: a little less than
/// half, so the block sits on the eye line rather than the geometric middle.
const ABOVE: (u16, u16) = (2, 5);

/// Draws the panel on screen in `area`, lowered onto the optical centre when
/// it is shorter than `area`; returns how far its text can scroll.
///
/// The panel is drawn apart, then moved down (its clickable regions with
/// it). A panel that grows as it is revealed is placed by its fullest
/// height, so revealing a passage or an answer never makes the block climb.
pub fn panel(ctx: &Ctx, area: Rect, buf: &mut Buffer) -> u16 {
    let blank = blank_cell(ctx);
    let mut apart = Buffer::filled(area, blank.clone());
    let first_target = ctx.targets.borrow().len();
    let max_scroll = panels::render(ctx, area, &mut apart);
    let drop = if max_scroll > 0 {
        0
    } else {
        let used = used_rows(&apart, &blank).max(fullest_rows(ctx, area));
        area.height.saturating_sub(used) * ABOVE.0 / ABOVE.1
    };
    copy_rows(&apart, buf, area, drop);
    for t in ctx.targets.borrow_mut().iter_mut().skip(first_target) {
        t.area.y = t.area.y.saturating_add(drop);
    }
    max_scroll
}

/// Copies `apart` (which covers `area`) onto `buf`, `drop` rows lower, a
/// row at a time: cell by cell, the copy cost more than drawing the panel.
fn copy_rows(apart: &Buffer, buf: &mut Buffer, area: Rect, drop: u16) {
    let area = area.intersection(buf.area);
    let width = usize::from(area.width);
    for y in area.top()..area.bottom().saturating_sub(drop) {
        let from = row(apart, area.x, y);
        let to = row(buf, area.x, y.saturating_add(drop));
        if let (Some(from), Some(to)) = (from, to)
            && let (Some(src), Some(dst)) = (
                apart.content.get(from..from.saturating_add(width)),
                buf.content.get_mut(to..to.saturating_add(width)),
            )
        {
            dst.clone_from_slice(src);
        }
    }
}

/// Where cell (`x`, `y`) is in `buf`'s content, if it is inside it.
fn row(buf: &Buffer, x: u16, y: u16) -> Option<usize> {
    let a = buf.area;
    let inside = (a.left()..a.right()).contains(&x) && (a.top()..a.bottom()).contains(&y);
    inside.then(|| usize::from(y - a.y) * usize::from(a.width) + usize::from(x - a.x))
}

/// An untouched cell of the screen's background.
fn blank_cell(ctx: &Ctx) -> Cell {
    let mut cell = Cell::new(" ");
    cell.set_style(ctx.theme.base);
    cell
}

/// Rows from the top of `buf` down to its last drawn row.
fn used_rows(buf: &Buffer, blank: &Cell) -> u16 {
    let width = usize::from(buf.area.width.max(1));
    let last = (buf.content.chunks(width)).rposition(|r| r.iter().any(|c| c != blank));
    last.map_or(0, |k| u16::try_from(k + 1).unwrap_or(buf.area.height))
}

/// The rows the panel takes once everything in it is revealed (the whole
/// area when that does not fit); 0 for a panel that does not grow.
fn fullest_rows(ctx: &Ctx, area: Rect) -> u16 {
    let view = &ctx.view;
    let (Screen::Panel(i), Some(slot)) = (view.room.screen(), view.slot()) else {
        return 0;
    };
    let progress = view.room.progress(i);
    let (room, viewer);
    let full = match view.doc.panel(slot) {
        Panel::Testimony(t) => Progress {
            revealed: t.passages.len().max(1),
            ..Progress::default()
        },
        Panel::Debate(d) => {
            let q = progress.selected;
            let answers = d.questions.get(q).map_or(0, |q| q.answers.len());
            Progress {
                selected: q,
                steps: vec![(q, q); answers],
                ..Progress::default()
            }
        }
        Panel::Choice(_) => progress.clone(),
        Panel::Narration(_) | Panel::Statistic(_) | Panel::Recap(_) => return 0,
    };
    let answered = match view.doc.panel(slot) {
        Panel::Choice(ch) if !view.viewer.answers().contains_key(&i) => Some(match &ch.ask {
            Ask::Options(_) => Answer::Picked(progress.selected),
            Ask::Guess { min, .. } => Answer::Guessed(*min),
        }),
        _ => None,
    };
    if answered.is_none() && full == *progress {
        // What is on screen is already the fullest: its own rows say it.
        return 0;
    }
    room = view.room.with_progress(i, full);
    viewer = answered.map(|a| view.viewer.with_answer(i, a));
    let apart_ctx = Ctx::new(View {
        room: &room,
        viewer: viewer.as_ref().unwrap_or(view.viewer),
        ..*view
    });
    let blank = blank_cell(&apart_ctx);
    let mut apart = Buffer::filled(area, blank.clone());
    if panels::render(&apart_ctx, area, &mut apart) > 0 {
        return area.height;
    }
    used_rows(&apart, &blank)
}
