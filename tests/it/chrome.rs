//! The header and footer around every screen: a place name cut with "…",
//! never mid-word; panel numbers that count only the panels shown.

use crate::common;

use std::sync::Arc;

use common::{goto, press, screen, state};
use invisibles::app::{Msg, State, update};
use invisibles::content::Lang;
use invisibles::content::load::{Origin, load};

#[test]
fn a_header_too_long_is_cut_at_a_word_with_an_ellipsis() {
    let doc = Arc::new(load(&Origin::Embedded).unwrap_or_else(|e| panic!("{e:?}")));
    for lang in [Lang::En, Lang::Fr] {
        for start in doc.chapter_starts() {
            let mut s = State::new(doc.clone(), lang);
            update(&mut s, Msg::Jump(start));
            let chapter = s
                .slot()
                .map(|slot| doc.chapter(slot).title.get(lang).to_owned());
            for w in [60, 80] {
                let shown = screen(&s, w, 20);
                let header = shown.lines().next().unwrap_or_default().trim_end();
                assert!(
                    chapter.as_deref().is_some_and(|c| header.ends_with(c))
                        || header.ends_with('…'),
                    "{w} columns: {header:?}"
                );
            }
        }
    }
    let cut = invisibles::ui::chrome::cut(" Invisibles  │  Ep. 2  │  Our words, their figures", 40);
    assert_eq!(cut, " Invisibles  │  Ep. 2  │  Our words,…");
}

#[test]
fn panel_numbers_count_only_the_panels_shown() {
    let mut s = state(Lang::En);
    goto(&mut s, "take-job");
    assert!(screen(&s, 80, 24).contains("Panel 1 of 3"));
    // "No": the panel for a yes stays hidden, and is not counted.
    press(&mut s, "<down> <enter> <right>");
    let shown = screen(&s, 80, 24);
    assert!(shown.contains("Panel 2 of 3"), "{shown}");
}

#[test]
fn every_reading_panel_starts_its_text_at_the_same_column() {
    use invisibles::content::Panel;
    let doc = Arc::new(load(&Origin::Embedded).unwrap_or_else(|e| panic!("{e:?}")));
    for (w, h) in [(120, 36), (200, 60)] {
        let mut edges = std::collections::BTreeMap::new();
        for i in 0..doc.timeline.len() {
            let kind = match doc.panel(doc.timeline[i]) {
                Panel::Narration(_) => "narration",
                Panel::Testimony(_) => "testimony",
                Panel::Statistic(_) => "statistic",
                Panel::Choice(_) => "choice",
                // From 130 columns a debate lays its questions beside the answers.
                Panel::Debate(_) if w >= 130 => continue,
                Panel::Debate(_) => "debate",
                Panel::Recap(_) => continue,
            };
            let mut s = State::new(doc.clone(), Lang::En);
            update(&mut s, Msg::Jump(i));
            if s.room().gate().is_some() {
                continue; // a content notice is a box of its own
            }
            let shown = screen(&s, w, h);
            let rows: Vec<&str> = shown.lines().collect();
            // From 120 columns a testimony's card stands left of its passages
            // (which move right for it where the margin is narrower than the
            // card): there, the passages' rule is where its text starts.
            if kind == "testimony" && w < 160 {
                continue;
            }
            let left = match kind {
                "testimony" => rows[1..rows.len() - 3]
                    .iter()
                    .filter_map(|l| l.chars().position(|c| c == '┃' || c == '│'))
                    .min(),
                _ => rows[1..rows.len() - 3]
                    .iter()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| l.len() - l.trim_start().len())
                    .min(),
            };
            edges.entry(left).or_insert_with(Vec::new).push((kind, i));
        }
        assert_eq!(edges.len(), 1, "{w}x{h}: {edges:?}");
    }
}
