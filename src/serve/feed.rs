//! The serve process's end of the screen's link, on a thread of its own: the
//! room comes down as the screen publishes it (latest wins, on a watch
//! channel every participant reads), participants' ballots and questions go
//! up. No screen, or the screen gone: the room is `None` and participants
//! watch on their own.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use tokio::sync::{mpsc, watch};

use super::ballots::Ballots;
use crate::app::Invitation;
use crate::content::Documentary;
use crate::link::{Client, Limits, Role, Status};
use crate::runtime::Remote;

/// The room on the screen, if one runs.
pub type Feeding = Option<Arc<Live>>;

pub use crate::app::Live;

/// How often the link is read: the most a frame waits for the screen's news.
const POLL: Duration = Duration::from_millis(2);
/// Commands sent up per poll, so a flood waits here, not in the link.
const UP_PER_POLL: usize = 256;
/// Questions waiting to go up; past it a participant's question is refused.
pub const UP_QUEUE: usize = 4096;

pub struct Feed {
    pub live: watch::Receiver<Feeding>,
    /// Questions (and anything but ballots) going up.
    pub up: mpsc::Sender<Remote>,
    /// Ballots going up, coalesced per participant and question.
    pub ballots: Arc<Ballots>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    /// With no screen to follow, the room stays `None` for as long as serve runs.
    _kiosk: Option<watch::Sender<Feeding>>,
}

impl Feed {
    /// Follows the screen at `socket` (none: a kiosk on its own).
    pub fn start(doc: Arc<Documentary>, socket: Option<PathBuf>, invitation: Invitation) -> Feed {
        let (live_tx, live) = watch::channel(None);
        let (up, up_rx) = mpsc::channel(UP_QUEUE);
        let stop = Arc::new(AtomicBool::new(false));
        let ballots = Arc::new(Ballots::default());
        let (thread, kiosk) = match socket {
            Some(path) => {
                let stop = stop.clone();
                let ballots = ballots.clone();
                let thread = std::thread::spawn(move || {
                    let up = (up_rx, &*ballots);
                    run(&doc, path, &live_tx, up, &stop, &invitation)
                });
                (Some(thread), None)
            }
            None => (None, Some(live_tx)),
        };
        Feed {
            live,
            up,
            ballots,
            stop,
            thread,
            _kiosk: kiosk,
        }
    }
}

impl Drop for Feed {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn run(
    doc: &Documentary,
    path: PathBuf,
    live: &watch::Sender<Feeding>,
    (mut up, ballots): (mpsc::Receiver<Remote>, &Ballots),
    stop: &AtomicBool,
    invitation: &Invitation,
) {
    let mut client: Client<Remote, Status> = Client::with(path, Role::Room, Limits::default());
    let mut last: Option<crate::link::RoomSnapshot> = None;
    let mut linked = false;
    while !stop.load(Ordering::Relaxed) {
        let news = client.poll();
        if client.connected() && !linked {
            // A screen (or a restarted one) learns how to join.
            client.send(&Remote::Invite(invitation.clone()));
        }
        linked = client.connected();
        if linked {
            if let Some(status) = news.into_iter().last()
                && last.as_ref() != Some(&status.room)
            {
                live.send_replace(Some(Arc::new(Live {
                    room: status.room.room(doc),
                    answered: status.room.answered(doc),
                    waiting: status.room.questions_waiting,
                })));
                last = Some(status.room);
            }
            // Each participant's latest ballots first, then the questions.
            for ballot in ballots.take(UP_PER_POLL) {
                client.send(&ballot);
            }
            for _ in 0..UP_PER_POLL {
                match up.try_recv() {
                    Ok(remote) => {
                        client.send(&remote);
                    }
                    Err(_) => break,
                }
            }
        } else if last.take().is_some() {
            live.send_replace(None);
        }
        std::thread::sleep(POLL);
    }
}
