//! One screening's player, independent of any terminal: inputs in (keys,
//! resizes, ticks with the time passed in, console commands), effects out,
//! frames drawn into any ratatui backend.

use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::app::{Action, Effect, Msg, Screen, State, reading_time, update, visible};
use crate::app::{MAX_TIMER_MINUTES, Remote};
use crate::input::{Key, Mouse};
use crate::store::session_log::LoggedTimer;
use crate::workshop::link::Status;
use crate::{keymap, ui};

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

/// After a visitor's key, autoplay waits this long before going on again.
pub const AUTOPLAY_IDLE: Duration = Duration::from_secs(120);

/// Autoplay: a fixed time per step, or the reading time of what is on screen.
#[derive(Debug, Clone, Copy)]
struct Autoplay {
    pace: Option<Duration>,
    due: u64,
    /// A visitor took over: autoplay waits for them to leave.
    paused: bool,
}

/// The discussion timer a console started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timer {
    /// Unix seconds when it rings.
    pub end: u64,
    pub minutes: u32,
}

pub struct Player {
    state: State,
    autoplay: Option<Autoplay>,
    /// The chapter on screen and when it came (Unix seconds).
    chapter: Option<(usize, usize)>,
    chapter_started: u64,
    session_started: u64,
    timer: Option<Timer>,
    dirty: bool,
    /// The last frame's layout: where a click lands.
    frame: ui::FrameInfo,
    /// The second the last frame was drawn at.
    drawn_second: u64,
    /// The discussion timer is shown in a corner of the screen.
    timer_shown: bool,
    /// The time of the last input (Unix milliseconds): the corner's clock.
    now: u64,
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

impl Player {
    /// A player for `state`, whose session started at `session_started`
    /// (Unix seconds), at `now` (Unix milliseconds).
    pub fn new(state: State, session_started: u64, now: u64) -> Player {
        let chapter = state.slot().map(|s| (s.episode, s.chapter));
        Player {
            state,
            autoplay: None,
            chapter,
            chapter_started: now / 1000,
            session_started,
            timer: None,
            dirty: true,
            frame: ui::FrameInfo::default(),
            timer_shown: false,
            now,
            drawn_second: 0,
        }
    }

