//! Hostile browsers: every connection, head, body and stream is bounded,
//! a refusal says why, and a browser that stops reading delays nobody.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use super::http::{request, stream};
use super::{free_port, web_room};
use crate::serve_attack::room::CODE;

/// What a socket says within `limit` (until it closes or goes quiet).
fn said(s: &mut TcpStream, limit: Duration) -> String {
    let _ = s.set_read_timeout(Some(Duration::from_millis(200)));
    let start = Instant::now();
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    while start.elapsed() < limit {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(_) => {}
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn connections_heads_and_bodies_are_bounded_and_a_refusal_says_why() {
    let web = free_port();
    let (_room, _url) = web_room(web);
    // A hundred silent sockets from one address: the next is told why.
    let silent: Vec<TcpStream> = (0..100)
        .filter_map(|_| TcpStream::connect(("127.0.0.1", web)).ok())
        .collect();
    assert_eq!(silent.len(), 100);
    std::thread::sleep(Duration::from_millis(300));
    let mut over = TcpStream::connect(("127.0.0.1", web)).unwrap_or_else(|e| panic!("{e}"));
    let told = said(&mut over, Duration::from_secs(5));
    assert!(told.starts_with("HTTP/1.1 503"), "{told}");
    assert!(
        told.contains("Too many connections from your network"),
        "{told}"
    );
    // Silent sockets are let go within seconds (headers must come within 10 s).
    let mut first = silent.into_iter().next().unwrap_or_else(|| panic!("none"));
    let start = Instant::now();
    let _ = said(&mut first, Duration::from_secs(15));
    assert!(
        start.elapsed() < Duration::from_secs(14),
        "a silent socket was kept"
    );
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        request(web, "GET", "/", &[], "").status,
        200,
        "the address is free again"
    );

    // A head past its bound is refused, not read on.
    let mut big = TcpStream::connect(("127.0.0.1", web)).unwrap_or_else(|e| panic!("{e}"));
    let head = format!(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(64 * 1024)
    );
    let _ = big.write_all(head.as_bytes());
    let told = said(&mut big, Duration::from_secs(5));
    assert!(
        told.is_empty() || told.starts_with("HTTP/1.1 431"),
        "{told}"
    );
    // A body past the limit: refused with 413.
    let joined = request(web, "GET", &format!("/?code={CODE}&name=eve"), &[], "");
    let cookie = format!("Cookie: {}", joined.cookie().unwrap_or_default());
    let body = format!("what=ask&text={}", "a".repeat(20 * 1024));
    assert_eq!(request(web, "POST", "/do", &[&cookie], &body).status, 413);
    // Live pages per visitor are bounded.
    let pages: Vec<_> = (0..4).map(|_| stream(web, "/events", &cookie)).collect();
    std::thread::sleep(Duration::from_millis(300));
    let fifth = request(web, "GET", "/events", &[&cookie], "");
    assert_eq!(fifth.status, 429, "{}", fifth.head);
    drop(pages);
}

#[test]
fn a_browser_that_stops_reading_delays_nobody() {
    let web = free_port();
    let (room, _url) = web_room(web);
    let join = |name: &str| {
        let joined = request(web, "GET", &format!("/?code={CODE}&name={name}"), &[], "");
        format!("Cookie: {}", joined.cookie().unwrap_or_default())
    };
    let (stalled, reader) = (join("slow"), join("quick"));
    // The stalled page never reads a byte after its request.
    let mut slow = TcpStream::connect(("127.0.0.1", web)).unwrap_or_else(|e| panic!("{e}"));
    let _ =
        slow.write_all(format!("GET /events HTTP/1.1\r\nHost: x\r\n{stalled}\r\n\r\n").as_bytes());
    let mut quick = stream(web, "/events", &reader);
    quick.until("You follow the screening");
    // Forty moves: each reaches the reading page at once.
    for _ in 0..20 {
        room.keys("console", &["Right"]);
        room.keys("console", &["Left"]);
    }
    room.keys("console", &["t", "Down", "Down", "Down", "Enter"]);
    // The episode's title card first, then its first panel.
    room.wait_for("screen", "Episode 3 of");
    room.keys("console", &["Right"]);
    quick.until("Would you take this job?");
    drop(slow);
}

#[test]
fn wrong_codes_from_a_browser_are_slowed_then_locked_out_and_told_so() {
    let web = free_port();
    let (_room, _url) = web_room(web);
    let start = Instant::now();
    let mut last = request(web, "GET", "/?code=nope42&name=eve", &[], "");
    for _ in 1..10 {
        assert_eq!(last.status, 403, "{}", last.body);
        last = request(web, "GET", "/?code=nope42&name=eve", &[], "");
    }
    // The tenth wrong code locks the address out, and says for how long.
    assert_eq!(last.status, 429, "{}", last.body);
    assert!(last.body.contains("Too many wrong codes"), "{}", last.body);
    assert!(
        start.elapsed() >= Duration::from_secs(3),
        "wrong codes were not slowed"
    );
    // Locked: even the right code is refused for now, nothing of the room shown.
    let right = request(web, "GET", &format!("/?code={CODE}&name=eve"), &[], "");
    assert_eq!(right.status, 429);
    assert!(right.cookie().is_none() && !right.body.contains("id=\"screen\""));
}
