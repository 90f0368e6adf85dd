//! The marks that say where one is: scroll marks clear of the words, the
//! help's foot, the contents' "more below", the end screen's keys and credits.

use crate::common;

use std::sync::Arc;

use common::{press, screen, state};
use invisibles::app::State;
use invisibles::content::Lang;
use invisibles::content::load::{Origin, load};

fn shipped(lang: Lang) -> State {
    match load(&Origin::Embedded) {
        Ok(doc) => State::new(Arc::new(doc), lang),
        Err(problems) => panic!("the built-in documentary fails: {problems:?}"),
    }
}

/// The lines holding `mark`, and whether each has a space right before it.
fn marks(shown: &str, mark: char) -> Vec<(String, bool)> {
    shown
        .lines()
        // Not the overlays' titles, which name the arrow keys.
        .filter(|l| l.contains(mark) && !l.contains('╭'))
        .map(|l| {
            let before = l.chars().take_while(|&c| c != mark).last();
            (l.to_owned(), before == Some(' '))
        })
        .collect()
}

#[test]
fn scroll_marks_never_touch_a_word() {
    for lang in [Lang::En, Lang::Fr] {
        let mut s = shipped(lang);
        common::goto(&mut s, "riders-bilel-testimony");
        // Every passage out (the view scrolls to the last): the first lie above.
        let i = s.room_index().unwrap_or_default();
        let n = match s.doc().panel(s.doc().timeline[i]) {
            invisibles::content::Panel::Testimony(t) => t.passages.len(),
            _ => panic!("not a testimony"),
        };
        for _ in 1..n {
            press(&mut s, "<right>");
        }
        assert_eq!(s.room().progress(i).revealed, n);
        for (w, h) in [(60, 20), (80, 24), (100, 30)] {
            let shown = screen(&s, w, h);
            let up = marks(&shown, '↑');
            assert!(!up.is_empty(), "{w}x{h}: no ↑\n{shown}");
            for (line, spaced) in up {
                assert!(spaced, "{w}x{h}: `{line}`");
            }
        }
    }
}

#[test]
fn the_help_says_more_only_while_there_is_more() {
    let mut s = state(Lang::En);
    press(&mut s, "?");
    let shown = screen(&s, 80, 24);
    assert!(shown.contains("↑↓ scroll for more"), "{shown}");
    for _ in 0..200 {
        press(&mut s, "<down>");
        // The view reports how far the help can scroll, as a frame does.
        let info = {
            let area = ratatui::layout::Rect::new(0, 0, 80, 24);
            let mut buf = ratatui::buffer::Buffer::empty(area);
            invisibles::ui::render(s.view(), area, &mut buf)
        };
        invisibles::app::update(
            &mut s,
            invisibles::app::Action::ScrollLimit(info.max_scroll, info.page),
        );
    }
    let shown = screen(&s, 80, 24);
    assert!(!shown.contains("scroll for more"), "{shown}");
    assert!(shown.contains("↑ back up"), "{shown}");
}

#[test]
fn the_contents_mark_what_lies_below_and_above() {
    for (w, h) in [(80, 24), (100, 30)] {
        let mut s = shipped(Lang::En);
        press(&mut s, "t");
        let shown = screen(&s, w, h);
        let down = marks(&shown, '↓');
        assert_eq!(down.len(), 1, "{w}x{h}:\n{shown}");
        assert!(down[0].1, "{}", down[0].0);
        assert!(marks(&shown, '↑').is_empty(), "{shown}");
        for _ in 0..40 {
            press(&mut s, "<down>");
        }
        let shown = screen(&s, w, h);
        assert_eq!(marks(&shown, '↑').len(), 1, "{w}x{h}:\n{shown}");
        assert!(marks(&shown, '↓').is_empty(), "{shown}");
    }
}

#[test]
fn the_end_offers_no_next_and_no_keys_to_the_room() {
    for lang in [Lang::En, Lang::Fr] {
        let mut s = shipped(lang);
        let last = s.doc().timeline.len() - 1;
        invisibles::app::update(&mut s, invisibles::app::Msg::Jump(last));
        press(&mut s, "<right>");
        assert_eq!(s.room().screen(), invisibles::app::Screen::End);
        let shown = screen(&s, 80, 24);
        let hints = shown.lines().last().unwrap_or_default();
        assert!(!hints.contains('→'), "{hints}");
        assert!(hints.contains('←'), "{hints}");
        common::setup(&mut s, |o| o.present = true);
        for (w, h) in [(80, 24), (120, 36)] {
            let shown = screen(&s, w, h);
            assert!(
                !shown.contains("q quit") && !shown.contains("q quitter"),
                "{shown}"
            );
        }
    }
}

#[test]
fn the_credits_leave_no_word_alone_on_a_line() {
    for lang in [Lang::En, Lang::Fr] {
        let mut s = shipped(lang);
        let last = s.doc().timeline.len() - 1;
        invisibles::app::update(&mut s, invisibles::app::Msg::Jump(last));
        press(&mut s, "<right>");
        for present in [false, true] {
            common::setup(&mut s, |o| o.present = present);
            for (w, h) in [(80, 24), (100, 30), (120, 36)] {
                let shown = screen(&s, w, h);
                if lang == Lang::En && (w, h) != (100, 30) {
                    insta::assert_snapshot!(
                        format!("end_credits_{w}x{h}_present_{present}"),
                        shown
                    );
                }
                for line in shown.lines().skip(1).take(h as usize - 4) {
                    if ["The end", "Fin"].contains(&line.trim()) {
                        continue;
                    }
                    let words = line.split_whitespace().count();
                    assert!(words == 0 || words >= 3, "{w}x{h} `{line}`:\n{shown}");
                }
            }
        }
    }
}
