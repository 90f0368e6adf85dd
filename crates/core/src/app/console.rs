//! The facilitator's console as a state: what it follows and shows (the
//! screen's status, the chapter list, its help, which screen to follow).
//! It changes only through [`super::update::console_update`]; the console front end
//! is a pump between the keyboard, the link and this state.

use std::path::PathBuf;
use std::sync::Arc;

use super::refusal::Reason;
use super::remote::Remote;
use super::status::Status;
use super::theme::{Depth, ThemeKind};
use crate::content::{Documentary, Lang};
use crate::keymap::Mode;

pub use super::clock::TIMER_MINUTES;
/// The timer warns this long before it ends: time to invite the quiet voices.
pub const TIMER_WARNING_SECS: u64 = 120;

pub struct Console {
    pub(crate) doc: Arc<Documentary>,
    pub(crate) lang: Lang,
    pub(crate) session: Option<String>,
    pub(crate) status: Option<Status>,
    pub(crate) connected: bool,
    /// Why the screen refused this console, while it is not connected.
    pub(crate) refusal: Option<Reason>,
    /// The chapter list, open with its selection.
    pub(crate) list: Option<usize>,
    pub(crate) quit: bool,
    /// The colours the facilitator chose (`--theme`, `NO_COLOR`).
    pub(crate) theme: ThemeKind,
    /// The colours the facilitator's terminal shows (`COLORTERM`).
    pub(crate) depth: Depth,
    /// Several screens run and none was named: which one to follow.
    pub(crate) choices: Vec<(String, std::path::PathBuf)>,
    pub(crate) picked: usize,
    /// Where a console with no session looks for screens.
    pub(crate) looking_in: Option<std::path::PathBuf>,
    /// The `?` help is open, scrolled so many lines.
    pub(crate) help: bool,
    pub(crate) help_scroll: u16,
    /// The facilitator pressed the end key once: a second press ends the session.
    pub(crate) ending: bool,
    /// Where the handout is, told to participants at the end (`--handout`).
    pub(crate) handout: Option<String>,
}

/// What a console message asks of the front end: a command for the screen,
/// or the console's own.
#[derive(Debug, Clone, PartialEq)]
pub enum ConsoleEffect {
    Send(Remote),
    /// Follow the screen at this socket, started under this name.
    Follow(String, PathBuf),
    None,
}

impl Console {
    /// Where the handout will be (a path or an address), told to
    /// participants when the session ends.
    pub fn with_handout(mut self, handout: Option<String>) -> Console {
        self.handout =
            handout.map(|h| super::questions::sanitise(&h, super::room::MAX_HANDOUT_CHARS));
        self
    }

    /// The end key was pressed once: the next press ends the session.
    pub fn ending(&self) -> bool {
        self.ending
    }

    pub fn new(doc: Arc<Documentary>, lang: Lang, session: Option<String>) -> Console {
        Console {
            doc,
            lang,
            session,
            status: None,
            connected: false,
            refusal: None,
            list: None,
            quit: false,
            theme: ThemeKind::Dark,
            depth: Depth::default(),
            choices: Vec::new(),
            picked: 0,
            looking_in: None,
            help: false,
            help_scroll: 0,
            ending: false,
            handout: None,
        }
    }

    pub fn with_theme(mut self, theme: ThemeKind, depth: Depth) -> Console {
        self.theme = theme;
        self.depth = depth;
        self
    }

    /// Chapters as (episode, chapter, first panel id), for jumping.
    pub fn chapters(&self) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        for s in &self.doc.timeline {
            if s.panel == 0 {
                out.push((s.episode, s.chapter, self.doc.panel(*s).id().to_owned()));
            }
        }
        out
    }

    /// The keymap's mode for the console as it stands.
    pub fn mode(&self) -> Mode {
        if self.help {
            Mode::ConsoleHelp
        } else if !self.connected && !self.choices.is_empty() {
            Mode::ConsolePick
        } else if self.list.is_some() {
            Mode::ConsoleList
        } else {
            Mode::Console
        }
    }

    /// The discussion time the chapter on screen suggests, else the default.
    pub(crate) fn chapter_minutes(&self) -> u32 {
        let slot = self
            .status
            .as_ref()
            .and_then(|s| s.panel.as_ref())
            .and_then(|id| self.doc.panel_index.get(id))
            .map(|&i| self.doc.timeline[i]);
        super::clock::discussion_minutes(&self.doc, slot)
    }

    pub(crate) fn current_chapter_row(&self) -> usize {
        let Some(id) = self.status.as_ref().and_then(|s| s.panel.as_ref()) else {
            return 0;
        };
        let Some(&i) = self.doc.panel_index.get(id) else {
            return 0;
        };
        let slot = self.doc.timeline[i];
        self.chapters()
            .iter()
            .position(|(e, c, _)| (*e, *c) == (slot.episode, slot.chapter))
            .unwrap_or(0)
    }
}

/// What the console's views read.
impl Console {
    pub fn doc(&self) -> &Arc<Documentary> {
        &self.doc
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn session(&self) -> Option<&str> {
        self.session.as_deref()
    }

    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    pub fn connected(&self) -> bool {
        self.connected
    }

    pub fn refusal(&self) -> Option<&Reason> {
        self.refusal.as_ref()
    }

    pub fn list(&self) -> Option<usize> {
        self.list
    }

    pub fn quit(&self) -> bool {
        self.quit
    }

    pub fn theme(&self) -> ThemeKind {
        self.theme
    }

    pub fn depth(&self) -> Depth {
        self.depth
    }

    pub fn choices(&self) -> &[(String, PathBuf)] {
        &self.choices
    }

    pub fn picked(&self) -> usize {
        self.picked
    }

    pub fn looking_in(&self) -> Option<&PathBuf> {
        self.looking_in.as_ref()
    }

    pub fn help(&self) -> bool {
        self.help
    }

    pub fn help_scroll(&self) -> u16 {
        self.help_scroll
    }
}
