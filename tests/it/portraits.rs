//! The shipped portraits: drawn in block elements the terminal renders
//! crisply, small enough for the witness's card, and shown on that card
//! beside the passages from 120 columns, left out of the stacked card below.

use crate::common;

use std::sync::Arc;

use common::screen;
use invisibles::app::State;
use invisibles::content::load::{Origin, load};
use invisibles::content::{Lang, Panel};

/// The characters a portrait may be drawn with: spaces, half and quadrant blocks.
const DRAWING: &str = " ▀▄█▌▐▖▗▘▝▙▚▛▜▞▟";

fn shipped() -> Arc<invisibles::content::Documentary> {
    Arc::new(load(&Origin::Embedded).unwrap_or_else(|e| panic!("{e:?}")))
}

#[test]
fn every_portrait_is_drawn_in_blocks_and_fits_the_card() {
    let doc = shipped();
    assert!(!doc.assets.is_empty());
    for (name, art) in &doc.assets {
        let stray: Vec<char> = art
            .chars()
            .filter(|&c| c != '\n' && !DRAWING.contains(c))
            .collect();
        assert!(stray.is_empty(), "{name}: {stray:?}");
        let widest = art.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest <= 30, "{name}: {widest} columns");
        assert!(art.lines().count() <= 16, "{name}");
    }
}

#[test]
fn each_testimony_opens_on_its_card_beside_the_passages_when_wide() {
    let doc = shipped();
    let with_portraits: Vec<(String, String)> = doc
        .timeline
        .iter()
        .filter_map(|slot| match doc.panel(*slot) {
            Panel::Testimony(t) => Some((t.id.clone(), t.portrait.clone()?)),
            _ => None,
        })
        .collect();
    assert!(!with_portraits.is_empty());
    for (id, portrait) in with_portraits {
        let Some(first_row) = doc.assets.get(&portrait).and_then(|a| a.lines().next()) else {
            panic!("{portrait} not loaded");
        };
        let first_row = first_row.trim().to_owned();
        let mut s = State::new(doc.clone(), Lang::En);
        common::goto(&mut s, &id);
        let wide = screen(&s, 120, 40);
        // The portrait's first row, then the passages to its right on the same rows.
        let row = wide
            .lines()
            .position(|l| l.contains(&first_row))
            .unwrap_or_else(|| panic!("{id}: no portrait at 120x40:\n{wide}"));
        let beside = wide.lines().skip(row).take(14).any(|l| {
            let at = l.find(&first_row).map_or(0, |x| x + first_row.len());
            l.get(at..)
                .is_some_and(|rest| rest.contains('┃') || rest.trim().len() > 20)
        });
        assert!(
            beside,
            "{id}: the passages are not beside the card:\n{wide}"
        );
        let narrow = screen(&s, 80, 24);
        assert!(!narrow.contains(&first_row), "{id}:\n{narrow}");
        // Wide but short: the card keeps the facts and leaves the portrait out.
        let short = screen(&s, 120, 20);
        assert!(!short.contains(&first_row), "{id}:\n{short}");
        let Panel::Testimony(t) = doc.panel(doc.timeline[doc.panel_index[&id]]) else {
            panic!("{id} is not a testimony");
        };
        let role = t.speaker.role.get(Lang::En);
        assert!(short.contains(role), "{id}: no `{role}`:\n{short}");
    }
}
