//! The console as a program for the terminal pump.

use std::io;
use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::app::Console;
use crate::app::ConsoleEffect as Effect;
use crate::app::{ConsoleMsg, console_update};
use crate::link::Client;
use crate::runtime::{Flow, Input, Program};
use crate::term::{self, Exit};
use crate::ui::console::render;

/// Which screen the console follows: the one of a named session, or any
/// screen running for this user, found in the sockets' folder.
pub enum Followed {
    Session(PathBuf),
    Discover(PathBuf),
}

/// The console as a program for the terminal pump: keys go to the keymap's
/// console modes, the screen's news come from the link.
pub struct ConsoleProgram {
    console: Console,
    target: Followed,
    client: Option<Client>,
    dirty: bool,
    /// The second last drawn, so the clocks tick once a second.
    drawn: u64,
}

impl ConsoleProgram {
    pub fn new(console: Console, target: Followed) -> ConsoleProgram {
        let mut console = console;
        let client = match &target {
            Followed::Session(path) => Some(Client::new(path.clone())),
            Followed::Discover(dir) => {
                console_update(&mut console, ConsoleMsg::LookingIn(dir.clone()));
                None
            }
        };
        ConsoleProgram {
            console,
            target,
            client,
            dirty: true,
            drawn: 0,
        }
    }

    pub fn console(&self) -> &Console {
        &self.console
    }

    /// With no session named: one screen running is followed at once; with
    /// several, the facilitator picks.
    fn discover(&mut self) {
        let Followed::Discover(dir) = &self.target else {
            return;
        };
        let found = crate::link::screens_in(dir);
        match found.as_slice() {
            [(name, path)] => {
                console_update(&mut self.console, ConsoleMsg::Following(name.clone()));
                self.client = Some(Client::new(path.clone()));
            }
            _ if found != self.console.choices() => {
                console_update(&mut self.console, ConsoleMsg::Screens(found));
                self.dirty = true;
            }
            _ => {}
        }
    }
}

impl Program for ConsoleProgram {
    fn input(&mut self, input: Input, now: u64) -> Flow {
        match input {
            Input::Key(key) => {
                match console_update(&mut self.console, ConsoleMsg::Key(key, now / 1000)) {
                    Effect::Send(cmd) => {
                        if let Some(client) = self.client.as_mut() {
                            client.send(&cmd);
                        }
                    }
                    Effect::Follow(_, path) => self.client = Some(Client::new(path)),
                    Effect::None => {}
                }
                self.dirty = true;
            }
            Input::Resize => self.dirty = true,
            Input::Tick => self.dirty |= now / 1000 != self.drawn,
            Input::Remote(_) | Input::Mouse(_) => {}
        }
        if self.console.quit() {
            Flow::Quit
        } else {
            Flow::Go
        }
    }

    fn poll(&mut self, _now: u64) -> Vec<Input> {
        let Some(client) = self.client.as_mut() else {
            self.discover();
            return Vec::new();
        };
        for status in client.poll() {
            console_update(
                &mut self.console,
                ConsoleMsg::Status(Some(Box::new(status))),
            );
            self.dirty = true;
        }
        let (connected, refusal) = (client.connected(), client.refusal());
        if connected != self.console.connected() || refusal != self.console.refusal() {
            let refusal = refusal.cloned();
            console_update(&mut self.console, ConsoleMsg::Link { connected, refusal });
            self.dirty = true;
        }
        Vec::new()
    }

    fn dirty(&self) -> bool {
        self.dirty
    }

    fn draw<B: Backend>(&mut self, terminal: &mut Terminal<B>, now: u64) -> Result<(), B::Error> {
        let secs = now / 1000;
        terminal.draw(|f| render(&self.console, secs, f.area(), f.buffer_mut()))?;
        self.drawn = secs;
        self.dirty = false;
        Ok(())
    }

    fn deadline(&self, _now: u64) -> Option<u64> {
        None
    }
}

/// Runs the console until `q`: follows its target, and reconnects when the
/// screen restarts.
pub fn run(console: Console, target: Followed) -> io::Result<Exit> {
    let mut program = ConsoleProgram::new(console, target);
    term::run(&mut program)
}
