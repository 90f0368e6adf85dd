//! End to end over SSH: the real binary as screen, console and server, and
//! the stock OpenSSH client (through `sshpass`) as participants, each in a
//! tmux window on 127.0.0.1. `.ci/run` installs `openssh-client` and `sshpass`.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// One tmux server per test with a window per program, and a state folder
/// they share; both go when dropped.
struct Room {
    socket: String,
    state: PathBuf,
    port: u16,
}

const CODE: &str = "e2e-code";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

impl Room {
    fn new() -> Room {
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

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("tmux is needed (.ci/run installs it): {e}"));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs `command` in a new window `name` of WxH; afterwards the window
    /// shows its exit code and terminal modes, and waits.
    fn open(&self, name: &str, (w, h): (u16, u16), command: &str) {
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

    fn invisibles(&self, name: &str, size: (u16, u16), args: &str) {
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
    fn join(&self, who: &str, size: (u16, u16), code: &str, lang: &str) {
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
    fn join_with_key(&self, who: &str, size: (u16, u16)) {
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

    fn screen(&self, name: &str) -> String {
        self.tmux(&["capture-pane", "-p", "-t", name])
    }

    fn keys(&self, name: &str, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", name, k]);
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn text(&self, name: &str, text: &str) {
        self.tmux(&["send-keys", "-t", name, "-l", text]);
    }

    fn wait_for(&self, name: &str, text: &str) -> String {
        self.wait_until(name, |s| s.contains(text))
    }

    fn wait_until(&self, name: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen(name);
            if ok(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "{name}: gave up waiting; the screen is:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// The screen, the console and the server for session `e2e`, up and linked.
    fn open_room(&self) {
        self.invisibles("screen", (100, 30), "--session e2e");
        self.wait_for("screen", "Invisibles");
        self.invisibles("console", (100, 30), "console --session e2e");
        self.wait_for("console", "following the screen");
        let port = self.port;
        self.invisibles(
            "serve",
            (100, 10),
            &format!("serve --listen 127.0.0.1:{port} --session e2e --code {CODE}"),
        );
        self.wait_for("serve", "Room code");
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
        let _ = std::fs::remove_dir_all(&self.state);
    }
}

#[test]
fn participants_follow_browse_vote_and_ask_over_ssh() {
    let room = Room::new();
    room.open_room();
    // The console, then the projector on I, say how to join.
    let port = room.port;
    room.wait_for(
        "console",
        &format!("Over SSH: ssh -p {port} NAME@127.0.0.1  code {CODE}"),
    );
    room.keys("console", &["I"]);
    let shown = room.wait_for("screen", "Follow on your own terminal");
    assert!(shown.contains(CODE) && shown.contains("SHA256:"), "{shown}");
    room.keys("console", &["I"]);
    room.join("ana", (80, 24), CODE, "fr_FR.UTF-8");
    room.wait_for("ana", "ana ● vous suivez la salle");
    room.wait_for("ana", "À vous");

    // The facilitator drives from the console; ana follows.
    room.keys("console", &["Right"]);
    room.wait_for("ana", "Derrière l'icône");
    // She browses on her own, and comes back.
    room.keys("ana", &["n"]);
    room.wait_for("ana", "○ vous parcourez seul");
    room.keys("ana", &["f"]);
    room.wait_for("ana", "● vous suivez la salle");

    // To the question: the chapter list, fourth chapter.
    room.keys("console", &["t", "Down", "Down", "Down", "Enter"]);
    room.wait_for("ana", "Prendriez-vous ce travail");
    room.keys("ana", &["Down", "Down", "Enter"]);
    room.wait_for("ana", "votre vote est compté");
    room.join("ben", (200, 60), CODE, "en_GB.UTF-8");
    room.wait_for("ben", "Would you take this job?");
    room.keys("ben", &["Down", "Down", "Enter"]);
    room.wait_for("ben", "your vote is in");
    // Two ballots on "It depends": on the projector and on the console.
    for window in ["screen", "console"] {
        room.wait_until(window, |s| {
            s.lines()
                .any(|l| l.contains("It depends") && l.contains("  2 █"))
        });
    }

    // A question reaches the console, then the projector.
    room.keys("ana", &["a"]);
    room.text("ana", "Qui fixe le tarif ?");
    room.keys("ana", &["Enter"]);
    room.wait_for("console", "ana: Qui fixe le tarif ?");
    room.keys("console", &["Q"]);
    room.wait_for("screen", "A question from the room");
    room.wait_for("ben", "Qui fixe le tarif ?");
    room.keys("console", &["A"]);

    // Her terminal shrinks past the minimum and grows back: redrawn live.
    room.tmux(&["resize-window", "-t", "ana", "-x", "50", "-y", "15"]);
    room.wait_for("ana", "terminal trop petit");
    room.tmux(&["resize-window", "-t", "ana", "-x", "80", "-y", "24"]);
    room.wait_for("ana", "● vous suivez la salle");

    // ana quits: her terminal is hers again, and ben goes on.
    room.keys("ana", &["q"]);
    let after = room.wait_for("ana", "EXIT=0");
    assert!(
        after.contains("icanon echo"),
        "terminal modes not restored:\n{after}"
    );
    assert!(
        !after.contains("vous suivez la salle"),
        "the room is still on her screen (alternate screen not left):\n{after}"
    );
    room.keys("console", &["Right", "Right"]);
    room.wait_for("ben", "You said yes");
}

#[test]
fn a_wrong_code_is_refused_and_a_hang_up_leaves_the_others_be() {
    let room = Room::new();
    room.open_room();
    room.join("mallory", (80, 24), "wrong-code", "C");
    let refused = room.wait_for("mallory", "EXIT=");
    assert!(!refused.contains("EXIT=0"), "{refused}");
    assert!(refused.contains("Permission denied"), "{refused}");

    // No command, no subsystem: only the interactive room.
    let port = room.port;
    room.open(
        "exec",
        (80, 24),
        &format!(
            "sshpass -p {CODE} ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
             -o PubkeyAuthentication=no -o LogLevel=ERROR -p {port} eve@127.0.0.1 echo PWNED"
        ),
    );
    let exec = room.wait_for("exec", "EXIT=");
    assert!(
        !exec.contains("EXIT=0") && !exec.contains("PWNED\n"),
        "{exec}"
    );
    room.join("cy", (80, 24), CODE, "C");
    room.join("dee", (80, 24), CODE, "C");
    room.wait_for("cy", "following the room");
    room.wait_for("dee", "following the room");
    // cy's window disappears mid-screening while frames flow.
    room.keys("console", &["Right"]);
    room.tmux(&["kill-window", "-t", "cy"]);
    room.keys("console", &["Right"]);
    room.wait_for("dee", "Panel 2");
    room.keys("console", &["Left"]);
    room.wait_for("dee", "Panel 1");
    room.wait_for("serve", "Room code");
}

#[test]
fn with_no_screen_each_visitor_watches_alone_and_comes_back_where_they_were() {
    let room = Room::new();
    let port = room.port;
    room.invisibles(
        "serve",
        (100, 10),
        &format!("serve --listen 127.0.0.1:{port} --code {CODE}"),
    );
    room.wait_for("serve", "kiosk");
    room.join_with_key("zoe", (100, 30));
    room.wait_for("zoe", "zoe on your own");
    room.keys("zoe", &["Right", "Right"]);
    room.wait_for("zoe", "Panel 2 of");
    room.join("yan", (100, 30), CODE, "C");
    let yan = room.wait_for("yan", "yan on your own");
    assert!(
        !yan.contains("Panel 2 of"),
        "each visitor at their own pace:\n{yan}"
    );
    room.keys("zoe", &["q"]);
    room.wait_for("zoe", "EXIT=0");
    room.tmux(&["kill-window", "-t", "zoe"]);
    room.join_with_key("zoe", (100, 30));
    let back = room.wait_for("zoe", "Welcome back");
    assert!(back.contains("Bilel"), "resumed on her panel:\n{back}");
    // Without a key, nothing tells two visitors named yan apart: not kept.
    room.keys("yan", &["Right", "Right"]);
    room.wait_for("yan", "Panel 2 of");
    room.keys("yan", &["q"]);
    room.wait_for("yan", "EXIT=0");
    room.tmux(&["kill-window", "-t", "yan"]);
    room.join("yan", (100, 30), CODE, "C");
    let other = room.wait_for("yan", "yan on your own");
    assert!(
        !other.contains("Welcome back") && !other.contains("Panel 2 of"),
        "another yan got the first one's journey:\n{other}"
    );
}

#[test]
fn the_stock_client_is_told_why_it_is_refused() {
    let room = Room::new();
    let port = room.port;
    room.invisibles(
        "serve",
        (100, 10),
        &format!("serve --listen 127.0.0.1:{port} --code {CODE} --max-participants 1"),
    );
    room.wait_for("serve", "kiosk");
    room.join_with_key("zoe", (100, 30));
    room.wait_for("zoe", "zoe on your own");
    // OpenSSH at its default log level, as a participant runs it.
    room.open(
        "late",
        (100, 30),
        &format!(
            "sshpass -p {CODE} ssh -tt -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
             -o PubkeyAuthentication=no -p {port} yan@127.0.0.1"
        ),
    );
    let told = room.wait_for("late", "EXIT=");
    assert!(
        told.contains("the room is full (1 participants): ask the facilitator"),
        "{told}"
    );
}
