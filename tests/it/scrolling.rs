//! Text below the fold (issue 21, items 2, 3 and 8): next reads on like a
//! pager and the footer says so; a debate's single question scrolls; the
//! position survives a resize and a resume; the speaker stays in view.
//! Through the runtime, as a front end feeds it: each frame reports its size.

use crate::common;

use invisibles::app::{Screen, State};
use invisibles::content::Lang;
use invisibles::content::load::{Origin, load};
use invisibles::journey::Journey;
use invisibles::runtime::{Input, Player};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const T0: u64 = 1_700_000_000_000;

fn documentary() -> std::sync::Arc<invisibles::content::Documentary> {
    std::sync::Arc::new(load(&Origin::Embedded).unwrap_or_else(|e| panic!("{e:?}")))
}

fn player(state: State) -> Player {
    Player::new(state, T0 / 1000, T0)
}

/// Draws at a size; returns the screen as text.
fn draw(p: &mut Player, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    p.draw(&mut t).unwrap_or_else(|e| panic!("{e}"));
    common::buffer_text(t.backend().buffer())
}

fn keys(p: &mut Player, names: &str) {
    for n in names.split_whitespace() {
        p.handle(Input::Key(common::key(n)), T0);
    }
}

fn at(p: &Player, id: &str) -> Player {
    let mut p = player(p.state().clone());
    let i = p.state().doc().panel_index[id];
    p.apply(invisibles::app::Msg::Jump(i), T0);
    p
}

#[test]
fn next_reads_on_through_text_below_the_fold_before_it_moves_on() {
    let fresh = player(State::new(documentary(), Lang::En));
    let mut long = 0;
    for (i, slot) in fresh.state().doc().timeline.iter().enumerate() {
        let id = fresh.state().doc().panel(*slot).id().to_owned();
        let mut p = at(&fresh, &id);
        let mut shown = draw(&mut p, 60, 20);
        if p.state().room().gate().is_some() || !p.state().viewer().more_below() {
            continue;
        }
        long += 1;
        let footer = shown.lines().nth(19).unwrap_or_default().to_owned();
        assert!(footer.contains("→ more below"), "{id}: {footer}");
        let progress = p.state().room().progress(i).clone();
        for _ in 0..50 {
            if !p.state().viewer().more_below() {
                break;
            }
            keys(&mut p, "<right>");
            shown = draw(&mut p, 60, 20);
            assert_eq!(
                p.state().room().screen(),
                Screen::Panel(i),
                "{id} left unread"
            );
            assert_eq!(
                p.state().room().progress(i),
                &progress,
                "{id}: revealed, not read on"
            );
        }
        assert!(
            !p.state().viewer().more_below(),
            "{id}: never reached the end:\n{shown}"
        );
        assert!(!shown.contains("more below"), "{id}:\n{shown}");
    }
    assert!(long > 5, "only {long} panels go past 60x20");
}

#[test]
fn a_debates_single_question_scrolls_and_names_only_keys_that_work() {
    let fresh = player(State::new(documentary(), Lang::En));
    let mut p = at(&fresh, "debate-unions-why");
    let i = p.state().doc().panel_index["debate-unions-why"];
    let mut shown = draw(&mut p, 60, 20);
    for _ in 0..40 {
        if shown.contains("✓ answered") {
            break;
        }
        keys(&mut p, "<right>");
        shown = draw(&mut p, 60, 20);
    }
    assert!(shown.contains("✓ answered · → go on"), "{shown}");
    assert!(!shown.contains("another question"), "{shown}");
    keys(&mut p, "k k k k k k k k k k k k k k k k k k k k");
    draw(&mut p, 60, 20);
    let top = p.state().viewer().scroll_at();
    assert!(p.state().viewer().more_below(), "the answers go past 60x20");
    keys(&mut p, "<down>");
    draw(&mut p, 60, 20);
    assert_eq!(p.state().room().progress(i).selected, 0);
    assert_eq!(p.state().viewer().scroll_at(), top + 1, "↓ scrolls");
    keys(
        &mut p,
        "<down> <down> <down> <down> <down> <down> <down> <down>",
    );
    draw(&mut p, 60, 20);
    assert!(
        p.state().viewer().scroll_at() > top,
        "↓ at the bottom never jumps back to the question"
    );
}

#[test]
fn a_resize_keeps_the_newest_passage_and_the_speaker_in_view() {
    let fresh = player(State::new(documentary(), Lang::En));
    let mut p = at(&fresh, "riders-zlat-testimony");
    draw(&mut p, 80, 24);
    keys(&mut p, "<right>");
    draw(&mut p, 80, 24);
    keys(&mut p, "<right>");
    let shown = draw(&mut p, 80, 24);
    let body: Vec<&str> = shown.lines().skip(1).take(3).collect();
    assert!(
        body.iter().any(|l| l.trim() == "Zlat"),
        "speaker kept:\n{shown}"
    );
    assert!(shown.contains("● ● ●"), "{shown}");
    // Smaller, through a size too small to draw, then back up.
    for (w, h) in [(40, 10), (61, 20), (200, 60), (61, 20)] {
        let shown = draw(&mut p, w, h);
        if w >= 60 {
            assert!(
                shown.contains("● ● ●"),
                "{w}x{h}: newest out of view:\n{shown}"
            );
            assert!(
                shown.contains("Zlat\n") || shown.contains("Zlat "),
                "{w}x{h}:\n{shown}"
            );
        }
    }
}

#[test]
fn a_resumed_journey_shows_the_newest_passage() {
    let fresh = player(State::new(documentary(), Lang::En));
    let mut p = at(&fresh, "riders-zlat-testimony");
    keys(&mut p, "<right> <right>");
    let mut again = State::new(documentary(), Lang::En);
    Journey::capture(p.state()).restore(&mut again);
    let mut again = player(again);
    let shown = draw(&mut again, 80, 24);
    assert!(shown.contains("● ● ●"), "{shown}");
}
