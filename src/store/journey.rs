//! Where the journey lives on disk. Keeping it safe (the lock, atomic saves,
//! bad files moved aside) is the generic [`crate::store`]'s job.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_encode};
use std::path::{Path, PathBuf};

use super as store;
use super::document::{self, Document, DocumentError, SaveError};
use super::trouble::What;
use crate::journey::checks::finite_answers;
use crate::journey::record::{Journey, VERSION};

pub use super::document::StoreOptions;
pub use super::trouble::Trouble;

/// The journey's store.
pub type Store = store::Store<Journey>;

/// A journey file larger than this is refused (a real one is a few KiB).
pub const MAX_BYTES: u64 = 4 * 1024 * 1024;

impl Document for Journey {
    const VERSION: u32 = VERSION;
    const WHAT: What = What::Journey;
    const WHAT_NAME: &'static str = "journey";
    const MAX_BYTES: u64 = MAX_BYTES;
    const WHEN_FULL: &'static str = "start afresh with --fresh (the old one is kept aside)";
    fn version(&self) -> u32 {
        self.version
    }
    fn check(&mut self) {
        finite_answers(&mut self.answers);
    }
}

/// The default state file: `$XDG_STATE_HOME/invisibles/journey.ron`, or the
/// data folder on systems without a state folder.
pub fn default_path() -> Option<PathBuf> {
    dirs::state_dir()
        .or_else(dirs::data_dir)
        .map(|d| d.join("invisibles").join("journey.ron"))
}

/// A file of the app's state folder (beside the journey): session logs,
/// consoles' sockets.
pub fn state_file(name: &str) -> Option<PathBuf> {
    default_path().and_then(|p| p.parent().map(|d| d.join(name)))
}

/// A user-given name made safe for a file name, without collisions: letters,
/// digits, `-` and `_` are kept, every other byte is percent-encoded (`a/b` →
/// `a%2Fb`, `a.b` → `a%2Eb`), so two names never share a file.
pub fn safe_name(name: &str) -> String {
    // Letters of any script stay as they are (a journey named `léa` keeps
    // the file it always had); the rest goes through percent-encoding.
    const ENCODED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_');
    let mut out = String::with_capacity(name.len());
    let mut buf = [0u8; 4];
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else {
            out.extend(percent_encode(c.encode_utf8(&mut buf).as_bytes(), ENCODED));
        }
    }
    out
}

/// Reads a journey file: `Ok(None)` when there is none yet.
pub fn read(path: &Path) -> Result<Option<Journey>, DocumentError> {
    document::read(path, MAX_BYTES)
}

/// Writes any value as RON, atomically (see [`crate::fsio::write_atomic`]).
pub fn write_atomic<T: serde::Serialize>(path: &Path, value: &T) -> Result<(), SaveError> {
    let mut text = ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default())?;
    text.push('\n');
    crate::fsio::write_atomic(path, text.as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod safe_name_tests {
    #[test]
    fn names_keep_their_letters_and_encode_the_rest_byte_by_byte() {
        for (name, file) in [
            ("léa-2_b", "léa-2_b"),
            ("a/b", "a%2Fb"),
            ("a.b", "a%2Eb"),
            ("../x y", "%2E%2E%2Fx%20y"),
            ("a\u{202e}b", "a%E2%80%AEb"),
            ("%41", "%2541"),
        ] {
            assert_eq!(super::safe_name(name), file, "{name:?}");
        }
    }
}
