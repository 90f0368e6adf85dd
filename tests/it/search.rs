//! `g`: going to a panel by anything it says, or by a figure's value in
//! either number style; the list shows the words that matched.

use crate::common;

use std::sync::Arc;

use common::{press, screen};
use invisibles::app::State;
use invisibles::app::search::matches;
use invisibles::content::load::{Origin, load};
use invisibles::content::{Documentary, Lang};
use ratatui::style::Modifier;

fn shipped() -> Arc<Documentary> {
    Arc::new(load(&Origin::Embedded).unwrap_or_else(|e| panic!("{e:?}")))
}

fn ids(doc: &Documentary, lang: Lang, query: &str) -> Vec<String> {
    matches(doc, lang, query)
        .into_iter()
        .map(|i| doc.panel(doc.timeline[i]).id().to_owned())
        .collect()
}

#[test]
fn figures_are_found_by_value_in_either_number_style() {
    let doc = shipped();
    for lang in [Lang::En, Lang::Fr] {
        for (query, id) in [
            ("400", "riders-bilel-pay"),
            ("€400", "riders-bilel-pay"),
            ("400€", "riders-bilel-pay"),
            ("10.15", "sources-smic-2020-hourly"),
            ("10,15", "sources-smic-2020-hourly"),
            ("1539", "sources-smic-2020-monthly"),
            ("1,539.42", "sources-smic-2020-monthly"),
            ("1539,42", "sources-smic-2020-monthly"),
            // French groups thousands with a space, as the panel shows it.
            ("1 539", "sources-smic-2020-monthly"),
            ("1 539,42 €", "sources-smic-2020-monthly"),
            // Computed, shown rounded: found as shown.
            ("5.71", "riders-bilel-hourly"),
        ] {
            let found = ids(&doc, lang, query);
            assert!(
                found.iter().any(|f| f == id),
                "{lang:?} `{query}`: {found:?}"
            );
        }
        for query in ["30,000", "30 000"] {
            let found = ids(&doc, lang, query);
            assert!(!found.is_empty(), "{lang:?} {query}");
        }
    }
}

#[test]
fn panel_text_is_searched_not_only_titles() {
    let doc = shipped();
    // A word only in a passage, a debate answer, a narration's body.
    for (lang, query) in [(Lang::En, "algorithm"), (Lang::Fr, "algorithme")] {
        assert!(!ids(&doc, lang, query).is_empty(), "{query}");
    }
    let found = ids(&doc, Lang::En, "deposit bag");
    assert!(
        found.iter().any(|f| f == "riders-bilel-deposit"),
        "{found:?}"
    );
}

#[test]
fn the_list_shows_the_matched_words_highlighted() {
    let mut s = State::new(shipped(), Lang::En);
    press(&mut s, "g 1 5 3 9");
    let shown = screen(&s, 80, 24);
    assert!(!shown.contains("Nothing matches"), "{shown}");
    assert!(shown.contains("1,539.42"), "{shown}");
    // The figure that matched is bold and underlined, so it shows without colour.
    let terminal = common::render(&s, 80, 24);
    let buf = terminal.backend().buffer();
    let marked: String = buf
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED | Modifier::BOLD))
        .map(|c| c.symbol())
        .collect();
    assert!(marked.contains("1,539.42"), "{marked:?}");
    for (w, h) in [(60, 20), (80, 24), (200, 60)] {
        insta::assert_snapshot!(format!("search_1539_{w}x{h}"), screen(&s, w, h));
    }
    let mut fr = State::new(shipped(), Lang::Fr);
    press(&mut fr, "g a l g o r i t h m e");
    insta::assert_snapshot!("search_algorithme_fr_80x24", screen(&fr, 80, 24));
}
