//! The socket file and who may reach it: an owner-only folder, an
//! owner-only socket whatever the umask, the peer's uid checked, and only a
//! dead socket ever replaced.

use std::fs::{self, DirBuilder, Permissions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;

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
        return Err(io::Error::new(
            io::ErrorKind::NotADirectory,
            format!("{} is not a folder", dir.display()),
        ));
    }
    if meta.uid() != own_uid() {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!(
                "the folder {} belongs to another user (uid {})",
                dir.display(),
                meta.uid()
            ),
        ));
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
                "a symbolic link"
            } else if meta.is_dir() {
                "a folder"
            } else if meta.is_file() {
                "a regular file"
            } else {
                "a special file"
            };
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!(
                    "{} is {kind}, not a console socket; it was left as it is",
                    path.display()
                ),
            ));
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
    io::Error::new(
        io::ErrorKind::AddrInUse,
        "another screen is already serving this session",
    )
}

/// The identity of the file at `path` (not following links), to remove a
/// socket only while it is still the one this process made.
pub fn identity(path: &Path) -> Option<(u64, u64)> {
    fs::symlink_metadata(path).ok().map(|m| (m.dev(), m.ino()))
}
