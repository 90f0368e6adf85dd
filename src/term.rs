//! The real terminal: entering and leaving full-screen mode exactly once,
//! whatever ends the program (quit, error, panic, SIGTERM, SIGHUP), Ctrl-Z,
//! and the event loop that feeds key presses to the state machine.

use std::io::{self, Read, Stdout};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use crossterm::event::{self, Event};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;

use crate::app::{Action, State, update};
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
struct Signals {
    caught: Arc<AtomicUsize>,
    wake: UnixStream,
}

impl Signals {
    fn register() -> io::Result<Self> {
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

    fn pending(&self) -> Option<i32> {
        match self.caught.load(Ordering::SeqCst) {
            0 => None,
            sig => Some(sig as i32),
        }
    }

    /// Sleeps until stdin has input or hangs up, or a signal arrives.
    fn wait(&self) -> Wake {
        use rustix::event::{PollFd, PollFlags, poll};
        let stdin = io::stdin();
        let mut fds = [
            PollFd::new(&stdin, PollFlags::IN),
            PollFd::new(&self.wake, PollFlags::IN),
        ];
        if poll(&mut fds, None).is_err() {
            // Interrupted by a signal: the caller looks at the flags.
            return Wake::Signal;
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
        if signalled { Wake::Signal } else { Wake::Input }
    }
}

enum Wake {
    Input,
    /// A resize or a signal: redraw (the frame takes the new size) and look at the flags.
    Signal,
    HungUp,
}

/// How the loop ended.
pub enum Exit {
    Quit,
    Signal(i32),
}

/// Plays until the viewer quits or a signal arrives. The terminal is restored
/// on every way out of this function (the caller restores on error too).
/// `changed` runs after every action, to persist what the viewer did.
pub fn run(mut state: State, mut changed: impl FnMut(&mut State)) -> io::Result<Exit> {
    let signals = Signals::register()?;
    let mut terminal = enter()?;
    let result = event_loop(&mut terminal, &mut state, &signals, &mut changed);
    restore();
    result
}

fn event_loop(
    terminal: &mut Term,
    state: &mut State,
    signals: &Signals,
    changed: &mut dyn FnMut(&mut State),
) -> io::Result<Exit> {
    let mut dirty = true;
    // Start crossterm's event source now, while the terminal is surely there.
    event::poll(Duration::ZERO)?;
    loop {
        if let Some(sig) = signals.pending() {
            return Ok(Exit::Signal(sig));
        }
        if dirty {
            let mut info = ui::FrameInfo::default();
            terminal.draw(|frame| info = ui::draw(frame, state))?;
            update(state, Action::ScrollLimit(info.max_scroll));
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
        // crossterm reads a closed terminal forever (it never sees end of
        // file), so it is only asked for events once stdin is known to be alive.
        match signals.wait() {
            Wake::HungUp => return Ok(Exit::Signal(signal_hook::consts::SIGHUP)),
            Wake::Signal => dirty = true,
            Wake::Input => {}
        }
        while event::poll(Duration::ZERO)? {
            match event::read()? {
                Event::Key(key) => {
                    debug_panic(&key);
                    if let Some(action) = keymap::action_for(state, key) {
                        update(state, action);
                        changed(state);
                        dirty = true;
                    }
                }
                Event::Resize(..) | Event::FocusGained => dirty = true,
                _ => {}
            }
        }
    }
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
