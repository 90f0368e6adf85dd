//! `invisibles console`: the facilitator's second screen. It follows the
//! projected session live (notes, prompts, next panel, clocks, polls) and
//! drives it; it never disturbs the screen, and reconnects by itself.

mod panel;
mod program;
mod view;

use std::sync::Arc;

use super::link::{Command, Reason, Status};
use crate::app::Action;
use crate::content::{Documentary, Lang};
use crate::input::Key;
use crate::keymap::{self, Mode};
use crate::runtime::MAX_TIMER_MINUTES;
use crate::ui::theme::ThemeKind;

pub use program::{ConsoleProgram, Target, run};
pub use view::render;

/// The discussion timer the facilitator starts with `T` where the chapter
/// suggests no duration, in minutes.
pub const TIMER_MINUTES: u32 = 10;
/// The timer warns this long before it ends: time to invite the quiet voices.
pub const TIMER_WARNING_SECS: u64 = 120;

pub struct Console {
    pub doc: Arc<Documentary>,
    pub lang: Lang,
    pub session: Option<String>,
    pub status: Option<Status>,
    pub connected: bool,
    /// Why the screen refused this console, while it is not connected.
    pub refusal: Option<Reason>,
    /// The chapter list, open with its selection.
    pub list: Option<usize>,
    pub quit: bool,
    /// The colours the facilitator chose (`--theme`, `NO_COLOR`).
    pub theme: ThemeKind,
    /// Several screens run and none was named: which one to follow.
    pub choices: Vec<(String, std::path::PathBuf)>,
    pub picked: usize,
    /// Where a console with no session looks for screens.
    pub looking_in: Option<std::path::PathBuf>,
    /// The `?` help is open, scrolled so many lines.
    pub help: bool,
    pub help_scroll: u16,
}

/// What a key does in the console: a command for the screen, or the console's own.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Send(Command),
    /// Follow the screen at this socket, started under this name.
    Follow(String, std::path::PathBuf),
    None,
}

impl Console {
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
            choices: Vec::new(),
            picked: 0,
            looking_in: None,
            help: false,
            help_scroll: 0,
        }
    }

    pub fn with_theme(mut self, theme: ThemeKind) -> Console {
        self.theme = theme;
        self
    }

    /// Chapters as (episode, chapter, first panel id), for jumping.
    fn chapters(&self) -> Vec<(usize, usize, String)> {
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

    /// The console's reaction to a key, through the keymap's console modes.
    pub fn key(&mut self, key: Key, now: u64) -> Effect {
        let Some(action) = keymap::action_in(self.mode(), key) else {
            return Effect::None;
        };
        if self.mode() == Mode::ConsoleHelp {
            match action {
                Action::Up => self.help_scroll = self.help_scroll.saturating_sub(1),
                Action::Down => self.help_scroll = self.help_scroll.saturating_add(1),
                Action::ForceQuit => self.quit = true,
                _ => self.help = false,
            }
            return Effect::None;
        }
        if self.mode() == Mode::ConsolePick {
            let last = self.choices.len().saturating_sub(1);
            match action {
                Action::Up => self.picked = self.picked.saturating_sub(1),
                Action::Down => self.picked = self.picked.saturating_add(1).min(last),
                Action::Next => {
                    if let Some((name, path)) = self.choices.get(self.picked).cloned() {
                        self.session = Some(name.clone());
                        self.choices.clear();
                        return Effect::Follow(name, path);
                    }
                }
                Action::Quit | Action::ForceQuit => self.quit = true,
                _ => {}
            }
            return Effect::None;
        }
        if let Some(sel) = self.list {
            let last = self.chapters().len().saturating_sub(1);
            match action {
                Action::Up => self.list = Some(sel.saturating_sub(1)),
                Action::Down => self.list = Some(sel.saturating_add(1).min(last)),
                Action::Next => {
                    self.list = None;
                    if let Some((_, _, id)) = self.chapters().get(sel) {
                        return Effect::Send(Command::Jump(id.clone()));
                    }
                }
                Action::ForceQuit => self.quit = true,
                _ => self.list = None,
            }
            return Effect::None;
        }
        match action {
            Action::Quit | Action::ForceQuit => {
                self.quit = true;
                Effect::None
            }
            Action::Contents => {
                self.list = Some(self.current_chapter_row());
                Effect::None
            }
            Action::Help => {
                self.help = true;
                self.help_scroll = 0;
                Effect::None
            }
            Action::Timer => {
                let running = self
                    .status
                    .as_ref()
                    .and_then(|s| s.timer_end)
                    .is_some_and(|end| end > now);
                Effect::Send(Command::Timer((!running).then(|| self.chapter_minutes())))
            }
            Action::QuestionAnswered => {
                let shown = self
                    .status
                    .as_ref()
                    .and_then(|s| s.room.questions.projected);
                shown.map_or(Effect::None, |id| {
                    Effect::Send(Command::Question(crate::app::QuestionOp::Answered(id)))
                })
            }
            other => match Command::from_action(other) {
                Some(command) => Effect::Send(command),
                None => Effect::None,
            },
        }
    }

    /// The discussion time the chapter on screen suggests, else the default.
    fn chapter_minutes(&self) -> u32 {
        self.status
            .as_ref()
            .and_then(|s| s.panel.as_ref())
            .and_then(|id| self.doc.panel_index.get(id))
            .and_then(|&i| self.doc.chapter(self.doc.timeline[i]).facilitator.as_ref())
            .map_or(TIMER_MINUTES, |f| f.minutes.clamp(1, MAX_TIMER_MINUTES))
    }

    fn current_chapter_row(&self) -> usize {
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
