//! The room server started: the SSH listener and, when asked, the phones'
//! web front end, around one shared room (`serve::Shared`). Composed here,
//! above both, so that neither front end depends on the other.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::content::Documentary;
use crate::serve::feed::Feed;
use crate::serve::seats::Shared;
use crate::serve::ssh::Conn;
use crate::serve::{self, ServeError, ServeOptions, invitation, new_code, over_share, ssh_line};

/// Runs the server until Ctrl-C or SIGTERM, SIGHUP or SIGQUIT.
pub fn run(doc: Arc<Documentary>, opts: ServeOptions) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(serve(doc, opts))
}

async fn serve(doc: Arc<Documentary>, opts: ServeOptions) -> Result<(), ServeError> {
    let key_path = opts
        .host_key
        .clone()
        .or_else(serve::hostkey::default_path)
        .ok_or(ServeError::NoStateFolder)?;
    let key = serve::hostkey::load_or_create(&key_path)?;
    let fingerprint = serve::hostkey::fingerprint(&key);
    let listener = (TcpListener::bind(opts.listen).await).map_err(|source| ServeError::Listen {
        addr: opts.listen,
        source,
    })?;
    let mut acceptor = serve::listen::Acceptor::new(listener);
    let addr = acceptor.local_addr()?;
    // The bounds that fit in the descriptors this process may open.
    let mut limits = opts.limits;
    let (seats, outside) = serve::listen::fit(
        serve::listen::raise_descriptor_limit(),
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
    let gate = Arc::new(serve::lobby::Lobby::new(
        outside,
        limits.unauthenticated_per_address,
    ));
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
        methods: serve::ssh::methods(),
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
    let heap = tokio::spawn(serve::heap::give_back_after_departures(shared.clone()));
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
                let progress = Arc::new(serve::conn::Stage::default());
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
                        (conn, Arc::new(tokio::sync::Notify::new()), serve::lobby::REFUSAL_TIME)
                    }
                };
                let config = config.clone();
                tokio::spawn(serve::conn::run(config, stream, handler, progress, evicted, setup));
            }
            _ = tokio::signal::ctrl_c() => break,
            _ = sigterm.recv() => break,
            _ = sighup.recv() => break,
            _ = sigquit.recv() => break,
        }
    }
    // Every session restores its participant's terminal before the process goes.
    let _ = stop_tx.send(true);
    let deadline = tokio::time::Instant::now() + serve::writer::GRACE + Duration::from_secs(1);
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
