//! A participant's terminal on the far side of an SSH channel: ratatui draws
//! into a buffer, and only the cells that changed since the last frame go out
//! as escape sequences (ratatui's own diff, written by its crossterm backend
//! into memory rather than to a terminal).

use std::io;
use std::sync::{Arc, Mutex, PoisonError};

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};

/// The alternate screen, cursor hidden, cleared: the participant's shell
/// stays untouched underneath.
pub const ENTER: &[u8] = b"\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J";
/// Their terminal as it was: colours reset, cursor back, the shell's screen.
pub const LEAVE: &[u8] = b"\x1b[0m\x1b[?25h\x1b[?1049l";

/// The largest terminal drawn, in cells each way (memory stays bounded
/// whatever size a client claims).
pub const MAX_SIDE: u16 = 500;

pub struct ChannelTerminal {
    terminal: Terminal<CrosstermBackend<Tap>>,
    tap: Tap,
    area: Rect,
}

/// Where the backend writes: a buffer the screen takes each frame from.
#[derive(Clone, Default)]
struct Tap(Arc<Mutex<Vec<u8>>>);

impl Tap {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl io::Write for Tap {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let mut buf = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        buf.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The most cells drawn (a 250x160 terminal): a participant's two buffers
/// stay a few megabytes whatever size their client claims.
pub const MAX_CELLS: u32 = 40_000;

/// A size a client sent, made safe to draw: each side bounded, and rows cut
/// so the whole stays within [`MAX_CELLS`] (the rest of their screen stays blank).
pub fn clamp(cols: u32, rows: u32) -> (u16, u16) {
    let side = |v: u32| u16::try_from(v).unwrap_or(MAX_SIDE).clamp(1, MAX_SIDE);
    let (c, r) = (side(cols), side(rows));
    let most_rows = MAX_CELLS / u32::from(c);
    let r = u16::try_from(u32::from(r).min(most_rows))
        .unwrap_or(r)
        .max(1);
    (c, r)
}

impl ChannelTerminal {
    pub fn new(cols: u16, rows: u16) -> io::Result<ChannelTerminal> {
        let area = Rect::new(0, 0, cols, rows);
        let tap = Tap::default();
        let terminal = Terminal::with_options(
            CrosstermBackend::new(tap.clone()),
            TerminalOptions {
                viewport: Viewport::Fixed(area),
            },
        )?;
        Ok(ChannelTerminal {
            terminal,
            tap,
            area,
        })
    }

    /// The client's terminal changed size: the next frame is drawn whole.
    pub fn resize(&mut self, cols: u16, rows: u16) -> io::Result<()> {
        self.area = Rect::new(0, 0, cols, rows);
        self.terminal.resize(self.area)
    }

    pub fn area(&self) -> Rect {
        self.area
    }

    /// Draws a frame; returns the bytes that bring the client's screen up to it.
    pub fn draw(&mut self, render: impl FnOnce(&mut Frame)) -> io::Result<Vec<u8>> {
        self.terminal.draw(render)?;
        Ok(self.tap.take())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::widgets::Paragraph;

    #[test]
    fn only_the_changed_cells_are_sent_again() {
        let mut screen = ChannelTerminal::new(40, 10).unwrap_or_else(|e| panic!("{e}"));
        let draw = |s: &mut ChannelTerminal, text: &'static str| {
            s.draw(|f| f.render_widget(Paragraph::new(text), f.area()))
                .unwrap_or_else(|e| panic!("{e}"))
        };
        let first = draw(&mut screen, "hello world");
        assert!(String::from_utf8_lossy(&first).contains("hello"));
        let same = draw(&mut screen, "hello world");
        assert!(
            !String::from_utf8_lossy(&same).contains("hello"),
            "nothing changed"
        );
        let next = draw(&mut screen, "hello there");
        let text = String::from_utf8_lossy(&next);
        assert!(
            text.contains("there") && !text.contains("hello"),
            "{text:?}"
        );
        screen.resize(20, 5).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(screen.area(), Rect::new(0, 0, 20, 5));
        let whole = draw(&mut screen, "hello there");
        assert!(
            String::from_utf8_lossy(&whole).contains("hello"),
            "drawn whole after a resize"
        );
        assert_eq!(clamp(0, 100_000), (1, MAX_SIDE));
        assert_eq!(clamp(200, 60), (200, 60));
        assert_eq!(
            clamp(100_000, 100_000),
            (MAX_SIDE, 80),
            "within the cells' bound"
        );
    }
}
