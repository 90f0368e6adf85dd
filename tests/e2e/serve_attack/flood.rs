//! Strangers who connect and say nothing: bounded, and never in the way of a
//! real participant.

use std::net::Ipv4Addr;
use std::time::Duration;

use super::client::{read_until, tcp};
use super::server::Server;
use super::{ENTER, HOME, has, join_within};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_sockets_from_many_addresses_leave_room_for_a_participant() {
    // Few descriptors, so the flood reaches the limit quickly.
    let server = Server::start("flood", "ulimit -n 128;", &[]);
    let port = server.port;
    let mut silent = Vec::new();
    for host in 2..=12u8 {
        for _ in 0..20 {
            if let Ok(socket) = tcp(Ipv4Addr::new(127, 0, 0, host), port).await {
                silent.push(socket);
            }
        }
    }
    assert!(silent.len() >= 200, "the flood connected");
    // Well before the set-up time lets any of them go, a participant joins.
    let conn = join_within(port, HOME, "real", Duration::from_secs(10)).await;
    let conn = conn.unwrap_or_else(|| panic!("no way in; serve said:\n{}", server.output()));
    let mut channel = conn.shell(80, 24).await.unwrap_or_else(|e| panic!("{e}"));
    let shown = read_until(&mut channel, ENTER, Duration::from_secs(10)).await;
    assert!(has(&shown, ENTER), "the participant's screen was drawn");
    drop(silent);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_address_cannot_hold_every_unauthenticated_place() {
    let server = Server::start("oneaddr", "", &[]);
    let port = server.port;
    let attacker = Ipv4Addr::new(127, 0, 0, 7);
    // Its whole share of connections without the code (32, as the README says).
    let mut silent = Vec::new();
    for _ in 0..32 {
        if let Ok(socket) = tcp(attacker, port).await {
            silent.push(socket);
        }
    }
    // The attacker's address is told why; the participant's is not in the way.
    let more = super::client::connect(attacker, port, 1 << 20).await;
    let mut more = more.unwrap_or_else(|e| panic!("the refusal comes over SSH: {e}"));
    let inside = more.login("mallory", super::server::CODE).await;
    assert!(
        !matches!(inside, Ok(true)),
        "one address past its share got in"
    );
    let told = more.told.text();
    assert!(told.contains("too many connections"), "{told:?}");
    let conn = join_within(port, HOME, "real", Duration::from_secs(10)).await;
    assert!(conn.is_some(), "serve said:\n{}", server.output());
    drop(silent);
}
