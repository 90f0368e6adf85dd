//! Each episode opens on a title card (its title, summary, length and
//! notices), by every route into it; `→` goes on, `←` from the first panel
//! comes back to it.

use crate::common;

use std::sync::Arc;

use common::{goto, here, press, screen, state};
use invisibles::app::{Gate, Msg, Overlay, Remote, Screen, State, TocRow, update};
use invisibles::content::Lang;
use invisibles::content::load::{Origin, load};
use invisibles::journey::Journey;

fn on_card(s: &State) -> bool {
    s.room().gate() == Some(Gate::Episode)
}

fn shipped(lang: Lang) -> State {
    match load(&Origin::Embedded) {
        Ok(doc) => State::new(Arc::new(doc), lang),
        Err(problems) => panic!("the built-in documentary fails: {problems:?}"),
    }
}

#[test]
fn the_number_key_opens_the_episode_on_its_card_with_its_summary() {
    let mut s = shipped(Lang::En);
    press(&mut s, "2");
    assert!(on_card(&s), "not straight onto the poll");
    assert_eq!(here(&s), Some("riders-ask-sign-up"));
    let shown = screen(&s, 80, 24);
    assert!(shown.contains("Episode 2 of 6"), "{shown}");
    assert!(shown.contains("Bilel and Zlat deliver meals"), "{shown}");
    assert!(shown.contains("chapters ·"), "{shown}");
    assert!(!s.viewer().seen(s.room_index().unwrap_or_default()));
    press(&mut s, "<right>");
    assert!(!on_card(&s));
    assert!(s.viewer().seen(s.room_index().unwrap_or_default()));
    press(&mut s, "<left>");
    assert!(on_card(&s), "← from the first panel comes back to the card");
}

#[test]
fn every_route_into_an_episode_passes_its_card() {
    // From the title, → opens the first episode's card.
    let mut s = state(Lang::En);
    press(&mut s, "<right>");
    assert!(on_card(&s));
    // → from the last panel of an episode opens the next one's card.
    goto(&mut s, "hard-text");
    press(&mut s, "<right> <right>");
    assert!(
        on_card(&s) && here(&s) == Some("debate-icons"),
        "{:?}",
        here(&s)
    );
    // The contents: its episode row.
    let mut s = state(Lang::En);
    goto(&mut s, "rider-intro");
    press(&mut s, "t");
    let row = s.toc_rows().iter().position(|r| *r == TocRow::Episode(1));
    while let Some(Overlay::Contents { selected }) = s.viewer().overlay()
        && Some(selected) < row
    {
        press(&mut s, "<down>");
    }
    press(&mut s, "<enter>");
    assert!(
        on_card(&s) && here(&s) == Some("debate-icons"),
        "{:?}",
        here(&s)
    );
    // A console's jump in a screening.
    let mut s = state(Lang::En);
    update(&mut s, Msg::Facilitator(Remote::Jump("take-job".into())));
    assert!(on_card(&s));
    // Moving inside an episode never does.
    goto(&mut s, "guess-pay");
    press(&mut s, "<left>");
    assert_eq!(here(&s), Some("take-job"));
    assert!(!on_card(&s));
}

#[test]
fn back_from_a_card_goes_to_the_episode_before_and_skip_does_nothing() {
    let mut s = state(Lang::En);
    press(&mut s, "2");
    common::press_unbound(&mut s, "s");
    assert!(on_card(&s), "a card is no notice to skip");
    press(&mut s, "<left>");
    assert_eq!(here(&s), Some("hard-text"));
    // Inside its own episode, 1 goes to its start without a card; ← then shows it.
    press(&mut s, "1");
    assert!(!on_card(&s));
    press(&mut s, "<left>");
    assert!(on_card(&s));
    press(&mut s, "<left>");
    assert_eq!(s.room().screen(), Screen::Title);
}

#[test]
fn a_journey_left_on_a_card_comes_back_to_it_and_old_journeys_still_load() {
    let mut s = state(Lang::En);
    press(&mut s, "2");
    let mut again = state(Lang::En);
    Journey::capture(&s).restore(&mut again);
    assert!(on_card(&again));
    // A journey from before the cards, on a panel seen, lands on that panel.
    let old = r#"(version: 1, position: Panel(episode: "debate", chapter: "questions",
        panel: "debate-icons", index: 0), seen: ["debate-icons"])"#;
    let journey: Journey = ron::from_str(old).unwrap_or_else(|e| panic!("{e}"));
    let mut resumed = state(Lang::En);
    journey.restore(&mut resumed);
    assert_eq!(here(&resumed), Some("debate-icons"));
    assert!(!on_card(&resumed));
}

#[test]
fn in_a_workshop_the_card_gives_the_facilitators_minutes() {
    let mut s = shipped(Lang::En);
    press(&mut s, "2");
    assert!(
        !screen(&s, 80, 24).contains("min with"),
        "a lone viewer plans no discussion"
    );
    common::setup(&mut s, |o| o.workshop = true);
    let minutes: u32 = s.doc().episodes[1]
        .chapters
        .iter()
        .filter_map(|c| c.facilitator.as_ref().map(|f| f.minutes))
        .sum();
    let shown = screen(&s, 80, 24);
    assert!(
        shown.contains(&format!("about {minutes} min with its discussions")),
        "{shown}"
    );
}

#[test]
fn the_card_at_every_size_in_both_languages() {
    for lang in [Lang::En, Lang::Fr] {
        let mut s = shipped(lang);
        press(&mut s, "4");
        for (w, h) in [(60, 20), (80, 24), (200, 60)] {
            insta::assert_snapshot!(format!("card_{lang:?}_{w}x{h}"), screen(&s, w, h));
        }
        common::setup(&mut s, |o| o.present = true);
        insta::assert_snapshot!(format!("card_{lang:?}_present_120x36"), screen(&s, 120, 36));
    }
}
