//! One frame of each panel kind and overlay at 120x40 (issue 5 target: < 1 ms).

mod common;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use invisibles::ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn frames(c: &mut Criterion) {
    let doc = common::sample();
    let area = Rect::new(0, 0, 120, 40);
    let mut group = c.benchmark_group("render_120x40");
    for (name, keys) in common::SCREENS {
        let state = common::at(&doc, keys);
        let mut buf = Buffer::empty(area);
        group.bench_function(*name, |b| {
            b.iter(|| {
                buf.reset();
                black_box(ui::render(black_box(state.view()), area, &mut buf))
            })
        });
    }
    group.finish();

    // Through a ratatui Terminal on a TestBackend: render, diff and "write".
    let mut group = c.benchmark_group("terminal_draw_120x40");
    for (name, keys) in [("narration", "<right>"), ("contents", "<right> t")] {
        let state = common::at(&doc, keys);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("backend");
        group.bench_function(name, |b| {
            b.iter(|| {
                // Alternate with a cleared frame so every draw writes every cell.
                terminal.clear().expect("clear");
                terminal
                    .draw(|f| {
                        black_box(ui::draw(f, &state));
                    })
                    .expect("draw");
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
