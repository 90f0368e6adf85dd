//! The facilitator's console: their keys through the keymap's console
//! modes, and what the link brings (the screen's status, a refusal, the
//! screens found). Commands for the screen go out as effects.

use std::path::PathBuf;

use crate::action::Action;
use crate::app::console::{Console, ConsoleEffect as Effect};
use crate::app::questions::QuestionOp;
use crate::app::refusal::Reason;
use crate::app::remote::Remote;
use crate::app::status::Status;
use crate::input::Key;
use crate::keymap::{self, Mode};

/// What reaches a console.
#[derive(Debug, Clone, PartialEq)]
pub enum ConsoleMsg {
    /// A key of the facilitator's, at `now` (Unix seconds).
    Key(Key, u64),
    /// The screen's news; `None` when the link is down.
    Status(Option<Box<Status>>),
    /// Whether the link is up, and why the screen refused it if it did.
    Link {
        connected: bool,
        refusal: Option<Reason>,
    },
    /// The screens running, found in the sockets' folder.
    Screens(Vec<(String, PathBuf)>),
    /// Following the one screen found, by name.
    Following(String),
    /// Where a console with no session looks for screens.
    LookingIn(PathBuf),
}

/// Applies one message to the console: the only function that changes one.
pub fn console(c: &mut Console, msg: ConsoleMsg) -> Effect {
    match msg {
        ConsoleMsg::Key(key, now) => self::key(c, key, now),
        ConsoleMsg::Status(status) => {
            c.status = status.map(|s| *s);
            Effect::None
        }
        ConsoleMsg::Link { connected, refusal } => {
            c.connected = connected;
            c.refusal = refusal;
            if !connected {
                c.status = None;
            }
            Effect::None
        }
        ConsoleMsg::Screens(found) => {
            c.picked = c.picked.min(found.len().saturating_sub(1));
            c.choices = found;
            Effect::None
        }
        ConsoleMsg::Following(name) => {
            c.session = Some(name);
            c.choices.clear();
            Effect::None
        }
        ConsoleMsg::LookingIn(dir) => {
            c.looking_in = Some(dir);
            Effect::None
        }
    }
}

/// The console's reaction to a key, through the keymap's console modes.
fn key(c: &mut Console, key: Key, now: u64) -> Effect {
    let Some(action) = keymap::action_in(c.mode(), key) else {
        // Any other key, bound or not, keeps the session going.
        c.ending = false;
        return Effect::None;
    };
    if c.mode() == Mode::ConsoleHelp {
        match action {
            Action::Up => c.help_scroll = c.help_scroll.saturating_sub(1),
            Action::Down => c.help_scroll = c.help_scroll.saturating_add(1),
            Action::ForceQuit => c.quit = true,
            _ => c.help = false,
        }
        return Effect::None;
    }
    if c.mode() == Mode::ConsolePick {
        let last = c.choices.len().saturating_sub(1);
        match action {
            Action::Up => c.picked = c.picked.saturating_sub(1),
            Action::Down => c.picked = c.picked.saturating_add(1).min(last),
            Action::Next => {
                if let Some((name, path)) = c.choices.get(c.picked).cloned() {
                    c.session = Some(name.clone());
                    c.choices.clear();
                    return Effect::Follow(name, path);
                }
            }
            Action::Quit | Action::ForceQuit => c.quit = true,
            _ => {}
        }
        return Effect::None;
    }
    if let Some(sel) = c.list {
        let last = c.chapters().len().saturating_sub(1);
        match action {
            Action::Up => c.list = Some(sel.saturating_sub(1)),
            Action::Down => c.list = Some(sel.saturating_add(1).min(last)),
            Action::Next => {
                c.list = None;
                if let Some((_, _, id)) = c.chapters().get(sel) {
                    return Effect::Send(Remote::Jump(id.clone()));
                }
            }
            Action::ForceQuit => c.quit = true,
            _ => c.list = None,
        }
        return Effect::None;
    }
    // Ending is asked twice: the second press ends it, any other key keeps it going.
    if c.ending {
        c.ending = false;
        if action == Action::EndSession {
            return Effect::Send(Remote::EndSession {
                handout: c.handout.clone(),
            });
        }
        if action != Action::ForceQuit {
            return Effect::None;
        }
    }
    match action {
        Action::Quit | Action::ForceQuit => {
            c.quit = true;
            Effect::None
        }
        Action::EndSession => {
            c.ending = true;
            Effect::None
        }
        Action::Contents => {
            c.list = Some(c.current_chapter_row());
            Effect::None
        }
        Action::Help => {
            c.help = true;
            c.help_scroll = 0;
            Effect::None
        }
        Action::Timer => {
            let running = c
                .status
                .as_ref()
                .and_then(|s| s.timer_end)
                .is_some_and(|end| end > now);
            Effect::Send(Remote::Timer((!running).then(|| c.chapter_minutes())))
        }
        Action::QuestionHide => {
            let next = c
                .status
                .as_ref()
                .and_then(|s| s.room.questions.next_to_hide());
            next.map_or(Effect::None, |id| {
                Effect::Send(Remote::Question(QuestionOp::Hide(id)))
            })
        }
        Action::QuestionAnswered => {
            let shown = c.status.as_ref().and_then(|s| s.room.questions.projected);
            shown.map_or(Effect::None, |id| {
                Effect::Send(Remote::Question(QuestionOp::Answered(id)))
            })
        }
        other => match Remote::from_action(other) {
            Some(command) => Effect::Send(command),
            None => Effect::None,
        },
    }
}
