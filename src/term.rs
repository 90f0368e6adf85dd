//! The real terminal: entering and leaving full-screen mode exactly once,
//! whatever ends the program (quit, error, panic, SIGTERM, SIGHUP), Ctrl-Z,
//! and the event loop that feeds key presses to the state machine.

use std::io::{self, Read, Stdout};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;

use crate::app::{Action, Gate, Screen, State, reading_time, update};
use crate::workshop::link;
use crate::{keymap, ui};

/// Whether the terminal is currently in full-screen mode; restore acts once.
static ACTIVE: AtomicBool = AtomicBool::new(false);

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Raw mode, alternate screen, hidden cursor; a panic hook that restores first.
pub fn enter() -> io::Result<Term> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)?;
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

/// Leaves full-screen mode; does nothing if it already has.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        // The terminal may be gone (SIGHUP): nothing useful to do with errors.
        let _ = execute!(io::stdout(), LeaveAlternateScreen, cursor::Show);
        let _ = disable_raw_mode();
    }
}

/// SIGTERM, SIGHUP and SIGINT set a flag the loop checks; it then restores and
/// exits. Those and SIGWINCH also write to a pipe, so the loop can sleep until
/// a key, a resize or a signal arrives instead of waking up on a timer.
pub(crate) struct Signals {
    caught: Arc<AtomicUsize>,
    wake: UnixStream,
}

impl Signals {
    pub(crate) fn register() -> io::Result<Self> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
        let caught = Arc::new(AtomicUsize::new(0));
        let (wake, waker) = UnixStream::pair()?;
        wake.set_nonblocking(true)?;
        waker.set_nonblocking(true)?;
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal_hook::flag::register_usize(sig, Arc::clone(&caught), sig as usize)?;
        }
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGWINCH] {
            signal_hook::low_level::pipe::register(sig, waker.try_clone()?)?;
        }
        Ok(Signals { caught, wake })
    }

    pub(crate) fn pending(&self) -> Option<i32> {
        match self.caught.load(Ordering::SeqCst) {
            0 => None,
            sig => Some(sig as i32),
        }
    }

    /// Sleeps until stdin has input or hangs up, a signal arrives, one of
    /// `extra` is readable, or `timeout` passes.
    pub(crate) fn wait(
        &self,
        timeout: Option<Duration>,
        extra: &[std::os::fd::BorrowedFd],
    ) -> Wake {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        let stdin = io::stdin();
        let mut fds = vec![
            PollFd::new(&stdin, PollFlags::IN),
            PollFd::new(&self.wake, PollFlags::IN),
        ];
        fds.extend(extra.iter().map(|fd| PollFd::new(fd, PollFlags::IN)));
        let timeout = timeout.map(|t| Timespec {
            tv_sec: t.as_secs() as i64,
            tv_nsec: i64::from(t.subsec_nanos()),
        });
        match poll(&mut fds, timeout.as_ref()) {
            Err(_) => return Wake::Signal, // interrupted: the caller looks at the flags
            Ok(0) => return Wake::Timeout,
            Ok(_) => {}
        }
        if fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
        {
            return Wake::HungUp;
        }
        // Drain the wake-up bytes; what they meant is in the flags.
        let mut sink = [0u8; 64];
        let mut signalled = false;
        while (&self.wake).read(&mut sink).is_ok_and(|n| n > 0) {
            signalled = true;
        }
        if signalled {
            Wake::Signal
        } else if fds[0].revents().contains(PollFlags::IN) {
            Wake::Input
        } else {
            Wake::Other
        }
    }
}

pub(crate) enum Wake {
    Input,
    Timeout,
    /// One of the extra descriptors (a console).
    Other,
    /// A resize or a signal: redraw (the frame takes the new size) and look at the flags.
    Signal,
    HungUp,
}

/// How the loop ended.
pub enum Exit {
    Quit,
    Signal(i32),
}

/// Where the viewer was before an action: the screen and any pending notice.
pub type Before = (Screen, Option<Gate>);

/// The hook run after every action.
pub type Changed<'a> = dyn FnMut(&mut State, Action, Before) + 'a;

/// What the loop does besides keys: persist, serve consoles, play on its own.
pub struct Hooks<'a> {
    /// Runs after every action, with the screen and notice before it.
    pub changed: &'a mut Changed<'a>,
    /// Facilitator consoles, in workshop mode.
    pub link: Option<&'a mut link::Server>,
    /// Unix seconds the session started (for the consoles' clocks).
    pub session_started: u64,
    /// Autoplay: a fixed time per step, or the reading time when `None` inside.
    pub autoplay: Option<Option<Duration>>,
}

/// After a visitor's key, autoplay waits this long before going on again.
const AUTOPLAY_IDLE: Duration = Duration::from_secs(120);

