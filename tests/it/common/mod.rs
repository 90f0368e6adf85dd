//! Shared test helpers: the sample documentary, key strings, rendering.
#![allow(dead_code)]

mod screens;
#[allow(unused_imports)] // not every test file draws every screen
pub use screens::SCREENS;

use std::path::PathBuf;
use std::sync::Arc;

use invisibles::app::{Action, Effect, Msg, Setup, State, update};
use invisibles::content::load::{Origin, load};
use invisibles::content::{Documentary, Lang};
use invisibles::input::Key;
use invisibles::ui;
use proptest::prelude::{Just, Strategy, prop_oneof};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A copy of the sample in `parent/episodes`, to break and fix.
pub fn sample_copy(parent: &std::path::Path) -> PathBuf {
    let dir = parent.join("episodes");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir(fixture("sample"))
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
    {
        if entry.path().is_file() {
            std::fs::copy(entry.path(), dir.join(entry.file_name()))
                .unwrap_or_else(|e| panic!("{e}"));
        }
    }
    dir
}

pub fn sample() -> Arc<Documentary> {
    match load(&Origin::Dir(fixture("sample"))) {
        Ok(doc) => Arc::new(doc),
        Err(problems) => panic!("sample does not load: {problems:#?}"),
    }
}

/// A console on `doc` (for session `session`), linked to its screen.
pub fn linked_console(doc: Arc<Documentary>, session: Option<&str>) -> invisibles::app::Console {
    let mut c = invisibles::app::Console::new(doc, Lang::En, session.map(str::to_owned));
    let link = invisibles::app::ConsoleMsg::Link {
        connected: true,
        refusal: None,
    };
    invisibles::app::console_update(&mut c, link);
    c
}

pub fn state(lang: Lang) -> State {
    State::new(sample(), lang)
}

/// Changes the viewer's options through `update`, as the command line does:
/// `change` edits the options as they stand.
pub fn setup(state: &mut State, change: impl FnOnce(&mut Setup)) {
    let mut options = Setup {
        theme: state.viewer().theme(),
        depth: state.viewer().depth(),
        present: state.viewer().present(),
        workshop: state.room().workshop(),
        lang: Some(state.viewer().lang()),
    };
    change(&mut options);
    update(state, Msg::Setup(options));
}

/// One key from a helix-style name: `<right>`, `<c-c>`, `t`, `?`.
pub fn key(name: &str) -> Key {
    Key::parse(name).unwrap_or_else(|| panic!("unknown key name {name}"))
}

/// Presses space-separated keys through the keymap, as the event loop does
/// (`Msg::Key`); `@id` goes to a panel by id first, as a console's jump does.
/// Returns what the updates did. A key bound to nothing where it is pressed
/// fails the test: a script that silently does less than it says is a bug.
pub fn press(state: &mut State, keys: &str) -> Vec<Effect> {
    press_keys(state, keys, true)
}

/// As [`press`], for keys that are meant to do nothing where they are pressed.
pub fn press_unbound(state: &mut State, keys: &str) -> Vec<Effect> {
    press_keys(state, keys, false)
}

fn press_keys(state: &mut State, keys: &str, bound: bool) -> Vec<Effect> {
    let mut effects = Vec::new();
    for name in keys.split_whitespace() {
        if let Some(id) = name.strip_prefix('@') {
            effects.extend(goto(state, id));
            continue;
        }
        let key = key(name);
        let mode = invisibles::app::mode_of(&state.view());
        let action = invisibles::app::action_for(state, key);
        assert!(
            !bound || action.is_some(),
            "`{name}` is bound to nothing in {mode:?} (in \"{keys}\")"
        );
        effects.extend(update(state, Msg::Key(key)));
    }
    effects
}

/// Goes to a panel by id, as a console's jump does.
pub fn goto(state: &mut State, id: &str) -> Vec<Effect> {
    let Some(&i) = state.doc().panel_index.get(id) else {
        panic!("no panel `{id}`");
    };
    update(state, Msg::Jump(i))
}

/// The id of the panel on screen, if any.
pub fn here(state: &State) -> Option<&str> {
    state.slot().map(|s| state.doc().panel(s).id())
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
/// A buffer's cells as text, a line a row (trailing spaces kept).
pub fn buffer_text(buf: &ratatui::buffer::Buffer) -> String {
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

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
        Just(Action::Answer),
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
        (0u16..50, 0u16..30).prop_map(|(m, p)| Action::ScrollLimit(m, p)),
        (0u16..40).prop_map(Action::Pick),
        prop_oneof![Just('0'), Just('7'), Just('.'), Just(','), Just('x')].prop_map(Action::Type),
        Just(Action::Erase),
        Just(Action::Search),
        Just(Action::AnswerAgain),
        Just(Action::ChapterStart),
        Just(Action::ChapterEnd),
        Just(Action::Unblank),
        Just(Action::Quit),
        Just(Action::ForceQuit),
        Just(Action::Timer),
        Just(Action::ShowTimer),
        Just(Action::QuestionNext),
        Just(Action::QuestionAnswered),
        Just(Action::ToggleInvitation),
        Just(Action::Follow),
        Just(Action::Ask),
    ]
}

/// An English key name in a French screen, if any (issue 21, item 14).
pub fn english_key_in(french: &str) -> Option<&'static str> {
    const WORDS: [&str; 8] = [
        "Space",
        "Enter",
        "Backspace",
        "Home",
        "End",
        "Esc",
        "PgDn",
        "PgUp",
    ];
    let words: Vec<&str> = french.split(|c: char| !c.is_alphanumeric()).collect();
    WORDS
        .into_iter()
        .find(|w| words.contains(w))
        .or(["any key", "letters"]
            .into_iter()
            .find(|p| french.contains(p)))
}
