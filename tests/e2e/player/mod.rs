//! End to end: the real binary in a real pseudo-terminal (tmux), driven by
//! keys and signals. Every way out must leave the terminal as it found it.

mod exits;
mod playing;

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
        t.new_session(width, height, &["sh", "-c", &script]);
        t
    }

    /// Its server's one session, WxH, running `command`.
    fn new_session(&self, width: u16, height: u16, command: &[&str]) {
        let (w, h) = (width.to_string(), height.to_string());
        let mut args = vec!["new-session", "-d", "-x", &w, "-y", &h];
        args.extend_from_slice(command);
        self.tmux(&args);
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

impl Tmux {
    /// A tmux server running `command` as is (the caller sets the environment).
    pub(crate) fn raw(tag: &str, width: u16, height: u16, command: &str) -> Tmux {
        let socket = format!("invisibles-e2e-{}-{tag}", std::process::id());
        let t = Tmux { socket };
        t.new_session(width, height, &[command]);
        t
    }
}
