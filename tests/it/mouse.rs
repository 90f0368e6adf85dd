//! The mouse, through the runtime as a front end feeds it: the views report
//! where a click lands, the player maps it to an action through `update`.

use crate::common;

use invisibles::app::{Msg, State};
use invisibles::content::Lang;
use invisibles::input::Mouse;
use invisibles::runtime::{Input, Player};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const T0: u64 = 1_700_000_000_000;

fn player() -> Player {
    Player::new(State::new(common::sample(), Lang::En), T0 / 1000, T0)
}

fn terminal(w: u16, h: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"))
}

fn keys(p: &mut Player, names: &str) {
    for n in names.split_whitespace() {
        p.handle(Input::Key(common::key(n)), T0);
    }
}

/// Draws, then finds the cell where `needle` starts on screen.
fn find(p: &mut Player, t: &mut Terminal<TestBackend>, needle: &str) -> (u16, u16) {
    p.draw(t).unwrap_or_else(|e| panic!("{e}"));
    let buf = t.backend().buffer();
    for y in 0..buf.area.height {
        let cells: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        let line: String = cells.concat();
        if let Some(at) = line.find(needle) {
            let column = line[..at].chars().count();
            return (u16::try_from(column).unwrap_or(0), y);
        }
    }
    panic!("`{needle}` is not on screen");
}

fn click(p: &mut Player, (column, row): (u16, u16)) {
    p.handle(Input::Mouse(Mouse::Click { column, row }), T0);
}

#[test]
fn a_click_on_a_contents_row_goes_there() {
    for (w, h) in [(80, 24), (200, 60)] {
        let mut p = player();
        let mut t = terminal(w, h);
        keys(&mut p, "<right> t");
        let at = find(&mut p, &mut t, "Questions from the room");
        click(&mut p, at);
        assert_eq!(common::here(p.state()), Some("debate-icons"), "{w}x{h}");
        assert_eq!(p.state().viewer().overlay(), None);
    }
}

#[test]
fn a_click_on_a_bookmark_goes_there() {
    let mut p = player();
    let mut t = terminal(80, 24);
    keys(&mut p, "<right> b 2 b 3 B");
    let at = find(&mut p, &mut t, "Ep. 1 · Behind the icon");
    click(&mut p, at);
    assert_eq!(common::here(p.state()), Some("rider-intro"));
}

#[test]
fn a_click_on_a_debate_question_picks_it() {
    for (w, h, present) in [(80, 24, false), (160, 48, false), (120, 36, true)] {
        let mut p = player();
        let mut t = terminal(w, h);
        keys(&mut p, "2 <right>");
        if present {
            keys(&mut p, "P");
        }
        let i = p.state().room_index().unwrap_or_default();
        let at = find(&mut p, &mut t, "2. Vincent");
        click(&mut p, at);
        assert_eq!(p.state().room().progress(i).selected, 1, "{w}x{h}");
        // A click on the first question's second column picks it back.
        let (x, y) = find(&mut p, &mut t, "1. A participant");
        click(&mut p, (x + 3, y));
        assert_eq!(p.state().room().progress(i).selected, 0, "{w}x{h}");
    }
}

#[test]
fn an_overlay_takes_the_clicks_over_what_it_covers() {
    let mut p = player();
    let mut t = terminal(80, 24);
    keys(&mut p, "2 <right>");
    let i = p.state().room_index().unwrap_or_default();
    let question = find(&mut p, &mut t, "2. Vincent");
    keys(&mut p, "?");
    p.draw(&mut t).unwrap_or_else(|e| panic!("{e}"));
    click(&mut p, question);
    assert_eq!(p.state().room().progress(i).selected, 0);
}

#[test]
fn the_wheel_scrolls_the_text_and_moves_a_list() {
    let doc = invisibles::content::load::load(&invisibles::content::load::Origin::Embedded)
        .unwrap_or_else(|e| panic!("{e:?}"));
    let mut p = Player::new(
        State::new(std::sync::Arc::new(doc), Lang::En),
        T0 / 1000,
        T0,
    );
    let mut t = terminal(60, 20);
    let i = p.state().doc().panel_index["riders-bilel-testimony"];
    p.apply(Msg::Jump(i), T0);
    keys(&mut p, "<right> <right> <right>");
    p.draw(&mut t).unwrap_or_else(|e| panic!("{e}"));
    let before = p.state().viewer().scroll_at();
    assert!(before > 0, "the revealed passage is scrolled into view");
    p.handle(Input::Mouse(Mouse::WheelUp), T0);
    assert_eq!(p.state().viewer().scroll_at(), before - 1);
    p.handle(Input::Mouse(Mouse::WheelDown), T0);
    p.draw(&mut t).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.state().viewer().scroll_at(), before);
    keys(&mut p, "t");
    let first = p.state().viewer().overlay();
    p.handle(Input::Mouse(Mouse::WheelDown), T0);
    assert_ne!(p.state().viewer().overlay(), first);
}

#[test]
fn a_click_brings_the_picture_back_and_does_nothing_else() {
    let mut p = player();
    let mut t = terminal(80, 24);
    keys(&mut p, "2 <right>");
    let question = find(&mut p, &mut t, "2. Vincent");
    keys(&mut p, ".");
    assert!(p.state().room().blank());
    p.draw(&mut t).unwrap_or_else(|e| panic!("{e}"));
    click(&mut p, question);
    assert!(!p.state().room().blank());
    let i = p.state().room_index().unwrap_or_default();
    assert_eq!(p.state().room().progress(i).selected, 0);
}

#[test]
fn a_click_on_nothing_does_nothing() {
    let mut p = player();
    let mut t = terminal(80, 24);
    keys(&mut p, "<right>");
    p.draw(&mut t).unwrap_or_else(|e| panic!("{e}"));
    let before = common::here(p.state()).map(str::to_owned);
    assert!(
        p.handle(Input::Mouse(Mouse::Click { column: 0, row: 0 }), T0)
            .is_empty()
    );
    click(&mut p, (79, 23));
    assert_eq!(common::here(p.state()).map(str::to_owned), before);
    // Out of the frame altogether.
    click(&mut p, (500, 500));
    p.apply(Msg::Notice(String::new()), T0);
    assert_eq!(common::here(p.state()).map(str::to_owned), before);
}

#[test]
fn crossterm_mouse_events_convert_at_the_edge() {
    use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let ev = |kind| MouseEvent {
        kind,
        column: 7,
        row: 3,
        modifiers: KeyModifiers::NONE,
    };
    let of = invisibles::term::mouse_of;
    assert_eq!(
        of(ev(MouseEventKind::Down(MouseButton::Left))),
        Some(Mouse::Click { column: 7, row: 3 })
    );
    assert_eq!(of(ev(MouseEventKind::ScrollUp)), Some(Mouse::WheelUp));
    assert_eq!(of(ev(MouseEventKind::ScrollDown)), Some(Mouse::WheelDown));
    assert_eq!(of(ev(MouseEventKind::Moved)), None);
    assert_eq!(of(ev(MouseEventKind::Up(MouseButton::Left))), None);
    assert_eq!(of(ev(MouseEventKind::Down(MouseButton::Right))), None);
}