/// Plays until the viewer quits or a signal arrives. The terminal is restored
/// on every way out of this function (the caller restores on error too).
pub fn run(mut state: State, hooks: Hooks) -> io::Result<Exit> {
    let signals = Signals::register()?;
    let mut terminal = enter()?;
    let result = event_loop(&mut terminal, &mut state, &signals, hooks);
    restore();
    result
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn event_loop(
    terminal: &mut Term,
    state: &mut State,
    signals: &Signals,
    mut hooks: Hooks,
) -> io::Result<Exit> {
    let mut dirty = true;
    let pace = |state: &State| match hooks.autoplay {
        Some(Some(fixed)) => fixed,
        _ => reading_time(state),
    };
    let mut due = hooks.autoplay.map(|_| Instant::now() + pace(state));
    let mut chapter = state.slot().map(|s| (s.episode, s.chapter));
    let mut chapter_started = unix_now();
    let mut timer: (Option<u64>, u32) = (None, 0);
    // Start crossterm's event source now, while the terminal is surely there.
    event::poll(Duration::ZERO)?;
    loop {
        if let Some(sig) = signals.pending() {
            return Ok(Exit::Signal(sig));
        }
        if dirty {
            let here = state.slot().map(|s| (s.episode, s.chapter));
            if here != chapter {
                chapter = here;
                chapter_started = unix_now();
            }
            let mut info = ui::FrameInfo::default();
            terminal.draw(|frame| info = ui::draw(frame, state))?;
            update(state, Action::ScrollLimit(info.max_scroll));
            if let Some(link) = hooks.link.as_deref_mut() {
                link.publish(&link::status_of(
                    state,
                    hooks.session_started,
                    chapter_started,
                    timer,
                ));
            }
            dirty = false;
        }
        if state.quit {
            return Ok(Exit::Quit);
        }
        if state.suspend {
            state.suspend = false;
            suspend(terminal)?;
            dirty = true;
            continue;
        }
        let timeout = due.map(|d| d.saturating_duration_since(Instant::now()));
        let extra: Vec<std::os::fd::BorrowedFd> =
            hooks.link.as_deref().map(|l| l.fds()).unwrap_or_default();
        // crossterm reads a closed terminal forever (it never sees end of
        // file), so it is only asked for events once stdin is known to be alive.
        match signals.wait(timeout, &extra) {
            Wake::HungUp => return Ok(Exit::Signal(signal_hook::consts::SIGHUP)),
            Wake::Signal => dirty = true,
            Wake::Input | Wake::Timeout | Wake::Other => {}
        }
        drop(extra);
        let changed = &mut *hooks.changed;
        if let Some(d) = due
            && Instant::now() >= d
        {
            apply(state, Action::Advance, changed);
            due = Some(Instant::now() + pace(state));
            dirty = true;
        }
        if let Some(link) = hooks.link.as_deref_mut() {
            for command in link.poll() {
                match command {
                    link::Command::Act(action) => apply(state, action, changed),
                    link::Command::Jump(id) => {
                        if let Some(&i) = state.doc.panel_index.get(&id) {
                            let before = (state.screen, state.gate);
                            state.overlay = None;
                            state.blank = false;
                            state.resume_at(i);
                            changed(state, Action::Next, before);
                        }
                    }
                    link::Command::Timer(minutes) => {
                        timer = (
                            minutes.map(|m| unix_now() + u64::from(m) * 60),
                            minutes.unwrap_or(0),
                        );
                    }
                }
                dirty = true;
            }
        }
        while event::poll(Duration::ZERO)? {
            match event::read()? {
                Event::Key(key) => {
                    debug_panic(&key);
                    if let Some(action) = keymap::action_for(state, key) {
                        apply(state, action, changed);
                        dirty = true;
                    }
                    if due.is_some() {
                        due = Some(Instant::now() + AUTOPLAY_IDLE);
                    }
                }
                Event::Resize(..) | Event::FocusGained => dirty = true,
                _ => {}
            }
        }
    }
}

/// One action through the state machine, then the hook that persists it.
fn apply(state: &mut State, action: Action, changed: &mut Changed<'_>) {
    let before = (state.screen, state.gate);
    update(state, action);
    changed(state, action, before);
}

/// Ctrl-Z: give the shell its terminal back, stop, and redraw in full on `fg`.
fn suspend(terminal: &mut Term) -> io::Result<()> {
    restore();
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    // Resumed by `fg`.
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)?;
    // `resize` clears and forgets the previous frame; `clear` could wait on the terminal.
    let size = terminal.size()?;
    terminal.resize(Rect::new(0, 0, size.width, size.height))
}

/// A deliberate panic for the end-to-end tests of the panic hook: debug builds
/// only, and only when `INVISIBLES_TEST_PANIC` is set.
fn debug_panic(key: &event::KeyEvent) {
    if cfg!(debug_assertions)
        && key.code == event::KeyCode::F(12)
        && std::env::var_os("INVISIBLES_TEST_PANIC").is_some()
    {
        panic!("deliberate test panic (F12 with INVISIBLES_TEST_PANIC set)");
    }
}
