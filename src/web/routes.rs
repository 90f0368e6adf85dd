//! What each address of the web front end does. The room code is checked
//! once (slowed and locked per address like SSH's) and exchanged for a
//! cookie only the visitor holds; every action is a form posted back, so
//! the page works without script; every page carries the same strict headers.

use std::net::IpAddr;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Extension, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::page;
use super::site::Web;
use super::visitors::catch_up;
use crate::app::{Doing, ParticipantMsg, participant};
use crate::content::Lang;
use crate::serve::{Turn, same_code};

/// The client's address, put on each request by the connection.
#[derive(Clone, Copy)]
pub struct Peer(pub IpAddr);

/// A form's body, at most: a question of 280 characters, escaped, fits.
pub(super) const BODY_LIMIT: usize = 8 * 1024;
const COOKIE: &str = "invisibles";

/// The headers every response carries: nothing from elsewhere, no inline
/// script, no framing, nothing kept by a shared phone's cache.
fn guarded(status: StatusCode, kind: &'static str, body: String) -> Response {
    let mut res = (status, body).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
             img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

pub fn html(status: StatusCode, body: String) -> Response {
    guarded(status, "text/html; charset=utf-8", body)
}

fn to(location: &'static str, cookie: Option<String>) -> Response {
    let mut res = guarded(
        StatusCode::SEE_OTHER,
        "text/plain; charset=utf-8",
        String::new(),
    );
    res.headers_mut()
        .insert(header::LOCATION, HeaderValue::from_static(location));
    if let Some(cookie) = cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        res.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    res
}

/// The visitor's token from their cookie, if they sent one.
pub fn token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| kv.trim().strip_prefix(COOKIE)?.strip_prefix('='))
}

/// The language the browser prefers, of the two (English otherwise).
fn browser_lang(headers: &HeaderMap) -> Lang {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mut best: Option<(f32, Lang)> = None;
    for part in accept.split(',').take(16) {
        let mut bits = part.split(';');
        let tag = bits.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = bits
            .find_map(|b| b.trim().strip_prefix("q="))
            .and_then(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        let lang = if tag.starts_with("fr") {
            Lang::Fr
        } else if tag.starts_with("en") {
            Lang::En
        } else {
            continue;
        };
        if best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, lang));
        }
    }
    best.map_or(Lang::En, |(_, l)| l)
}

