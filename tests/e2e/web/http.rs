//! A plain HTTP/1.1 client over a socket, enough to be a phone's browser
//! without script: one request per connection, the whole answer read.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

pub struct Answer {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Answer {
    /// A header's value (the first of that name), lower-case name.
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k.trim().eq_ignore_ascii_case(name)).then(|| v.trim().to_owned())
        })
    }

    /// The session cookie it sets, as `name=value`.
    pub fn cookie(&self) -> Option<String> {
        let set = self.header("set-cookie")?;
        set.split(';').next().map(str::to_owned)
    }
}

/// `method path` on 127.0.0.1:`port`, with extra header lines and a form body.
pub fn request(port: u16, method: &str, path: &str, headers: &[&str], body: &str) -> Answer {
    let form = (Duration::from_secs(30), "application/x-www-form-urlencoded");
    request_typed(port, method, path, headers, form, body)
}

/// The same, waiting at most `within` for each read, with a body of
/// `content_type` (sent with a POST only). The answer is read to its
/// length, or to the end when it gives none.
pub fn request_typed(
    port: u16,
    method: &str,
    path: &str,
    headers: &[&str],
    (within, content_type): (Duration, &str),
    body: &str,
) -> Answer {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap_or_else(|e| panic!("connect: {e}"));
    let _ = s.set_read_timeout(Some(within));
    let mut req =
        format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    if method == "POST" {
        req.push_str(&format!("Content-Type: {content_type}\r\n"));
        req.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes())
        .unwrap_or_else(|e| panic!("write: {e}"));
    let raw = read_answer(&mut s);
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Answer {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    }
}

/// The head and as much of the body as its `Content-Length` says (a server
/// may keep the connection open after it), or all until the socket closes.
fn read_answer(s: &mut TcpStream) -> Vec<u8> {
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    loop {
        if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
            let length = head.lines().find_map(|l| {
                let v = l.strip_prefix("content-length:")?;
                v.trim().parse::<usize>().ok()
            });
            if let Some(length) = length
                && raw.len() >= end + 4 + length
            {
                raw.truncate(end + 4 + length);
                return raw;
            }
        }
        match s.read(&mut buf) {
            Ok(0) | Err(_) => return raw,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
        }
    }
}

/// A form field's value, escaped for a body.
pub fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| {
            let v: String = v
                .bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                        char::from(b).to_string()
                    }
                    b => format!("%{b:02X}"),
                })
                .collect();
            format!("{k}={v}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// An event stream being read.
pub struct Stream {
    socket: TcpStream,
    seen: String,
}

/// Opens `path` (an event stream) with `cookie`.
pub fn stream(port: u16, path: &str, cookie: &str) -> Stream {
    let mut socket =
        TcpStream::connect(("127.0.0.1", port)).unwrap_or_else(|e| panic!("connect: {e}"));
    let _ = socket.set_read_timeout(Some(Duration::from_millis(200)));
    let req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{cookie}\r\n\r\n");
    socket
        .write_all(req.as_bytes())
        .unwrap_or_else(|e| panic!("write: {e}"));
    Stream {
        socket,
        seen: String::new(),
    }
}

impl Stream {
    /// Reads until `text` has come, within 30 s; what came since the last call.
    pub fn until(&mut self, text: &str) -> String {
        let start = std::time::Instant::now();
        let mut buf = [0u8; 16 * 1024];
        loop {
            if let Some(at) = self.seen.find(text) {
                let end = self.seen[at..]
                    .find("\n\n")
                    .map_or(self.seen.len(), |e| at + e);
                let out: String = self.seen.drain(..end).collect();
                return out;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "gave up waiting for {text:?}; the stream said:\n{}",
                self.seen
            );
            match self.socket.read(&mut buf) {
                Ok(0) => std::thread::sleep(Duration::from_millis(50)),
                Ok(n) => self.seen.push_str(&String::from_utf8_lossy(&buf[..n])),
                Err(_) => {}
            }
        }
    }
}
