//! Every way out of the player leaves the terminal as it found it: quit,
//! Ctrl-C, signals, a stop from outside, a panic, a closed window.

use super::Tmux;
use std::process::Command;
use std::time::{Duration, Instant};

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

/// `sig` sent from outside ends the player with 128 + `n`, its terminal given back first.
fn signal_restores(sig: &str, n: i32) {
    let t = Tmux::start(80, 24, "--lang en", "");
    t.wait_for("→ to begin");
    let pid = t.app_pid();
    let status = Command::new("kill")
        .args([&format!("-{sig}"), &pid])
        .status();
    assert!(status.is_ok_and(|s| s.success()));
    t.assert_restored(128 + n);
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores("TERM", 15);
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores("HUP", 1);
}

#[test]
fn sigquit_restores_the_terminal() {
    // A kiosk launcher without job control may send SIGQUIT.
    signal_restores("QUIT", 3);
}

#[test]
fn any_signal_that_ends_the_app_restores_the_terminal_first() {
    signal_restores("USR1", 10);
    signal_restores("ALRM", 14);
}

/// The shell's terminal is in its own modes again (line editing, echo).
fn assert_shell_modes_back(t: &Tmux) {
    t.tmux(&[
        "send-keys",
        "stty -a | tr -s ' ;' '\\n\\n' | grep -x -e icanon -e echo | tr '\\n' ' '",
        "Enter",
    ]);
    t.wait_for("icanon echo");
}

/// The player started from an interactive shell (job control needs one),
/// on its title screen.
fn in_a_shell(tag: &str) -> Tmux {
    let socket = format!("invisibles-e2e-{}-{tag}", std::process::id());
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
    t
}

#[test]
fn a_stop_from_outside_restores_then_continue_redraws() {
    let t = in_a_shell("tstp");
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
    assert_shell_modes_back(&t);
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
    let t = in_a_shell("z");
    t.keys(&["C-z"]);
    let screen = t.wait_for("Stopped");
    assert!(
        !t.alternate_screen(),
        "suspended on the alternate screen:\n{screen}"
    );
    t.tmux(&["send-keys", "clear; fg", "Enter"]);
    t.wait_for("→ to begin");
    t.keys(&["q"]);
    assert_shell_modes_back(&t);
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
