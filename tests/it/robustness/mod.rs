//! Robustness (issue 5): drawing never panics at any size, random key
//! sequences keep every invariant, and hostile content (control characters,
//! very long words, wide CJK, emoji, right-to-left text) stays in its place.

use crate::common;

use std::sync::{Arc, OnceLock};

use common::{fixture, press, sample};
use invisibles::app::{Action, Msg, Overlay, Screen, Setup, State, update};
use invisibles::content::load::{Origin, load};
use invisibles::content::{Documentary, Lang, Panel};
use invisibles::input::{Key, KeyCode};
use invisibles::keymap;
use invisibles::ui;
use invisibles::ui::theme::ThemeKind;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

mod hostile;
mod keys;
mod sizes;

// ---------------------------------------------------------------- documents

fn sample_doc() -> Arc<Documentary> {
    static DOC: OnceLock<Arc<Documentary>> = OnceLock::new();
    DOC.get_or_init(sample).clone()
}

fn hostile_doc() -> Arc<Documentary> {
    static DOC: OnceLock<Arc<Documentary>> = OnceLock::new();
    DOC.get_or_init(|| match load(&Origin::Dir(fixture("hostile"))) {
        Ok(doc) => Arc::new(doc),
        Err(problems) => panic!("hostile fixture does not load: {problems:#?}"),
    })
    .clone()
}

fn embedded_doc() -> Arc<Documentary> {
    static DOC: OnceLock<Arc<Documentary>> = OnceLock::new();
    DOC.get_or_init(|| match load(&Origin::Embedded) {
        Ok(doc) => Arc::new(doc),
        Err(problems) => panic!("the documentary does not load: {problems:#?}"),
    })
    .clone()
}

// ---------------------------------------------------------------- drawing

/// A tiny fixed-seed PRNG (xorshift64*), so the random sizes are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u16) -> u16 {
        (self.next() % u64::from(n)) as u16
    }
}

/// Renders `state` into a fresh buffer at `area` (which may be offset inside it).
fn draw(state: &State, area: Rect) -> (Buffer, ui::FrameInfo) {
    let full = Rect::new(0, 0, area.right(), area.bottom());
    let mut buf = Buffer::empty(full);
    let info = ui::render(state.view(), area, &mut buf);
    (buf, info)
}

/// A control character in a cell would be sent to the terminal as a command.
fn is_terminal_control(c: char) -> bool {
    let c = u32::from(c);
    c < 0x20 || c == 0x7f || (0x80..=0x9f).contains(&c)
}

fn assert_no_control(buf: &Buffer, what: &str) {
    let width = usize::from(buf.area.width.max(1));
    for (i, cell) in buf.content().iter().enumerate() {
        let sym = cell.symbol();
        if sym.chars().any(is_terminal_control) {
            let (x, y) = (
                buf.area.x as usize + i % width,
                buf.area.y as usize + i / width,
            );
            panic!("{what}: control character {sym:?} in the cell at {x},{y}");
        }
    }
}
