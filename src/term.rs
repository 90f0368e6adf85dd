//! The local terminal, and nothing else: entering and leaving full-screen
//! mode exactly once whatever ends the program (quit, error, panic, SIGTERM,
//! SIGHUP, SIGQUIT, SIGINT), stopping and continuing (Ctrl-Z, or SIGTSTP and
//! SIGCONT from outside), the hang-up watchdog, and a pump that turns
//! crossterm's events into the runtime's inputs.

use std::io::{self, Stdout};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crossterm::event::{self, Event};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;

use crate::input::{Key, KeyCode, Mouse};
use crate::runtime::{Flow, Input, Program, now_millis};

/// Whether the terminal is currently in full-screen mode; restore acts once.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether full-screen mode captures the mouse (the player, unless `--no-mouse`).
static MOUSE: AtomicBool = AtomicBool::new(false);

/// Asks the terminal for clicks and the wheel from the next `enter` on. Off
/// by default: with capture on, the terminal no longer selects text itself.
pub fn capture_mouse(on: bool) {
    MOUSE.store(on, Ordering::SeqCst);
}

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
    reenter()?;
    Terminal::new(CrosstermBackend::new(io::stdout()))
}

fn reenter() -> io::Result<()> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)?;
    if MOUSE.load(Ordering::SeqCst) {
        execute!(io::stdout(), event::EnableMouseCapture)?;
    }
    Ok(())
}

/// Leaves full-screen mode; does nothing if it already has.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        // The terminal may be gone (SIGHUP): nothing useful to do with errors.
        if MOUSE.load(Ordering::SeqCst) {
            let _ = execute!(io::stdout(), event::DisableMouseCapture);
        }
        let _ = execute!(io::stdout(), LeaveAlternateScreen, cursor::Show);
        let _ = disable_raw_mode();
    }
}

/// Files to remove if the watchdog must end the process itself (sockets),
/// as the program last said ([`Program::leftovers`]).
type Leftovers = Arc<Mutex<Vec<PathBuf>>>;

/// Signals set flags the loop checks: it then restores and exits, or stops.
pub(crate) struct Signals {
    ending: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    cont: Arc<AtomicBool>,
}

impl Signals {
    pub(crate) fn register() -> io::Result<Self> {
        use signal_hook::consts::{
            SIGALRM, SIGCONT, SIGHUP, SIGINT, SIGPROF, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1, SIGUSR2,
            SIGVTALRM, SIGXCPU, SIGXFSZ,
        };
        let ending = Arc::new(AtomicUsize::new(0));
        // Every signal whose default is to end the process ends it here too,
        // after the terminal is restored.
        for sig in [
            SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
            SIGXCPU, SIGXFSZ,
        ] {
            signal_hook::flag::register_usize(sig, Arc::clone(&ending), sig as usize)?;
        }
        let stop = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGTSTP, Arc::clone(&stop))?;
        let cont = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGCONT, Arc::clone(&cont))?;
        Ok(Signals { ending, stop, cont })
    }

    pub(crate) fn pending(&self) -> Option<i32> {
        match self.ending.load(Ordering::SeqCst) {
            0 => None,
            sig => i32::try_from(sig).ok(),
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

/// Runs `program` on the local terminal until it quits or a signal ends it.
/// The terminal is restored on every way out (the caller restores on error too).
pub fn run<P: Program>(program: &mut P) -> io::Result<Exit> {
    let signals = Signals::register()?;
    let leftovers = Leftovers::default();
    watch_hangup(Arc::clone(&signals.ending), Arc::clone(&leftovers));
    let mut terminal = enter()?;
    let result = pump(&mut terminal, program, &signals, &leftovers);
    program.finish();
    restore();
    result
}

fn pump<P: Program>(
    terminal: &mut Term,
    program: &mut P,
    signals: &Signals,
    leftovers: &Leftovers,
) -> io::Result<Exit> {
    // Start crossterm's event source now, while the terminal is surely there.
    event::poll(Duration::ZERO)?;
    loop {
        if let Ok(mut paths) = leftovers.lock() {
            *paths = program.leftovers();
        }
        if let Some(sig) = signals.pending() {
            return Ok(Exit::Signal(sig));
        }
        if signals.stop.swap(false, Ordering::SeqCst) {
            suspend(terminal)?;
            program.input(Input::Resize, now_millis());
        }
        if signals.cont.swap(false, Ordering::SeqCst) {
            // Stopped and continued from outside: the shell may have reset the tty.
            reenter()?;
            redraw_all(terminal)?;
            program.input(Input::Resize, now_millis());
        }
        if program.dirty() {
            program.draw(terminal, now_millis())?;
        }
        // crossterm waits for keys and resizes (it handles SIGWINCH itself); the
        // tick brings the loop back for signals, consoles and autoplay.
        let timeout = program
            .deadline(now_millis())
            .map_or(TICK, |ms| Duration::from_millis(ms).min(TICK));
        let ready = event::poll(timeout)?;
        let mut inputs = vec![Input::Tick];
        inputs.extend(program.poll(now_millis()));
        while ready && event::poll(Duration::ZERO)? {
            match event::read()? {
                Event::Key(key) => {
                    if let Some(key) = key_of(key) {
                        debug_panic(key);
                        inputs.push(Input::Key(key));
                    }
                }
                Event::Mouse(mouse) => inputs.extend(mouse_of(mouse).map(Input::Mouse)),
                Event::Resize(..) | Event::FocusGained => inputs.push(Input::Resize),
                _ => {}
            }
        }
        for input in inputs {
            match program.input(input, now_millis()) {
                Flow::Go => {}
                Flow::Quit => return Ok(Exit::Quit),
                Flow::Suspend => {
                    suspend(terminal)?;
                    program.input(Input::Resize, now_millis());
                }
            }
        }
    }
}

/// A safety net: if the terminal hangs up while crossterm is reading it,
/// crossterm loops for ever on end of file and never returns to the loop.
/// This thread notices the hang-up and asks the loop to end, as SIGHUP would;
/// if the loop does not within a second, it cleans up and ends the process.
fn watch_hangup(ending: Arc<AtomicUsize>, leftovers: Leftovers) {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(move || {
        let watch = std::thread::Builder::new().name("hang-up watch".into());
        let _ = watch.spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(250));
                if stdin_hung_up() {
                    let hup = signal_hook::consts::SIGHUP;
                    ending.store(hup as usize, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_secs(1));
                    restore();
                    if let Ok(paths) = leftovers.lock() {
                        for path in paths.iter() {
                            let _ = std::fs::remove_file(path);
                        }
                    }
                    std::process::exit(128 + hup);
                }
            }
        });
    });
}

