//! Drawing: `&State` in, a frame out, to any ratatui backend.

pub mod bookmarks;
pub mod card;
pub mod chrome;
mod compose;
pub mod console;
pub mod contents;
pub mod corner;
pub mod help;
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
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use std::cell::RefCell;

use crate::app::{Action, Overlay, Screen, State, View};
use crate::content::Lang;
use theme::Theme;

/// Below this the player shows a "terminal too small" screen instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;
/// The measure: every panel reads in a column this wide (its text two
/// columns narrower, for the scroll marks: 74, a book's line), centred, so
/// lines stay readable on wide screens and the margins do not jump from
/// panel to panel. An 80-column terminal's body is exactly this wide.
pub const READING_WIDTH: u16 = 76;

/// What a frame learned about the layout, fed back to the state machine.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrameInfo {
    /// How many lines the scrolled text can move at this size.
    pub max_scroll: u16,
    /// How many lines of the scrolled text show at once (next pages by it).
    pub page: u16,
    /// How many lines of what must be seen at once do not fit: the whole
    /// text, or for a step-by-step panel the step just revealed with what
    /// it follows from (`check --size` reports it).
    pub overflow: u16,
    /// Where a click does something, topmost last.
    pub targets: Vec<Target>,
    /// The screen said "terminal too small": nothing on it can be acted on.
    pub too_small: bool,
}

/// A region of the frame a click acts on, and what the click stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub area: Rect,
    pub action: Action,
}

impl FrameInfo {
    /// What a click at (`column`, `row`) stands for: the topmost region there.
    pub fn click(&self, column: u16, row: u16) -> Option<Action> {
        let at = ratatui::layout::Position::new(column, row);
        self.targets
            .iter()
            .rev()
            .find(|t| t.area.contains(at))
            .map(|t| t.action)
    }
}

/// Everything a view needs besides its own model.
pub struct Ctx<'a> {
    pub view: View<'a>,
    pub theme: Theme,
    pub lang: Lang,
    /// The clickable regions the views report as they draw.
    targets: RefCell<Vec<Target>>,
    /// Set by a view whose overflow is not its whole scroll.
    overflow: std::cell::Cell<Option<u16>>,
    /// The scrolled text's height on screen, and whether more lies below.
    page: std::cell::Cell<u16>,
    more: std::cell::Cell<bool>,
}

impl<'a> Ctx<'a> {
    /// The context for drawing `view` in its viewer's theme and language.
    fn new(view: View<'a>) -> Self {
        Ctx {
            view,
            theme: Theme::of_view(view),
            lang: view.viewer.lang(),
            targets: RefCell::new(Vec::new()),
            overflow: std::cell::Cell::new(None),
            page: std::cell::Cell::new(0),
            more: std::cell::Cell::new(false),
        }
    }

    /// Whether the text drawn goes on below the fold.
    pub fn more_below(&self) -> bool {
        self.more.get()
    }

    /// A hint naming the player's keys (`{Answer} answer`), filled from the
    /// keymap as the panel on screen binds them (a question's Enter answers);
    /// empty in the projector view, which shows the room no keys.
    pub fn key_hint(&self, template: &str) -> String {
        use crate::keymap::Mode;
        if self.view.viewer.present() {
            return String::new();
        }
        let mode = match crate::app::mode_of(&self.view) {
            mode @ (Mode::Ask | Mode::Guess) => mode,
            _ => Mode::Play,
        };
        crate::keymap::fill(template, mode, self.lang)
    }

    /// Says that a click in `area` stands for `action`.
    pub fn target(&self, area: Rect, action: Action) {
        if area.width > 0 && area.height > 0 {
            self.targets.borrow_mut().push(Target { area, action });
        }
    }

    /// Says how many lines of what must be seen at once do not fit.
    pub fn overflow(&self, lines: u16) {
        self.overflow.set(Some(lines));
    }

    /// Regions drawn over by an overlay no longer take clicks.
    fn cover(&self, area: Rect) {
        self.targets
            .borrow_mut()
            .retain(|t| t.area.intersection(area).is_empty());
    }
}

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

/// Draws `lines` in `area` from `scroll`, with a cue when more lies below;
/// returns how far the text can scroll at this size.
pub fn scrolled(ctx: &Ctx, lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) -> u16 {
    let max = (lines.len() as u16).saturating_sub(area.height);
    scrolled_to(ctx, lines, area, buf, max)
}

/// Like [`scrolled`], with the furthest scroll chosen by the view.
pub fn scrolled_to(
    ctx: &Ctx,
    lines: Vec<Line<'static>>,
    area: Rect,
    buf: &mut Buffer,
    max: u16,
) -> u16 {
    let total = lines.len() as u16;
    let max = max.min(total.saturating_sub(area.height));
    let scroll = ctx.view.viewer.scroll().min(max);
    ctx.page.set(area.height);
    ctx.more.set(scroll < max);
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(scroll.into())
        .take(area.height.into())
        .collect();
    Paragraph::new(visible).render(area, buf);
    scroll_marks(ctx, area, scroll > 0, scroll + area.height < total, buf);
    max
}

/// The ↑ and ↓ that say more lies above or below, in the last column of
/// `area`: views wrap their text two columns narrower, so a mark never
/// touches a word.
pub fn scroll_marks(ctx: &Ctx, area: Rect, above: bool, below: bool, buf: &mut Buffer) {
    if area.height == 0 || area.width < 3 {
        return;
    }
    let x = area.right() - 1;
    if below {
        buf.set_string(x, area.bottom() - 1, "↓", ctx.theme.accent);
    }
    if above {
        buf.set_string(x, area.y, "↑", ctx.theme.accent);
    }
}

/// In the projector view, a short heading in big glyphs at the top of `area`.
/// Returns the rows it took (0 when it is not drawn big).
pub fn big_heading(ctx: &Ctx, text: &str, area: Rect, buf: &mut Buffer) -> u16 {
    if !ctx.view.viewer.present() {
        return 0;
    }
    let Some((size, h)) = screens::big_size(text.chars().count(), area, 10) else {
        return 0;
    };
    tui_big_text::BigText::builder()
        .pixel_size(size)
        .style(ctx.theme.heading)
        .lines(vec![text.to_owned().into()])
        .build()
        .render(Rect { height: h, ..area }, buf);
    h + 1
}

/// The rest of `area` below `rows`.
pub fn below(area: Rect, rows: u16) -> Rect {
    let rows = rows.min(area.height);
    Rect::new(area.x, area.y + rows, area.width, area.height - rows)
}

/// A column of at most `width`, centred in `area`.
pub fn column(area: Rect, width: u16) -> Rect {
    let w = area.width.min(width);
    Rect::new(area.x + (area.width - w) / 2, area.y, w, area.height)
}
