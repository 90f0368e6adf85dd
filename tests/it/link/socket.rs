//! The socket file: owner-only whatever the umask, only a dead socket
//! replaced, and nobody but the screen's user let in.

use std::io::{BufRead, Write};
use std::os::unix::fs::{PermissionsExt, symlink};
use std::os::unix::net::UnixListener;
use std::os::unix::process::CommandExt;
use std::time::{Duration, Instant};

use invisibles::link::wire::{Downward, Hello, Upward, encode};
use invisibles::link::{Notice, PROTOCOL_VERSION, Reason, Remote, Role, Server, Status};
use rustix::fs::Mode;

use super::common::{Raw, Scratch, poll_until};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The umask is the process's: the check runs in a child process, so no
/// other test's files are made under umask 000 meanwhile.
#[test]
fn the_socket_and_its_folder_are_owner_only_under_umask_000() {
    let dir = Scratch::new("umask");
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "link::socket::umask_child",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("INVISIBLES_UMASK_DIR", &dir.0)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("1 passed"), "the child ran no test: {said}");
    let socket = dir.0.join("new").join("state").join("console.sock");
    let open = dir.0.join("open");
    assert_eq!(mode(socket.parent().unwrap()), 0o700);
    assert_eq!(mode(&dir.0.join("new")), 0o700);
    assert_eq!(mode(&open), 0o700);
}

#[test]
#[ignore = "a helper process, started by the_socket_and_its_folder_are_owner_only_under_umask_000"]
fn umask_child() {
    let dir = std::path::PathBuf::from(
        std::env::var_os("INVISIBLES_UMASK_DIR").expect("run by its parent test"),
    );
    let old = rustix::process::umask(Mode::empty());
    let socket = dir.join("new").join("state").join("console.sock");
    let server = Server::<Remote, Status>::bind(&socket);
    // An existing folder open to all is closed too.
    let open = dir.join("open");
    std::fs::create_dir(&open).unwrap();
    std::fs::set_permissions(&open, PermissionsExt::from_mode(0o777)).unwrap();
    let second = Server::<Remote, Status>::bind(&open.join("console.sock"));
    rustix::process::umask(old);
    let (_server, _second) = (server.unwrap(), second.unwrap());
    assert_eq!(mode(&socket), 0o600);
    assert_eq!(mode(socket.parent().unwrap()), 0o700);
    assert_eq!(mode(&open.join("console.sock")), 0o600);
}

#[test]
fn a_regular_file_or_a_symlink_at_the_socket_path_is_left_alone() {
    let dir = Scratch::new("not-a-socket");
    let path = dir.socket();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "precious").unwrap();
    let err = Server::<Remote, Status>::bind(&path).err().unwrap();
    assert!(err.to_string().contains("a regular file"), "{err}");
    let fr = invisibles::link::error_message(&err, invisibles::content::Lang::Fr);
    assert!(
        fr.ends_with(
            "est un fichier ordinaire, pas un socket de console ; il a été laissé tel quel"
        ),
        "{fr}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "precious");

    std::fs::remove_file(&path).unwrap();
    let target = dir.0.join("target");
    std::fs::write(&target, "kept").unwrap();
    symlink(&target, &path).unwrap();
    let err = Server::<Remote, Status>::bind(&path).err().unwrap();
    assert!(err.to_string().contains("a symbolic link"), "{err}");
    assert!(
        std::fs::symlink_metadata(&path)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "kept");

    // A link to a dead socket is no better.
    std::fs::remove_file(&path).unwrap();
    let dead = dir.0.join("dead.sock");
    drop(UnixListener::bind(&dead).unwrap());
    symlink(&dead, &path).unwrap();
    assert!(Server::<Remote, Status>::bind(&path).is_err());
    assert!(dead.exists() && std::fs::symlink_metadata(&path).is_ok());
}

#[test]
fn a_stale_socket_is_replaced_and_a_live_one_is_not() {
    let dir = Scratch::new("stale");
    let path = dir.socket();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    drop(UnixListener::bind(&path).unwrap());
    assert!(path.exists(), "a dead screen's socket stays on disk");
    let mut server = Server::<Remote, Status>::bind(&path).unwrap();
    let err = Server::<Remote, Status>::bind(&path).err().unwrap();
    assert_eq!(err.kind(), std::io::ErrorKind::AddrInUse);
    // The live one still serves, and the probe left no notice behind.
    let mut raw = Raw::join(&path, &mut server);
    raw.command(&Remote::Timer(Some(1)));
    let (commands, notices) = poll_until(&mut server, |c, _| !c.is_empty());
    assert_eq!(commands, [Remote::Timer(Some(1))]);
    assert_eq!(notices, []);
    drop(server);
    assert!(!path.exists());
}

