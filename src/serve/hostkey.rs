//! The server's host key: ed25519, generated once and kept owner-only in the
//! state folder, so participants see the same fingerprint at every workshop.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use russh::keys::{Algorithm, HashAlg, PrivateKey};

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

/// Loads the key at `path`, or makes one there (0600, in a 0700 folder). A key
/// that others may read is refused rather than used: it is no secret any more.
pub fn load_or_create(path: &Path) -> Result<PrivateKey, HostKeyError> {
    match fs::metadata(path) {
        Ok(meta) => {
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(HostKeyError::Exposed(path.to_owned()));
            }
            let text = fs::read_to_string(path)?;
            PrivateKey::from_openssh(text.as_bytes()).map_err(|source| HostKeyError::NotAKey {
                path: path.to_owned(),
                source,
            })
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => create(path),
        Err(e) => Err(e.into()),
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
}
