//! The server's host key: ed25519, generated once and kept owner-only in the
//! state folder, so participants see the same fingerprint at every workshop.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use russh::keys::{Algorithm, HashAlg, PrivateKey};

use crate::fsio::{self, ReadError};

/// Where the key lives: `serve/host_ed25519` in the state folder.
pub fn default_path() -> Option<PathBuf> {
    crate::store::journey::state_file("serve/host_ed25519")
}

/// Why the host key cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum HostKeyError {
    #[error("{} can be read by others: remove it (a new key is made) or chmod 600 it", .0.display())]
    Exposed(PathBuf),
    #[error("{}: {source}", .path.display())]
    NotAKey {
        path: PathBuf,
        #[source]
        source: russh::keys::ssh_key::Error,
    },
    #[error("cannot make a key: {0}")]
    Make(#[source] russh::keys::ssh_key::Error),
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// A host key is a few hundred bytes; anything much larger is not one.
const MAX_KEY_BYTES: u64 = 16 * 1024;

/// Loads the key at `path`, or makes one there (0600, in a 0700 folder). It
/// is read through the safe reader (a regular file only, never blocking,
/// bounded); a key that others may read is refused rather than used: it is
/// no secret any more. Every error names the path.
pub fn load_or_create(path: &Path) -> Result<PrivateKey, HostKeyError> {
    let at = |why: String| io::Error::other(format!("{}: {why}", path.display()));
    match fsio::read_file(path, MAX_KEY_BYTES) {
        Ok((bytes, meta)) => {
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(HostKeyError::Exposed(path.to_owned()));
            }
            let text =
                String::from_utf8(bytes).map_err(|_| at("is not a key (not text)".into()))?;
            PrivateKey::from_openssh(text.as_bytes()).map_err(|source| HostKeyError::NotAKey {
                path: path.to_owned(),
                source,
            })
        }
        Err(ReadError::Missing) => create(path),
        Err(e) => Err(at(e.to_string()).into()),
    }
}

fn create(path: &Path) -> Result<PrivateKey, HostKeyError> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    let key =
        PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).map_err(HostKeyError::Make)?;
    let text = key
        .to_openssh(russh::keys::ssh_key::LineEnding::LF)
        .map_err(HostKeyError::Make)?;
    // Created exclusively, owner-only from the first byte.
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    Ok(key)
}

/// The fingerprint participants' `ssh` shows: `SHA256:…`.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_made_once_owner_only_and_refused_when_readable() {
        let dir = std::env::temp_dir().join(format!("invisibles-hostkey-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let path = dir.join("serve").join("host_ed25519");
        let first = load_or_create(&path).unwrap_or_else(|e| panic!("{e}"));
        let mode = fs::metadata(&path).map(|m| m.permissions().mode() & 0o777);
        assert_eq!(mode.ok(), Some(0o600));
        let again = load_or_create(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fingerprint(&first), fingerprint(&again));
        assert!(fingerprint(&first).starts_with("SHA256:"));
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644))
            .unwrap_or_else(|e| panic!("{e}"));
        let refused = load_or_create(&path).map(|_| ()).unwrap_err().to_string();
        assert!(refused.contains("can be read by others"), "{refused}");
        let _ = fs::remove_dir_all(&dir);
    }

    /// Loads in a thread: a FIFO must not hang the test if it hangs serve.
    fn load_soon(path: &Path) -> String {
        let (tx, rx) = std::sync::mpsc::channel();
        let owned = path.to_path_buf();
        std::thread::spawn(move || {
            let _ = tx.send(load_or_create(&owned).map(|_| ()));
        });
        match rx.recv_timeout(std::time::Duration::from_secs(10)) {
            Ok(Ok(())) => panic!("{} was taken as a key", path.display()),
            Ok(Err(e)) => e.to_string(),
            Err(_) => panic!("reading {} hangs", path.display()),
        }
    }

    #[test]
    fn a_fifo_a_huge_file_or_garbage_is_refused_with_its_path() {
        let dir = std::env::temp_dir().join(format!("invisibles-badkey-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        let fifo = dir.join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let huge = dir.join("huge");
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&huge);
        let file = file.unwrap_or_else(|e| panic!("{e}"));
        // Sparse: 2 GiB that take no disk.
        file.set_len(2 << 30).unwrap_or_else(|e| panic!("{e}"));
        let garbage = dir.join("garbage");
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&garbage);
        file.and_then(|mut f| f.write_all(b"\xff\xfe not a key"))
            .unwrap_or_else(|e| panic!("{e}"));
        for (path, why) in [
            (&fifo, "a FIFO"),
            (&huge, "larger than the limit of 16384 bytes"),
            (&garbage, "not a key"),
        ] {
            let error = load_soon(path);
            assert!(error.contains(&path.display().to_string()), "{error}");
            assert!(error.contains(why), "{error}");
        }
        let _ = fs::remove_dir_all(&dir);
    }
}
