//! What every view borrows: the state's view, the theme and language, the
//! measures every screen keeps, and what a frame reports back.

use std::cell::RefCell;

use ratatui::layout::Rect;

use super::theme::Theme;
use crate::app::{Action, View};
use crate::content::Lang;

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
    pub(super) targets: RefCell<Vec<Target>>,
    /// Set by a view whose overflow is not its whole scroll.
    pub(super) overflow: std::cell::Cell<Option<u16>>,
    /// The scrolled text's height on screen, and whether more lies below.
    pub(super) page: std::cell::Cell<u16>,
    pub(super) more: std::cell::Cell<bool>,
}

impl<'a> Ctx<'a> {
    /// The context for drawing `view` in its viewer's theme and language.
    pub(super) fn new(view: View<'a>) -> Self {
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
    /// empty in the projector view, which shows the room no keys, and
    /// without the keys that move the room for someone following it.
    pub fn key_hint(&self, template: &str) -> String {
        use crate::keymap::Mode;
        if self.view.viewer.present() {
            return String::new();
        }
        let mode = match crate::app::mode_of(&self.view) {
            mode @ (Mode::Ask | Mode::Guess) => mode,
            _ => Mode::Play,
        };
        if self.view.following {
            // The room is someone else's to move: its keys are not offered.
            let offered = |a| !crate::app::moves_the_room(a);
            return crate::keymap::fill_offered(template, mode, self.lang, offered);
        }
        crate::keymap::fill(template, mode, self.lang)
    }

    /// The keys of a screen that belongs to whoever moves the room (the
    /// title, an episode's card, a content notice) in `mode`: none in the
    /// projector view, and none for someone following the room (their own
    /// keys are on their own line).
    pub fn room_keys(&self, template: &str, mode: crate::keymap::Mode) -> Option<String> {
        let theirs = !self.view.viewer.present() && !self.view.following;
        theirs.then(|| crate::keymap::fill(template, mode, self.lang))
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
    pub(super) fn cover(&self, area: Rect) {
        self.targets
            .borrow_mut()
            .retain(|t| t.area.intersection(area).is_empty());
    }
}
