//! The local link between the projected screen and facilitator consoles: a
//! Unix socket in the state folder, one line of RON per message. The screen
//! serves; any number of consoles connect, come and go, and reconnect.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::app::{Action, Screen, State};
use crate::content::Lang;

/// What the screen tells consoles after every change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Status {
    /// The panel on screen, if any; `None` on the title and the end.
    pub panel: Option<String>,
    pub at_end: bool,
    /// A content notice is waiting for the room's choice.
    pub notice: bool,
    pub blank: bool,
    pub present: bool,
    pub lang: Option<Lang>,
    /// Unix seconds: when the session started, and the current chapter.
    pub session_started: u64,
    pub chapter_started: u64,
    /// The option highlighted on a choice panel.
    pub selected: usize,
    /// Votes per option, by choice panel id.
    pub polls: BTreeMap<String, Vec<u32>>,
    /// Unix seconds when the discussion timer rings, if one runs.
    pub timer_end: Option<u64>,
    pub timer_minutes: u32,
}

/// What a console asks of the screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Command {
    Act(Action),
    /// Go to a panel by id.
    Jump(String),
    /// Start a discussion timer of so many minutes; `None` stops it.
    Timer(Option<u32>),
}

/// The socket for a session (or for screens started without one).
pub fn socket_path(session: Option<&str>) -> Option<PathBuf> {
    let name = crate::journey::store::safe_name(session.unwrap_or("default"));
    crate::journey::store::state_file(&format!("console-{name}.sock"))
}

/// The screen's end of the link.
pub struct Server {
    listener: UnixListener,
    path: PathBuf,
    clients: Vec<BufReader<UnixStream>>,
    last: Option<String>,
}

impl Server {
    /// Listens at `path`, replacing a socket left by a screen that died.
    pub fn bind(path: &Path) -> io::Result<Server> {
        if let Some(dir) = path.parent() {
            crate::fsio::create_dirs(dir)?;
        }
        if path.exists() {
            if UnixStream::connect(path).is_ok() {
                return Err(io::Error::new(
                    io::ErrorKind::AddrInUse,
                    "another screen is already serving this session",
                ));
            }
            std::fs::remove_file(path)?;
        }
        let listener = UnixListener::bind(path)?;
        listener.set_nonblocking(true)?;
        Ok(Server {
            listener,
            path: path.to_owned(),
            clients: Vec::new(),
            last: None,
        })
    }

    /// Takes in new consoles (sending them the latest status) and their commands.
    pub fn poll(&mut self) -> Vec<Command> {
        while let Ok((stream, _)) = self.listener.accept() {
            if stream.set_nonblocking(true).is_err() {
                continue;
            }
            let mut reader = BufReader::new(stream);
            if let Some(line) = &self.last
                && reader.get_mut().write_all(line.as_bytes()).is_err()
            {
                continue;
            }
            self.clients.push(reader);
        }
        let mut commands = Vec::new();
        self.clients.retain_mut(|client| {
            let mut line = String::new();
            loop {
                line.clear();
                match client.read_line(&mut line) {
                    Ok(0) => return false,
                    Ok(_) => {
                        if let Ok(c) = ron::from_str::<Command>(line.trim()) {
                            commands.push(c);
                        }
                    }
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => return true,
                    Err(_) => return false,
                }
            }
        });
        commands
    }

    /// Sends the status to every console; a console that is gone is dropped.
    pub fn publish(&mut self, status: &Status) {
        let Ok(text) = ron::to_string(status) else {
            return;
        };
        let line = format!("{text}\n");
        if self.last.as_ref() == Some(&line) {
            return;
        }
        self.clients
            .retain_mut(|c| c.get_mut().write_all(line.as_bytes()).is_ok());
        self.last = Some(line);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The status of `state`, with the times the event loop keeps.
pub fn status_of(
    state: &State,
    session_started: u64,
    chapter_started: u64,
    timer: (Option<u64>, u32),
) -> Status {
    let doc = &state.doc;
    let (panel, selected) = match state.screen {
        Screen::Panel(i) => (
            Some(doc.panel(doc.timeline[i]).id().to_owned()),
            state.progress[i].selected,
        ),
        _ => (None, 0),
    };
    Status {
        panel,
        at_end: state.screen == Screen::End,
        notice: state.gate.is_some(),
        blank: state.blank,
        present: state.present,
        lang: Some(state.lang),
        session_started,
        chapter_started,
        selected,
        polls: state
            .polls
            .iter()
            .map(|(&i, c)| (doc.panel(doc.timeline[i]).id().to_owned(), c.clone()))
            .collect(),
        timer_end: timer.0,
        timer_minutes: timer.1,
    }
}

/// A console's end of the link: connects, and reconnects when the screen restarts.
pub struct Client {
    path: PathBuf,
    stream: Option<BufReader<UnixStream>>,
}

impl Client {
    pub fn new(path: PathBuf) -> Client {
        Client { path, stream: None }
    }

    pub fn connected(&self) -> bool {
        self.stream.is_some()
    }

    /// Connects if it is not; returns every status received since last time.
    pub fn poll(&mut self) -> Vec<Status> {
        if self.stream.is_none()
            && let Ok(s) = UnixStream::connect(&self.path)
            && s.set_nonblocking(true).is_ok()
        {
            self.stream = Some(BufReader::new(s));
        }
        let mut out = Vec::new();
        let Some(stream) = self.stream.as_mut() else {
            return out;
        };
        let mut line = String::new();
        loop {
            line.clear();
            match stream.read_line(&mut line) {
                Ok(0) => {
                    self.stream = None;
                    break;
                }
                Ok(_) => {
                    if let Ok(s) = ron::from_str::<Status>(line.trim()) {
                        out.push(s);
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(_) => {
                    self.stream = None;
                    break;
                }
            }
        }
        out
    }

    pub fn send(&mut self, command: &Command) {
        let Some(stream) = self.stream.as_mut() else {
            return;
        };
        let Ok(text) = ron::to_string(command) else {
            return;
        };
        if stream
            .get_mut()
            .write_all(format!("{text}\n").as_bytes())
            .is_err()
        {
            self.stream = None;
        }
    }
}