fn stdin_hung_up() -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    // The descriptor itself: `io::stdin()` would set up a buffer from this thread.
    let stdin = rustix::stdio::stdin();
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

/// Ctrl-Z or SIGTSTP: give the shell its terminal back, stop, and redraw in
/// full once continued.
fn suspend(terminal: &mut Term) -> io::Result<()> {
    restore();
    // Our SIGTSTP handler only sets a flag: stop the way the default would.
    signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
    // Continued (`fg`).
    reenter()?;
    redraw_all(terminal)
}

/// `resize` clears and forgets the previous frame; `clear` could wait on the terminal.
fn redraw_all(terminal: &mut Term) -> io::Result<()> {
    let size = terminal.size()?;
    terminal.resize(Rect::new(0, 0, size.width, size.height))
}

/// A deliberate panic for the end-to-end tests of the panic hook: debug builds
/// only, and only when `INVISIBLES_TEST_PANIC` is set.
fn debug_panic(key: Key) {
    if cfg!(debug_assertions)
        && key == Key::new(KeyCode::F(12))
        && std::env::var_os("INVISIBLES_TEST_PANIC").is_some()
    {
        panic!("deliberate test panic (F12 with INVISIBLES_TEST_PANIC set)");
    }
}

/// The edge: a crossterm mouse event as the core's [`Mouse`]; moves, drags,
/// releases and the other buttons are dropped.
pub fn mouse_of(event: event::MouseEvent) -> Option<Mouse> {
    use event::{MouseButton, MouseEventKind as K};
    match event.kind {
        K::Down(MouseButton::Left) => Some(Mouse::Click {
            column: event.column,
            row: event.row,
        }),
        K::ScrollUp => Some(Mouse::WheelUp),
        K::ScrollDown => Some(Mouse::WheelDown),
        _ => None,
    }
}

/// The edge: a crossterm key event as the core's [`Key`]; releases and keys
/// the core has no name for are dropped.
pub fn key_of(event: event::KeyEvent) -> Option<Key> {
    use event::{KeyCode as C, KeyEventKind, KeyModifiers as M};
    if event.kind == KeyEventKind::Release {
        return None;
    }
    let code = match event.code {
        C::Char(c) => KeyCode::Char(c),
        C::Enter => KeyCode::Enter,
        C::Esc => KeyCode::Esc,
        C::Backspace => KeyCode::Backspace,
        C::Tab => KeyCode::Tab,
        C::BackTab => KeyCode::BackTab,
        C::Left => KeyCode::Left,
        C::Right => KeyCode::Right,
        C::Up => KeyCode::Up,
        C::Down => KeyCode::Down,
        C::Home => KeyCode::Home,
        C::End => KeyCode::End,
        C::PageUp => KeyCode::PageUp,
        C::PageDown => KeyCode::PageDown,
        C::Delete => KeyCode::Delete,
        C::Insert => KeyCode::Insert,
        C::F(n) => KeyCode::F(n),
        _ => return None,
    };
    Some(Key {
        code,
        ctrl: event.modifiers.contains(M::CONTROL),
        alt: event.modifiers.contains(M::ALT),
    })
}
