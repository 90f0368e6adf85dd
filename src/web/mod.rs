//! `serve --web`: the room for phones. A page served by the same process
//! and runtime as the SSH room, from the same seats and the same `Shared`:
//! a visitor is a core `Participant` like an SSH one, their forms go
//! through the core's `update` and up by the same path.
//!
//! `routes` says what each address does, `page` writes the HTML (every
//! text escaped), `events` keeps a page live, `visitors` holds who is in.
//! Connections are bounded here: per address (shared with SSH), in all,
//! and in time (headers must come within seconds).

mod events;
mod page;
mod routes;
mod site;
mod visitors;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tower::ServiceExt;

use crate::serve::Shared;
use routes::Peer;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
pub use site::Web;
pub use visitors::Visitors;

/// A request's headers must arrive within this, and an idle connection
/// between requests goes after it.
const HEADERS_WITHIN: Duration = Duration::from_secs(10);
/// A request's head (line and headers), at most.
const HEAD_LIMIT: usize = 16 * 1024;
/// How often visitors who left without a word are let go.
const SWEEP: Duration = Duration::from_secs(30);

/// The address to give participants: the one asked for, else this
/// machine's address on the network a phone would use.
pub fn join_url(listen: SocketAddr, code: &str, given: Option<&str>) -> String {
    if let Some(url) = given {
        let sep = if url.contains('?') { '&' } else { '?' };
        return format!("{url}{sep}code={code}");
    }
    let host = if listen.ip().is_unspecified() {
        // Which address this machine would speak from (no packet is sent).
        std::net::UdpSocket::bind("0.0.0.0:0")
            .and_then(|s| s.connect("192.0.2.1:9").and_then(|()| s.local_addr()))
            .map_or_else(|_| "THIS-MACHINE".to_owned(), |a| a.ip().to_string())
    } else {
        listen.ip().to_string()
    };
    let host = if host.contains(':') {
        format!("[{host}]")
    } else {
        host
    };
    format!("http://{host}:{}/?code={code}", listen.port())
}

/// Serves the room over HTTP on `listener` until the server stops.
pub async fn run(shared: Arc<Shared>, listener: TcpListener) {
    let mut stop = shared.stop.clone();
    let web = Arc::new(Web {
        shared: shared.clone(),
        visitors: Visitors::default(),
    });
    let app = router(web.clone());
    // Room for each participant's page and a request beside it, and for
    // those still joining.
    let most = shared
        .limits
        .participants
        .saturating_mul(2)
        .saturating_add(shared.limits.unauthenticated);
    let connections = Arc::new(Semaphore::new(most));
    let sweeper = {
        let web = web.clone();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(SWEEP);
            loop {
                every.tick().await;
                web.visitors.sweep(tokio::time::Instant::now());
            }
        })
    };
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(a) => a,
                    // Out of descriptors or the like: wait, don't spin.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let slot = shared.connection(peer.ip());
                let permit = connections.clone().try_acquire_owned().ok();
                let (Some(slot), Some(permit)) = (slot, permit) else {
                    refuse(&stream);
                    continue;
                };
                let app = app.clone();
                let stop = stop.clone();
                tokio::spawn(async move {
                    connection(app, stream, peer, stop).await;
                    drop((slot, permit));
                });
            }
            _ = stop.changed() => break,
        }
    }
    sweeper.abort();
    // Every page is told the session ended before the process goes.
    for visitor in web.visitors.all() {
        visitor.nudge();
    }
    let deadline = tokio::time::Instant::now() + Duration::from_secs(2);
    while connections.available_permits() < most && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Past its share, a connection is told why in one write and closed.
fn refuse(stream: &TcpStream) {
    const TOLD: &[u8] = b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\nRetry-After: 5\r\nContent-Length: 62\r\n\r\nToo many connections from your network: try again in a moment";
    let _ = stream.try_write(TOLD);
}

/// One connection, until it closes, idles out or the server stops.
async fn connection(
    app: axum::Router,
    stream: TcpStream,
    peer: SocketAddr,
    mut stop: watch::Receiver<bool>,
) {
    let _ = stream.set_nodelay(true);
    let ip = peer.ip();
    let service =
        hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(Peer(ip));
            app.clone().oneshot(req)
        });
    let conn = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADERS_WITHIN)
        .max_buf_size(HEAD_LIMIT)
        .serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        _ = stop.changed() => {
            conn.as_mut().graceful_shutdown();
            let _ = tokio::time::timeout(Duration::from_secs(2), conn).await;
        }
    }
}

/// Every address the page answers.
fn router(web: Arc<Web>) -> Router {
    Router::new()
        .route("/", get(routes::index))
        .route("/join", post(routes::join))
        .route("/do", post(routes::act))
        .route("/events", get(events::events))
        .route("/app.css", get(routes::css))
        .route("/app.js", get(routes::js))
        .fallback(routes::not_found)
        .layer(DefaultBodyLimit::max(routes::BODY_LIMIT))
        .with_state(web)
}
