//! Accepting connections without spinning or starving. Out of descriptors,
//! `accept` fails at once for as long as the pending connection waits: the
//! loop gives back a spare descriptor to take that connection and close it,
//! then waits a growing while; and the bounds are set from the descriptors
//! the process may open, so the room's own participants always have theirs.

use std::fs::File;
use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};

/// Descriptors kept for everything but connections: the host key, journeys
/// and their locks, the link, the runtime.
const RESERVE: u64 = 64;

/// Descriptors each participant may hold: their socket, their journey's lock.
const PER_PARTICIPANT: u64 = 2;

/// Raises the soft descriptor limit to the hard one; returns what it is now.
pub fn raise_descriptor_limit() -> u64 {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    if let Some(hard) = limit.maximum {
        let raised = rustix::process::Rlimit {
            current: Some(hard),
            maximum: Some(hard),
        };
        if setrlimit(Resource::Nofile, raised).is_ok() {
            return hard;
        }
    }
    limit.current.unwrap_or(u64::MAX)
}

/// The bounds that fit in `descriptors`: (participants, unauthenticated).
/// Participants come first; the connections outside the room get a quarter
/// of what is left, at least one.
pub fn fit(descriptors: u64, participants: usize, unauthenticated: usize) -> (usize, usize) {
    let budget = descriptors.saturating_sub(RESERVE);
    let most = budget.saturating_mul(3) / 4 / PER_PARTICIPANT;
    let seats = usize::try_from(most)
        .unwrap_or(usize::MAX)
        .min(participants);
    let used = u64::try_from(seats)
        .unwrap_or(u64::MAX)
        .saturating_mul(PER_PARTICIPANT);
    let left = usize::try_from(budget.saturating_sub(used)).unwrap_or(usize::MAX);
    (seats, unauthenticated.min(left).max(1))
}

/// Takes connections one by one, never in a busy loop.
pub struct Acceptor {
    listener: TcpListener,
    /// Given back when descriptors run out, to take the waiting connection and close it.
    spare: Option<File>,
    backoff: Duration,
}

const FIRST_BACKOFF: Duration = Duration::from_millis(10);
const MOST_BACKOFF: Duration = Duration::from_secs(1);

impl Acceptor {
    pub fn new(listener: TcpListener) -> Acceptor {
        Acceptor {
            listener,
            spare: File::open("/dev/null").ok(),
            backoff: FIRST_BACKOFF,
        }
    }

    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// The next connection; errors are waited out here, with a growing pause.
    pub async fn accept(&mut self) -> (TcpStream, SocketAddr) {
        loop {
            match self.listener.accept().await {
                Ok(pair) => {
                    self.backoff = FIRST_BACKOFF;
                    if self.spare.is_none() {
                        self.spare = File::open("/dev/null").ok();
                    }
                    return pair;
                }
                Err(e) => {
                    if out_of_descriptors(&e) && self.spare.take().is_some() {
                        // One descriptor free: the waiting client is told no at once.
                        drop(self.listener.accept().await);
                        self.spare = File::open("/dev/null").ok();
                    }
                    tokio::time::sleep(self.backoff).await;
                    self.backoff = self.backoff.saturating_mul(2).min(MOST_BACKOFF);
                }
            }
        }
    }
}

fn out_of_descriptors(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(code) if code == rustix::io::Errno::MFILE.raw_os_error()
            || code == rustix::io::Errno::NFILE.raw_os_error()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bounds_fit_the_descriptors() {
        assert_eq!(fit(1 << 20, 500, 128), (500, 128));
        // 1024 descriptors: 960 for connections, 500 seats take 1000.
        assert_eq!(fit(1024, 500, 128), (360, 128));
        assert_eq!(fit(128, 500, 128), (24, 16));
        assert_eq!(fit(10, 500, 128), (0, 1));
    }
}
