//! `invisibles serve`: the documentary over SSH, one follower per
//! participant's connection. Everything asynchronous (tokio, russh) stays in
//! this module; the core it drives is synchronous.
//!
//! `keys` turns a channel's bytes into keys (a participant is the core's
//! `Participant`, drawn by `ui::participant`), `frame` sends only the changed
//! cells, `feed` follows the screen over its link, `ssh` decides who gets in,
//! `gate` and `listen` bound who may try, `conn` watches one connection's
//! deadlines, `session` runs one participant's channel and `writer` writes to
//! it, `asks` and `ballots` bound what a participant sends up, `seats` holds
//! what connections share, `hostkey` keeps the server's key.

mod asks;
mod ballots;
mod conn;
pub mod feed;
pub mod frame;
mod gate;
mod heap;
pub mod hostkey;
pub mod keys;
mod listen;
mod progress;
mod seats;
mod session;
pub mod ssh;
mod tries;
mod up;
mod writer;

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use asks::Asking;
pub use feed::Feeding;
pub use seats::{Seat, Shared};
pub use ssh::same_code;
pub use tries::{Turn, locked_words};
pub use up::send as send_up;

use rand::RngExt;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::content::Documentary;
use feed::Feed;
use ssh::{Conn, Limits};

/// The command line's options for `serve`.
#[derive(Debug, Clone)]
pub struct Options {
    pub listen: SocketAddr,
    /// The screening to follow (`--session` of the screen); none: the screen started without one.
    pub session: Option<String>,
    pub code: Option<String>,
    pub limits: Limits,
    /// The host key's file (default: in the state folder).
    pub host_key: Option<PathBuf>,
    /// Where phones join over HTTP (`--web`), if they may.
    pub web: Option<SocketAddr>,
    /// The address phones are given (`--web-url`), when this machine's own
    /// is not the one they reach (a proxy, a name).
    pub web_url: Option<String>,
}

/// Loopback: another address only when asked.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:2222";

/// Letters and digits no one misreads on a projector (no 0/o, 1/l/i).
const CODE_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// A fresh room code: six characters, about 30 bits.
pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..6)
        .filter_map(|_| {
            let k = rng.random_range(0..CODE_ALPHABET.len());
            CODE_ALPHABET.get(k).map(|&b| char::from(b))
        })
        .collect()
}

/// Why `serve` cannot run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("no state folder on this system for the host key")]
    NoStateFolder,
    #[error("host key: {0}")]
    HostKey(#[from] hostkey::HostKeyError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    /// The async runtime or a signal handler could not be set up.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// A room code the command line cannot take.
#[derive(Debug, thiserror::Error)]
#[error(
    "`{0}` cannot be a room code: at least 6 and at most 32 letters, digits or dashes \
     (leave --code out for a generated one)"
)]
pub struct BadCode(String);

/// A code given on the command line: long enough not to be guessed within
/// the limits on tries, short enough to type, nothing a shell mangles.
pub fn check_code(code: &str) -> Result<String, BadCode> {
    let ok = (6..=32).contains(&code.chars().count())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if ok {
        Ok(code.to_owned())
    } else {
        Err(BadCode(code.to_owned()))
    }
}

/// The line participants type; a wildcard address becomes a placeholder.
pub fn ssh_line(addr: SocketAddr) -> String {
    let port = addr.port();
    let host = if addr.ip().is_unspecified() {
        "THIS-MACHINE".to_owned()
    } else {
        addr.ip().to_string()
    };
    format!("ssh -p {port} NAME@{host}")
}

/// What serve prints at start: how to join, with the key's fingerprint.
pub fn invitation(
    addr: SocketAddr,
    code: &str,
    fingerprint: &str,
    session: Option<&str>,
) -> String {
    let line = ssh_line(addr);
    let screen = match session {
        Some(name) => format!("the screen of session \u{ab} {name} \u{bb}"),
        None => "the screen started without --session".to_owned(),
    };
    format!(
        "Invisibles room open: participants follow {screen} while it runs;\n  with no screen, each visitor watches on their own (kiosk).\n  Participants type:  {line}\n  Room code (the password):  {code}\n  Host key:  {fingerprint}\n"
    )
}

/// What a connection over its address's share is told.
fn over_share(limits: &Limits) -> String {
    format!(
        "too many connections from your address (at most {} at once, {} of them \
         still without the room code): try again in a moment",
        limits.per_address, limits.unauthenticated_per_address
    )
}

/// Runs the server until Ctrl-C or SIGTERM, SIGHUP or SIGQUIT.
pub fn run(doc: Arc<Documentary>, opts: Options) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(serve(doc, opts))
}

