//! A room for end-to-end tests: one tmux server per test with a window per
//! program (the real binary as screen, console and server; OpenSSH clients
//! as participants), and a state folder they share; both go when dropped.

#![allow(dead_code)] // each test crate uses a part

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// One tmux server per test with a window per program, and a state folder
/// they share; both go when dropped.
pub struct Room {
    socket: String,
    pub state: PathBuf,
    pub port: u16,
}

pub const CODE: &str = "e2e-code";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

impl Room {
    pub fn new() -> Room {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let socket = format!("invisibles-serve-{}-{n}", std::process::id());
        let state = std::env::temp_dir().join(&socket);
        let _ = std::fs::remove_dir_all(&state);
        std::fs::create_dir_all(&state).unwrap_or_else(|e| panic!("{e}"));
        let room = Room {
            socket,
            state,
            port: free_port(),
        };
        room.tmux(&["new-session", "-d", "-s", "e2e", "-n", "idle", "sleep 600"]);
        room
    }

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("tmux is needed (.ci/run installs it): {e}"));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs `command` in a new window `name` of WxH; afterwards the window
    /// shows its exit code and terminal modes, and waits.
    pub fn open(&self, name: &str, (w, h): (u16, u16), command: &str) {
        let script = format!(
            "{command}; echo EXIT=$?; stty -a | tr -s ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo; sleep 600"
        );
        self.tmux(&["new-window", "-d", "-n", name, "sh", "-c", &script]);
        self.tmux(&[
            "resize-window",
            "-t",
            name,
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
        ]);
    }

    pub fn invisibles(&self, name: &str, size: (u16, u16), args: &str) {
        let bin = env!("CARGO_BIN_EXE_invisibles");
        let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample");
        let state = self.state.display();
        self.open(
            name,
            size,
            &format!("XDG_STATE_HOME={state} {bin} --episodes {sample} {args}"),
        );
    }

    /// A participant named `who` joins with `code`, in `lang`.
    pub fn join(&self, who: &str, size: (u16, u16), code: &str, lang: &str) {
        let port = self.port;
        self.open(
            who,
            size,
            &format!(
                "LANG={lang} sshpass -p {code} ssh -tt -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
                 -o PubkeyAuthentication=no -o NumberOfPasswordPrompts=1 -o LogLevel=ERROR \
                 -o SendEnv=LANG -p {port} {who}@127.0.0.1"
            ),
        );
    }

    /// `who` joins offering a key of their own (made once per room): the
    /// key, not the name alone, finds their journey again.
    pub fn join_with_key(&self, who: &str, size: (u16, u16)) {
        let key = self.state.join("id_ed25519");
        if !key.exists() {
            let made = Command::new("ssh-keygen")
                .args(["-q", "-t", "ed25519", "-N", "", "-f"])
                .arg(&key)
                .status();
            assert!(made.is_ok_and(|s| s.success()), "ssh-keygen");
        }
        let port = self.port;
        self.open(
            who,
            size,
            &format!(
                "sshpass -p {CODE} ssh -tt -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
                 -o IdentitiesOnly=yes -i {} -o NumberOfPasswordPrompts=1 -o LogLevel=ERROR \
                 -p {port} {who}@127.0.0.1",
                key.display()
            ),
        );
    }

    /// `user` joins in window `name` with the stock OpenSSH client at its
    /// default log level, no key, as a participant runs it; the window's
    /// screen once it has exited (what they were told).
    pub fn stock_ssh(&self, name: &str, user: &str) -> String {
        let port = self.port;
        self.open(
            name,
            (100, 30),
            &format!(
                "sshpass -p {CODE} ssh -tt -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
                 -o PubkeyAuthentication=no -p {port} {user}@127.0.0.1"
            ),
        );
        self.wait_for(name, "EXIT=")
    }

    pub fn screen(&self, name: &str) -> String {
        self.tmux(&["capture-pane", "-p", "-t", name])
    }

    pub fn keys(&self, name: &str, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", name, k]);
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    pub fn text(&self, name: &str, text: &str) {
        self.tmux(&["send-keys", "-t", name, "-l", text]);
    }

    pub fn wait_for(&self, name: &str, text: &str) -> String {
        self.wait_until(name, |s| s.contains(text))
    }

    pub fn wait_until(&self, name: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen(name);
            if ok(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "{name}: gave up waiting; the screen is:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// The screen, the console and the server for session `e2e`, up and linked.
    pub fn open_room(&self) {
        self.open_room_with("");
    }

    /// The same, with more of serve's options (`--web 127.0.0.1:0`).
    pub fn open_room_with(&self, serve_options: &str) {
        self.invisibles("screen", (100, 30), "--session e2e");
        self.wait_for("screen", "Invisibles");
        self.invisibles("console", (100, 30), "console --session e2e");
        self.wait_for("console", "following the screen");
        self.serve(&format!("--session e2e {serve_options}"));
        self.wait_for("serve", "Room code");
    }

    /// `serve` in its own window, on this room's port with its code.
    pub fn serve(&self, options: &str) {
        let port = self.port;
        self.invisibles(
            "serve",
            (100, 10),
            &format!("serve --listen 127.0.0.1:{port} --code {CODE} {options}"),
        );
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
        let _ = std::fs::remove_dir_all(&self.state);
    }
}
