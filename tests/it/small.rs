//! Below the minimum size: one short sentence, and no key acts on what cannot
//! be seen (only quitting and suspending do).

use crate::common;

use invisibles::app::{Msg, Remote};
use invisibles::content::Lang;
use invisibles::runtime::{Input, Player};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const T0: u64 = 1_700_000_000_000;

fn drawn(p: &mut Player, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    p.draw(&mut t).unwrap_or_else(|e| panic!("{e}"));
    common::buffer_text(t.backend().buffer())
}

#[test]
fn the_sentence_fits_on_one_line_at_40_columns_in_both_languages() {
    for (lang, said) in [
        (Lang::En, "Terminal too small: 40x10 (min. 60x20)"),
        (Lang::Fr, "Terminal trop petit : 40x10 (min. 60x20)"),
    ] {
        let shown = common::screen(&common::state(lang), 40, 10);
        assert!(shown.lines().any(|l| l.trim() == said), "{shown}");
    }
}

#[test]
fn keys_do_nothing_on_a_screen_too_small_to_show_them() {
    let mut p = Player::new(common::state(Lang::En), T0 / 1000, T0);
    drawn(&mut p, 40, 10);
    for k in ["L", "?", "<right>", "t"] {
        p.handle(Input::Key(common::key(k)), T0);
    }
    assert_eq!(p.state().viewer().lang(), Lang::En);
    assert_eq!(p.state().viewer().overlay(), None);
    assert_eq!(p.state().room().screen(), invisibles::app::Screen::Title);
    // Enlarged, the same keys act again.
    drawn(&mut p, 80, 24);
    p.handle(Input::Key(common::key("L")), T0);
    assert_eq!(p.state().viewer().lang(), Lang::Fr);
}

#[test]
fn the_projector_view_below_the_minimum_says_so_too() {
    let mut s = common::state(Lang::En);
    common::setup(&mut s, |o| {
        o.present = true;
        o.workshop = true;
    });
    invisibles::app::update(
        &mut s,
        Msg::Facilitator(Remote::Jump("rider-weekly-pay".into())),
    );
    let mut p = Player::new(s, T0 / 1000, T0);
    p.handle(Input::Remote(Remote::Timer(Some(5))), T0);
    p.handle(Input::Remote(Remote::ShowTimer), T0);
    for (w, h) in [(59, 20), (50, 15), (30, 8)] {
        let shown = drawn(&mut p, w, h);
        let text: String = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.starts_with("Terminal too small"), "{w}x{h}:\n{shown}");
        assert!(text.ends_with("(min. 60x20)"), "{w}x{h}:\n{shown}");
    }
}

#[test]
fn the_projector_view_centres_a_short_panel_on_the_screen() {
    let mut s = common::state(Lang::En);
    common::setup(&mut s, |o| o.present = true);
    common::press(&mut s, "@rider-weekly-pay");
    let shown = common::screen(&s, 120, 36);
    let rows: Vec<&str> = shown.lines().collect();
    // Between the header and the footer: as many free rows above as below.
    let body = &rows[1..rows.len() - 3];
    let above = body.iter().take_while(|l| l.trim().is_empty()).count();
    let below = body
        .iter()
        .rev()
        .take_while(|l| l.trim().is_empty())
        .count();
    assert!(
        above.abs_diff(below) <= 3,
        "{above} above, {below} below:\n{shown}"
    );
}
