//! End to end over SSH: the real binary as screen, console and server, and
//! the stock OpenSSH client (through `sshpass`) as participants, each in a
//! tmux window on 127.0.0.1. `.ci/run` installs `openssh-client` and `sshpass`.

use crate::serve_attack::room::{CODE, Room};

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

    // The facilitator drives from the console, past the episode's title card; ana follows.
    room.keys("console", &["Right"]);
    room.wait_for("ana", "Épisode 1 sur");
    room.keys("console", &["Right"]);
    room.wait_for("ana", "Derrière l'icône");
    // She browses on her own, and comes back.
    // A chapter key is the facilitator's: she is told so and stays.
    room.keys("ana", &["n"]);
    room.wait_for("ana", "l'animateur fait avancer la salle");
    room.keys("ana", &["f", "n"]);
    room.wait_for("ana", "○ vous parcourez seul");
    room.keys("ana", &["f"]);
    room.wait_for("ana", "● vous suivez la salle");

    // To the question: the chapter list, fourth chapter.
    room.keys("console", &["t", "Down", "Down", "Down", "Enter"]);
    room.wait_for("ana", "Épisode 3 sur");
    room.keys("console", &["Right"]);
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
    room.wait_for("ana", "Terminal trop petit");
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
    // The facilitator reveals, then goes on: the branch follows the room's
    // tally ("It depends"), not the screen's cursor (left on "Yes").
    room.keys("console", &["Right", "Right"]);
    let shown = room.wait_for("ben", "How much does he earn per hour?");
    assert!(!shown.contains("You said yes"), "{shown}");
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
    room.keys("console", &["Right", "Right"]);
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
    room.serve("");
    room.wait_for("serve", "kiosk");
    room.join_with_key("zoe", (100, 30));
    room.wait_for("zoe", "zoe on your own");
    room.keys("zoe", &["Right", "Right", "Right"]);
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
    room.keys("yan", &["Right", "Right", "Right"]);
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
    room.serve("--max-participants 1");
    room.wait_for("serve", "kiosk");
    room.join_with_key("zoe", (100, 30));
    room.wait_for("zoe", "zoe on your own");
    // OpenSSH at its default log level, as a participant runs it.
    let told = room.stock_ssh("late", "yan");
    assert!(
        told.contains("the room is full (1 participants): ask the facilitator"),
        "{told}"
    );
}
