//! `serve` under attack on loopback (127.0.0.0/8 only): the real binary,
//! with in-process russh clients and raw sockets that misbehave. Each test
//! reproduces one way a hostile participant or stranger could freeze, fill
//! or leak the shared room.

pub(crate) mod client;
pub(crate) mod codes;
pub(crate) mod flood;
pub(crate) mod room;
pub(crate) mod seats;
pub(crate) mod server;
pub(crate) mod signals;

use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

use client::{Conn, connect};
use server::CODE;

pub const HOME: Ipv4Addr = Ipv4Addr::LOCALHOST;
/// `needle` is somewhere in `bytes`.
pub fn has(bytes: &[u8], needle: &[u8]) -> bool {
    bytes.windows(needle.len().max(1)).any(|w| w == needle)
}

/// The words a participant's terminal was sent: escape sequences taken
/// out (a cursor move counts as a space), runs of spaces made one.
pub fn words(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for f in chars.by_ref() {
                    if ('@'..='~').contains(&f) {
                        if f == 'H' || f == 'C' {
                            out.push(' ');
                        }
                        break;
                    }
                }
            }
        } else if c.is_whitespace() {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The alternate screen left: the participant's terminal is theirs again.
pub const LEAVE: &[u8] = b"\x1b[?1049l";
pub const ENTER: &[u8] = b"\x1b[?1049h";

/// Tries to get `user` in with the right code until `bound` passes; the
/// connection once in, or `None`.
pub async fn join_within(port: u16, from: Ipv4Addr, user: &str, bound: Duration) -> Option<Conn> {
    let start = Instant::now();
    while start.elapsed() < bound {
        let attempt = tokio::time::timeout(Duration::from_secs(5), async {
            let mut conn = connect(from, port, 1 << 20).await.ok()?;
            conn.login(user, CODE).await.ok()?.then_some(conn)
        });
        if let Ok(Some(conn)) = attempt.await {
            return Some(conn);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    None
}
