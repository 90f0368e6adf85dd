//! Live reload for authors (`--episodes DIR --watch`): the folder is looked
//! at twice a second; when a file changed, the documentary is loaded again
//! and played on the same panel, or its problems are shown until fixed.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::app::Msg;
use crate::content::load::{Origin, load};

/// How often the folder is looked at, in milliseconds.
const EVERY: u64 = 500;
/// How deep and how many entries a look goes: an episodes folder is small.
const MAX_DEPTH: usize = 4;
const MAX_ENTRIES: usize = 2_000;

/// What the folder looked like: each regular file with its size and time.
type Stamp = Vec<(PathBuf, u64, u128)>;

pub struct Watch {
    dir: PathBuf,
    stamp: Stamp,
    next: u64,
}

impl Watch {
    pub fn new(dir: PathBuf, now: u64) -> Watch {
        let stamp = stamp(&dir);
        Watch {
            dir,
            stamp,
            next: now.saturating_add(EVERY),
        }
    }

    /// The message that follows a change on disk, at most twice a second.
    pub fn poll(&mut self, now: u64) -> Option<Msg> {
        if now < self.next {
            return None;
        }
        self.next = now.saturating_add(EVERY);
        let stamp = stamp(&self.dir);
        if stamp == self.stamp {
            return None;
        }
        self.stamp = stamp;
        Some(match load(&Origin::Dir(self.dir.clone())) {
            Ok(doc) => Msg::Reload(Arc::new(doc)),
            Err(problems) => Msg::Problems(Some(problems)),
        })
    }
}

fn stamp(dir: &Path) -> Stamp {
    let mut out = Vec::new();
    walk(dir, 0, &mut out);
    out.sort();
    out
}

fn walk(dir: &Path, depth: usize, out: &mut Stamp) {
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if out.len() >= MAX_ENTRIES {
            return;
        }
        // Links are not followed: a loop of them cannot make this walk endless.
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        if meta.is_dir() {
            walk(&entry.path(), depth.saturating_add(1), out);
        } else if meta.is_file() {
            let time = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            out.push((entry.path(), meta.len(), time));
        }
    }
}
