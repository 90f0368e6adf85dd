//! Playing for real: a resumed journey, consoles, autoplay, the mouse,
//! the timer on the screen, and watching a folder being fixed.

use super::Tmux;
use std::time::{Duration, Instant};

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
