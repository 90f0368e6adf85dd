//! Drawing: `&State` in, a frame out, to any ratatui backend.

pub mod bookmarks;
pub mod card;
pub mod chrome;
mod compose;
pub mod console;
pub mod contents;
pub mod corner;
mod ctx;
pub mod help;
mod layout;
pub mod list;
pub mod notice;
pub mod overflow;
pub mod overlay;
pub mod panels;
pub mod participant;
pub mod problems;
pub mod qr;
pub mod question;
pub mod screens;
pub mod search;
pub mod text;
pub mod theme;
pub mod title;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Widget};

use crate::app::{Overlay, Screen, State, View};
pub use ctx::{Ctx, FrameInfo, MIN_HEIGHT, MIN_WIDTH, READING_WIDTH, Target};
pub use layout::{below, big_heading, column, scroll_marks, scrolled, scrolled_to};

pub fn draw(frame: &mut ratatui::Frame, state: &State) -> FrameInfo {
    let area = frame.area();
    render(state.view(), area, frame.buffer_mut())
}

/// Draws a view: a screening as one viewer sees it.
pub fn render(state: View<'_>, area: Rect, buf: &mut Buffer) -> FrameInfo {
    let ctx = Ctx::new(state);
    if state.room.blank() {
        // Black, with nothing on it: the room talks.
        let black = ctx
            .theme
            .blackout
            .bg
            .unwrap_or(ratatui::style::Color::Black);
        buf.set_style(area, ratatui::style::Style::new().bg(black));
        for pos in area.positions() {
            buf[pos].set_symbol(" ");
        }
        return FrameInfo::default();
    }
    buf.set_style(area, ctx.theme.base);
    if state.room.ended() {
        screens::ended(&ctx, area, buf);
        return FrameInfo::default();
    }
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(&ctx, area, buf);
        return FrameInfo {
            too_small: true,
            ..FrameInfo::default()
        };
    }
    // A notice longer than the status line wraps: the footer grows for it,
    // up to a third of the screen, until the next key clears it.
    let notice = chrome::notice_lines(&ctx, area.width, area.height / 3);
    let status_h = u16::try_from(notice.len()).unwrap_or(1).max(1);
    let [header, body, footer] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(status_h + 1),
    ]));
    chrome::header(&ctx, header, buf);
    let overlay_area = body;
    // The projector view keeps wide margins: edges of a projected image blur.
    let margin = if state.viewer.present() {
        ratatui::layout::Margin::new((area.width / 10).max(2), 2)
    } else {
        ratatui::layout::Margin::new(2, 1)
    };
    let body = body.inner(margin);
    let mut info = FrameInfo::default();
    match state.room.screen() {
        Screen::Title => title::title(&ctx, body, buf),
        Screen::End => screens::end(&ctx, body, buf),
        Screen::Panel(_) => {
            if state.room.gate() == Some(crate::app::Gate::Episode) {
                card::render(&ctx, body, buf);
            } else if let Some(gate) = state.room.gate() {
                notice::render(&ctx, gate, body, buf);
            } else {
                info.max_scroll = compose::panel(&ctx, body, buf);
                info.overflow = ctx.overflow.get().unwrap_or(info.max_scroll);
                info.page = ctx.page.get();
            }
        }
    }
    // After the body: the footer says whether its text goes on below.
    chrome::footer(&ctx, notice, footer, buf);
    if state.viewer.overlay().is_some() {
        ctx.cover(overlay_area);
    }
    match &state.viewer.overlay() {
        Some(Overlay::Help { scroll }) => {
            info.max_scroll = help::render(&ctx, *scroll, overlay_area, buf);
        }
        Some(Overlay::Contents { selected }) => {
            contents::render(&ctx, *selected, overlay_area, buf)
        }
        Some(Overlay::Bookmarks { selected }) => {
            bookmarks::render(&ctx, *selected, overlay_area, buf)
        }
        Some(Overlay::Search { query, selected }) => {
            search::render(&ctx, query, *selected, overlay_area, buf)
        }
        None => {
            if let Some(inv) = state
                .room
                .invitation()
                .as_ref()
                .filter(|_| state.room.invitation_shown())
            {
                question::invitation(&ctx, inv, overlay_area, buf);
            } else if let Some(q) = state.room.questions().shown() {
                question::render(&ctx, q, overlay_area, buf);
            }
        }
    }
    if let Some(list) = state.viewer.problems() {
        ctx.cover(overlay_area);
        let scroll = state.viewer.problems_scroll();
        info.max_scroll = problems::render(&ctx, list, scroll, overlay_area, buf);
    }
    info.targets = ctx.targets.take();
    info
}

fn too_small(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let msg =
        (crate::words::of(ctx.lang).too_small)(MIN_WIDTH, MIN_HEIGHT, area.width, area.height);
    let lines = text::wrap(&msg, area.width, ctx.theme.heading);
    let h = (lines.len() as u16).min(area.height);
    let rect = Rect::new(area.x, area.y + (area.height - h) / 2, area.width, h);
    Paragraph::new(lines)
        .alignment(ratatui::layout::Alignment::Center)
        .render(rect, buf);
}
