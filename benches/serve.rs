//! Load test of `invisibles serve` on loopback (not a timed test: it prints
//! figures for BENCHMARKS.md). A screen runs in this process with its link;
//! the real server runs as a child; PARTICIPANTS (default 200) SSH clients
//! follow the screening at 80x24. Measured: the first frame after the shell
//! is asked for, the server's memory per participant, and for each
//! facilitator key the time until every participant has its whole new frame
//! (the last byte of the burst) and the bytes each received.
//!
//! With `WEB=N` (default 0), N phones' browsers join by `serve --web` too and
//! keep their pages live: their first page, the server's memory per web
//! visitor and the key-to-page latency are measured alike.
//!
//! `cargo bench --features bench --bench serve` (bounded: about a minute; PARTICIPANTS=N, WEB=N to change).

#[path = "serve/web.rs"]
mod web;

#[path = "../tests/e2e/serve_attack/client.rs"]
#[allow(dead_code)] // the attack tests use the rest
mod client;

#[path = "common/process.rs"]
mod process;
use process::rss_kib;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use invisibles::app::State;
use invisibles::content::Lang;
use invisibles::content::load::{Origin, load};
use invisibles::input::Key;
use invisibles::link::{Limits, Server, socket_path};
use invisibles::runtime::{Host, Input, Player, Program, Screening, now_millis};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const CODE: &str = "bench-code";
const ROUNDS: usize = 12;
const QUIET: Duration = Duration::from_millis(400);

/// What one participant received: when, and how many bytes.
type Log = Arc<Mutex<Vec<(Instant, usize)>>>;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let k = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[k.min(sorted.len() - 1)]
}

