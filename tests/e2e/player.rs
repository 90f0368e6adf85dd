//! End to end: the real binary in a real pseudo-terminal (tmux), driven by
//! keys and signals. Every way out must leave the terminal as it found it.

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// One tmux server per test, on its own socket, killed on drop.
pub(crate) struct Tmux {
    socket: String,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

impl Tmux {
    /// Starts `invisibles ARGS` at WxH inside `sh`, which afterwards reports
    /// the exit code and the terminal modes, then waits.
    fn start(width: u16, height: u16, args: &str, env: &str) -> Tmux {
        let socket = format!(
            "invisibles-e2e-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let bin = env!("CARGO_BIN_EXE_invisibles");
        let script = format!(
            "XDG_STATE_HOME=/tmp/invisibles-e2e-state-$$ {env} {bin} --fresh {args}; echo EXIT=$?; stty -a | tr -s ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo; sleep 600"
        );
        let t = Tmux { socket };
        t.tmux(&[
            "new-session",
            "-d",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            "sh",
            "-c",
            &script,
        ]);
        t
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .unwrap_or_else(|e| {
                panic!("tmux is needed for the end-to-end tests (.ci/run installs it): {e}")
            });
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub(crate) fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    pub(crate) fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", k]);
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// Waits until the screen shows `text`; fails with the screen if it never does.
    pub(crate) fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(30) {
                panic!("waited for {text:?}; the screen is:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the screen no longer shows `text`.
    pub(crate) fn wait_gone(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if !screen.contains(text) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(30) {
                panic!("waited for {text:?} to go; the screen is:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The pid of the app: the child of the pane's shell.
    fn app_pid(&self) -> String {
        let shell = self.tmux(&["display-message", "-p", "#{pane_pid}"]);
        let out = Command::new("pgrep")
            .args(["-P", shell.trim()])
            .output()
            .unwrap_or_else(|e| panic!("pgrep: {e}"));
        let pids = String::from_utf8_lossy(&out.stdout).into_owned();
        pids.lines()
            .next()
            .unwrap_or_else(|| panic!("no app process under {shell}"))
            .to_owned()
    }

    fn alternate_screen(&self) -> bool {
        self.tmux(&["display-message", "-p", "#{alternate_on}"])
            .trim()
            == "1"
    }

    /// After the app has ended: its exit code, and the terminal back in cooked mode.
    fn assert_restored(&self, code: i32) {
        let screen = self.wait_for("EXIT=");
        assert!(
            screen.contains(&format!("EXIT={code}")),
            "exit code, screen:\n{screen}"
        );
        let screen = self.wait_for("icanon");
        assert!(
            screen.contains("icanon echo")
                && !screen.contains("-icanon")
                && !screen.contains("-echo"),
            "terminal modes not restored:\n{screen}"
        );
        assert!(!self.alternate_screen(), "still on the alternate screen");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

#[test]
fn plays_walks_and_quits_cleanly() {
    let t = Tmux::start(80, 24, "--lang en", "");
    let title = t.wait_for("→ to begin");
    assert!(title.contains("Invisibles"), "{title}");
    assert!(t.alternate_screen());
    t.keys(&["Right"]);
    t.wait_for("Panel 1 of");
    t.keys(&["t"]);
    t.wait_for("you are here");
    t.keys(&["Escape", "?"]);
    t.wait_for("Keys — Esc or ? to close");
    t.keys(&["q", "2"]);
    t.wait_for("Ep. 2");
    t.keys(&["q"]);
    t.assert_restored(0);
}

#[test]
fn ctrl_c_quits_cleanly() {
    let t = Tmux::start(80, 24, "--lang en", "");
    t.wait_for("→ to begin");
    t.keys(&["Right", "?", "C-c"]);
    t.assert_restored(0);
}

#[test]
fn sigterm_restores_the_terminal() {
    let t = Tmux::start(80, 24, "--lang en", "");
    t.wait_for("→ to begin");
    let pid = t.app_pid();
    let status = Command::new("kill").args(["-TERM", &pid]).status();
    assert!(status.is_ok_and(|s| s.success()));
    t.assert_restored(128 + 15);
}

#[test]
fn sighup_restores_the_terminal() {
    let t = Tmux::start(80, 24, "--lang en", "");
    t.wait_for("→ to begin");
    let pid = t.app_pid();
    let status = Command::new("kill").args(["-HUP", &pid]).status();
    assert!(status.is_ok_and(|s| s.success()));
    t.assert_restored(128 + 1);
}

#[test]
fn sigquit_restores_the_terminal() {
    // A kiosk launcher without job control may send SIGQUIT.
    let t = Tmux::start(80, 24, "--lang en", "");
    t.wait_for("→ to begin");
    let pid = t.app_pid();
    let status = Command::new("kill").args(["-QUIT", &pid]).status();
    assert!(status.is_ok_and(|s| s.success()));
    t.assert_restored(128 + 3);
}

#[test]
fn any_signal_that_ends_the_app_restores_the_terminal_first() {
    for (sig, n) in [("USR1", 10), ("ALRM", 14)] {
        let t = Tmux::start(80, 24, "--lang en", "");
        t.wait_for("→ to begin");
        let pid = t.app_pid();
        let status = Command::new("kill")
            .args([&format!("-{sig}"), &pid])
            .status();
        assert!(status.is_ok_and(|s| s.success()));
        t.assert_restored(128 + n);
    }
}

#[test]
fn a_stop_from_outside_restores_then_continue_redraws() {
    let socket = format!("invisibles-e2e-{}-tstp", std::process::id());
    let t = Tmux { socket };
    t.tmux(&["new-session", "-d", "-x", "80", "-y", "24", "sh", "-i"]);
    std::thread::sleep(Duration::from_millis(300));
    let bin = env!("CARGO_BIN_EXE_invisibles");
    t.tmux(&[
        "send-keys",
        &format!("XDG_STATE_HOME=/tmp/invisibles-e2e-state-$$ {bin} --lang en --fresh"),
        "Enter",
    ]);
    t.wait_for("→ to begin");
    let pid = t.app_pid();
    let status = Command::new("kill").args(["-TSTP", &pid]).status();
    assert!(status.is_ok_and(|s| s.success()));
    let screen = t.wait_for("Stopped");
    assert!(
        !t.alternate_screen(),
        "stopped on the alternate screen:\n{screen}"
    );
    // Continued from outside, as a supervisor would: back in full screen, drawn whole.
    let status = Command::new("kill").args(["-CONT", &pid]).status();
    assert!(status.is_ok_and(|s| s.success()));
    t.tmux(&["send-keys", "fg", "Enter"]);
    let screen = t.wait_for("→ to begin");
    assert!(
        t.alternate_screen(),
        "not back on the alternate screen:\n{screen}"
    );
    t.keys(&["Right"]);
    t.wait_for("Panel 1 of");
    t.keys(&["q"]);
    t.tmux(&[
        "send-keys",
        "stty -a | tr -s ' ;' '\\n\\n' | grep -x -e icanon -e echo | tr '\\n' ' '",
        "Enter",
    ]);
    t.wait_for("icanon echo");
}

#[test]
fn a_panic_restores_the_terminal_and_stays_readable() {
    let t = Tmux::start(
        80,
        24,
        "--lang en",
        "INVISIBLES_TEST_PANIC=1 RUST_BACKTRACE=0",
    );
    t.wait_for("→ to begin");
    t.keys(&["F12"]);
    let screen = t.wait_for("EXIT=");
    assert!(
        screen.contains("deliberate test panic"),
        "panic message lost:\n{screen}"
    );
    t.assert_restored(101);
}

#[test]
fn too_small_then_resized_back() {
    let t = Tmux::start(80, 24, "--lang en", "");
    t.wait_for("→ to begin");
    t.tmux(&["resize-window", "-x", "50", "-y", "15"]);
    t.wait_for("Terminal too small: 50x15 (min. 60x20)");
    t.tmux(&["resize-window", "-x", "20", "-y", "5"]);
    t.wait_for("20x5");
    // A storm: sizes faster than frames, through the minimum and back.
    for (w, h) in [
        (200, 60),
        (20, 5),
        (61, 21),
        (59, 19),
        (1, 1),
        (300, 100),
        (60, 20),
        (33, 7),
    ] {
        t.tmux(&["resize-window", "-x", &w.to_string(), "-y", &h.to_string()]);
    }
    t.wait_for("33x7");
    t.tmux(&["resize-window", "-x", "100", "-y", "30"]);
    t.wait_for("→ to begin");
    t.keys(&["q"]);
    t.assert_restored(0);
}

#[test]
fn ctrl_z_suspends_and_fg_redraws() {
    // Job control needs an interactive shell around the app.
    let socket = format!("invisibles-e2e-{}-z", std::process::id());
    let t = Tmux { socket };
    t.tmux(&["new-session", "-d", "-x", "80", "-y", "24", "sh", "-i"]);
    std::thread::sleep(Duration::from_millis(300));
    let bin = env!("CARGO_BIN_EXE_invisibles");
    t.tmux(&[
        "send-keys",
        &format!("XDG_STATE_HOME=/tmp/invisibles-e2e-state-$$ {bin} --lang en --fresh"),
        "Enter",
    ]);
    t.wait_for("→ to begin");
    t.keys(&["C-z"]);
    let screen = t.wait_for("Stopped");
    assert!(
        !t.alternate_screen(),
        "suspended on the alternate screen:\n{screen}"
    );
    t.tmux(&["send-keys", "clear; fg", "Enter"]);
    t.wait_for("→ to begin");
    t.keys(&["q"]);
    t.tmux(&[
        "send-keys",
        "stty -a | tr -s ' ;' '\\n\\n' | grep -x -e icanon -e echo | tr '\\n' ' '",
        "Enter",
    ]);
    t.wait_for("icanon echo");
}

#[test]
fn a_closed_window_ends_the_app() {
    let t = Tmux::start(80, 24, "--lang en", "");
    t.wait_for("→ to begin");
    let pid = t.app_pid();
    t.tmux(&["kill-server"]);
    let start = Instant::now();
    // Gone, or a zombie waiting for its dead parent: either way not running.
    while std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|s| s.split_whitespace().nth(2).is_none_or(|st| st != "Z"))
    {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the app outlived its terminal"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_journey_resumes_where_it_was_left() {
    let dir = std::env::temp_dir().join(format!("invisibles-e2e-resume-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let state = dir.join("journey.ron");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample");
    let args = format!("--lang en --episodes {sample} --state {}", state.display());
    let t = Tmux::start(80, 24, &args, "");
    t.wait_for("→ to begin");
    // The episode's title card, then its first panel, then the testimony's passages.
    t.keys(&["Right", "Right", "Right", "Right", "Right", "b"]);
    t.wait_for("● ● ●");
    t.wait_for("Bookmarked");
    // The reveals within a panel are part of the journey: resuming finds the
    // testimony as it was left.
    t.keys(&["Left"]);
    let before = t.wait_for("● ● ○");
    t.keys(&["q"]);
    t.assert_restored(0);
    drop(t);
    // `start` passes --fresh; resume without it, as a viewer would.
    let socket = format!("invisibles-e2e-{}-resume", std::process::id());
    let t = Tmux { socket };
    let bin = env!("CARGO_BIN_EXE_invisibles");
    t.tmux(&[
        "new-session",
        "-d",
        "-x",
        "80",
        "-y",
        "24",
        &format!("{bin} {args}; sleep 600"),
    ]);
    let welcome = t.wait_for("Welcome back: Ep. 1");
    assert!(welcome.contains("● ● ○"), "{welcome}");
    // A second window on the journey says it does not save, and welcomes once.
    let second = Tmux::raw("resume-2", 80, 24, &format!("{bin} {args}; sleep 600"));
    let shown = second.wait_for("another window");
    assert_eq!(shown.matches("Welcome back").count(), 1, "{shown}");
    drop(second);
    // Any key clears the line; k (scroll up at the top) moves nothing.
    t.keys(&["k"]);
    t.wait_gone("Welcome back");
    let after = t.wait_for("● ● ○");
    assert_eq!(after, before, "a different screen after resuming");
    t.keys(&["B"]);
    t.wait_for("› Ep. 1 · Bilel");
}

impl Tmux {
    /// A tmux server running `command` as is (the caller sets the environment).
    pub(crate) fn raw(tag: &str, width: u16, height: u16, command: &str) -> Tmux {
        let socket = format!("invisibles-e2e-{}-{tag}", std::process::id());
        let t = Tmux { socket };
        t.tmux(&[
            "new-session",
            "-d",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            command,
        ]);
        t
    }
}

#[test]
fn a_console_follows_drives_and_survives_restarts() {
    let xdg = std::env::temp_dir().join(format!("invisibles-e2e-console-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&xdg);
    let bin = env!("CARGO_BIN_EXE_invisibles");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample");
    let env = format!("XDG_STATE_HOME={}", xdg.display());
    let screen_cmd = format!("{env} {bin} --lang en --episodes {sample} --session e2e; sleep 600");
    let console_cmd =
        format!("{env} {bin} console --lang en --episodes {sample} --session e2e; sleep 600");

    let screen = Tmux::raw("screen", 100, 30, &screen_cmd);
    screen.wait_for("→ to begin");
    let console = Tmux::raw("console", 100, 30, &console_cmd);
    console.wait_for("following the screen");
    console.wait_for("Title screen");

    // The console drives the screen, and follows it (past the episode's title card).
    console.keys(&["Right"]);
    screen.wait_for("Episode 1 of");
    console.keys(&["Right"]);
    screen.wait_for("Behind the icon");
    console.wait_for("[Narration] Behind the icon");
    console.wait_for("Who pays for the bike?");
    console.keys(&["."]);
    let start = Instant::now();
    while !screen.screen().trim().is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the screen did not black out"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    console.keys(&["Right"]);
    screen.wait_for("Behind the icon");

    // The screen restarts: the console waits, then follows again by itself.
    screen.keys(&["q"]);
    console.wait_for("waiting for the screen");
    screen.tmux(&["respawn-pane", "-k", &screen_cmd]);
    console.wait_for("following the screen");
    console.keys(&["Right"]);
    screen.wait_for("Bilel");

    // The console dies and comes back: the screen never noticed.
    drop(console);
    screen.keys(&["Right"]);
    screen.wait_for("● ● ○");
    let console = Tmux::raw("console2", 100, 30, &console_cmd);
    console.wait_for("[Testimony] Bilel");
    screen.keys(&["q"]);
}

#[test]
fn a_console_without_a_session_finds_the_screen_or_asks_which() {
    let xdg = std::env::temp_dir().join(format!("invisibles-e2e-find-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&xdg);
    let bin = env!("CARGO_BIN_EXE_invisibles");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample");
    let env = format!("XDG_STATE_HOME={}", xdg.display());
    let screen = |name: &str| {
        format!("{env} {bin} --lang en --episodes {sample} --session {name}; sleep 600")
    };
    let console_cmd = format!("{env} {bin} console --lang en --episodes {sample}; sleep 600");

    // Nothing runs yet: the console says what it waits for.
    let console = Tmux::raw("find-console", 100, 30, &console_cmd);
    console.wait_for("Waiting for a screen");
    // One screen, started with a session the console was not told: it follows it.
    let demo = Tmux::raw("find-demo", 100, 30, &screen("demo"));
    demo.wait_for("→ to begin");
    console.wait_for("following the screen");
    console.keys(&["Right"]);
    demo.wait_for("Episode 1 of");
    console.keys(&["Right"]);
    demo.wait_for("Behind the icon");
    drop(console);

    // Two screens: a new console asks which one. (Each session has its own
    // journey: the second starts on the title.)
    let other = Tmux::raw("find-other", 100, 30, &screen("other"));
    other.wait_for("→ to begin");
    let console = Tmux::raw("find-console2", 100, 30, &console_cmd);
    console.wait_for("Several screens are running");
    console.wait_for("› demo");
    console.keys(&["Down", "Enter"]);
    console.wait_for("following the screen");
    console.keys(&["Right"]);
    other.wait_for("Episode 1 of");
    console.keys(&["Right"]);
    other.wait_for("Behind the icon");
    console.keys(&["Right"]);
    other.wait_for("Bilel");
    assert!(
        demo.screen().contains("Behind the icon"),
        "the other screen moved"
    );
    demo.keys(&["q"]);
    other.keys(&["q"]);
}

#[test]
fn autoplay_moves_on_by_itself_and_a_key_takes_over() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample");
    let t = Tmux::start(
        80,
        24,
        &format!("--lang en --episodes {sample} --autoplay --autoplay-pace 0.3"),
        "",
    );
    t.wait_for("→ to begin");
    t.wait_for("Behind the icon");
    t.wait_for("Bilel");
    // A key: the visitor is in control and autoplay waits.
    t.keys(&["Left"]);
    let here = t.wait_for("Panel");
    std::thread::sleep(Duration::from_millis(900));
    assert_eq!(t.screen(), here, "autoplay went on after a key");
    t.keys(&["q"]);
    t.assert_restored(0);
}

#[test]
fn the_mouse_is_captured_unless_told_not_to_and_a_click_goes_there() {
    let t = Tmux::start(80, 24, "--lang en", "");
    t.wait_for("→ to begin");
    let flag = |t: &Tmux| t.tmux(&["display-message", "-p", "#{mouse_any_flag}"]);
    assert_eq!(flag(&t).trim(), "1");
    t.keys(&["Right", "t"]);
    t.wait_for("you are here");
    // A left click (SGR encoding, 1-based) on the contents' tenth row, then its release.
    t.tmux(&["send-keys", "-l", "\x1b[<0;20;10M\x1b[<0;20;10m"]);
    t.wait_for("Panel 1 of");
    let screen = t.wait_gone("you are here");
    assert!(
        screen.lines().next().unwrap_or("").contains("Zlat"),
        "{screen}"
    );
    t.keys(&["q"]);
    t.assert_restored(0);
    assert_eq!(flag(&t).trim(), "0", "mouse capture left on");

    let t = Tmux::start(80, 24, "--lang en --no-mouse", "");
    t.wait_for("→ to begin");
    assert_eq!(flag(&t).trim(), "0");
    t.keys(&["q"]);
    t.assert_restored(0);
}

#[test]
fn the_console_shows_the_timer_on_the_screen_and_a_restart_keeps_it() {
    let xdg = std::env::temp_dir().join(format!("invisibles-e2e-timer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&xdg);
    let bin = env!("CARGO_BIN_EXE_invisibles");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample");
    let env = format!("XDG_STATE_HOME={}", xdg.display());
    let screen_cmd =
        format!("{env} {bin} --lang en --present --episodes {sample} --session timer; sleep 600");
    let console_cmd =
        format!("{env} {bin} console --lang en --episodes {sample} --session timer; sleep 600");

    let screen = Tmux::raw("tscreen", 120, 36, &screen_cmd);
    screen.wait_for("Invisibles");
    let console = Tmux::raw("tconsole", 100, 30, &console_cmd);
    console.wait_for("following the screen");
    console.keys(&["Right", "T", "c"]);
    let shown = screen.wait_for("⏱");
    assert!(shown.lines().nth(1).unwrap_or("").contains("⏱"), "{shown}");
    // The screen restarts: the timer comes back in its corner.
    screen.keys(&["q"]);
    console.wait_for("waiting for the screen");
    screen.tmux(&["respawn-pane", "-k", &screen_cmd]);
    screen.wait_for("⏱");
    // c again hides it.
    console.wait_for("following the screen");
    console.keys(&["c"]);
    screen.wait_gone("⏱");
    screen.keys(&["q"]);
    let _ = std::fs::remove_dir_all(xdg);
}

#[test]
fn watching_a_broken_folder_waits_then_plays_it_once_fixed() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample");
    for entry in std::fs::read_dir(&sample).into_iter().flatten().flatten() {
        let _ = std::fs::copy(entry.path(), tmp.path().join(entry.file_name()));
    }
    let ep = tmp.path().join("01-sample.ron");
    let text = std::fs::read_to_string(&ep).unwrap_or_default();
    std::fs::write(&ep, text.replace("heading: (fr:", "heading: (fr"))
        .unwrap_or_else(|e| panic!("{e}"));
    let dir = tmp.path().display().to_string();
    let t = Tmux::start(80, 24, &format!("--lang en --watch --episodes {dir}"), "");
    let waiting = t.wait_for("1 problem found");
    assert!(waiting.contains("a colon `:` is missing"), "{waiting}");
    std::fs::write(&ep, &text).unwrap_or_else(|e| panic!("{e}"));
    t.wait_for("Invisibles — sample");
    t.wait_gone("problem found");
    t.keys(&["q"]);
    t.assert_restored(0);
}