fn lang_of(value: Option<&str>) -> Option<Lang> {
    match value? {
        "fr" => Some(Lang::Fr),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// A query or form body's fields (the last of a name wins).
fn fields(raw: &[u8]) -> std::collections::HashMap<String, String> {
    form_urlencoded::parse(raw)
        .take(16)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

pub(super) async fn index(
    State(web): State<Arc<Web>>,
    Extension(Peer(ip)): Extension<Peer>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let q = fields(query.unwrap_or_default().as_bytes());
    let lang = lang_of(q.get("lang").map(String::as_str)).unwrap_or_else(|| browser_lang(&headers));
    if let Some(visitor) = token(&headers).and_then(|t| web.visitors.get(t)) {
        if q.contains_key("code") {
            // Joined already: the code leaves the address bar.
            return to("/", None);
        }
        let live = web.shared.live.borrow().clone();
        let mut inner = visitor.lock();
        catch_up(&mut inner.me, live.as_deref());
        let lang = inner.lang;
        let body = page::room(&inner.me, live.as_deref(), lang, web.ended());
        return html(StatusCode::OK, body);
    }
    let title = web.title(lang);
    let refusal = token(&headers).map(|_| crate::words::web(lang).expired);
    match (q.get("code"), q.get("name")) {
        (Some(code), Some(name)) if !name.trim().is_empty() => {
            enter(&web, ip, (code, name), lang).await
        }
        (code, _) => html(
            StatusCode::OK,
            page::join(&title, lang, code.map_or("", String::as_str), refusal),
        ),
    }
}

pub(super) async fn join(
    State(web): State<Arc<Web>>,
    Extension(Peer(ip)): Extension<Peer>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let f = fields(&body);
    let lang = lang_of(f.get("lang").map(String::as_str)).unwrap_or_else(|| browser_lang(&headers));
    let code = f.get("code").map_or("", String::as_str);
    let name = f.get("name").map_or("", String::as_str);
    enter(&web, ip, (code, name), lang).await
}

/// The room code, checked in turn like SSH's; right, a seat and a cookie.
async fn enter(web: &Web, ip: IpAddr, (code, name): (&str, &str), lang: Lang) -> Response {
    let words = crate::words::web(lang);
    let title = web.title(lang);
    if web.shared.ended() {
        return html(
            StatusCode::GONE,
            page::refusal(&title, lang, words.ended_refusal),
        );
    }
    match web.shared.tries.turn(ip, tokio::time::Instant::now()) {
        Turn::Locked(left) => {
            let why = (words.locked)(left.as_secs().max(1));
            return html(
                StatusCode::TOO_MANY_REQUESTS,
                page::refusal(&title, lang, &why),
            );
        }
        Turn::Wait(wait) => tokio::time::sleep(wait).await,
    }
    if !same_code(code, &web.shared.code) {
        if let Some(lockout) = web.shared.tries.wrong(ip, tokio::time::Instant::now()) {
            let why = (words.locked)(lockout.as_secs());
            return html(
                StatusCode::TOO_MANY_REQUESTS,
                page::refusal(&title, lang, &why),
            );
        }
        return html(
            StatusCode::FORBIDDEN,
            page::join(&title, lang, "", Some(words.wrong_code)),
        );
    }
    if name.trim().is_empty() {
        return html(StatusCode::OK, page::join(&title, lang, code, None));
    }
    match web.visitors.join(&web.shared, name, lang) {
        Some((token, _)) => to(
            "/",
            Some(format!(
                "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
            )),
        ),
        None => html(
            StatusCode::SERVICE_UNAVAILABLE,
            page::refusal(&title, lang, words.full),
        ),
    }
}

/// A form of the visitor's: through the core's `update`, then up to the
/// screen by the same path as an SSH participant's keys; back to the page.
pub(super) async fn act(State(web): State<Arc<Web>>, headers: HeaderMap, body: Bytes) -> Response {
    let Some(token) = token(&headers) else {
        return to("/", None);
    };
    let Some(visitor) = web.visitors.get(token) else {
        return to("/", None);
    };
    let f = fields(&body);
    let get = |k: &str| f.get(k).map_or("", String::as_str);
    let doing = match get("what") {
        "leave" => {
            web.visitors.leave(token);
            let lang = visitor.lock().lang;
            drop(visitor);
            let title = web.title(lang);
            let mut res = html(
                StatusCode::OK,
                page::refusal(&title, lang, crate::words::web(lang).left),
            );
            let gone = format!("{COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
            if let Ok(v) = HeaderValue::from_str(&gone) {
                res.headers_mut().insert(header::SET_COOKIE, v);
            }
            return res;
        }
        "lang" => {
            if let Some(lang) = lang_of(Some(get("lang"))) {
                visitor.lock().lang = lang;
                visitor.nudge();
            }
            return to("/", None);
        }
        "vote" => match get("option").parse::<usize>() {
            Ok(option) => Doing::Pick {
                panel: get("panel"),
                option,
            },
            Err(_) => return to("/", None),
        },
        "guess" => Doing::Guess {
            panel: get("panel"),
            figure: get("figure"),
        },
        "ask" => Doing::Ask {
            text: get("text"),
            anonymous: get("anonymous") == "on",
        },
        "upvote" => match get("id").parse::<u32>() {
            Ok(id) => Doing::Upvote(id),
            Err(_) => return to("/", None),
        },
        _ => return to("/", None),
    };
    let live = web.shared.live.borrow().clone();
    {
        let mut inner = visitor.lock();
        let inner = &mut *inner;
        catch_up(&mut inner.me, live.as_deref());
        let out = participant(&mut inner.me, ParticipantMsg::Do(doing, live.as_deref()));
        let sender = (visitor.voter.as_str(), &mut inner.asking);
        crate::serve::send_up(&mut inner.me, live.as_deref(), out.up, &web.shared, sender);
    }
    visitor.nudge();
    to("/", None)
}

/// One of the page's own files, embedded in the binary; a browser may keep it an hour.
fn asset(kind: &'static str, body: &'static str) -> Response {
    let mut res = guarded(StatusCode::OK, kind, body.to_owned());
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("max-age=3600"),
    );
    res
}

/// The palette's custom properties, then the page's own rules.
static CSS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "{}{}",
        crate::palette_css::web_root(),
        include_str!("assets/app.css")
    )
});

pub(super) async fn css() -> Response {
    asset("text/css; charset=utf-8", CSS.as_str())
}

pub(super) async fn js() -> Response {
    asset(
        "text/javascript; charset=utf-8",
        include_str!("assets/app.js"),
    )
}

pub(super) async fn not_found(headers: HeaderMap, State(web): State<Arc<Web>>) -> Response {
    let lang = browser_lang(&headers);
    let why = crate::words::web(lang).not_found;
    html(
        StatusCode::NOT_FOUND,
        page::refusal(&web.title(lang), lang, why),
    )
}
