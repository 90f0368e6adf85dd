//! The room code against guessing, and refusals that say why.

use std::net::Ipv4Addr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::client::connect;
use super::server::{CODE, Server};
use super::{HOME, join_within};

/// `serve` with `args` must refuse to start; what it says on stderr.
fn refused_at_start(args: &[&str]) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_invisibles"))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let start = Instant::now();
    let status = loop {
        if let Ok(Some(status)) = child.try_wait() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("serve started with {args:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut err = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut pipe, &mut err);
    }
    assert!(!status.success());
    err
}

#[test]
fn short_codes_are_refused() {
    let err = refused_at_start(&["--code", "abcd"]);
    assert!(err.contains("at least 6"), "{err}");
}

/// A name with escapes would be printed raw in the invitation, and one too
/// long for a socket path could never reach the screen.
#[test]
fn session_names_that_cannot_be_printed_or_reached_are_refused() {
    let err = refused_at_start(&["--code", CODE, "--session", "ana\u{1b}[2J\u{7}"]);
    assert!(err.contains("control characters"), "{err}");
    assert!(!err.contains('\u{1b}'), "{err:?}");
    let long = "s".repeat(300);
    let err = refused_at_start(&["--code", CODE, "--session", &long]);
    assert!(err.contains("at most"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn codes_compare_regardless_of_case() {
    let server = Server::start("case", "", &[]);
    let mut conn = connect(HOME, server.port, 1 << 20)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let upper = CODE.to_uppercase();
    assert!(
        matches!(conn.login("ana", &upper).await, Ok(true)),
        "{upper} refused"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_codes_lock_an_address_out_and_say_so() {
    let server = Server::start("guess", "", &[]);
    let port = server.port;
    let guesser = Ipv4Addr::new(127, 0, 0, 9);
    let mut wrong = 0;
    let mut guess = 0u32;
    while wrong < 12 {
        let Ok(mut conn) = connect(guesser, port, 1 << 20).await else {
            continue;
        };
        while let Ok(false) = conn.login("eve", &format!("guess-{guess}")).await {
            guess = guess.saturating_add(1);
            wrong += 1;
            if conn.handle.is_closed() || !conn.told.text().is_empty() {
                break;
            }
        }
    }
    // Even the right code is refused from that address now, and it is told why.
    let mut conn = connect(guesser, port, 1 << 20)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let inside = conn.login("eve", CODE).await;
    assert!(!matches!(inside, Ok(true)), "a locked-out address got in");
    let told = conn.told.text();
    assert!(
        told.contains("wrong codes") && told.contains("minute"),
        "{told:?}"
    );
    // Everyone else still gets in.
    let ana = join_within(port, HOME, "ana", Duration::from_secs(10)).await;
    assert!(ana.is_some(), "serve said:\n{}", server.output());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_room_says_so() {
    let server = Server::start("full", "", &["--max-participants", "1"]);
    let port = server.port;
    let mut ana = connect(HOME, port, 1 << 20)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(ana.login("ana", CODE).await, Ok(true)));
    let _shell = ana.shell(80, 24).await.unwrap_or_else(|e| panic!("{e}"));
    let mut ben = connect(HOME, port, 1 << 20)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!matches!(ben.login("ben", CODE).await, Ok(true)));
    let told = ben.told.text();
    assert!(told.contains("room is full"), "{told:?}");
}
