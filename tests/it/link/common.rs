//! Helpers: a scratch folder per test, a raw peer that speaks the wire by
//! hand, and polling with a deadline.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use invisibles::link::wire::{Downward, Hello, Upward, encode};
use invisibles::link::{Notice, PROTOCOL_VERSION, Remote, Role, Server, Status};

/// A fresh folder for one test, removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("invisibles-link-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    /// The socket path, in a state folder the server creates.
    pub fn socket(&self) -> PathBuf {
        self.0.join("state").join("console.sock")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A client written by hand, to send exactly the bytes a test wants.
pub struct Raw {
    pub reader: BufReader<UnixStream>,
}

impl Raw {
    pub fn connect(path: &std::path::Path) -> Raw {
        let stream = UnixStream::connect(path).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        Raw {
            reader: BufReader::new(stream),
        }
    }

    pub fn write(&mut self, bytes: &[u8]) {
        self.reader.get_mut().write_all(bytes).unwrap();
    }

    pub fn hello(&mut self, version: u32) {
        let hello = Upward::<Remote>::Hello(Hello {
            version,
            role: Role::Console,
        });
        self.write(&encode(&hello).unwrap());
    }

    pub fn command(&mut self, command: &Remote) {
        self.write(&encode(&Upward::Msg(command)).unwrap());
    }

    /// The next message from the screen, read while `server` is polled;
    /// `None` on end of file.
    pub fn read(&mut self, server: &mut Server) -> Option<Downward<Status>> {
        self.read_while(|| {
            let _ = server.poll();
        })
    }

    /// The next message from the screen, read while `pump` runs it.
    pub fn read_while(&mut self, mut pump: impl FnMut()) -> Option<Downward<Status>> {
        let deadline = Instant::now() + Duration::from_secs(5);
        self.reader
            .get_ref()
            .set_read_timeout(Some(Duration::from_millis(5)))
            .unwrap();
        let mut line = String::new();
        loop {
            match self.reader.read_line(&mut line) {
                Ok(0) => return None,
                Ok(_) if line.ends_with('\n') => {
                    return Some(ron::from_str(line.trim()).unwrap());
                }
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return None,
                Err(_) => {}
            }
            assert!(Instant::now() < deadline, "no message from the screen");
            pump();
        }
    }

    /// Says hello and expects the welcome.
    pub fn join(path: &std::path::Path, server: &mut Server) -> Raw {
        let mut raw = Raw::connect(path);
        raw.hello(PROTOCOL_VERSION);
        assert_eq!(
            raw.read(server),
            Some(Downward::Welcome {
                version: PROTOCOL_VERSION
            })
        );
        raw
    }
}

/// Polls until `enough` holds of what came, or fails after five seconds.
pub fn poll_until(
    server: &mut Server,
    enough: impl Fn(&[Remote], &[Notice]) -> bool,
) -> (Vec<Remote>, Vec<Notice>) {
    let deadline = Instant::now() + Duration::from_secs(5);
    let (mut commands, mut notices) = (Vec::new(), Vec::new());
    while !enough(&commands, &notices) {
        assert!(
            Instant::now() < deadline,
            "gave up with {commands:?} and {notices:?}"
        );
        let polled = server.poll();
        commands.extend(polled.commands);
        notices.extend(polled.notices);
        std::thread::sleep(Duration::from_millis(2));
    }
    (commands, notices)
}
