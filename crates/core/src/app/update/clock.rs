//! The clock's messages: time passes, autoplay steps, the discussion timer
//! starts, stops, shows and comes back after a restart.

use std::time::Duration;

use crate::app::clock::{AUTOPLAY_IDLE, Autoplay, LoggedTimer, Timer};
use crate::app::effect::Effect;
use crate::app::pace::reading_time;
use crate::app::remote::MAX_TIMER_MINUTES;
use crate::app::state::State;

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// The time now, in Unix milliseconds; the first one starts the session.
pub(super) fn now(state: &mut State, now: u64) {
    if state.clock.now == 0 && state.clock.session_started == 0 {
        state.clock.session_started = now / 1000;
        state.clock.chapter_started = now / 1000;
    }
    state.clock.now = now;
}

/// Autoplay starts: `pace` per step, or each panel's reading time.
pub(super) fn start_autoplay(state: &mut State, pace: Option<Duration>) {
    let mut auto = Autoplay {
        pace,
        due: 0,
        paused: false,
    };
    auto.due = state
        .clock
        .now
        .saturating_add(millis(pace_of(state, &auto)));
    state.clock.autoplay = Some(auto);
}

fn pace_of(state: &State, auto: &Autoplay) -> Duration {
    auto.pace.unwrap_or_else(|| reading_time(state))
}

/// A visitor takes over: autoplay comes back when they leave.
pub(super) fn visitor(state: &mut State) {
    let now = state.clock.now;
    if let Some(auto) = state.clock.autoplay.as_mut() {
        auto.due = now.saturating_add(millis(AUTOPLAY_IDLE));
        auto.paused = true;
    }
}

/// Time passed: autoplay, when its step is due (the caller takes it).
pub(super) fn autoplay_due(state: &State) -> Option<Autoplay> {
    state
        .clock
        .autoplay
        .filter(|auto| state.clock.now >= auto.due)
}

/// After autoplay's step: the next one is due a reading time from now.
pub(super) fn rearm(state: &mut State, auto: Autoplay) {
    let due = state
        .clock
        .now
        .saturating_add(millis(pace_of(state, &auto)));
    state.clock.autoplay = Some(Autoplay {
        due,
        paused: false,
        ..auto
    });
}

/// The facilitator starts a timer of so many minutes, or stops it.
pub(super) fn timer(state: &mut State, minutes: Option<u32>) {
    let start = state.clock.now / 1000;
    state.clock.timer = minutes.map(|m| {
        let minutes = m.clamp(1, MAX_TIMER_MINUTES);
        Timer {
            end: start.saturating_add(u64::from(minutes) * 60),
            minutes,
        }
    });
    state.effects.push(Effect::TimerChanged);
}

pub(super) fn show_timer(state: &mut State) {
    state.clock.timer_shown = !state.clock.timer_shown;
    state.effects.push(Effect::TimerChanged);
}

/// Picks up the timer a restarted screen's log kept, unless it has rung
/// long ago (a day's workshop): a timer still running comes back as it was.
pub(super) fn restore_timer(state: &mut State, t: LoggedTimer) {
    let secs = state.clock.now / 1000;
    let minutes = t.minutes.clamp(1, MAX_TIMER_MINUTES);
    let longest = u64::from(MAX_TIMER_MINUTES) * 60;
    if t.end > secs.saturating_add(longest) || t.end.saturating_add(longest) < secs {
        return;
    }
    state.clock.timer = Some(Timer {
        end: t.end,
        minutes,
    });
    state.clock.timer_shown = t.shown;
}

/// The chapter clock restarts when the chapter on screen changes, and the
/// discussion timer, which was the last chapter's, stops.
pub(super) fn follow_chapter(state: &mut State) {
    let here = state.slot().map(|s| (s.episode, s.chapter));
    if here != state.clock.chapter {
        let moved = state.clock.chapter.is_some();
        state.clock.chapter = here;
        state.clock.chapter_started = state.clock.now / 1000;
        if moved && here.is_some() && state.clock.timer.take().is_some() {
            state.effects.push(Effect::TimerChanged);
        }
    }
}
