//! The room's polls: hands and ballots, the room's answer, and what the
//! session log keeps of them.

use super::*;

#[test]
fn polls_count_hands_only_in_workshop_mode() {
    let mut alone = state(Lang::En);
    common::press_unbound(&mut alone, "@take-job + +");
    assert!(alone.room().polls().is_empty());
    let mut s = workshop();
    press(&mut s, "@take-job + + <down> + + + - <down> +");
    let Screen::Panel(i) = s.room().screen() else {
        panic!("not on a panel")
    };
    assert_eq!(
        s.room().polls().get(&i).map(|p| p.tally(3)),
        Some(vec![2, 2, 1])
    );
    let shown = screen(&s, 80, 24);
    assert!(shown.contains("  2 █"), "live bars on the screen:\n{shown}");
    insta::assert_snapshot!("poll_80x24", shown);
}
#[test]
fn poll_counts_round_trip_through_the_session_log() {
    let mut s = workshop();
    let mut log = Session::new("tuesday", 1_000);
    for (k, key) in ["3", "<right>", "+", "+", "<down>", "+", "s", "<right>"]
        .iter()
        .enumerate()
    {
        // `s` on a panel with no notice does nothing, and is logged as nothing.
        for effect in common::press_unbound(&mut s, key) {
            log.apply(&effect, &s, 1_000 + k as u64 * 10);
        }
    }
    let text =
        ron::ser::to_string_pretty(&log, ron::ser::PrettyConfig::default()).unwrap_or_default();
    let read: Session = ron::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read, log);
    assert_eq!(
        read.polls.get("take-job").map(|p| p.tally(3)),
        Some(vec![2, 1, 0])
    );
    assert_eq!(
        read.shown.first().map(|x| (x.panel.as_str(), x.at)),
        Some(("take-job", 10)),
        "shown when → passes the episode's title card"
    );
    let mut again = workshop();
    let polls = read.polls_msg(again.doc());
    update(&mut again, polls);
    assert_eq!(again.room().polls(), s.room().polls());
}
#[test]
fn skipped_notices_are_logged() {
    let mut s = workshop();
    let mut log = Session::new("x", 0);
    press(&mut s, "@hard-text");
    for effect in update(&mut s, Action::Skip) {
        log.apply(&effect, &s, 5);
    }
    assert_eq!(log.skipped, ["hard-text"]);
}
#[test]
fn the_rooms_answer_is_the_tally_not_the_option_on_screen() {
    let mut s = workshop();
    let mut log = Session::new("tally", 0);
    for effect in common::goto(&mut s, "take-job") {
        log.apply(&effect, &s, 0);
    }
    // Yes 5, No 8, It depends 2 — then the screen answers with the cursor on "It depends".
    let keys = "+ + + + + <down> + + + + + + + + <down> + + <right>";
    for effect in press(&mut s, keys) {
        log.apply(&effect, &s, 1);
    }
    let md = export::markdown(&s.doc().clone(), Lang::En, Some(&log));
    assert!(md.contains("- The room's answer: No"), "{md}");
    assert!(md.contains("- No: 8"), "{md}");
}
#[test]
fn participants_cast_one_ballot_each_and_may_change_it() {
    use invisibles::app::{Ballot, Msg};
    let mut s = workshop();
    let i = s.doc().panel_index["take-job"];
    let g = s.doc().panel_index["guess-pay"];
    let cast = |s: &mut State, panel, voter: &str, ballot| {
        update(
            s,
            Msg::Ballot {
                panel,
                voter: voter.into(),
                ballot,
            },
        )
    };
    assert_eq!(cast(&mut s, i, "ana", Ballot::Picked(0)).len(), 1);
    cast(&mut s, i, "ben", Ballot::Picked(0));
    cast(&mut s, i, "ben", Ballot::Picked(1));
    assert!(
        cast(&mut s, i, "cy", Ballot::Picked(7)).is_empty(),
        "no such option"
    );
    assert!(
        cast(&mut s, i, "cy", Ballot::Guessed(3.0)).is_empty(),
        "not a guess"
    );
    assert_eq!(s.room().polls()[&i].tally(3), [1, 1, 0]);
    cast(&mut s, g, "ana", Ballot::Guessed(6.5));
    assert!(
        cast(&mut s, g, "ben", Ballot::Guessed(99.0)).is_empty(),
        "out of range"
    );
    assert_eq!(s.room().polls()[&g].guesses(), [6.5]);
}
#[test]
fn a_log_written_before_ballots_reads_its_counts_as_hands() {
    let old = r#"(name: "old", started: 5, polls: {"take-job": [4, 1, 0]}, shown: [(panel: "take-job", at: 3)])"#;
    let log: Session = ron::from_str(old).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(log.polls["take-job"].tally(3), [4, 1, 0]);
    let again: Session =
        ron::from_str(&ron::to_string(&log).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again, log);
}
