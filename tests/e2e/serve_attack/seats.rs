//! Seats: a hang-up or a connection without a terminal gives its seat back.

use std::time::Duration;

use super::client::{connect, read_until};
use super::server::{CODE, Server};
use super::{ENTER, HOME, has, join_within, words};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hang_ups_give_back_their_seats_and_names() {
    let server = Server::start("hangup", "", &["--max-participants", "3"]);
    let port = server.port;
    let mut ghosts = Vec::new();
    for _ in 0..3 {
        // A client that stops reading after a few hundred bytes, then vanishes.
        let mut ghost = connect(HOME, port, 512)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(ghost.login("ghost", CODE).await, Ok(true)));
        let channel = ghost.shell(200, 60).await.unwrap_or_else(|e| panic!("{e}"));
        for k in 0..300u32 {
            let resize = channel.window_change(120 + k % 80, 40 + k % 20, 0, 0);
            let _ = tokio::time::timeout(Duration::from_millis(5), resize).await;
        }
        ghosts.push((ghost, channel));
    }
    let mut late = connect(HOME, port, 1 << 20)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !matches!(late.login("late", CODE).await, Ok(true)),
        "three seats"
    );
    for (ghost, _) in &ghosts {
        ghost.vanish();
    }
    // Each hang-up gives its seat back: three new participants get in.
    let mut back = Vec::new();
    let mut shown_names = Vec::new();
    for n in 0..3 {
        let conn = join_within(port, HOME, "ghost", Duration::from_secs(15)).await;
        let conn = conn.unwrap_or_else(|| {
            panic!("seat {n} never came back; serve said:\n{}", server.output())
        });
        let mut channel = conn.shell(80, 24).await.unwrap_or_else(|e| panic!("{e}"));
        let shown = read_until(&mut channel, b"own", Duration::from_secs(10)).await;
        let shown = words(&shown);
        assert!(shown.contains("on your own"), "{shown:?}");
        shown_names.push(shown);
        back.push((conn, channel));
    }
    // The names came back with the seats: one of the three is plain "ghost"
    // again (which ghost's seat frees first is the scheduler's choice).
    assert!(
        shown_names
            .iter()
            .any(|s| !s.contains("ghost 2") && !s.contains("ghost 3") && !s.contains("ghost 4")),
        "the name is still held: {shown_names:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_that_opens_no_terminal_holds_no_seat() {
    let server = Server::start("nochannel", "", &["--max-participants", "1"]);
    let port = server.port;
    // As `ssh -N`: the code, then nothing.
    let mut idle = connect(HOME, port, 1 << 20)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(idle.login("idle", CODE).await, Ok(true)));
    let conn = join_within(port, HOME, "real", Duration::from_secs(25)).await;
    let conn = conn.unwrap_or_else(|| panic!("the idle connection kept the seat"));
    assert!(idle.handle.is_closed(), "the idle connection was let go");
    let mut channel = conn.shell(80, 24).await.unwrap_or_else(|e| panic!("{e}"));
    let shown = read_until(&mut channel, ENTER, Duration::from_secs(10)).await;
    assert!(has(&shown, ENTER));
}
