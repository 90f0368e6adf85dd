//! A visitor's page kept live: Server-Sent Events carrying the room's live
//! part, drawn again when the room or something of theirs changes. The
//! stream is pulled by the connection: a browser that stops reading holds
//! nothing but its last frame (the room is a watch channel, latest wins),
//! and never delays anyone else's.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::stream::{self, Stream};
use tokio::sync::watch;

use super::page;
use super::routes::{html, token};
use super::site::Web;
use super::visitors::{StreamGuard, Visitor, catch_up};
use crate::serve::Feeding;

struct Open {
    web: Arc<Web>,
    visitor: Arc<Visitor>,
    _guard: StreamGuard,
    live: watch::Receiver<Feeding>,
    news: watch::Receiver<u64>,
    stop: watch::Receiver<bool>,
    last: String,
    first: bool,
    done: bool,
}

pub async fn events(State(web): State<Arc<Web>>, headers: HeaderMap) -> Response {
    let Some(visitor) = token(&headers).and_then(|t| web.visitors.get(t)) else {
        return html(StatusCode::UNAUTHORIZED, String::new());
    };
    let Some(guard) = visitor.open_stream() else {
        return html(StatusCode::TOO_MANY_REQUESTS, String::new());
    };
    let open = Open {
        live: web.shared.live.clone(),
        news: visitor.news.subscribe(),
        stop: web.shared.stop.clone(),
        web,
        visitor,
        _guard: guard,
        last: String::new(),
        first: true,
        done: false,
    };
    Sse::new(updates(open))
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(20)))
        .into_response()
}

fn updates(open: Open) -> impl Stream<Item = Result<Event, Infallible>> {
    stream::unfold(open, |mut o| async move {
        loop {
            if o.done {
                return None;
            }
            if !o.first {
                tokio::select! {
                    changed = o.live.changed() => if changed.is_err() { o.done = true; },
                    changed = o.news.changed() => if changed.is_err() { o.done = true; },
                    _ = o.stop.changed() => {}
                }
            }
            o.first = false;
            if o.visitor.left.load(std::sync::atomic::Ordering::Relaxed) {
                return None;
            }
            let ended = o.web.ended();
            let part = {
                let live = o.live.borrow_and_update().clone();
                o.news.borrow_and_update();
                let mut inner = o.visitor.lock();
                catch_up(&mut inner.me, live.as_deref());
                page::live_part(&inner.me, live.as_deref(), inner.lang, ended)
            };
            if ended {
                o.done = true;
                let event = Event::default().event("ended").data(part.replace('\r', ""));
                return Some((Ok(event), o));
            }
            if part != o.last {
                let event = Event::default().event("live").data(part.replace('\r', ""));
                o.last = part;
                return Some((Ok(event), o));
            }
        }
    })
}
