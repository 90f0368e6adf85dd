//! The web room's side of the load test: visitors join by the QR code's
//! address, load their page once (timed), then keep its event stream open
//! and log what arrives, like a phone's browser with script.

use std::time::Instant;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

use super::{CODE, Log};

/// A loopback address of its own for visitor `i` (100 connections per
/// address at most on the server).
fn local(i: usize) -> std::net::Ipv4Addr {
    std::net::Ipv4Addr::new(
        127,
        10 + u8::try_from(i / 50_000).unwrap_or(0),
        u8::try_from(i / 50 % 250).unwrap_or(0),
        2 + u8::try_from(i % 50).unwrap_or(0),
    )
}

async fn connect(i: usize, port: u16) -> Result<TcpStream, String> {
    let socket = TcpSocket::new_v4().map_err(|e| e.to_string())?;
    socket
        .bind((local(i), 0).into())
        .map_err(|e| e.to_string())?;
    let stream = socket
        .connect(([127, 0, 0, 1], port).into())
        .await
        .map_err(|e| e.to_string())?;
    let _ = stream.set_nodelay(true);
    Ok(stream)
}

/// One request on its own connection; the whole answer.
async fn request(i: usize, port: u16, head: &str) -> Result<String, String> {
    let mut s = connect(i, port).await?;
    s.write_all(head.as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Visitor `i` joins, loads the page (how long it took), then follows.
pub async fn visitor(i: usize, port: u16, log: Log) -> Result<f64, String> {
    let join =
        format!("GET /?code={CODE}&name=w{i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    let joined = request(i, port, &join).await?;
    let cookie = joined
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .ok_or_else(|| format!("not joined: {}", joined.lines().next().unwrap_or("")))?
        .to_owned();
    let t0 = Instant::now();
    let page = request(
        i,
        port,
        &format!("GET / HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"),
    )
    .await?;
    let first_page = t0.elapsed().as_secs_f64() * 1000.0;
    if !page.contains("id=\"live\"") {
        return Err("no page".into());
    }
    let mut events = connect(i, port).await?;
    let head = format!("GET /events HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n");
    events
        .write_all(head.as_bytes())
        .await
        .map_err(|e| e.to_string())?;
    tokio::spawn(async move {
        let mut buf = vec![0u8; 64 * 1024];
        while let Ok(n) = events.read(&mut buf).await {
            if n == 0 {
                break;
            }
            if let Ok(mut log) = log.lock() {
                log.push((Instant::now(), n));
            }
        }
    });
    Ok(first_page)
}
