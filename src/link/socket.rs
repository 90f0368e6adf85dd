//! The socket file and who may reach it: an owner-only folder, an
//! owner-only socket whatever the umask, the peer's uid checked, and only a
//! dead socket ever replaced.

use std::fs::{self, DirBuilder, Permissions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

use crate::content::Lang;

/// Why the socket's place cannot be used. Carried inside the `io::Error`
/// (its kind kept), and said in the viewer's language by [`message`].
#[derive(Debug)]
pub enum Unusable {
    NotAFolder(PathBuf),
    OtherUsersFolder {
        dir: PathBuf,
        uid: u32,
    },
    /// Something else than a socket is there: left as it is.
    NotASocket {
        path: PathBuf,
        kind: Kind,
    },
    /// A live screen already answers there.
    InUse,
}

/// What was found where the socket goes.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Symlink,
    Folder,
    File,
    Special,
}

impl Unusable {
    pub fn message(&self, lang: Lang) -> String {
        let w = crate::words::of(lang);
        match self {
            Unusable::NotAFolder(dir) => (w.link_not_a_folder)(&dir.display().to_string()),
            Unusable::OtherUsersFolder { dir, uid } => {
                (w.link_other_users_folder)(&dir.display().to_string(), *uid)
            }
            Unusable::NotASocket { path, kind } => {
                let kind = match kind {
                    Kind::Symlink => w.link_kind_symlink,
                    Kind::Folder => w.link_kind_folder,
                    Kind::File => w.link_kind_file,
                    Kind::Special => w.link_kind_special,
                };
                (w.link_not_a_socket)(&path.display().to_string(), kind)
            }
            Unusable::InUse => w.link_in_use.to_owned(),
        }
    }

    fn error(self, kind: io::ErrorKind) -> io::Error {
        io::Error::new(kind, self)
    }
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Unusable {}

/// A link error in the viewer's language: ours said through the words, the
/// system's as the system says it.
pub fn message(error: &io::Error, lang: Lang) -> String {
    match error.get_ref().and_then(|e| e.downcast_ref::<Unusable>()) {
        Some(unusable) => unusable.message(lang),
        None => error.to_string(),
    }
}

/// The effective uid of this process: the only one a link lets in.
pub fn own_uid() -> u32 {
    rustix::process::geteuid().as_raw()
}

/// The uid of the process at the other end, as the kernel saw it connect.
pub fn peer_uid(stream: &UnixStream) -> io::Result<u32> {
    let cred = rustix::net::sockopt::socket_peercred(stream)?;
    Ok(cred.uid.as_raw())
}

/// Connects without ever waiting: a screen too busy to take the connection
/// (its backlog full) is an error now (`WouldBlock`), not a frozen console.
pub fn connect(path: &Path) -> io::Result<UnixStream> {
    use rustix::net::{AddressFamily, SocketAddrUnix, SocketFlags, SocketType};
    let fd = rustix::net::socket_with(
        AddressFamily::UNIX,
        SocketType::STREAM,
        SocketFlags::NONBLOCK | SocketFlags::CLOEXEC,
        None,
    )?;
    rustix::net::connect(&fd, &SocketAddrUnix::new(path)?)?;
    Ok(UnixStream::from(fd))
}

/// Creates the socket's folder 0700, or checks an existing one is ours and
/// makes it owner-only: the window between `bind` and `chmod` must be
/// invisible to everyone else.
pub fn prepare_folder(dir: &Path) -> io::Result<()> {
    DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    let meta = fs::metadata(dir)?;
    if !meta.is_dir() {
        return Err(Unusable::NotAFolder(dir.to_owned()).error(io::ErrorKind::NotADirectory));
    }
    if meta.uid() != own_uid() {
        let dir = dir.to_owned();
        let uid = meta.uid();
        return Err(Unusable::OtherUsersFolder { dir, uid }.error(io::ErrorKind::PermissionDenied));
    }
    if meta.mode() & 0o777 != 0o700 {
        fs::set_permissions(dir, Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Listens at `path` in an owner-only folder, with an owner-only socket.
/// A socket nobody answers on (a screen that died) is replaced; a live one,
/// or anything that is not a socket, is refused and left as it is.
pub fn bind(path: &Path) -> io::Result<UnixListener> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        prepare_folder(dir)?;
    }
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
        Ok(meta) if meta.file_type().is_socket() => match connect(path) {
            Err(e) if e.kind() == io::ErrorKind::ConnectionRefused => fs::remove_file(path)?,
            // Answered, or too busy to answer at once: alive either way.
            Ok(_) => return Err(in_use()),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Err(in_use()),
            Err(e) => return Err(e),
        },
        Ok(meta) => {
            let kind = if meta.file_type().is_symlink() {
                Kind::Symlink
            } else if meta.is_dir() {
                Kind::Folder
            } else if meta.is_file() {
                Kind::File
            } else {
                Kind::Special
            };
            let path = path.to_owned();
            return Err(Unusable::NotASocket { path, kind }.error(io::ErrorKind::AlreadyExists));
        }
    }
    let listener = UnixListener::bind(path)?;
    let ready = fs::set_permissions(path, Permissions::from_mode(0o600))
        .and_then(|()| listener.set_nonblocking(true));
    if let Err(e) = ready {
        let _ = fs::remove_file(path);
        return Err(e);
    }
    Ok(listener)
}

fn in_use() -> io::Error {
    Unusable::InUse.error(io::ErrorKind::AddrInUse)
}

/// The identity of the file at `path` (not following links), to remove a
/// socket only while it is still the one this process made.
pub fn identity(path: &Path) -> Option<(u64, u64)> {
    fs::symlink_metadata(path).ok().map(|m| (m.dev(), m.ino()))
}
