//! The real terminal: entering and leaving full-screen mode exactly once,
//! whatever ends the program (quit, error, panic, SIGTERM, SIGHUP), Ctrl-Z,
//! and the event loop that feeds key presses to the state machine.

use std::io::{self, Stdout};
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
use crate::workshop::session::unix_now;
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

/// SIGTERM, SIGHUP and SIGINT set a flag the loop checks; it then restores and exits.
pub(crate) struct Signals {
    caught: Arc<AtomicUsize>,
}

impl Signals {
    pub(crate) fn register() -> io::Result<Self> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let caught = Arc::new(AtomicUsize::new(0));
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal_hook::flag::register_usize(sig, Arc::clone(&caught), sig as usize)?;
        }
        Ok(Signals { caught })
    }

    pub(crate) fn pending(&self) -> Option<i32> {
        match self.caught.load(Ordering::SeqCst) {
            0 => None,
            sig => Some(sig as i32),
        }
    }
}

/// How often the loop looks at signals and consoles while no key comes.
pub(crate) const TICK: Duration = Duration::from_millis(100);

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
    watch_hangup();
    let mut terminal = enter()?;
    let result = event_loop(&mut terminal, &mut state, &signals, hooks);
    restore();
    result
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
        // crossterm waits for keys and resizes (it handles SIGWINCH itself); the
        // tick brings the loop back for signals, consoles and autoplay.
        let timeout = due
            .map(|d| d.saturating_duration_since(Instant::now()).min(TICK))
            .unwrap_or(TICK);
        let input = event::poll(timeout)?;
        let changed = &mut *hooks.changed;
        if let Some(d) = due
            && Instant::now() >= d
        {
            apply(state, Action::Advance, changed);
            due = Some(Instant::now() + pace(state));
            dirty = true;
        }
        if let Some(link) = hooks.link.as_deref_mut() {
            let polled = link.poll();
            for notice in polled.notices {
                state.notice = Some(notice.message(state.lang == crate::content::Lang::Fr));
                dirty = true;
            }
            for command in polled.commands {
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
        while input && event::poll(Duration::ZERO)? {
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

/// A safety net: if the terminal hangs up while crossterm is reading it,
/// crossterm loops for ever on end of file and never returns to the event
/// loop. This thread notices the hang-up and ends the process, as SIGHUP would.
/// (The journey is saved after every action, so nothing is lost.)
pub fn watch_hangup() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        std::thread::spawn(|| {
            loop {
                std::thread::sleep(Duration::from_millis(250));
                if stdin_hung_up() {
                    restore();
                    std::process::exit(128 + signal_hook::consts::SIGHUP);
                }
            }
        });
    });
}

fn stdin_hung_up() -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let now = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    matches!(poll(&mut fds, Some(&now)), Ok(n) if n > 0)
        && fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
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
