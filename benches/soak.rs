//! Soak of `invisibles serve` on loopback (127.0.0.0/8 only; not a timed
//! test: it prints figures for BENCHMARKS.md). The release server runs as a
//! child, a kiosk with 500 seats. In waves, PARTICIPANTS (default 500)
//! russh clients join: a third then hang up abruptly, a sixth never read a
//! byte (and vanish later), the rest quit with `q`. Every wave must find all
//! its seats again; the server's memory is read after each. Then 300 silent
//! sockets from other addresses, and a real participant joins through them.
//!
//! `scripts/soak.sh` (bounded: SOAK_SECONDS, 300 there and 60 under a plain
//! `cargo bench --features bench`, at most 900, and the waves in it).

#[path = "../tests/e2e/serve_attack/client.rs"]
#[allow(dead_code)] // the attack tests use the rest
mod client;

#[path = "common/process.rs"]
mod process;
use process::rss_kib;
use std::io::{BufRead, BufReader};
use std::net::Ipv4Addr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CODE: &str = "soak-code";
/// Participants joining at the same moment.
const JOINING: usize = 64;

/// Descriptors the server holds (one per connection still open), and its threads.
fn fds(pid: u32) -> String {
    let count =
        |what: &str| std::fs::read_dir(format!("/proc/{pid}/{what}")).map_or(0, |d| d.count());
    format!("{} descriptors, {} threads", count("fd"), count("task"))
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Participant `i`'s address: 50 per address, all in 127.0.0.0/8.
fn address(i: usize) -> Ipv4Addr {
    let a = u8::try_from(i / 50 % 250).unwrap_or(0);
    let b = u8::try_from(i % 50 + 1).unwrap_or(1);
    Ipv4Addr::new(127, 0, 10 + a, b)
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Quits,
    HangsUp,
    NeverReads,
}

struct Joined {
    conn: client::Conn,
    /// Kept unread (a participant who never reads).
    channel: Option<russh::Channel<russh::client::Msg>>,
    /// Where a reader types.
    keys: Option<russh::ChannelWriteHalf<russh::client::Msg>>,
    role: Role,
    reader: Option<tokio::task::JoinHandle<()>>,
}

async fn join(i: usize, port: u16, role: Role) -> Result<Joined, String> {
    let window = if role == Role::NeverReads {
        512
    } else {
        1 << 20
    };
    let mut conn = client::connect(address(i), port, window).await?;
    if !conn.login(&format!("p{i}"), CODE).await? {
        return Err(format!("refused: {}", conn.told.text()));
    }
    let mut channel = conn.shell(80, 24).await?;
    let reader = if role == Role::NeverReads {
        None
    } else {
        let first = client::read_until(&mut channel, b"\x1b[?1049h", Duration::from_secs(10)).await;
        if first.is_empty() {
            return Err("no first frame".into());
        }
        // Keeps reading (the client's buffer is one message) until it closes.
        let (mut read, write) = channel.split();
        let task = tokio::spawn(async move { while read.wait().await.is_some() {} });
        return Ok(Joined {
            conn,
            channel: None,
            keys: Some(write),
            role,
            reader: Some(task),
        });
    };
    Ok(Joined {
        conn,
        channel: Some(channel),
        keys: None,
        role,
        reader,
    })
}

fn main() {
    let participants = usize::try_from(env_number("PARTICIPANTS", 500)).unwrap_or(500);
    let budget = Duration::from_secs(env_number("SOAK_SECONDS", 60).min(900));
    let state = std::env::temp_dir().join(format!("invisibles-soak-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&state);
    let _ = std::fs::create_dir_all(&state);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(2298);
    let mut child = Command::new(env!("CARGO_BIN_EXE_invisibles"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--code",
            CODE,
        ])
        .args(["--max-participants", &participants.to_string()])
        .env("XDG_STATE_HOME", &state)
        .env("XDG_RUNTIME_DIR", &state)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let pid = child.id();
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            if line.contains("Room code") {
                break;
            }
        }
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    std::thread::sleep(Duration::from_millis(300));
    let baseline = rss_kib(pid);
    println!("serve idle: {baseline} KiB, {}", fds(pid));
    let start = Instant::now();
    let mut wave = 0;
    while start.elapsed() < budget {
        wave += 1;
        let joined: Vec<Result<Joined, String>> = runtime.block_on(async {
            // At most JOINING at once: a room typing the code, well under the
            // 128 connections the server lets wait without it (past that it
            // lets the oldest go, as a flood would want).
            let joining = std::sync::Arc::new(tokio::sync::Semaphore::new(JOINING));
            let tasks: Vec<_> = (0..participants)
                .map(|i| {
                    let role = match i % 6 {
                        0 | 3 => Role::HangsUp,
                        5 => Role::NeverReads,
                        _ => Role::Quits,
                    };
                    let joining = joining.clone();
                    tokio::spawn(async move {
                        let _turn = joining.acquire_owned().await.map_err(|e| e.to_string())?;
                        join(i, port, role).await
                    })
                })
                .collect();
            let mut out = Vec::new();
            for t in tasks {
                out.push(t.await.unwrap_or_else(|e| Err(e.to_string())));
            }
            out
        });
        let refused: Vec<String> = joined
            .iter()
            .filter_map(|j| j.as_ref().err().cloned())
            .collect();
        let full = rss_kib(pid);
        runtime.block_on(async {
            for j in joined.into_iter().flatten() {
                match j.role {
                    Role::Quits => {
                        if let Some(keys) = &j.keys {
                            let _ = keys.data_bytes(&b"q"[..]).await;
                        }
                    }
                    Role::HangsUp | Role::NeverReads => j.conn.vanish(),
                }
                drop(j.channel);
                drop(j.reader);
            }
        });
        // Past the 5 s a client has to close after its session.
        std::thread::sleep(Duration::from_secs(6));
        let first = refused.first().map(|e| format!(", first: {e}"));
        println!(
            "wave {wave}: {} of {participants} joined ({} refused{}), serve {full} KiB full, \
             {} KiB and {} after",
            participants - refused.len(),
            refused.len(),
            first.unwrap_or_default(),
            rss_kib(pid),
            fds(pid)
        );
    }
    // 300 silent sockets, then a real participant.
    let report = runtime.block_on(async {
        let mut silent = Vec::new();
        for i in 0..300usize {
            let from = Ipv4Addr::new(
                127,
                0,
                200 + u8::try_from(i / 100).unwrap_or(0),
                u8::try_from(i % 100 + 1).unwrap_or(1),
            );
            if let Ok(s) = client::tcp(from, port).await {
                silent.push(s);
            }
        }
        let t = Instant::now();
        let joined =
            tokio::time::timeout(Duration::from_secs(30), join(100_000, port, Role::Quits)).await;
        let took = t.elapsed();
        (
            silent.len(),
            joined.map(|j| j.is_ok()).unwrap_or(false),
            took,
        )
    });
    println!(
        "{} silent sockets held: a participant joined: {} in {:.0} ms (login to first frame)",
        report.0,
        report.1,
        report.2.as_secs_f64() * 1000.0
    );
    println!(
        "serve at the end: {} KiB (idle at start {baseline} KiB)",
        rss_kib(pid)
    );
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&state);
}
