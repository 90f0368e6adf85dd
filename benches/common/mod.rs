//! Shared by the benches: documentaries, keys by name, and the screens worth timing.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use invisibles::app::{State, update};
use invisibles::content::load::{Origin, load};
use invisibles::content::{Documentary, Lang};
use invisibles::input::Key;

pub fn sample() -> Arc<Documentary> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample");
    Arc::new(load(&Origin::Dir(dir)).expect("the sample loads"))
}

pub fn embedded() -> Arc<Documentary> {
    Arc::new(load(&Origin::Embedded).expect("the documentary loads"))
}

/// One key from a helix-style name, as in the tests: `<right>`, `t`, `?`.
pub fn key(name: &str) -> Key {
    Key::parse(name).unwrap_or_else(|| panic!("unknown key name {name}"))
}

/// Keys as the tests write them; `@id` goes to a panel by id.
pub fn press(state: &mut State, keys: &str) {
    for name in keys.split_whitespace() {
        if let Some(id) = name.strip_prefix('@') {
            if let Some(&i) = state.doc().panel_index.get(id) {
                update(state, invisibles::app::Msg::Jump(i));
            }
            continue;
        }
        if let Some(action) = invisibles::app::action_for(state, key(name)) {
            update(state, action);
        }
    }
}

#[path = "../../tests/it/common/screens.rs"]
mod screens;
#[allow(unused_imports)] // the session bench does not draw every screen
pub use screens::SCREENS;

pub fn at(doc: &Arc<Documentary>, keys: &str) -> State {
    let mut s = State::new(doc.clone(), Lang::En);
    press(&mut s, keys);
    s
}
