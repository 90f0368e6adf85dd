//! The screening's clocks: the time as the front end last passed it in, the
//! session's and the chapter's start, the facilitator's discussion timer and
//! autoplay. They live in the state so the clock is one more actor whose
//! messages go through `update` like everyone else's.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The discussion timer a facilitator starts where the chapter suggests no
/// duration, in minutes.
pub const TIMER_MINUTES: u32 = 10;

/// The discussion time the chapter of `slot` suggests, else [`TIMER_MINUTES`]:
/// the one rule for the screen and the console alike.
pub fn discussion_minutes(
    doc: &crate::content::Documentary,
    slot: Option<crate::content::Slot>,
) -> u32 {
    slot.and_then(|s| doc.chapter(s).facilitator.as_ref())
        .map_or(TIMER_MINUTES, |f| {
            f.minutes.clamp(1, super::remote::MAX_TIMER_MINUTES)
        })
}

/// After a visitor's key, autoplay waits this long before going on again.
pub const AUTOPLAY_IDLE: Duration = Duration::from_secs(120);

/// The discussion timer a console started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timer {
    /// Unix seconds when it rings.
    pub end: u64,
    pub minutes: u32,
}

/// Autoplay: a fixed time per step, or the reading time of what is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Autoplay {
    pub(crate) pace: Option<Duration>,
    /// Unix milliseconds of the next step.
    pub(crate) due: u64,
    /// A visitor took over: autoplay waits for them to leave.
    pub(crate) paused: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clock {
    /// Unix milliseconds, as the last `Msg::Now` said.
    pub(crate) now: u64,
    /// Unix seconds when the session started.
    pub(crate) session_started: u64,
    /// The chapter on screen, and when it came (Unix seconds).
    pub(crate) chapter: Option<(usize, usize)>,
    pub(crate) chapter_started: u64,
    pub(crate) timer: Option<Timer>,
    /// The timer is shown in a corner of the projected screen.
    pub(crate) timer_shown: bool,
    pub(crate) autoplay: Option<Autoplay>,
}

impl Clock {
    /// Unix milliseconds, as last passed in.
    pub fn now(&self) -> u64 {
        self.now
    }

    pub fn session_started(&self) -> u64 {
        self.session_started
    }

    pub fn chapter_started(&self) -> u64 {
        self.chapter_started
    }

    pub fn timer(&self) -> Option<Timer> {
        self.timer
    }

    pub fn timer_shown(&self) -> bool {
        self.timer_shown
    }

    pub fn autoplaying(&self) -> bool {
        self.autoplay.is_some()
    }

    /// Autoplay is on and not waiting for a visitor to leave.
    pub fn autoplay_running(&self) -> bool {
        self.autoplay.is_some_and(|a| !a.paused)
    }

    /// Milliseconds from `now` until the clock has something to do.
    pub fn deadline(&self, now: u64) -> Option<u64> {
        self.autoplay.map(|a| a.due.saturating_sub(now))
    }

    /// Seconds left on the timer, if it runs and is shown (negative: overtime).
    pub fn timer_left_shown(&self) -> Option<i64> {
        let now = i64::try_from(self.now / 1000).unwrap_or(i64::MAX);
        self.timer
            .filter(|_| self.timer_shown)
            .map(|t| i64::try_from(t.end).unwrap_or(i64::MAX).saturating_sub(now))
    }

    /// The timer as the session log keeps it.
    pub fn logged_timer(&self) -> Option<LoggedTimer> {
        self.timer.map(|t| LoggedTimer {
            end: t.end,
            minutes: t.minutes,
            shown: self.timer_shown,
        })
    }
}

/// The discussion timer as the log keeps it: when it rings, and whether the
/// room sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedTimer {
    /// Unix seconds when it rings.
    pub end: u64,
    pub minutes: u32,
    /// Shown in a corner of the projected screen.
    #[serde(default)]
    pub shown: bool,
}