/// The screen: a screening with its link, pressing what it is told to.
fn screen(presses: mpsc::Receiver<Key>, pressed: mpsc::Sender<Instant>) {
    let doc = Arc::new(load(&Origin::Embedded).unwrap_or_else(|e| panic!("{e:?}")));
    let now = now_millis();
    let player = Player::new(State::new(doc, Lang::En), now / 1000, now);
    let path = socket_path(Some("bench")).unwrap_or_else(|| panic!("no state folder"));
    let server = Server::bind_with(&path, Limits::default()).unwrap_or_else(|e| panic!("{e}"));
    let host = Host {
        link: Some(server),
        ..Host::default()
    };
    let mut screening = Screening::new(player, host);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap_or_else(|e| panic!("{e}"));
    loop {
        match presses.try_recv() {
            Ok(key) => {
                let t0 = Instant::now();
                screening.input(Input::Key(key), now_millis());
                let _ = screening.draw(&mut terminal, now_millis());
                let _ = pressed.send(t0);
            }
            Err(mpsc::TryRecvError::Disconnected) => return,
            Err(mpsc::TryRecvError::Empty) => {}
        }
        for input in screening.poll(now_millis()) {
            screening.input(input, now_millis());
        }
        if screening.dirty() {
            let _ = screening.draw(&mut terminal, now_millis());
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// One participant: connects from its own loopback address, asks for an
/// 80x24 terminal, and logs what arrives. Returns when it asked for the shell.
async fn participant(i: usize, port: u16, log: Log) -> Result<Instant, String> {
    let local = std::net::Ipv4Addr::new(
        127,
        0,
        1 + u8::try_from(i / 200).unwrap_or(0),
        2 + u8::try_from(i % 200).unwrap_or(0),
    );
    let mut conn = client::connect(local, port, 1 << 21).await?;
    if !conn.login(&format!("p{i}"), CODE).await? {
        return Err(format!("refused: {}", conn.told.text()));
    }
    let asked = Instant::now();
    let channel = conn.shell(80, 24).await?;
    tokio::spawn(async move {
        let _conn = conn;
        let (mut read, _write) = channel.split();
        while let Some(msg) = read.wait().await {
            if let russh::ChannelMsg::Data { data } = msg
                && let Ok(mut log) = log.lock()
            {
                log.push((Instant::now(), data.len()));
            }
        }
    });
    Ok(asked)
}

fn main() {
    let n: usize = std::env::var("PARTICIPANTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let state = std::env::temp_dir().join(format!("invisibles-bench-serve-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&state);
    // SAFETY: set before any other thread starts; the screen and the child read it.
    unsafe { std::env::set_var("XDG_STATE_HOME", &state) };

    let (press, presses) = mpsc::channel();
    let (pressed_tx, pressed) = mpsc::channel();
    std::thread::spawn(move || screen(presses, pressed_tx));
    std::thread::sleep(Duration::from_millis(200));

    let free = || {
        std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .unwrap_or(2299)
    };
    let (port, web_port) = (free(), free());
    let web_n: usize = std::env::var("WEB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut child = Command::new(env!("CARGO_BIN_EXE_invisibles"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--session",
            "bench",
        ])
        .args(["--code", CODE, "--max-participants", "5000"])
        .args(["--web", &format!("127.0.0.1:{web_port}")])
        .env("XDG_STATE_HOME", &state)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let pid = child.id();
    if let Some(out) = child.stdout.take() {
        let mut lines = BufReader::new(out).lines();
        while let Some(Ok(line)) = lines.next() {
            if line.contains("Host key") {
                break;
            }
        }
        // The rest is read and dropped, so the server never writes to a closed pipe.
        std::thread::spawn(move || lines.for_each(drop));
    }
    let rss0 = rss_kib(pid);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let logs: Vec<Log> = (0..n).map(|_| Log::default()).collect();
    let mut firsts = Vec::new();
    let mut rss1 = 0;
    for (i, log) in logs.iter().enumerate() {
        match runtime.block_on(participant(i, port, log.clone())) {
            Ok(d) => firsts.push(d),
            Err(e) => eprintln!("participant {i}: {e}"),
        }
        if i == 0 {
            std::thread::sleep(Duration::from_millis(300));
            rss1 = rss_kib(pid);
        }
    }
    // The first frame: from asking for the shell to its first byte.
    std::thread::sleep(QUIET);
    let mut first_ms: Vec<f64> = logs
        .iter()
        .zip(&firsts)
        .filter_map(|(log, asked)| {
            let first = log.lock().ok()?.first()?.0;
            Some(first.saturating_duration_since(*asked).as_secs_f64() * 1000.0)
        })
        .collect();
    first_ms.sort_by(f64::total_cmp);
    let rss_n = rss_kib(pid);
    // The phones, once the SSH room is in.
    let web_logs: Vec<Log> = (0..web_n).map(|_| Log::default()).collect();
    let mut pages = Vec::new();
    for (i, log) in web_logs.iter().enumerate() {
        match runtime.block_on(web::visitor(i, web_port, log.clone())) {
            Ok(ms) => pages.push(ms),
            Err(e) => eprintln!("web visitor {i}: {e}"),
        }
    }
    std::thread::sleep(QUIET);
    pages.sort_by(f64::total_cmp);
    let rss_web = rss_kib(pid);
    let logs: Vec<Log> = logs.into_iter().chain(web_logs).collect();

    let wait_quiet = || loop {
        let last = logs
            .iter()
            .filter_map(|l| l.lock().ok()?.last().map(|e| e.0))
            .max();
        if last.is_none_or(|t| t.elapsed() >= QUIET) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut latencies = Vec::new();
    let mut web_latencies = Vec::new();
    let mut bytes = Vec::new();
    for round in 0..ROUNDS {
        wait_quiet();
        let key = if round % 4 == 3 {
            Key::parse("<left>")
        } else {
            Key::parse("<right>")
        };
        let _ = press.send(key.unwrap_or(Key::char(' ')));
        let Ok(t0) = pressed.recv_timeout(Duration::from_secs(5)) else {
            break;
        };
        std::thread::sleep(Duration::from_millis(100));
        wait_quiet();
        for (k, log) in logs.iter().enumerate() {
            let Ok(log) = log.lock() else { continue };
            let after: Vec<_> = log.iter().filter(|e| e.0 >= t0).collect();
            if let Some(last) = after.last() {
                let ms = last.0.duration_since(t0).as_secs_f64() * 1000.0;
                if k < n {
                    latencies.push(ms);
                    bytes.push(after.iter().map(|e| e.1).sum::<usize>() as f64);
                } else {
                    web_latencies.push(ms);
                }
            }
        }
    }
    latencies.sort_by(f64::total_cmp);
    bytes.sort_by(f64::total_cmp);
    let per = if n > 1 {
        (rss_n.saturating_sub(rss1)) as f64 / (n - 1) as f64
    } else {
        0.0
    };
    println!("participants connected: {} of {n}", firsts.len());
    println!(
        "first frame after the shell request: median {:.1} ms, p99 {:.1} ms",
        percentile(&first_ms, 0.5),
        percentile(&first_ms, 0.99)
    );
    println!(
        "server memory: {} KiB idle, {} KiB with 1, {} KiB with {n}: {:.0} KiB per participant beyond the first",
        rss0, rss1, rss_n, per
    );
    println!(
        "facilitator key -> whole frame at each participant ({} samples over {ROUNDS} keys): median {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        latencies.len(),
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies.last().copied().unwrap_or(f64::NAN)
    );
    println!(
        "bytes per participant per panel change: median {:.0}, p99 {:.0}",
        percentile(&bytes, 0.5),
        percentile(&bytes, 0.99)
    );
    if web_n > 0 {
        web_latencies.sort_by(f64::total_cmp);
        println!("web visitors following: {} of {web_n}", pages.len());
        println!(
            "first page (with the cookie): median {:.1} ms, p99 {:.1} ms",
            percentile(&pages, 0.5),
            percentile(&pages, 0.99)
        );
        println!(
            "server memory: {} KiB with the SSH room, {} KiB with {web_n} web visitors too: {:.0} KiB per web visitor",
            rss_n,
            rss_web,
            rss_web.saturating_sub(rss_n) as f64 / web_n as f64
        );
        println!(
            "facilitator key -> new page at each web visitor ({} samples over {ROUNDS} keys): median {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            web_latencies.len(),
            percentile(&web_latencies, 0.5),
            percentile(&web_latencies, 0.99),
            web_latencies.last().copied().unwrap_or(f64::NAN)
        );
    }
    let _ = child.kill();
    let _ = child.wait();
    drop(press);
    let _ = std::fs::remove_dir_all(&state);
}
