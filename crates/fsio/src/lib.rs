//! Every file the app reads or writes goes through here, so that no path can
//! be turned against it: reads never block (a FIFO), never follow into a
//! device or a folder, and never take more than a limit; writes are atomic,
//! through an exclusive temporary file, and keep the old file's mode.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use rustix::fs::OFlags;

/// New files are the owner's only, whatever the umask.
pub const FILE_MODE: u32 = 0o600;
/// New folders likewise.
pub const DIR_MODE: u32 = 0o700;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Nothing at the path.
    #[error("no such file")]
    Missing,
    /// Something that is not a regular file: "a folder", "a FIFO", …
    #[error("is {0}, not a regular file")]
    NotRegular(&'static str),
    /// Larger than the limit, in bytes.
    #[error("is larger than the limit of {}", human_bytes(*.0))]
    TooLarge(u64),
    #[error("is not valid UTF-8 text")]
    NotUtf8,
    #[error("cannot be read: {0}")]
    Io(#[source] io::Error),
}

/// `4 MiB`, `512 bytes`: a limit as people read it.
pub fn human_bytes(n: u64) -> String {
    if n >= 1024 * 1024 && n.is_multiple_of(1024 * 1024) {
        format!("{} MiB", n / 1024 / 1024)
    } else {
        format!("{n} bytes")
    }
}

/// What kind of thing a file type is, for messages.
pub fn kind_name(t: fs::FileType) -> &'static str {
    if t.is_dir() {
        "a folder"
    } else if t.is_fifo() {
        "a FIFO"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_symlink() {
        "a symbolic link"
    } else if t.is_file() {
        "a regular file"
    } else {
        "not a file"
    }
}

/// Reads a whole regular file of at most `limit` bytes, with its metadata
/// (as `fstat` saw the open file, so no one can swap it in between).
pub fn read_file(path: &Path, limit: u64) -> Result<(Vec<u8>, fs::Metadata), ReadError> {
    let file = OpenOptions::new()
        .read(true)
        .custom_flags((OFlags::NONBLOCK | OFlags::NOCTTY).bits() as i32)
        .open(path)
        .map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => ReadError::Missing,
            _ => ReadError::Io(e),
        })?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.file_type().is_file() {
        return Err(ReadError::NotRegular(kind_name(meta.file_type())));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge(limit));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // The size can grow between fstat and read: `take` holds the limit anyway.
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok((bytes, meta))
}

/// Reads a regular file of at most `limit` bytes as UTF-8 text.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    let (bytes, _) = read_file(path, limit)?;
    String::from_utf8(bytes).map_err(|_| ReadError::NotUtf8)
}

/// Creates `dir` and any missing parent, each new one owner-only (0700).
pub fn create_dirs(dir: &Path) -> io::Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_dirs(parent)?;
    }
    match fs::DirBuilder::new().mode(DIR_MODE).create(dir) {
        Ok(()) => fs::set_permissions(dir, fs::Permissions::from_mode(DIR_MODE)),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(e) => Err(e),
    }
}

/// Opens (creating 0600, never following a link) a file to hold a lock on.
pub fn open_lock(path: &Path) -> io::Result<File> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(FILE_MODE)
        .custom_flags((OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY).bits() as i32)
        .open(path)?;
    if !file.metadata()?.file_type().is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is not a regular file", path.display()),
        ));
    }
    Ok(file)
}

/// Where a write to `path` really lands: through a symbolic link to its
/// target (so the link is kept), else the path itself.
pub fn write_target(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        // Another user's link in a shared folder would aim our writes at any
        // file we may write: only our own links are followed.
        Ok(m) if m.file_type().is_symlink() && m.uid() != my_uid() => Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!("{} is a link made by another user", path.display()),
        )),
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(path),
        _ => Ok(path.to_path_buf()),
    }
}

/// What [`write_atomic`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Created,
    /// An existing file was replaced (its mode kept).
    Replaced,
}

/// Writes `bytes` to `path` atomically: an exclusive, randomly named
/// temporary file in the same folder, synced, renamed over the old file, then
/// the folder synced. A crash leaves the old or the new file whole; every
/// error path removes the temporary file. The old file's mode is kept (a new
/// file is 0600); a read-only file or anything but a regular file is refused.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<Written> {
    let target = write_target(path)?;
    let (mode, written) = match fs::symlink_metadata(&target) {
        Ok(m) if m.file_type().is_file() => {
            if m.mode() & 0o200 == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::PermissionDenied,
                    format!("{} is read-only", target.display()),
                ));
            }
            // Permission bits only: a set-id bit is never carried to a new file.
            (m.mode() & 0o777, Written::Replaced)
        }
        Ok(m) => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "{} {}, not a regular file",
                    target.display(),
                    kind_name(m.file_type()).replacen("a ", "is a ", 1)
                ),
            ));
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => (FILE_MODE, Written::Created),
        Err(e) => return Err(e),
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Dropped on any early return below: the temporary file goes with it.
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.as_file()
        .set_permissions(fs::Permissions::from_mode(mode))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(&target).map_err(|e| e.error)?;
    // The rename itself is durable only once the folder is synced.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(written)
}

/// Temporary files [`write_atomic`] leaves only when the process is killed
/// mid-write: removed by whoever holds the file's lock.
pub fn remove_stale_temporaries(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let me = my_uid();
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let ours = entry
            .metadata()
            .is_ok_and(|m| m.file_type().is_file() && m.uid() == me);
        if ours && file_name.starts_with(&prefix) && file_name.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Moves a file aside, byte for byte, to a new name that no existing file
/// has (`journey.ron` → `journey.ron.bad-<ms>`); returns the new name.
pub fn move_aside(path: &Path, tag: &str) -> io::Result<PathBuf> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let base = format!(
        "{}.{tag}-{}{:03}",
        path.display(),
        now.as_secs(),
        now.subsec_millis()
    );
    for n in 0..1000u32 {
        let candidate = if n == 0 {
            PathBuf::from(&base)
        } else {
            PathBuf::from(format!("{base}-{n}"))
        };
        // A hard link never replaces an existing file; the rename is the
        // fallback for file systems without links.
        match fs::hard_link(path, &candidate) {
            Ok(()) => {
                fs::remove_file(path)?;
                return Ok(candidate);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(_) if fs::symlink_metadata(&candidate).is_err() => {
                fs::rename(path, &candidate)?;
                return Ok(candidate);
            }
            Err(_) => continue,
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "no free name to move the file aside",
    ))
}

/// The effective user id, to tell the app's own files from others'.
pub fn my_uid() -> u32 {
    rustix::process::geteuid().as_raw()
}
