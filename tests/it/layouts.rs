//! The shipped documentary on screen: its layouts at the sizes README promises.

use crate::common;

use std::sync::Arc;

use common::{goto, press, screen};
use invisibles::app::State;
use invisibles::content::load::{Origin, load};
use invisibles::content::{Documentary, Lang};

fn shipped() -> Arc<Documentary> {
    match load(&Origin::Embedded) {
        Ok(doc) => Arc::new(doc),
        Err(problems) => panic!("the built-in documentary fails: {problems:?}"),
    }
}

/// The rows of the screen that hold the debate's question list, by their
/// number mark (`1.`, `2.`…), and the pointer's row.
fn question_rows(shown: &str) -> (Vec<usize>, Option<usize>) {
    let mut numbers = Vec::new();
    let mut pointer = None;
    for line in shown.lines() {
        for (n, _) in line.match_indices(". ") {
            let head = &line[..n];
            if let Some(d) = head.chars().last().and_then(|c| c.to_digit(10))
                && (head.ends_with(&format!("✓ {d}"))
                    || head.ends_with(&format!("◐ {d}"))
                    || head.ends_with(&format!("· {d}")))
            {
                numbers.push(d as usize);
                if head.contains('›') {
                    pointer = Some(d as usize);
                }
            }
        }
    }
    (numbers, pointer)
}

#[test]
fn picking_a_later_question_keeps_the_earlier_ones_in_the_list() {
    for lang in [Lang::En, Lang::Fr] {
        for (present, w, h) in [(false, 80, 24), (false, 100, 30), (true, 120, 36)] {
            let mut s = State::new(shipped(), lang);
            common::setup(&mut s, |o| o.present = present);
            goto(&mut s, "debate-unions-divided");
            // Question 1's answers out, then question 2 picked.
            press(&mut s, "<right> <right> <down>");
            assert_eq!(s.room().progress(s.room_index().unwrap_or(0)).selected, 1);
            let shown = screen(&s, w, h);
            let (numbers, pointer) = question_rows(&shown);
            assert_eq!(numbers, [1, 2], "{lang:?} {w}x{h}:\n{shown}");
            assert_eq!(pointer, Some(2), "{lang:?} {w}x{h}:\n{shown}");
            if lang == Lang::En {
                insta::assert_snapshot!(format!("debate_second_question_{w}x{h}"), shown);
            }
        }
    }
}

#[test]
fn a_long_question_list_scrolls_with_marks() {
    // The shipped debates have two questions: this one is given eight.
    let mut doc = (*shipped()).clone();
    let i = doc.panel_index["debate-unions-divided"];
    let slot = doc.timeline[i];
    if let invisibles::content::Panel::Debate(d) =
        &mut doc.episodes[slot.episode].chapters[slot.chapter].panels[slot.panel]
    {
        let q = d.questions.clone();
        d.questions = q.iter().cycle().take(8).cloned().collect();
    }
    for (present, w, h) in [(false, 80, 24), (false, 60, 20), (true, 120, 36)] {
        let mut s = State::new(Arc::new(doc.clone()), Lang::En);
        common::setup(&mut s, |o| o.present = present);
        goto(&mut s, "debate-unions-divided");
        press(&mut s, "<down> <down> <down> <down> <down> <down> <down>");
        let shown = screen(&s, w, h);
        let (numbers, pointer) = question_rows(&shown);
        assert_eq!(pointer, Some(8), "{w}x{h}:\n{shown}");
        if numbers.len() == 8 {
            // Room for all: nothing scrolls.
            assert!(!present || !shown.contains('↑'), "{shown}");
            continue;
        }
        assert!(!present, "the projector view has room for eight:\n{shown}");
        assert!(!numbers.contains(&1), "{w}x{h}:\n{shown}");
        // What is above is marked, at the list's right edge, clear of the words.
        let marked = shown.lines().find(|l| l.trim_end().ends_with('↑'));
        let marked = marked.unwrap_or_else(|| panic!("no ↑ at {w}x{h}:\n{shown}"));
        assert!(marked.trim_end().ends_with(" ↑"), "{marked}");
        press(&mut s, "<up> <up> <up> <up> <up> <up> <up>");
        let shown = screen(&s, w, h);
        let (numbers, _) = question_rows(&shown);
        assert_eq!(numbers.first(), Some(&1), "{w}x{h}:\n{shown}");
        assert!(
            shown.lines().any(|l| l.trim_end().ends_with('↓')),
            "no ↓ at {w}x{h}:\n{shown}"
        );
    }
}

#[test]
fn the_shipped_documentary_fits_its_sizes() {
    let doc = shipped();
    // The normal view at 80x24; both views from the projector's 120x36 up.
    for (w, h) in [(80, 24), (120, 36)] {
        let overflows = invisibles::ui::overflow::check(&doc, w, h);
        assert!(overflows.is_empty(), "at {w}x{h}: {overflows:#?}");
    }
    assert!(invisibles::ui::overflow::checks_projector(120, 36));
    assert!(!invisibles::ui::overflow::checks_projector(80, 24));
}
