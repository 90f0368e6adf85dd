//! Helpers for the hostile tests: the binary run with a deadline, temp
//! folders, FIFOs. `INVISIBLES_BIN` runs the binary tests against another
//! build (an older one, to see a test fail before its fix).
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

pub fn bin() -> PathBuf {
    std::env::var_os("INVISIBLES_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_invisibles")),
        PathBuf::from,
    )
}

/// The binary with a clean locale and its own state folder.
pub fn command(state: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(bin());
    c.args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("XDG_STATE_HOME", state)
        .stdin(Stdio::null());
    c
}

/// Runs to the end, or kills it after `secs` and fails: a hang is a bug.
pub fn run_within(mut c: Command, secs: u64) -> Output {
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().unwrap_or_else(|e| panic!("cannot run: {e}"));
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{c:?} still running after {secs} s");
            }
        }
    }
    child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("cannot wait: {e}"))
}

/// `run_within` for a binary's arguments, 20 s.
pub fn run(state: &Path, args: &[&str]) -> Output {
    run_within(command(state, args), 20)
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("invisibles-hostile-")
        .tempdir()
        .unwrap_or_else(|e| panic!("{e}"))
}

pub fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "mkfifo {}", path.display());
}

pub fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

pub fn symlink(target: impl AsRef<Path>, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap_or_else(|e| panic!("{e}"));
}

/// Fails, saying why, where a test needs root: CI runs as root, and a test
/// that cannot run must not pass as if it had.
pub fn need_root(what: &str) {
    assert!(
        is_root(),
        "{what} needs root (CI runs as root); run as root, or --skip this test"
    );
}

pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).map_or(0, |m| m.permissions().mode() & 0o7777)
}

/// A minimal valid manifest for `episodes`, and its episode file.
pub const MANIFEST: &str = r#"(
    title: (fr: "Titre", en: "Title"),
    subtitle: (fr: "Sous-titre", en: "Subtitle"),
    episodes: ["ep.ron"],
)"#;

/// One episode of one chapter holding `panels` (RON, comma-separated).
pub fn episode(panels: &str) -> String {
    format!(
        r#"Episode(
    id: "e",
    title: (fr: "É", en: "E"),
    chapters: [
        Chapter(
            id: "c",
            title: (fr: "C", en: "C"),
            panels: [{panels}],
        ),
    ],
)"#
    )
}

/// A folder holding the manifest and one episode of `panels`.
pub fn documentary(dir: &Path, panels: &str) {
    write(&dir.join("manifest.ron"), MANIFEST);
    write(&dir.join("ep.ron"), episode(panels));
}

/// Reads at most `limit` bytes of what a child writes, for the pipe tests.
pub fn read_some(r: &mut impl Read, limit: usize) -> Vec<u8> {
    let mut buf = vec![0; limit];
    let n = r.read(&mut buf).unwrap_or(0);
    buf.truncate(n);
    buf
}

/// `invisibles ARGS` in a real terminal: a private tmux server, its own
/// state folder, `EXIT=<code>` written once it exits. Gone when dropped.
pub struct Terminal {
    socket: String,
}

impl Terminal {
    /// Panics without tmux: `.ci/run` installs it, and a test that needs a
    /// terminal must not pass without one.
    pub fn start(state: &Path, args: &str) -> Terminal {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let t = Terminal {
            socket: format!("invisibles-hostile-{}-{n}", std::process::id()),
        };
        let script = format!(
            "XDG_STATE_HOME='{}' LANG=C '{}' {args}; echo EXIT=$?; sleep 60",
            state.display(),
            bin().display()
        );
        let started = t.tmux(&[
            "new-session",
            "-d",
            "-x",
            "100",
            "-y",
            "30",
            "sh",
            "-c",
            &script,
        ]);
        assert!(started.is_some(), "tmux is needed (.ci/run installs it)");
        t
    }

    /// Runs a tmux command on this terminal's server; its output, if it ran.
    pub fn tmux(&self, args: &[&str]) -> Option<String> {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| text(&o.stdout))
    }

    /// The screen once it shows `what`, or as it is after `secs`.
    pub fn wait_for(&self, what: &str, secs: u64) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let screen = self.tmux(&["capture-pane", "-p", "-J"]).unwrap_or_default();
            if screen.contains(what) || Instant::now() > deadline {
                return screen;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

/// Runs `invisibles ARGS` in a real terminal until it exits or `secs` pass;
/// the screen, with `EXIT=<code>` at the end once it exited.
pub fn in_terminal(state: &Path, args: &str, secs: u64) -> String {
    Terminal::start(state, args).wait_for("EXIT=", secs)
}
