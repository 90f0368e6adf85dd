//! What a front end's pump drives: a program that takes inputs, says when
//! it has something to do, and draws.

use ratatui::Terminal;
use ratatui::backend::Backend;

use super::player::Input;

/// What a program asks of its front end after an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Go,
    Quit,
    /// Give the terminal back to the shell until it is resumed.
    Suspend,
}

/// What every front end drives: the screening, or a facilitator console.
pub trait Program {
    /// Handles one input at `now` (Unix milliseconds).
    fn input(&mut self, input: Input, now: u64) -> Flow;
    /// Inputs from elsewhere than the terminal (consoles on the link).
    fn poll(&mut self, now: u64) -> Vec<Input>;
    fn dirty(&self) -> bool;
    fn draw<B: Backend>(&mut self, terminal: &mut Terminal<B>, now: u64) -> Result<(), B::Error>;
    /// Milliseconds until the program has something to do on its own.
    fn deadline(&self, now: u64) -> Option<u64>;
    /// The program is ending: last saves.
    fn finish(&mut self) {}
    /// Files to remove if the process must end without `finish` (a hung-up
    /// terminal the event loop cannot leave): the link's socket.
    fn leftovers(&self) -> Vec<std::path::PathBuf> {
        Vec::new()
    }
}

/// Unix milliseconds: the clock every front end passes in.
pub fn now_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}
