//! Each session has its own journey: a new session starts clean, and a
//! session resumed is resumed where that session was.

use crate::player::Tmux;

#[test]
fn a_new_session_starts_clean_and_an_old_one_resumes_where_it_was() {
    let xdg = std::env::temp_dir().join(format!("invisibles-e2e-sessions-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&xdg);
    let bin = env!("CARGO_BIN_EXE_invisibles");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample");
    let run = |name: &str, tag: &str| {
        let cmd = format!(
            "XDG_STATE_HOME={} {bin} --lang en --episodes {sample} --session {name}; sleep 600",
            xdg.display()
        );
        Tmux::raw(tag, 80, 24, &cmd)
    };
    let tue = run("tue", "tue-1");
    tue.wait_for("→ to begin");
    // The episode's title card, its first panel, then two passages.
    tue.keys(&["Right", "Right", "Right", "Right"]);
    tue.wait_for("● ● ○");
    tue.keys(&["q"]);
    drop(tue);
    // Another day's session: the title, not Tuesday's place.
    let wed = run("wed", "wed-1");
    let shown = wed.wait_for("→ to begin");
    assert!(!shown.contains("Welcome back"), "{shown}");
    wed.keys(&["q"]);
    drop(wed);
    // Tuesday again: where Tuesday was.
    let again = run("tue", "tue-2");
    let shown = again.wait_for("Welcome back: Ep. 1");
    assert!(shown.contains("● ● ○"), "{shown}");
    drop(again);
    let _ = std::fs::remove_dir_all(&xdg);
}
