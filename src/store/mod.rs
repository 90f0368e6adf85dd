//! One store for every document the app writes (the journey, session logs):
//! a lock against a second instance, size and depth limits, a version field,
//! bad or newer files moved aside byte for byte, atomic writes, and saving on
//! a background thread so no key waits for the disk.
//!
//! A file is moved aside only when the app itself could have written it (a
//! regular file of ours, within the size limit); anything else at the path
//! is refused and left untouched.

pub mod journey;
mod saver;
pub mod session_log;
pub mod trouble;

use std::fs::File;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::fsio::{self, ReadError};
use saver::Saver;
pub use trouble::{Trouble, What, Why};

/// How long `flush` (and dropping a store) waits for the last save.
pub const FLUSH_WAIT: Duration = Duration::from_secs(2);
/// Deepest RON nesting read back; the app writes under 8.
pub const MAX_DEPTH: usize = 32;

/// A document a [`Store`] keeps.
pub trait Document: Serialize + DeserializeOwned + Clone + PartialEq + Send + 'static {
    /// The newest format this build reads and writes.
    const VERSION: u32;
    const WHAT: What;
    /// For the saver thread's name and messages.
    const WHAT_NAME: &'static str;
    /// Its own size limit: larger files are refused on read and never written.
    const MAX_BYTES: u64;
    /// What to do when it reaches [`Document::MAX_BYTES`].
    const WHEN_FULL: &'static str;
    fn version(&self) -> u32;
    /// Clamps or drops numbers out of range, once read.
    fn check(&mut self) {}
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Start over: the old file is kept aside as a backup (`.bak-<ms>`).
    pub fresh: bool,
    /// Another size limit than the document's own ([`Document::MAX_BYTES`]).
    pub max_bytes: Option<u64>,
}

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

/// Why a document could not be saved; the viewer is told in words (see
/// [`Trouble::SaveFailed`]).
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{0}")]
    Encode(#[from] ron::Error),
    /// Over its limit: which document, the limit, and what to do then.
    #[error("the {what} is full: it would be larger than its limit of {}; {when_full}", fsio::human_bytes(*.limit))]
    TooLarge {
        what: &'static str,
        limit: u64,
        when_full: &'static str,
    },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// A document as RON, refused if over the limit, saying what to do then.
fn encode<T: Document>(doc: &T, max_bytes: u64) -> Result<Vec<u8>, SaveError> {
    let mut text = ron::ser::to_string_pretty(doc, ron::ser::PrettyConfig::default())?;
    text.push('\n');
    if text.len() as u64 > max_bytes {
        return Err(SaveError::TooLarge {
            what: T::WHAT_NAME,
            limit: max_bytes,
            when_full: T::WHEN_FULL,
        });
    }
    Ok(text.into_bytes())
}

/// Only the version, to tell a newer file from a broken one.
#[derive(serde::Deserialize)]
struct Versioned {
    #[serde(default)]
    version: u32,
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(MAX_DEPTH)
}

/// Decodes a document's bytes: the reason to move it aside if it cannot be.
pub fn decode<T: Document>(bytes: &[u8]) -> Result<T, Why> {
    let text = std::str::from_utf8(bytes).map_err(|_| Why::NotUtf8)?;
    let newer = |v: u32| (v > T::VERSION).then_some(Why::Newer(v));
    match ron_options().from_str::<T>(text) {
        Ok(mut doc) => match newer(doc.version()) {
            Some(why) => Err(why),
            None => {
                doc.check();
                Ok(doc)
            }
        },
        Err(_) => Err(ron_options()
            .from_str::<Versioned>(text)
            .ok()
            .and_then(|v| newer(v.version))
            .unwrap_or(Why::Unreadable)),
    }
}

/// Why a document read without a store cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("unreadable")]
    Unreadable,
    #[error("not UTF-8 text")]
    NotUtf8,
    #[error("written by a newer version (format {0})")]
    Newer(u32),
    #[error("{0}")]
    File(#[from] ReadError),
}

impl From<Why> for DocumentError {
    fn from(why: Why) -> Self {
        match why {
            Why::Unreadable => DocumentError::Unreadable,
            Why::NotUtf8 => DocumentError::NotUtf8,
            Why::Newer(v) => DocumentError::Newer(v),
        }
    }
}

/// Reads a document without a store (for `export`): `Ok(None)` when there is
/// none; the error says why it cannot be used.
pub fn read<T: Document>(path: &Path, max_bytes: u64) -> Result<Option<T>, DocumentError> {
    match fsio::read_file(path, max_bytes) {
        Ok((bytes, _)) => Ok(Some(decode::<T>(&bytes)?)),
        Err(ReadError::Missing) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Whether bytes that do not decode could still be a document this app
/// wrote (damaged, or from another version): RON text opening a struct with
/// a field. Anything else (a shell profile, `authorized_keys`, a binary) is
/// someone else's file.
fn looks_like_ours(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let Some(rest) = text.trim_start().strip_prefix('(') else {
        return false;
    };
    let rest = rest.trim_start();
    let field: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    !field.is_empty()
        && rest
            .get(field.len()..)
            .is_some_and(|r| r.trim_start().starts_with(':'))
}

fn not_ours<T: Document>() -> String {
    format!(
        "it is not a {} file (only a file this app wrote is ever moved aside or replaced)",
        T::WHAT_NAME
    )
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
    pub fn open(path: PathBuf, options: Options) -> (Store<T>, Option<T>, Vec<Trouble>) {
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
