//! Numbers from outside: poll counts in a session log, answers in a journey,
//! and the command line's numbers, each validated where it enters.

use crate::common;
use crate::hostile;

use std::collections::BTreeMap;
use std::sync::Arc;

use hostile::{command, run, run_within, tempdir, text, write};
use invisibles::app::State;
use invisibles::content::Lang;
use invisibles::content::load::{Origin, load};
use invisibles::journey::{Answer, Journey, Position};
use invisibles::store::session_log::{MAX_VOTES, Session};

const POLL: &str = "riders-ask-sign-up";
const GUESS: &str = "riders-guess-bilel-hourly";

fn embedded() -> Arc<invisibles::content::Documentary> {
    Arc::new(load(&Origin::Embedded).unwrap_or_else(|p| panic!("{p:?}")))
}

/// A journey on `panel`, seen (one not seen yet at an episode's start
/// resumes on the episode's title card).
fn at(panel: &str) -> Journey {
    Journey {
        seen: [panel.to_owned()].into(),
        position: Position::Panel {
            episode: "riders".into(),
            chapter: String::new(),
            panel: panel.into(),
            index: 0,
        },
        ..Journey::default()
    }
}

fn huge_log() -> Session {
    let mut log = Session::new("s", 1);
    log.polls.insert(
        POLL.into(),
        invisibles::app::Poll {
            hands: vec![u64::from(u32::MAX), 2, 0],
            ..Default::default()
        },
    );
    log.shown.push(invisibles::store::session_log::Shown {
        panel: POLL.into(),
        at: 3,
        via: Default::default(),
    });
    log
}

#[test]
fn huge_poll_counts_neither_overflow_the_screen_nor_the_handout() {
    let doc = embedded();
    let mut state = State::new(doc.clone(), Lang::En);
    common::setup(&mut state, |o| o.workshop = true);
    at(POLL).restore(&mut state);
    // Straight into the state, unchecked: the arithmetic itself must hold.
    let polls = huge_log().polls_msg(&doc);
    invisibles::app::update(&mut state, polls);
    let screen = common::screen(&state, 120, 40);
    assert!(screen.contains("4294967295"), "{screen}");
    let md = invisibles::publish::export::markdown(&doc, Lang::En, Some(&huge_log()));
    assert!(md.len() < 200_000, "{} bytes", md.len());
    let html = invisibles::publish::export::html(&doc, Lang::En, Some(&huge_log()));
    let widths: Vec<u64> = html
        .split("width:")
        .skip(1)
        .filter_map(|w| w.split("px").next()?.parse().ok())
        .collect();
    assert!(!widths.is_empty());
    assert!(
        widths.iter().all(|&w| w <= 200),
        "a bar is never wider than its column: {widths:?}"
    );
}

#[test]
fn poll_counts_are_clamped_when_a_session_log_is_read() {
    let tmp = tempdir();
    let path = tmp.path().join("invisibles/sessions/s.ron");
    invisibles::fsio::create_dirs(path.parent().unwrap_or(tmp.path()))
        .unwrap_or_else(|e| panic!("{e}"));
    invisibles::store::journey::write_atomic(&path, &huge_log()).unwrap_or_else(|e| panic!("{e}"));
    let log = invisibles::store::session_log::read(&path)
        .ok()
        .flatten()
        .unwrap_or_default();
    assert_eq!(
        log.polls.get(POLL).map(|p| p.tally(3)),
        Some(vec![u64::from(MAX_VOTES), 2, 0])
    );
    // And the handout of that log, from the command line.
    for format in ["md", "html"] {
        let o = run(
            tmp.path(),
            &["export", "--session", "s", "--format", format],
        );
        assert!(o.status.success(), "{format}: {}", text(&o.stderr));
        assert!(text(&o.stdout).contains(&MAX_VOTES.to_string()), "{format}");
    }
}

#[test]
fn impossible_answers_in_a_journey_are_dropped_or_clamped() {
    let doc = embedded();
    let mut journey = at(GUESS);
    journey.answers = BTreeMap::from([
        (GUESS.to_owned(), Answer::Guessed(f64::NAN)),
        (POLL.to_owned(), Answer::Picked(99)),
        (
            "micro-workers-guess-nomena-hourly".to_owned(),
            Answer::Guessed(1e300),
        ),
    ]);
    let text = ron::to_string(&journey).unwrap_or_default();
    let mut read: Journey = invisibles::store::decode(text.as_bytes()).unwrap_or_default();
    assert!(!read.answers.contains_key(GUESS), "NaN is dropped as read");
    read.fit_to(&doc);
    assert!(!read.answers.contains_key(POLL), "there is no option 99");
    assert_eq!(
        read.answers.get("micro-workers-guess-nomena-hourly"),
        Some(&Answer::Guessed(12.0)),
        "a guess is clamped to its panel's range"
    );
    // What reaches the screen never shows NaN.
    journey.fit_to(&doc);
    let mut state = State::new(doc, Lang::En);
    journey.restore(&mut state);
    let screen = common::screen(&state, 120, 40);
    assert!(!screen.contains("NaN"), "{screen}");
}

#[test]
fn the_command_line_refuses_numbers_out_of_range() {
    let tmp = tempdir();
    let cases: [&[&str]; 9] = [
        &["--autoplay", "--autoplay-pace", "0"],
        &["--autoplay", "--autoplay-pace=-1"],
        &["--autoplay", "--autoplay-pace", "NaN"],
        &["--autoplay", "--autoplay-pace", "inf"],
        &["check", "--size", "59x20"],
        &["check", "--size", "80x10"],
        &["check", "--size", "65535x65535"],
        &["--session", ""],
        &["export", "--session", "a\u{1b}]2;x\u{7}"],
    ];
    for args in cases {
        let o = run_within(command(tmp.path(), args), 20);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o.stderr));
        let err = text(&o.stderr);
        assert!(
            err.contains("from") || err.contains("name"),
            "{args:?}: a clear error: {err}"
        );
    }
    let o = run(tmp.path(), &["check", "--size", "60x20"]);
    assert!(
        o.status.code().is_some_and(|c| c < 2),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn a_session_log_can_be_exported_when_written_by_hand() {
    // A log without a version, as older builds wrote them, still reads.
    let tmp = tempdir();
    write(
        &tmp.path().join("invisibles/sessions/old.ron"),
        format!("(name: \"old\", started: 1, polls: {{\"{POLL}\": [1, 2, 3]}})"),
    );
    let o = run(tmp.path(), &["export", "--session", "old"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
}
