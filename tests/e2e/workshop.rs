//! The core's three-participant screening (tests/it/room), end to end: the
//! real screen, console and `serve` in tmux, three participants with the
//! stock `ssh` client, one in French. The branch follows the room's tally,
//! the room's guess is the median of the guesses given, a closed poll
//! refuses a ballot and says so, an upvoted question comes first, and a
//! hidden one reaches neither the projector nor the handout.

use crate::serve_attack::room::{CODE, Room};

#[test]
fn a_workshop_with_three_participants_over_ssh() {
    let room = Room::new();
    room.open_room();
    room.join("ana", (80, 24), CODE, "fr_FR.UTF-8");
    room.join("ben", (100, 30), CODE, "en_GB.UTF-8");
    room.join("cy", (80, 24), CODE, "en_GB.UTF-8");
    for who in ["ben", "cy"] {
        room.wait_for(who, "following the room");
    }
    room.wait_for("ana", "vous suivez la salle");

    // The question; the screen's cursor stays on "Yes".
    room.keys("console", &["Right"]);
    room.keys("console", &["t", "Down", "Down", "Down", "Enter"]);
    room.wait_for("screen", "Episode 3 of");
    room.keys("console", &["Right"]);
    for who in ["ben", "cy"] {
        room.wait_for(who, "Would you take this job?");
    }
    let ana = room.wait_for("ana", "Prendriez-vous ce travail");
    // Their own keys on the panel, not the screen's: → would leave the room.
    let ben = room.wait_for("ben", "Enter answer");
    assert!(!ben.contains("pass") && !ben.contains("reveal"), "{ben}");
    assert!(
        ana.contains("Entrée répondre") && !ana.contains("passer"),
        "{ana}"
    );
    // Two say "No"; cy does not vote yet.
    room.keys("ana", &["Down", "Enter"]);
    room.keys("ben", &["Down", "Enter"]);
    room.wait_until("screen", |s| {
        s.lines().any(|l| l.contains("No") && l.contains("  2 █"))
    });
    // Revealed: the room's answer on the projector, the reveal on every
    // participant's screen, voters or not.
    room.keys("console", &["Right"]);
    room.wait_for("screen", "The room: No");
    room.wait_for("cy", "Many have no choice.");
    room.wait_for("ana", "Beaucoup n'ont pas le choix.");
    // A ballot after the reveal is refused, and the voter told so.
    room.keys("cy", &["Down", "Enter"]);
    room.wait_for("cy", "voting on this question has closed");
    // The branch follows the tally, not the cursor: no "You said yes".
    room.keys("console", &["Right"]);
    room.wait_for("screen", "How much does he earn per hour?");
    assert!(!room.screen("screen").contains("You said yes"));

    // Guesses: 7, 12 and 5,5; the room's guess is their median, 7.
    room.wait_for("ana", "Combien gagne-t-il");
    room.keys("ana", &["7", "Enter"]);
    room.text("ben", "12");
    room.keys("ben", &["Enter"]);
    room.text("cy", "5,5");
    room.keys("cy", &["Enter"]);
    for who in ["ben", "cy"] {
        room.wait_for(who, "your vote is in");
    }
    // All three on the projector before the reveal (ballots come up a link
    // of their own, the console's key another).
    room.wait_for("screen", "The room's 3 guesses");
    room.keys("console", &["Right"]);
    room.wait_for("screen", "€7/h (median of 3 guesses)");

    // Questions: cy upvotes ben's, which then comes first; the facilitator
    // hides ana's without projecting it.
    room.keys("ana", &["a"]);
    room.text("ana", "Qui fixe le tarif ?");
    room.keys("ana", &["Enter"]);
    room.wait_for("console", "ana: Qui fixe le tarif ?");
    room.keys("ben", &["a"]);
    room.text("ben", "Who pays for the bike?");
    room.keys("ben", &["Enter"]);
    room.wait_for("console", "ben: Who pays for the bike?");
    room.keys("cy", &["v"]);
    room.wait_for("cy", "Who pays for the bike?");
    room.keys("cy", &["Down", "Enter"]);
    room.wait_for("cy", "upvote sent");
    room.wait_until("console", |s| {
        let ben = s.find("ben: Who pays for the bike?");
        let ana = s.find("ana: Qui fixe le tarif ?");
        matches!((ben, ana), (Some(b), Some(a)) if b < a)
    });
    room.keys("console", &["Q"]);
    room.wait_for("screen", "Who pays for the bike?");
    room.keys("console", &["A"]);
    room.wait_until("screen", |s| !s.contains("Who pays for the bike?"));
    room.keys("console", &["H"]);
    room.wait_until("console", |s| !s.contains("Qui fixe le tarif"));
    assert!(!room.screen("screen").contains("Qui fixe le tarif"));

    // The handout has ben's question and not the hidden one (once the
    // screen's background saver has written the log).
    let start = std::time::Instant::now();
    loop {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_invisibles"))
            .args([
                "--episodes",
                concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample"),
            ])
            .args(["export", "--session", "e2e", "--format", "md"])
            .env("XDG_STATE_HOME", &room.state)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let handout = String::from_utf8_lossy(&out.stdout);
        if handout.contains("Who pays for the bike?") && !handout.contains("Qui fixe le tarif") {
            break;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(30),
            "the handout:\n{handout}"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}
