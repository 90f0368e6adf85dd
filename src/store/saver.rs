//! The background saver: one thread per store that writes the latest
//! document handed to it, so no key waits for an fsync. The thread starts
//! with the first save (a run that saves nothing has none). Saves coalesce
//! (a newer document replaces one not yet written); a failed save is
//! reported once and the next one tries again.

use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::document::{Document, SaveError, encode};
use super::trouble::{Trouble, What};

/// How long `flush` (and dropping a store) waits for the last save.
pub const FLUSH_WAIT: Duration = Duration::from_secs(2);
use crate::fsio;

struct Slot<T> {
    /// The newest document not yet written.
    pending: Option<T>,
    /// The last document whose save failed, tried again by `flush`.
    failed: Option<T>,
    busy: bool,
    stop: bool,
    /// Whether the saver thread runs.
    started: bool,
    failing: bool,
    troubles: Vec<Trouble>,
}

struct Shared<T> {
    slot: Mutex<Slot<T>>,
    /// Wakes the saver: a document is pending, or it should stop.
    wake: Condvar,
    /// Wakes `flush`: a save finished.
    done: Condvar,
}

impl<T> Shared<T> {
    fn lock(&self) -> MutexGuard<'_, Slot<T>> {
        // A panic while holding the lock leaves plain data behind: carry on.
        self.slot.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub(super) struct Saver<T: Document> {
    shared: Arc<Shared<T>>,
    path: PathBuf,
    max_bytes: u64,
}

impl<T: Document> Saver<T> {
    /// A saver for `path`; its thread starts with the first save.
    pub(super) fn new(path: PathBuf, max_bytes: u64) -> Saver<T> {
        let shared = Arc::new(Shared {
            slot: Mutex::new(Slot {
                pending: None,
                failed: None,
                busy: false,
                stop: false,
                started: false,
                failing: false,
                troubles: Vec::new(),
            }),
            wake: Condvar::new(),
            done: Condvar::new(),
        });
        Saver {
            shared,
            path,
            max_bytes,
        }
    }

    /// Starts the thread if it is not running; false if it cannot be (the
    /// trouble is reported once, as a failed save, and the next save tries again).
    fn ensure_started(&self, slot: &mut Slot<T>) -> bool {
        if slot.started {
            return true;
        }
        let theirs = Arc::clone(&self.shared);
        let (path, max_bytes) = (self.path.clone(), self.max_bytes);
        let spawned = std::thread::Builder::new()
            .name(format!("save {}", T::WHAT_NAME))
            .spawn(move || run(&theirs, &path, max_bytes));
        match spawned {
            Ok(_) => slot.started = true,
            Err(e) if !slot.failing => {
                slot.failing = true;
                slot.troubles
                    .push(Trouble::SaveFailed(T::WHAT, e.to_string()));
            }
            Err(_) => {}
        }
        slot.started
    }

    /// Hands a document over; returns at once.
    pub(super) fn save(&self, doc: T) {
        let mut slot = self.shared.lock();
        if !self.ensure_started(&mut slot) {
            slot.failed = Some(doc);
            return;
        }
        slot.pending = Some(doc);
        slot.failed = None;
        drop(slot);
        self.shared.wake.notify_one();
    }

    /// Troubles since the last call.
    pub(super) fn troubles(&self) -> Vec<Trouble> {
        std::mem::take(&mut self.shared.lock().troubles)
    }

    /// Waits, at most `wait`, for everything handed over to be written (a
    /// save that failed is tried once more). True when all is on disk.
    pub(super) fn flush(&self, wait: Duration) -> bool {
        let deadline = Instant::now() + wait;
        let mut slot = self.shared.lock();
        if slot.pending.is_none() {
            slot.pending = slot.failed.take();
        }
        if slot.pending.is_some() && !self.ensure_started(&mut slot) {
            slot.failed = slot.pending.take();
            return false;
        }
        self.shared.wake.notify_one();
        while slot.pending.is_some() || slot.busy {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            slot = match self.shared.done.wait_timeout(slot, left) {
                Ok((s, _)) => s,
                Err(e) => e.into_inner().0,
            };
        }
        !slot.failing
    }
}

impl<T: Document> Drop for Saver<T> {
    fn drop(&mut self) {
        self.flush(FLUSH_WAIT);
        self.shared.lock().stop = true;
        self.shared.wake.notify_one();
        // Not joined: a save stuck on a dead disk must not hold the exit.
    }
}

fn run<T: Document>(shared: &Shared<T>, path: &std::path::Path, max_bytes: u64) {
    let what: What = T::WHAT;
    loop {
        let doc = {
            let mut slot = shared.lock();
            loop {
                if let Some(doc) = slot.pending.take() {
                    slot.busy = true;
                    break doc;
                }
                if slot.stop {
                    return;
                }
                slot = match shared.wake.wait(slot) {
                    Ok(s) => s,
                    Err(e) => e.into_inner(),
                };
            }
        };
        let result = encode(&doc, max_bytes)
            .and_then(|bytes| fsio::write_atomic(path, &bytes).map_err(SaveError::from));
        let mut slot = shared.lock();
        slot.busy = false;
        match result {
            Ok(_) => {
                if slot.failing {
                    slot.failing = false;
                    slot.troubles.push(Trouble::SavingAgain(what));
                }
            }
            Err(e) => {
                if !slot.failing {
                    slot.failing = true;
                    slot.troubles.push(Trouble::SaveFailed(what, e.to_string()));
                }
                if slot.pending.is_none() {
                    slot.failed = Some(doc);
                }
            }
        }
        drop(slot);
        shared.done.notify_all();
    }
}
