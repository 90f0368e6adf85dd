//! One participant's ballot flood against everyone else's votes: the real
//! screen, console and server in tmux, the participants in-process (russh)
//! on 127.0.0.1.

use std::net::Ipv4Addr;
use std::time::Duration;

use crate::serve_attack::client;
use crate::serve_attack::room::{CODE, Room};

#[test]
fn a_ballot_flood_from_one_participant_leaves_everyone_elses_votes_counted() {
    let room = Room::new();
    room.open_room();
    room.keys("console", &["t", "Down", "Down", "Down", "Enter"]);
    room.wait_for("screen", "Episode 3 of");
    room.keys("console", &["Right"]);
    room.wait_for("screen", "Would you take this job?");
    let port = room.port;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    runtime.block_on(async {
        let home = Ipv4Addr::LOCALHOST;
        let mut mallory = client::connect(home, port, 1 << 20)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(mallory.login("mallory", CODE).await, Ok(true)));
        let channel = mallory
            .shell(80, 24)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        // Down, Enter, Up, Down, Enter: 800 ballots a write, for 8 s at most.
        let flood = "\u{1b}[B\r\u{1b}[A\u{1b}[B\r".repeat(400).into_bytes();
        let flooding = tokio::spawn(async move {
            let end = tokio::time::Instant::now() + Duration::from_secs(8);
            while tokio::time::Instant::now() < end {
                let write = channel.data_bytes(flood.clone());
                let _ = tokio::time::timeout(Duration::from_millis(200), write).await;
            }
            channel
        });
        tokio::time::sleep(Duration::from_secs(1)).await;
        let mut voters = Vec::new();
        for k in 0..5 {
            let mut voter = client::connect(home, port, 1 << 20)
                .await
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(matches!(
                voter.login(&format!("voter{k}"), CODE).await,
                Ok(true)
            ));
            let mut channel = voter.shell(80, 24).await.unwrap_or_else(|e| panic!("{e}"));
            client::read_until(&mut channel, b"job", Duration::from_secs(10)).await;
            // Enter on the first option: Yes.
            let _ = channel.data_bytes(&b"\r"[..]).await;
            voters.push((voter, channel));
        }
        let _ = flooding.await;
        voters
    });
    // Five Yes on the screen and the console, and six ballots in all:
    // mallory's thousands count once, as her latest.
    for window in ["console", "screen"] {
        room.wait_until(window, |s| {
            s.lines().any(|l| l.contains("Yes") && l.contains(" 5 █"))
        });
    }
    room.wait_for("console", "count hands (6)");
}

/// Questions past a participant's share are refused where they are typed,
/// and the participant is told so, never "on the facilitator's list".
#[test]
fn questions_past_a_participants_share_are_refused_and_said_so() {
    let room = Room::new();
    room.open_room();
    room.join("eve", (100, 30), CODE, "C");
    room.wait_for("eve", "following the room");
    // Five at once, in one write: one goes, the rest wait for it.
    let burst: String = (1..=5).map(|k| format!("aburst{k}\r")).collect();
    room.text("eve", &burst);
    room.wait_for("eve", "your last one is on its way");
    room.wait_for("console", "eve: burst1");
    // One at a time, each once the last is on the console: three in all.
    for k in 2..=3 {
        room.text("eve", &format!("aslow{k}\r"));
        room.wait_for("console", &format!("eve: slow{k}"));
    }
    room.text("eve", "aslow4\r");
    room.wait_for("eve", "you already have 3 waiting");
    let console = room.screen("console");
    assert!(
        !console.contains("burst2") && !console.contains("slow4"),
        "{console}"
    );
}