async fn serve(doc: Arc<Documentary>, opts: Options) -> Result<(), ServeError> {
    let key_path = opts
        .host_key
        .clone()
        .or_else(hostkey::default_path)
        .ok_or(ServeError::NoStateFolder)?;
    let key = hostkey::load_or_create(&key_path)?;
    let fingerprint = hostkey::fingerprint(&key);
    let listener = (TcpListener::bind(opts.listen).await).map_err(|source| ServeError::Listen {
        addr: opts.listen,
        source,
    })?;
    let mut acceptor = listen::Acceptor::new(listener);
    let addr = acceptor.local_addr()?;
    // The bounds that fit in the descriptors this process may open.
    let mut limits = opts.limits;
    let (seats, outside) = listen::fit(
        listen::raise_descriptor_limit(),
        limits.participants,
        limits.unauthenticated,
    );
    if seats < limits.participants {
        let _ = writeln!(
            std::io::stderr(),
            "note: only {seats} participants fit in this process's file limit (ulimit -n): \
             raise it for more"
        );
    }
    (limits.participants, limits.unauthenticated) = (seats, outside);
    let gate = Arc::new(gate::Gate::new(outside, limits.unauthenticated_per_address));
    let code = opts.code.clone().unwrap_or_else(new_code);
    let socket = crate::link::socket_path(opts.session.as_deref());
    let web = match opts.web {
        Some(at) => {
            let listener = (TcpListener::bind(at).await)
                .map_err(|source| ServeError::Listen { addr: at, source })?;
            let at = listener.local_addr()?;
            Some((
                listener,
                crate::web::join_url(at, &code, opts.web_url.as_deref()),
            ))
        }
        None => None,
    };
    let invite = crate::app::Invitation {
        command: ssh_line(addr),
        code: code.clone(),
        fingerprint: fingerprint.clone(),
        web: web.as_ref().map(|(_, url)| url.clone()),
    };
    let feed = Feed::start(doc.clone(), socket.clone(), invite);
    let journeys = crate::store::journey::state_file(&format!(
        "serve/{}/journeys",
        crate::store::journey::safe_name(opts.session.as_deref().unwrap_or("default"))
    ));
    let (stop_tx, stop) = watch::channel(false);
    let shared = Arc::new(Shared::new(
        doc,
        code.clone(),
        limits,
        (feed.live.clone(), feed.up.clone(), feed.ballots.clone()),
        journeys,
        stop,
    ));
    let config = Arc::new(russh::server::Config {
        server_id: russh::SshId::Standard(std::borrow::Cow::Borrowed("SSH-2.0-invisibles")),
        keys: vec![key],
        methods: ssh::methods(),
        auth_rejection_time: Duration::from_millis(500),
        auth_rejection_time_initial: Some(Duration::ZERO),
        // The code's tries are counted by the handler; this leaves room for
        // `none` and the keys a client offers first, and for the refusal.
        max_auth_attempts: limits.auth_attempts.saturating_add(12),
        inactivity_timeout: None,
        keepalive_interval: Some(Duration::from_secs(30)),
        keepalive_max: 3,
        nodelay: true,
        ..Default::default()
    });
    // What to give out; a closed standard output (`serve | head`) is no
    // reason to stop serving.
    let mut said = invitation(addr, &code, &fingerprint, opts.session.as_deref());
    if let Some((_, url)) = &web {
        said.push_str(&format!(
            "  Phones open (or scan on the projector, key I):  {url}\n"
        ));
    }
    let mut out = std::io::stdout();
    let _ = out.write_all(said.as_bytes()).and_then(|()| out.flush());
    let web = web.map(|(listener, _)| tokio::spawn(crate::web::run(shared.clone(), listener)));
    let heap = tokio::spawn(heap::give_back_after_departures(shared.clone()));
    use tokio::signal::unix::{SignalKind, signal};
    // Every signal that ends serve (closing the facilitator's terminal sends
    // HUP) first gives each participant their terminal back.
    let mut sigterm = signal(SignalKind::terminate())?;
    let mut sighup = signal(SignalKind::hangup())?;
    let mut sigquit = signal(SignalKind::quit())?;
    loop {
        tokio::select! {
            (stream, peer) = acceptor.accept() => {
                let _ = stream.set_nodelay(true);
                let addr = peer.ip();
                let progress = Arc::new(conn::Progress::default());
                let slot = shared.connection(addr);
                let (handler, evicted, setup) = match slot.zip(gate.admit(addr)) {
                    Some((slot, pending)) => {
                        let evicted = pending.evicted();
                        let conn = Conn::new(shared.clone(), (addr, slot, pending), progress.clone());
                        (conn, evicted, limits.setup)
                    }
                    // Past an address's share: told why, if few are being told.
                    None => {
                        let Some(guard) = gate.refusing() else { continue };
                        let why = over_share(&limits);
                        let conn = Conn::refusing(shared.clone(), addr, (why, guard), progress.clone());
                        (conn, Arc::new(tokio::sync::Notify::new()), gate::REFUSAL_TIME)
                    }
                };
                let config = config.clone();
                tokio::spawn(conn::run(config, stream, handler, progress, evicted, setup));
            }
            _ = tokio::signal::ctrl_c() => break,
            _ = sigterm.recv() => break,
            _ = sighup.recv() => break,
            _ = sigquit.recv() => break,
        }
    }
    // Every session restores its participant's terminal before the process goes.
    let _ = stop_tx.send(true);
    let deadline = tokio::time::Instant::now() + writer::GRACE + Duration::from_secs(1);
    while shared.participants() > 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Every page is told the session ended, within a bound.
    if let Some(web) = web {
        let _ = tokio::time::timeout(Duration::from_secs(3), web).await;
    }
    heap.abort();
    drop(feed);
    Ok(())
}
