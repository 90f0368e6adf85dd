//! Shared test helpers: the sample documentary, key strings, rendering.
#![allow(dead_code)]

mod screens;
#[allow(unused_imports)] // not every test file draws every screen
pub use screens::SCREENS;

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use invisibles::app::{Action, State, update};
use invisibles::content::load::{Origin, load};
use invisibles::content::{Documentary, Lang};
use invisibles::{keymap, ui};
use proptest::prelude::{Just, Strategy, prop_oneof};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn sample() -> Arc<Documentary> {
    match load(&Origin::Dir(fixture("sample"))) {
        Ok(doc) => Arc::new(doc),
        Err(problems) => panic!("sample does not load: {problems:#?}"),
    }
}

pub fn state(lang: Lang) -> State {
    State::new(sample(), lang)
}

/// One key from a helix-style name: `<right>`, `<c-c>`, `t`, `?`.
pub fn key(name: &str) -> KeyEvent {
    let (code, mods) = match name {
        "<right>" => (KeyCode::Right, KeyModifiers::NONE),
        "<left>" => (KeyCode::Left, KeyModifiers::NONE),
        "<up>" => (KeyCode::Up, KeyModifiers::NONE),
        "<down>" => (KeyCode::Down, KeyModifiers::NONE),
        "<enter>" => (KeyCode::Enter, KeyModifiers::NONE),
        "<esc>" => (KeyCode::Esc, KeyModifiers::NONE),
        "<space>" => (KeyCode::Char(' '), KeyModifiers::NONE),
        "<tab>" => (KeyCode::Tab, KeyModifiers::NONE),
        "<bs>" => (KeyCode::Backspace, KeyModifiers::NONE),
        "<pgdn>" => (KeyCode::PageDown, KeyModifiers::NONE),
        "<pgup>" => (KeyCode::PageUp, KeyModifiers::NONE),
        "<c-c>" => (KeyCode::Char('c'), KeyModifiers::CONTROL),
        "<c-z>" => (KeyCode::Char('z'), KeyModifiers::CONTROL),
        s if s.chars().count() == 1 => (
            KeyCode::Char(s.chars().next().unwrap_or(' ')),
            KeyModifiers::NONE,
        ),
        other => panic!("unknown key name {other}"),
    };
    KeyEvent::new(code, mods)
}

/// Presses space-separated keys through the keymap, as the event loop does.
pub fn press(state: &mut State, keys: &str) {
    for name in keys.split_whitespace() {
        if let Some(action) = keymap::action_for(state, key(name)) {
            update(state, action);
        }
    }
}

/// Renders the state at a size, returning the terminal for snapshots.
pub fn render(state: &State, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(e) => panic!("test backend: {e}"),
    };
    if let Err(e) = terminal.draw(|f| {
        ui::draw(f, state);
    }) {
        panic!("draw: {e}");
    }
    terminal
}

/// The screen as plain text lines.
pub fn screen(state: &State, width: u16, height: u16) -> String {
    let terminal = render(state, width, height);
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Every action the viewer can cause.
pub fn any_action() -> impl proptest::strategy::Strategy<Value = Action> {
    prop_oneof![
        Just(Action::Next),
        Just(Action::Back),
        Just(Action::Up),
        Just(Action::Down),
        Just(Action::ScrollUp),
        Just(Action::ScrollDown),
        Just(Action::NextChapter),
        Just(Action::PrevChapter),
        (0u8..=10).prop_map(Action::Episode),
        Just(Action::Contents),
        Just(Action::Help),
        Just(Action::Skip),
        Just(Action::ToggleBookmark),
        Just(Action::Bookmarks),
        Just(Action::ToggleLang),
        Just(Action::Close),
        Just(Action::TogglePresent),
        Just(Action::Blank),
        Just(Action::Advance),
        (-1i8..=1).prop_map(Action::Vote),
        (0u16..50).prop_map(Action::ScrollLimit),
    ]
}
