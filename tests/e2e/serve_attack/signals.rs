//! Whatever signal ends `serve`, every participant gets their terminal back
//! and a goodbye.

use std::time::Duration;

use super::client::{connect, read_for, read_until};
use super::server::{CODE, Server};
use super::{ENTER, HOME, LEAVE, has, words};

async fn restored_on(signal: &str) {
    let mut server = Server::start(&format!("signal-{signal}"), "", &[]);
    let mut ana = connect(HOME, server.port, 1 << 20)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(ana.login("ana", CODE).await, Ok(true)));
    let mut channel = ana.shell(80, 24).await.unwrap_or_else(|e| panic!("{e}"));
    let shown = read_until(&mut channel, b"own", Duration::from_secs(10)).await;
    assert!(has(&shown, ENTER));
    let _ = server.signal_and_wait(signal);
    let (last, _) = read_for(&mut channel, Duration::from_secs(5)).await;
    assert!(
        has(&last, LEAVE),
        "{signal}: the alternate screen was not left"
    );
    assert!(
        words(&last).contains("goodbye"),
        "{signal}: {:?}",
        words(&last)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hang_up_of_the_facilitators_terminal_restores_every_participant() {
    restored_on("HUP").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigquit_restores_every_participant() {
    restored_on("QUIT").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_restores_every_participant() {
    restored_on("TERM").await;
}
