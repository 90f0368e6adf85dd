//! Where session logs live and how the store reads them; the log itself is
//! the core's [`Session`].

use std::path::{Path, PathBuf};

pub use invisibles_core::session_log::*;

use super::document::Document;
use super::trouble::What;

/// Where a session's log lives: `sessions/NAME.ron` in the state folder.
pub fn path_for(name: &str) -> Option<PathBuf> {
    let name = super::journey::safe_name(name);
    super::journey::state_file(&format!("sessions/{name}.ron"))
}

/// Where a session's screening keeps its journey (where the room is, what
/// it has seen): `sessions/NAME.journey.ron`, beside its log.
pub fn journey_path_for(name: &str) -> Option<PathBuf> {
    let name = super::journey::safe_name(name);
    super::journey::state_file(&format!("sessions/{name}.journey.ron"))
}

/// Seconds since the Unix epoch: the clock of session logs and consoles.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Reads a session log without opening its store (for `export`).
pub fn read(path: &Path) -> Result<Option<Session>, super::document::DocumentError> {
    super::document::read(path, MAX_BYTES)
}

impl Document for Session {
    const VERSION: u32 = VERSION;
    const WHAT: What = What::SessionLog;
    const WHAT_NAME: &'static str = "session log";
    const MAX_BYTES: u64 = MAX_BYTES;
    const WHEN_FULL: &'static str = "nothing more is logged in it: start the screen with another --session name to log the rest";
    fn version(&self) -> u32 {
        self.version
    }
    fn check(&mut self) {
        self.fit_limits();
    }
}