/// Run as another user by the test below: connects, says hello, prints the answer.
#[test]
#[ignore = "a helper process, started by a_client_of_another_user_is_refused"]
fn helper_connects_as_asked() {
    let Ok(path) = std::env::var("INVISIBLES_LINK_HELPER") else {
        return;
    };
    let Ok(mut stream) = std::os::unix::net::UnixStream::connect(&path) else {
        println!("ANSWER cannot connect");
        return;
    };
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let hello = Upward::<Remote>::Hello(Hello {
        version: PROTOCOL_VERSION,
        role: Role::Console,
    });
    let _ = stream.write_all(&encode(&hello).unwrap());
    let mut line = String::new();
    let _ = std::io::BufReader::new(stream).read_line(&mut line);
    println!("ANSWER {}", line.trim());
}

#[test]
fn a_client_of_another_user_is_refused() {
    assert!(
        rustix::process::geteuid().is_root(),
        "connecting as nobody needs root (CI runs as root); run as root, or --skip this test"
    );
    let dir = Scratch::new("other-user");
    let path = dir.socket();
    let mut server = Server::<Remote, Status>::bind(&path).unwrap();
    // Open the door on purpose: the uid check must hold on its own.
    for p in [&dir.0, path.parent().unwrap()] {
        std::fs::set_permissions(p, PermissionsExt::from_mode(0o755)).unwrap();
    }
    std::fs::set_permissions(&path, PermissionsExt::from_mode(0o666)).unwrap();
    let child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "link::socket::helper_connects_as_asked",
            "--ignored",
            "--nocapture",
        ])
        .env("INVISIBLES_LINK_HELPER", &path)
        .uid(65534)
        .gid(65534)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (_, notices) = poll_until(&mut server, |_, n| !n.is_empty());
    assert_eq!(
        notices,
        [Notice::Refused {
            reason: Reason::OtherUser,
            uid: Some(65534)
        }]
    );
    assert!(
        notices[0]
            .message(invisibles::content::Lang::En)
            .contains("user 65534")
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    let out = child.wait_with_output().unwrap();
    assert!(Instant::now() < deadline);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let answer = stdout
        .lines()
        .find_map(|l| l.strip_prefix("ANSWER "))
        .unwrap_or_else(|| panic!("no answer from the helper: {stdout}"));
    assert_eq!(
        ron::from_str::<Downward<Status>>(answer).unwrap(),
        Downward::Refused {
            version: PROTOCOL_VERSION,
            reason: Reason::OtherUser
        }
    );
    assert_eq!(server.clients(), 0);
}

#[test]
fn a_folder_of_another_user_is_refused_and_left_as_it_is() {
    assert!(
        rustix::process::geteuid().is_root(),
        "giving a folder to nobody needs root (CI runs as root); run as root, or --skip this test"
    );
    let dir = Scratch::new("their-folder");
    let theirs = dir.0.join("state");
    std::fs::create_dir(&theirs).unwrap();
    std::fs::set_permissions(&theirs, PermissionsExt::from_mode(0o777)).unwrap();
    std::os::unix::fs::chown(&theirs, Some(65534), Some(65534)).unwrap();
    let err = Server::<Remote, Status>::bind(&dir.socket()).err().unwrap();
    assert!(err.to_string().contains("belongs to another user"), "{err}");
    assert_eq!(mode(&theirs), 0o777);
    assert!(!dir.socket().exists());
}

#[test]
fn a_console_never_waits_on_a_screen_too_busy_to_take_it() {
    use rustix::net::{AddressFamily, SocketAddrUnix, SocketFlags, SocketType};
    let dir = Scratch::new("busy");
    let path = dir.socket();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    // A listener that never accepts, with the smallest backlog, filled up.
    let listener = rustix::net::socket_with(
        AddressFamily::UNIX,
        SocketType::STREAM,
        SocketFlags::CLOEXEC,
        None,
    )
    .unwrap();
    let addr = SocketAddrUnix::new(&path).unwrap();
    rustix::net::bind(&listener, &addr).unwrap();
    rustix::net::listen(&listener, 0).unwrap();
    let mut queued = Vec::new();
    for _ in 0..64 {
        let fd = rustix::net::socket_with(
            AddressFamily::UNIX,
            SocketType::STREAM,
            SocketFlags::NONBLOCK | SocketFlags::CLOEXEC,
            None,
        )
        .unwrap();
        if rustix::net::connect(&fd, &addr).is_err() {
            break;
        }
        queued.push(fd);
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let client_path = path.clone();
    std::thread::spawn(move || {
        let mut client: invisibles::link::Client = invisibles::link::Client::new(client_path);
        client.poll();
        let _ = tx.send(client.connected());
    });
    let connected = rx.recv_timeout(Duration::from_secs(3));
    assert_eq!(connected, Ok(false), "the console waited on a busy screen");
    // Nor does a second screen: the busy one is alive, its socket stays.
    let err = Server::<Remote, Status>::bind(&path).err().unwrap();
    assert_eq!(err.kind(), std::io::ErrorKind::AddrInUse);
    assert!(path.exists());
    drop(queued);
}
