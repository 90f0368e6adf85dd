//! Big figures: one typeface at the scale that fits, a short unit on the
//! figure's line, a range drawn whole.

use crate::common;

use std::sync::Arc;

use common::{goto, screen};
use invisibles::app::State;
use invisibles::content::Lang;
use invisibles::content::load::{Origin, load};

fn at(id: &str, lang: Lang, present: bool) -> State {
    let doc = load(&Origin::Embedded).unwrap_or_else(|e| panic!("{e:?}"));
    let mut s = State::new(Arc::new(doc), lang);
    common::setup(&mut s, |o| o.present = present);
    goto(&mut s, id);
    s
}

#[test]
fn a_short_unit_sits_on_the_figures_line() {
    for (id, unit) in [
        ("riders-bilel-urssaf-rate", "%"),
        ("riders-bilel-deposit", "€"),
    ] {
        for (w, h) in [(60, 20), (80, 24), (200, 60)] {
            let shown = screen(&at(id, Lang::En, false), w, h);
            let row = shown
                .lines()
                .find(|l| l.trim_end().ends_with(unit) || l.trim_start().starts_with(unit));
            assert!(
                row.is_some_and(|l| l.contains('█')),
                "{id} {w}x{h}: the unit beside the glyphs\n{shown}"
            );
        }
    }
}

#[test]
fn a_range_is_drawn_whole_and_flush_with_its_label_when_big_glyphs_do_not_fit() {
    let shown = screen(&at("riders-bilel-hourly", Lang::En, false), 60, 20);
    let indent = |text: &str| {
        let line = (shown.lines().find(|l| l.trim_start().starts_with(text)))
            .unwrap_or_else(|| panic!("{text} in {shown}"));
        line.chars().count() - line.trim_start().chars().count()
    };
    // One edge to read down: the label, then the figure under it.
    assert_eq!(indent("€5.71–6.67/h"), indent("Bilel’s gross"), "{shown}");
}

#[test]
fn big_figures_at_every_size_in_both_languages() {
    for id in [
        "riders-bilel-urssaf-rate",
        "riders-bilel-hourly",
        "sources-smic-2020-monthly",
    ] {
        for lang in [Lang::En, Lang::Fr] {
            let s = at(id, lang, false);
            for (w, h) in [(60, 20), (80, 24), (200, 60)] {
                insta::assert_snapshot!(format!("{id}_{lang:?}_{w}x{h}"), screen(&s, w, h));
            }
            let p = at(id, lang, true);
            insta::assert_snapshot!(format!("{id}_{lang:?}_present_120x36"), screen(&p, 120, 36));
        }
    }
}

/// The room's guesses said in words wrap in the measure: in French on the
/// projector at 120x36 the median fell off the end of the line.
#[test]
fn the_rooms_guesses_in_words_wrap_on_the_projector() {
    use invisibles::app::{Ballot, Msg, update};
    let id = "prologue-guess-microworkers-france";
    let mut s = at(id, Lang::Fr, true);
    common::setup(&mut s, |o| o.workshop = true);
    let i = s.doc().panel_index[id];
    for (voter, v) in [
        ("a", 250_000.0),
        ("b", 300_000.0),
        ("c", 400_000.0),
        ("d", 500_000.0),
    ] {
        let ballot = Ballot::Guessed(v);
        update(
            &mut s,
            Msg::Ballot {
                panel: i,
                voter: voter.into(),
                ballot,
            },
        );
    }
    let shown = screen(&s, 120, 36);
    let joined: String = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(joined.contains("Les 4 estimations de la salle"), "{shown}");
    assert!(joined.contains("médiane 350 000 personnes"), "{shown}");
}
