//! Participants' journeys are saved off their sessions' path: one thread
//! takes every save, keeps only the latest per participant, and writes it
//! (atomically, through the journey's own store). A panel change that marks
//! 200 journeys seen costs the frames nothing; the disk catches up behind.

use std::collections::HashMap;
use std::sync::mpsc;
use std::thread::JoinHandle;

use crate::journey::{Journey, Store};

enum Job {
    Adopt(u64, Box<Store>),
    Save(u64, Box<Journey>),
    /// The participant left: the last save, then the store (and its lock) goes.
    Close(u64),
}

pub struct Saver {
    jobs: Option<mpsc::Sender<Job>>,
    thread: Option<JoinHandle<()>>,
    next: std::sync::atomic::AtomicU64,
}

/// One participant's place at the saver; closes their store when dropped.
pub struct Slot {
    id: u64,
    jobs: mpsc::Sender<Job>,
}

impl Slot {
    pub fn save(&self, journey: Journey) {
        let _ = self.jobs.send(Job::Save(self.id, Box::new(journey)));
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let _ = self.jobs.send(Job::Close(self.id));
    }
}

impl Saver {
    pub fn start() -> Saver {
        let (jobs, rx) = mpsc::channel();
        let thread = std::thread::spawn(move || run(&rx));
        Saver {
            jobs: Some(jobs),
            thread: Some(thread),
            next: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// Hands over a participant's store; their saves go through the slot.
    pub fn adopt(&self, store: Store) -> Option<Slot> {
        let jobs = self.jobs.clone()?;
        let id = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        jobs.send(Job::Adopt(id, Box::new(store))).ok()?;
        Some(Slot { id, jobs })
    }
}

impl Drop for Saver {
    /// Writes what is pending before the process goes.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn run(rx: &mpsc::Receiver<Job>) {
    let mut stores: HashMap<u64, Box<Store>> = HashMap::new();
    while let Ok(first) = rx.recv() {
        let mut pending: HashMap<u64, Box<Journey>> = HashMap::new();
        let mut batch = vec![first];
        batch.extend(rx.try_iter());
        for job in batch {
            match job {
                Job::Adopt(id, store) => {
                    stores.insert(id, store);
                }
                Job::Save(id, journey) => {
                    pending.insert(id, journey);
                }
                Job::Close(id) => {
                    if let (Some(journey), Some(store)) = (pending.remove(&id), stores.get_mut(&id))
                    {
                        let _ = store.save(&journey);
                    }
                    stores.remove(&id);
                }
            }
        }
        for (id, journey) in pending {
            if let Some(store) = stores.get_mut(&id) {
                // A failed save stops that store saving (its own rule); the session goes on.
                let _ = store.save(&journey);
            }
        }
    }
}
