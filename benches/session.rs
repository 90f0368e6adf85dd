//! A scripted session of 1,000 key presses through the keymap, `update` and a
//! frame drawn at 120x40 after each, as the event loop does (issue 5 target:
//! key-to-frame < 16.7 ms, one 60 Hz frame).

mod common;

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use invisibles::app::{Action, State, update};
use invisibles::content::Lang;
use invisibles::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A viewer's evening: mostly forward, with back steps, scrolling, the
/// contents, help, bookmarks, chapters and a language switch.
const SCRIPT: &[&str] = &[
    "<right>", "<right>", "<right>", "<down>", "<down>", "<up>", "<right>", "<left>", "<right>",
    "<right>", "t", "<down>", "<down>", "<up>", "<esc>", "<right>", "b", "<right>", "?", "<down>",
    "<esc>", "<right>", "<right>", "B", "<esc>", "n", "<right>", "<right>", "p", "L", "<right>",
    "<right>", "<enter>", "<right>", "<right>", "<left>", "<right>", "<right>", "<right>", "s",
];

fn keys() -> Vec<invisibles::input::Key> {
    SCRIPT
        .iter()
        .cycle()
        .take(1000)
        .map(|k| common::key(k))
        .collect()
}

fn session(c: &mut Criterion) {
    let doc = common::embedded();
    let keys = keys();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("backend");
    let mut group = c.benchmark_group("session");
    group.sample_size(20);
    group.bench_function("1000_keys_update_and_draw_120x40", |b| {
        b.iter_batched(
            || State::new(doc.clone(), Lang::En),
            |mut state| {
                for &key in &keys {
                    press(&mut state, key);
                    let mut info = ui::FrameInfo::default();
                    terminal.draw(|f| info = ui::draw(f, &state)).expect("draw");
                    update(&mut state, Action::ScrollLimit(info.max_scroll, info.page));
                }
                black_box(state)
            },
            BatchSize::LargeInput,
        )
    });
    group.bench_function("1000_keys_update_only", |b| {
        b.iter_batched(
            || State::new(doc.clone(), Lang::En),
            |mut state| {
                for &key in &keys {
                    press(&mut state, key);
                }
                black_box(state)
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// A key through the keymap and `update`, as the player does.
fn press(state: &mut State, key: invisibles::input::Key) {
    if let Some(action) = invisibles::app::action_for(state, key) {
        update(state, action);
    }
}

criterion_group!(benches, session);
criterion_main!(benches);
