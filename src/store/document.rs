//! What a store keeps: a document of its own format and version, read
//! within its limits and decoded, or written as RON.

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::trouble::{What, Why};
use crate::fsio::{self, ReadError};

/// Deepest RON nesting read back; the app writes under 8.
pub const MAX_DEPTH: usize = 32;

/// A document a [`Store`](super::Store) keeps.
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
pub struct StoreOptions {
    /// Start over: the old file is kept aside as a backup (`.bak-<ms>`).
    pub fresh: bool,
    /// Another size limit than the document's own ([`Document::MAX_BYTES`]).
    pub max_bytes: Option<u64>,
}

/// Why a document could not be saved; the viewer is told in words (see
/// [`Trouble::SaveFailed`](super::trouble::Trouble::SaveFailed)).
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
pub(super) fn encode<T: Document>(doc: &T, max_bytes: u64) -> Result<Vec<u8>, SaveError> {
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
pub(super) fn looks_like_ours(bytes: &[u8]) -> bool {
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

pub(super) fn not_ours<T: Document>() -> String {
    format!(
        "it is not a {} file (only a file this app wrote is ever moved aside or replaced)",
        T::WHAT_NAME
    )
}
