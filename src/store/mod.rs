//! One store for every document the app writes (the journey, session logs):
//! a lock against a second instance, size and depth limits, a version field,
//! bad or newer files moved aside byte for byte, atomic writes, and saving on
//! a background thread so no key waits for the disk.
//!
//! A file is moved aside only when the app itself could have written it (a
//! regular file of ours, within the size limit); anything else at the path
//! is refused and left untouched.

mod document;
pub mod journey;
mod saver;
pub mod session_log;
pub mod trouble;

use std::fs::File;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use crate::fsio::{self, ReadError};
pub use document::{Document, DocumentError, MAX_DEPTH, SaveError, StoreOptions, decode, read};
use document::{looks_like_ours, not_ours};
pub use saver::FLUSH_WAIT;
use saver::Saver;
pub use trouble::{Trouble, What, Why};

/// An open document file. Saving never panics and never blocks the caller.
pub struct Store<T: Document> {
    path: PathBuf,
    /// Held for as long as the store lives; released when the process ends.
    _lock: Option<File>,
    saver: Option<Saver<T>>,
    last: Option<T>,
}

impl<T: Document> std::fmt::Debug for Store<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("saving", &self.saver.is_some())
            .finish()
    }
}

/// The lock beside the file; `Ok(None)` if another process holds it.
fn lock(path: &Path) -> std::io::Result<Option<File>> {
    let file = fsio::open_lock(&PathBuf::from(format!("{}.lock", path.display())))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => Ok(None),
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

impl<T: Document> Store<T> {
    fn idle(path: PathBuf) -> Store<T> {
        Store {
            path,
            _lock: None,
            saver: None,
            last: None,
        }
    }

    /// Opens the document at `path`: the store, the document to resume (if
    /// any), and the troubles to tell (a fatal one means nothing was touched
    /// and the app should not start on this path).
    pub fn open(path: PathBuf, options: StoreOptions) -> (Store<T>, Option<T>, Vec<Trouble>) {
        let what = T::WHAT;
        let max_bytes = options.max_bytes.unwrap_or(T::MAX_BYTES);
        let refused = |path: PathBuf, why: String| {
            let t = Trouble::Refused(what, path.clone(), why);
            (Store::idle(path), None, vec![t])
        };
        let path = match fsio::write_target(&path) {
            Ok(p) => p,
            Err(e) => return refused(path, format!("the link cannot be followed ({e})")),
        };
        if let Ok(m) = std::fs::symlink_metadata(&path) {
            // Refused before anything is made beside it (not even a lock file).
            if !m.file_type().is_file() {
                return refused(path, format!("it is {}", fsio::kind_name(m.file_type())));
            }
            if m.uid() != fsio::my_uid() {
                return refused(path, "it belongs to another user".into());
            }
            if m.len() > max_bytes {
                return refused(path, ReadError::TooLarge(max_bytes).to_string());
            }
            // Not ours (`--state ~/.profile`): never moved aside nor replaced.
            if let Ok((bytes, _)) = fsio::read_file(&path, max_bytes)
                && decode::<T>(&bytes).is_err()
                && !looks_like_ours(&bytes)
            {
                return refused(path, not_ours::<T>());
            }
        }
        if let Some(dir) = path.parent()
            && let Err(e) = fsio::create_dirs(dir)
        {
            let t = Trouble::CannotSave(what, e.to_string());
            return (Store::idle(path), None, vec![t]);
        }
        let mut store = Store::idle(path.clone());
        let mut troubles = Vec::new();
        let mut saving = true;
        match lock(&path) {
            Ok(Some(file)) => store._lock = Some(file),
            Ok(None) => {
                saving = false;
                troubles.push(Trouble::InUse(what));
            }
            Err(e) => {
                saving = false;
                troubles.push(Trouble::CannotSave(what, e.to_string()));
            }
        }
        if saving {
            fsio::remove_stale_temporaries(&path);
        }
        let mut bytes_read = Vec::new();
        let doc = match fsio::read_file(&path, max_bytes) {
            Err(ReadError::Missing) => None,
            Err(e @ (ReadError::NotRegular(_) | ReadError::TooLarge(_))) => {
                return refused(path, e.to_string());
            }
            Err(e) => {
                // Never overwrite what could not be read.
                troubles.push(Trouble::CannotSave(what, e.to_string()));
                return (store, None, troubles);
            }
            Ok((_, meta)) if meta.uid() != fsio::my_uid() => {
                return refused(path, "it belongs to another user".into());
            }
            Ok((bytes, meta)) => {
                if saving && meta.mode() & 0o200 == 0 {
                    troubles.push(Trouble::CannotSave(what, "the file is read-only".into()));
                    saving = false;
                }
                let doc = decode::<T>(&bytes);
                bytes_read = bytes;
                Some(doc)
            }
        };
        let doc = match doc {
            None => None,
            Some(Ok(_)) if options.fresh && !saving => None,
            Some(Ok(_)) if options.fresh => match fsio::move_aside(&path, "bak") {
                Ok(_) => None,
                Err(e) => {
                    troubles.push(Trouble::CannotSave(what, e.to_string()));
                    return (store, None, troubles);
                }
            },
            Some(Ok(doc)) => Some(doc),
            Some(Err(_)) if !saving => None,
            Some(Err(_)) if !looks_like_ours(&bytes_read) => return refused(path, not_ours::<T>()),
            Some(Err(why)) => match fsio::move_aside(&path, "bad") {
                Ok(to) => {
                    troubles.push(Trouble::MovedAside { what, to, why });
                    None
                }
                Err(e) => {
                    // Never overwrite what could not be moved aside.
                    troubles.push(Trouble::CannotSave(what, e.to_string()));
                    return (store, None, troubles);
                }
            },
        };
        if saving {
            // The saver's thread starts with the first save: a run that
            // saves nothing starts none.
            store.saver = Some(Saver::new(path, max_bytes));
        }
        store.last.clone_from(&doc);
        (store, doc, troubles)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether saves reach the disk (false for a second instance, a folder
    /// that cannot be written, a read-only file).
    pub fn is_writable(&self) -> bool {
        self.saver.is_some()
    }

    /// Hands the document to the saver if it changed; returns at once.
    pub fn save(&mut self, doc: &T) {
        let Some(saver) = &self.saver else {
            return;
        };
        if self.last.as_ref() == Some(doc) {
            return;
        }
        self.last = Some(doc.clone());
        saver.save(doc.clone());
    }

    /// Troubles met by saves since the last call (a failure, a recovery).
    pub fn troubles(&self) -> Vec<Trouble> {
        self.saver.as_ref().map(Saver::troubles).unwrap_or_default()
    }

    /// Waits a short while for the last save to reach the disk; true if
    /// everything handed over is saved.
    pub fn flush(&self) -> bool {
        self.saver.as_ref().is_none_or(|s| s.flush(FLUSH_WAIT))
    }
}
