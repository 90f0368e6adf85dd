//! One screening's player, independent of any terminal: inputs in (keys,
//! clicks, resizes, ticks, console commands), each with the time passed in,
//! turned into the core's messages; frames drawn into any ratatui backend.
//! Every change, the clock's included, is the core's `update`.

use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::app::{Action, Effect, Msg, Remote, State, action_for, update};
use crate::input::{Key, Mouse};
use crate::link::Status;
use crate::store::session_log::LoggedTimer;
use crate::ui;

pub use crate::app::{AUTOPLAY_IDLE, Timer};

/// What a front end feeds the player. Time comes with every input (Unix
/// milliseconds), so tests drive the clocks.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Key(Key),
    /// A click or the wheel (with mouse capture on).
    Mouse(Mouse),
    /// The terminal changed size: draw again.
    Resize,
    /// Time passes: autoplay and the clocks move on.
    Tick,
    /// A facilitator console's command.
    Remote(Remote),
}

pub struct Player {
    state: State,
    dirty: bool,
    /// The last frame's layout: where a click lands.
    frame: ui::FrameInfo,
    /// The second the last frame was drawn at.
    drawn_second: u64,
}

impl Player {
    /// A player for `state`, whose session started at `session_started`
    /// (Unix seconds), at `now` (Unix milliseconds).
    pub fn new(mut state: State, session_started: u64, now: u64) -> Player {
        update(&mut state, Msg::Now(now));
        update(&mut state, Msg::SessionStarted(session_started));
        Player {
            state,
            dirty: true,
            frame: ui::FrameInfo::default(),
            drawn_second: 0,
        }
    }

    /// Plays on its own: `pace` per step, or each panel's reading time.
    pub fn with_autoplay(mut self, pace: Option<Duration>, now: u64) -> Player {
        self.apply(Msg::Autoplay(pace), now);
        self
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    pub fn autoplaying(&self) -> bool {
        self.state.clock().autoplaying()
    }

    pub fn timer(&self) -> Option<Timer> {
        self.state.clock().timer()
    }

    /// Whether the screen needs drawing again.
    pub fn dirty(&self) -> bool {
        self.dirty
    }

    /// The milliseconds until the player has something to do on its own.
    pub fn next_deadline(&self, now: u64) -> Option<u64> {
        self.state.clock().deadline(now)
    }

    /// A message from the host (a journey, options, a notice, polls).
    pub fn apply(&mut self, msg: Msg, now: u64) -> Vec<Effect> {
        update(&mut self.state, Msg::Now(now));
        let effects = update(&mut self.state, msg);
        self.dirty = true;
        effects
    }

    /// One input; returns what it did.
    pub fn handle(&mut self, input: Input, now: u64) -> Vec<Effect> {
        let msg = match input {
            // A screen too small to show anything takes only the keys that leave it.
            Input::Key(key) if self.frame.too_small => match action_for(&self.state, key) {
                Some(Action::Quit | Action::ForceQuit | Action::Suspend) => Msg::Key(key),
                _ => return Vec::new(),
            },
            Input::Key(key) => Msg::Key(key),
            Input::Mouse(_) if self.frame.too_small => return Vec::new(),
            Input::Mouse(mouse) => match self.mouse_action(mouse) {
                Some(action) => Msg::Act(action),
                None => return Vec::new(),
            },
            Input::Resize => {
                self.dirty = true;
                return Vec::new();
            }
            Input::Tick => {
                update(&mut self.state, Msg::Now(now));
                // A shown timer counts down on screen: redraw as its second changes.
                let shown = self.state.clock().timer_left_shown().is_some();
                if shown && now / 1000 != self.drawn_second {
                    self.dirty = true;
                }
                let effects = update(&mut self.state, Msg::Tick);
                // Nothing moved: no redraw.
                self.dirty |= !effects.is_empty();
                return effects;
            }
            Input::Remote(remote) => Msg::Facilitator(remote),
        };
        self.apply(msg, now)
    }

    /// What a click or a turn of the wheel stands for, from the last frame:
    /// the wheel scrolls (or moves a list's choice), a click acts on the
    /// region the views reported; on the black screen either brings the
    /// picture back, as any key does.
    fn mouse_action(&self, mouse: Mouse) -> Option<Action> {
        if self.state.room().blank() {
            return Some(Action::Unblank);
        }
        let list = self.state.viewer().overlay().is_some();
        match mouse {
            Mouse::WheelUp if list => Some(Action::Up),
            Mouse::WheelDown if list => Some(Action::Down),
            Mouse::WheelUp => Some(Action::ScrollUp),
            Mouse::WheelDown => Some(Action::ScrollDown),
            Mouse::Click { column, row } => self.frame.click(column, row),
        }
    }

    /// The last frame's layout (where clicks land, how far text scrolls).
    pub fn frame(&self) -> &ui::FrameInfo {
        &self.frame
    }

    /// Draws a frame, then tells the state how far its text can scroll.
    pub fn draw<B: Backend>(&mut self, terminal: &mut Terminal<B>) -> Result<(), B::Error> {
        let mut info = ui::FrameInfo::default();
        let corner = ui::corner::Corner {
            timer_left: self.state.clock().timer_left_shown(),
            autoplay: self.state.clock().autoplay_running(),
        };
        terminal.draw(|frame| {
            info = ui::draw(frame, &self.state);
            ui::corner::render(self.state.view(), &corner, frame.area(), frame.buffer_mut());
        })?;
        self.drawn_second = self.state.clock().now() / 1000;
        update(
            &mut self.state,
            Action::ScrollLimit(info.max_scroll, info.page),
        );
        self.frame = info;
        self.dirty = false;
        Ok(())
    }

    /// Whether the discussion timer is shown on the screen.
    pub fn timer_shown(&self) -> bool {
        self.state.clock().timer_shown()
    }

    /// The timer as the session log keeps it.
    pub fn logged_timer(&self) -> Option<LoggedTimer> {
        self.state.clock().logged_timer()
    }

    /// Picks up the timer a restarted screen's log kept (see `Msg::RestoreTimer`).
    pub fn restore_timer(&mut self, logged: Option<LoggedTimer>, now: u64) {
        if let Some(t) = logged {
            self.apply(Msg::RestoreTimer(t), now);
        }
    }

    /// The panel the room will see after this one, conditions honoured.
    pub fn next_panel(&self) -> Option<usize> {
        self.state.next_panel()
    }

    /// What consoles are told.
    pub fn status(&self) -> Status {
        crate::link::status_of(&self.state)
    }
}