    /// Plays on its own: `pace` per step, or each panel's reading time.
    pub fn with_autoplay(mut self, pace: Option<Duration>, now: u64) -> Player {
        let mut auto = Autoplay {
            pace,
            due: 0,
            paused: false,
        };
        auto.due = now.saturating_add(millis(self.pace(&auto)));
        self.autoplay = Some(auto);
        self
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    pub fn autoplaying(&self) -> bool {
        self.autoplay.is_some()
    }

    pub fn timer(&self) -> Option<Timer> {
        self.timer
    }

    /// Whether the screen needs drawing again.
    pub fn dirty(&self) -> bool {
        self.dirty
    }

    fn pace(&self, auto: &Autoplay) -> Duration {
        auto.pace.unwrap_or_else(|| reading_time(&self.state))
    }

    /// The milliseconds until the player has something to do on its own.
    pub fn next_deadline(&self, now: u64) -> Option<u64> {
        self.autoplay.map(|a| a.due.saturating_sub(now))
    }

    /// A message from the host (a journey, options, a notice, polls).
    pub fn apply(&mut self, msg: Msg, now: u64) -> Vec<Effect> {
        self.now = now;
        let effects = update(&mut self.state, msg);
        self.after(now);
        effects
    }

    /// One input; returns what it did.
    pub fn handle(&mut self, input: Input, now: u64) -> Vec<Effect> {
        self.now = now;
        let effects = match input {
            Input::Key(key) => {
                if let Some(auto) = self.autoplay.as_mut() {
                    // The visitor takes over; autoplay comes back when they leave.
                    auto.due = now.saturating_add(millis(AUTOPLAY_IDLE));
                    auto.paused = true;
                }
                match keymap::action_for(&self.state, key) {
                    Some(action) => update(&mut self.state, action),
                    None => return Vec::new(),
                }
            }
            Input::Mouse(mouse) => {
                if let Some(auto) = self.autoplay.as_mut() {
                    auto.due = now.saturating_add(millis(AUTOPLAY_IDLE));
                }
                match self.mouse_action(mouse) {
                    Some(action) => update(&mut self.state, action),
                    None => return Vec::new(),
                }
            }
            Input::Resize => {
                self.dirty = true;
                return Vec::new();
            }
            Input::Tick => {
                let effects = self.tick(now);
                if effects.is_empty() {
                    // Nothing moved: no redraw.
                    return effects;
                }
                effects
            }
            Input::Remote(remote) => self.remote(remote, now),
        };
        self.after(now);
        effects
    }

    /// What a click or a turn of the wheel stands for, from the last frame:
    /// the wheel scrolls (or moves a list's choice), a click acts on the
    /// region the views reported; on the black screen either brings the
    /// picture back, as any key does.
    fn mouse_action(&self, mouse: Mouse) -> Option<Action> {
        if self.state.room.blank {
            return Some(Action::Unblank);
        }
        let list = self.state.viewer.overlay().is_some();
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

    fn tick(&mut self, now: u64) -> Vec<Effect> {
        // A shown timer counts down on screen: redraw as its second changes.
        if self.timer_shown && self.timer.is_some() && now / 1000 != self.drawn_second {
            self.dirty = true;
        }
        let Some(auto) = self.autoplay else {
            return Vec::new();
        };
        if now < auto.due {
            return Vec::new();
        }
        let effects = update(&mut self.state, Action::Advance);
        let due = now.saturating_add(millis(self.pace(&auto)));
        self.autoplay = Some(Autoplay {
            due,
            paused: false,
            ..auto
        });
        effects
    }

    fn remote(&mut self, remote: Remote, now: u64) -> Vec<Effect> {
        if let Some(action) = remote.action() {
            return update(&mut self.state, action);
        }
        match remote {
            Remote::Jump(id) => match self.state.doc.panel_index.get(&id) {
                Some(&i) => update(&mut self.state, Msg::Jump(i)),
                None => {
                    let words = crate::words::of(self.state.viewer.lang);
                    let said = (words.console_unknown_panel)(&id);
                    update(&mut self.state, Msg::Notice(said))
                }
            },
            Remote::Timer(minutes) => {
                self.timer = minutes.map(|m| {
                    let minutes = m.clamp(1, MAX_TIMER_MINUTES);
                    Timer {
                        end: (now / 1000).saturating_add(u64::from(minutes) * 60),
                        minutes,
                    }
                });
                self.dirty = true;
                vec![Effect::TimerChanged]
            }
            Remote::ShowTimer => {
                self.timer_shown = !self.timer_shown;
                self.dirty = true;
                vec![Effect::TimerChanged]
            }
            Remote::Ballot {
                panel,
                voter,
                ballot,
            } => match self.state.doc.panel_index.get(&panel) {
                Some(&panel) => {
                    let voter = crate::app::sanitise(&voter, crate::app::MAX_NAME_CHARS);
                    update(
                        &mut self.state,
                        Msg::Ballot {
                            panel,
                            voter,
                            ballot,
                        },
                    )
                }
                None => Vec::new(),
            },
            Remote::Ask { from, text } => update(&mut self.state, Msg::Ask { from, text }),
            Remote::Question(op) => update(&mut self.state, Msg::Question(op)),
            Remote::Invite(inv) => update(&mut self.state, Msg::Invitation(inv)),
            _ => Vec::new(),
        }
    }

    /// Keeps the chapter clock; anything that went through `update` redraws.
    fn after(&mut self, now: u64) {
        self.dirty = true;
        let here = self.state.slot().map(|s| (s.episode, s.chapter));
        if here != self.chapter {
            self.chapter = here;
            self.chapter_started = now / 1000;
        }
    }

    /// Draws a frame, then tells the state how far its text can scroll.
    pub fn draw<B: Backend>(&mut self, terminal: &mut Terminal<B>) -> Result<(), B::Error> {
        let mut info = ui::FrameInfo::default();
        let corner = self.corner();
        terminal.draw(|frame| {
            info = ui::draw(frame, &self.state);
            ui::corner::render(self.state.view(), &corner, frame.area(), frame.buffer_mut());
        })?;
        self.drawn_second = self.now / 1000;
        update(&mut self.state, Action::ScrollLimit(info.max_scroll));
        self.frame = info;
        self.dirty = false;
        Ok(())
    }

    /// What the corner of the screen shows: the timer if shown, autoplay's mark.
    fn corner(&self) -> ui::corner::Corner {
        let now = self.now / 1000;
        ui::corner::Corner {
            timer_left: self.timer.filter(|_| self.timer_shown).map(|t| {
                let end = i64::try_from(t.end).unwrap_or(i64::MAX);
                end.saturating_sub(i64::try_from(now).unwrap_or(i64::MAX))
            }),
            autoplay: self.autoplay.is_some_and(|a| !a.paused),
        }
    }

    /// Whether the discussion timer is shown on the screen.
    pub fn timer_shown(&self) -> bool {
        self.timer_shown
    }

    /// The timer as the session log keeps it.
    pub fn logged_timer(&self) -> Option<LoggedTimer> {
        self.timer.map(|t| LoggedTimer {
            end: t.end,
            minutes: t.minutes,
            shown: self.timer_shown,
        })
    }

    /// Picks up the timer a restarted screen's log kept, unless it has rung
    /// long ago (a day's workshop): a timer still running comes back as it was.
    pub fn restore_timer(&mut self, logged: Option<LoggedTimer>, now: u64) {
        let Some(t) = logged else {
            return;
        };
        let secs = now / 1000;
        let minutes = t.minutes.clamp(1, MAX_TIMER_MINUTES);
        let longest = u64::from(MAX_TIMER_MINUTES) * 60;
        if t.end > secs.saturating_add(longest) || t.end.saturating_add(longest) < secs {
            return;
        }
        self.timer = Some(Timer {
            end: t.end,
            minutes,
        });
        self.timer_shown = t.shown;
        self.dirty = true;
    }

    /// The panel the room will see after this one, conditions honoured.
    pub fn next_panel(&self) -> Option<usize> {
        let from = match self.state.room.screen() {
            Screen::Title => 0,
            Screen::Panel(i) => i.saturating_add(1),
            Screen::End => return None,
        };
        (from..self.state.doc.timeline.len()).find(|&j| visible(&self.state, j))
    }

    /// What consoles are told.
    pub fn status(&self) -> Status {
        let mut status = crate::workshop::link::status_of(
            &self.state,
            self.session_started,
            self.chapter_started,
            self.timer.map_or((None, 0), |t| (Some(t.end), t.minutes)),
        );
        let doc = &self.state.doc;
        status.next = self
            .next_panel()
            .map(|j| doc.panel(doc.timeline[j]).id().to_owned());
        status.autoplay = self.autoplay.is_some();
        status
    }
}
