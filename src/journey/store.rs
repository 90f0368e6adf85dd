//! Where the journey lives on disk, and keeping it safe: atomic saves, a lock
//! against a second instance, and bad files moved aside, never overwritten.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::record::{Journey, VERSION};

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

/// A user-given name made safe for a file name.
pub fn safe_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// An open journey file. Saving never panics and never blocks the player:
/// when it cannot save, it says so once and plays on.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    /// Held for as long as the store lives; released when the process ends.
    _lock: Option<File>,
    writable: bool,
    last_saved: Option<Journey>,
}

/// Why the journey could not be read as it was, for the one-line notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// The file was unreadable and moved aside to this path.
    MovedAside(PathBuf),
    /// Another instance holds the journey: this one plays without saving.
    InUse,
    /// The folder cannot be written: playing without saving.
    CannotSave(String),
}

impl Trouble {
    pub fn message(&self, fr: bool) -> String {
        match (self, fr) {
            (Trouble::MovedAside(p), false) => format!(
                "The journey file was unreadable; it was kept as {} and a new journey starts.",
                p.display()
            ),
            (Trouble::MovedAside(p), true) => format!(
                "Le fichier de parcours était illisible ; il est conservé sous {} et un nouveau parcours commence.",
                p.display()
            ),
            (Trouble::InUse, false) => {
                "This journey is open in another window: playing without saving.".into()
            }
            (Trouble::InUse, true) => {
                "Ce parcours est ouvert dans une autre fenêtre : lecture sans sauvegarde.".into()
            }
            (Trouble::CannotSave(e), false) => {
                format!("The journey cannot be saved ({e}): playing without saving.")
            }
            (Trouble::CannotSave(e), true) => {
                format!("Le parcours ne peut pas être enregistré ({e}) : lecture sans sauvegarde.")
            }
        }
    }
}

fn stamp() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    format!("{}{:03}", now.as_secs(), now.subsec_millis())
}

/// `journey.ron` → `journey.ron.<tag>-<timestamp>`, free of any existing file.
fn aside(path: &Path, tag: &str) -> PathBuf {
    let base = format!("{}.{tag}-{}", path.display(), stamp());
    let mut candidate = PathBuf::from(&base);
    let mut n = 1;
    while candidate.exists() {
        candidate = PathBuf::from(format!("{base}-{n}"));
        n += 1;
    }
    candidate
}

/// Reads a journey file: `Ok(None)` when there is none yet.
pub fn read(path: &Path) -> Result<Option<Journey>, String> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    if bytes.len() > crate::content::load::MAX_FILE_BYTES {
        return Err("too large".into());
    }
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8".to_string())?;
    let journey: Journey = ron::Options::default()
        .with_recursion_limit(crate::content::load::MAX_DEPTH)
        .from_str(&text)
        .map_err(|e| e.to_string())?;
    if journey.version > VERSION {
        return Err(format!(
            "written by a newer version (format {}, this one reads up to {VERSION})",
            journey.version
        ));
    }
    Ok(Some(journey))
}

impl Store {
    /// Opens the journey at `path`. `fresh` starts over, keeping the old file
    /// as a backup. Returns the journey to resume and any trouble to tell.
    pub fn open(path: PathBuf, fresh: bool) -> (Store, Journey, Option<Trouble>) {
        let mut store = Store {
            path: path.clone(),
            _lock: None,
            writable: true,
            last_saved: None,
        };
        if let Some(dir) = path.parent()
            && let Err(e) = fs::create_dir_all(dir)
        {
            store.writable = false;
            let trouble = Trouble::CannotSave(e.to_string());
            return (store, Journey::default(), Some(trouble));
        }
        match lock(&path) {
            Ok(Some(file)) => store._lock = Some(file),
            Ok(None) => {
                store.writable = false;
                let journey = read(&path).ok().flatten().unwrap_or_default();
                return (store, journey, Some(Trouble::InUse));
            }
            Err(e) => {
                store.writable = false;
                let journey = read(&path).ok().flatten().unwrap_or_default();
                return (store, journey, Some(Trouble::CannotSave(e.to_string())));
            }
        }
        if fresh && path.exists() {
            let backup = aside(&path, "bak");
            if let Err(e) = fs::rename(&path, &backup) {
                store.writable = false;
                return (
                    store,
                    Journey::default(),
                    Some(Trouble::CannotSave(e.to_string())),
                );
            }
        }
        match read(&path) {
            Ok(journey) => {
                store.last_saved = journey.clone();
                (store, journey.unwrap_or_default(), None)
            }
            Err(_) => {
                let bad = aside(&path, "bad");
                match fs::rename(&path, &bad) {
                    Ok(()) => (store, Journey::default(), Some(Trouble::MovedAside(bad))),
                    Err(e) => {
                        // Never overwrite what could not be moved aside.
                        store.writable = false;
                        (
                            store,
                            Journey::default(),
                            Some(Trouble::CannotSave(e.to_string())),
                        )
                    }
                }
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn is_writable(&self) -> bool {
        self.writable
    }

    /// Saves if the journey changed. On failure, stops saving and returns the
    /// trouble once, so the viewer hears about it a single time.
    pub fn save(&mut self, journey: &Journey) -> Option<Trouble> {
        if !self.writable || self.last_saved.as_ref() == Some(journey) {
            return None;
        }
        match write_atomic(&self.path, journey) {
            Ok(()) => {
                self.last_saved = Some(journey.clone());
                None
            }
            Err(e) => {
                self.writable = false;
                Some(Trouble::CannotSave(e.to_string()))
            }
        }
    }
}

/// Takes the lock beside the journey; `Ok(None)` if another process holds it.
fn lock(path: &Path) -> io::Result<Option<File>> {
    let lock_path = PathBuf::from(format!("{}.lock", path.display()));
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(lock_path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(fs::TryLockError::WouldBlock) => Ok(None),
        Err(fs::TryLockError::Error(e)) => Err(e),
    }
}

/// Writes a temporary file in the same folder, syncs it, renames it over the
/// old one and syncs the folder: a crash leaves the old or the new file whole.
pub fn write_atomic<T: serde::Serialize>(path: &Path, value: &T) -> io::Result<()> {
    let text = ron::ser::to_string_pretty(value, ron::ser::PrettyConfig::default())
        .map_err(io::Error::other)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("journey.ron"),
        std::process::id()
    ));
    {
        let mut f = File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.write_all(b"\n")?;
        f.sync_all()?;
    }
    if let Err(e) = fs::rename(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    // The rename itself is durable only once the folder is synced.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}
