//! One connection's life, from the first byte to the last: it has
//! [`ServerLimits::setup`](super::ssh::ServerLimits::setup) to give the room code and
//! [`TERMINAL`] after it to open its terminal, or it goes, and any seat with it;
//! it goes too when its session ends.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::{Instant, sleep_until, timeout_at};

use super::ssh::Conn;

/// After the room code, the time to open a terminal: a real client asks for
/// it at once; a connection that does not (`ssh -N`) would hold a seat.
pub const TERMINAL: Duration = Duration::from_secs(10);

/// What a client that keeps its connection after its session is told.
const GOODBYE: &str = "goodbye";
/// The time a client has to close its connection after its session.
const CLOSING: Duration = Duration::from_secs(5);

pub use super::progress::Stage;

/// Runs one connection until it ends, is let go for a newer one while still
/// outside the room (`evicted`), or misses a deadline.
pub async fn run(
    config: Arc<russh::server::Config>,
    stream: tokio::net::TcpStream,
    handler: Conn,
    progress: Arc<Stage>,
    evicted: Arc<Notify>,
    setup: Duration,
) {
    let start = Instant::now();
    let code_by = start.checked_add(setup).unwrap_or(start);
    let handshake = timeout_at(code_by, russh::server::run_stream(config, stream, handler));
    let session = tokio::select! {
        started = handshake => match started {
            Ok(Ok(session)) => session,
            _ => return,
        },
        () = evicted.notified() => return,
    };
    let handle = session.handle();
    tokio::pin!(session);
    // Woken by each step the connection takes; a deadline is checked again
    // when it comes, as the connection may have got there in the meantime.
    let mut shell_by: Option<Instant> = None;
    let reason = loop {
        let joined = progress.joined();
        let terminal = progress.has_terminal();
        if joined && shell_by.is_none() {
            shell_by = Instant::now().checked_add(TERMINAL);
        }
        let deadline = match (joined, terminal) {
            (false, _) => Some(code_by),
            (true, false) => shell_by,
            (true, true) => None,
        };
        tokio::select! {
            _ = &mut session => return,
            () = progress.changed().notified() => {}
            () = progress.ended().notified() => break GOODBYE,
            () = evicted.notified(), if !joined => {
                if !progress.joined() {
                    break "too many connections are waiting: try again in a moment";
                }
            }
            () = sleep_until(deadline.unwrap_or(code_by)), if deadline.is_some() => {
                if !progress.joined() {
                    break "the room code did not come in time";
                }
                if !progress.has_terminal() && joined {
                    break "no terminal was opened in time (connect with ssh -t)";
                }
            }
        }
    };
    // A session that ended closed its channel: the client goes by itself
    // (with their exit status); one that does not is let go.
    if reason == GOODBYE && tokio::time::timeout(CLOSING, &mut session).await.is_ok() {
        return;
    }
    let _ = handle
        .disconnect(
            russh::Disconnect::ByApplication,
            reason.to_owned(),
            String::new(),
        )
        .await;
    // The peer may not read its goodbye: it is not waited for long.
    let _ = tokio::time::timeout(Duration::from_secs(2), session).await;
}
