//! Issue 17, "the handout tells the session": when and how long, each
//! chapter's time against the time it suggests, the debate's answers, the
//! credits, skipped panels kept out of the body, and the results as CSV.

use crate::common;
use crate::hostile;

use invisibles::app::{Ballot, Poll, Question};
use invisibles::content::Lang;
use invisibles::publish::export;
use invisibles::store::session_log::{Presence, Session, Shown};

/// 3 December 2025, 14:05 UTC.
const TUESDAY: u64 = 1_764_770_700;

fn shown(panel: &str, at: u64) -> Shown {
    Shown {
        panel: panel.into(),
        at,
        via: Default::default(),
    }
}

fn question(id: u32, from: &str, text: &str, at: Option<&str>) -> Question {
    Question {
        answered: id == 0,
        votes: 3u32.saturating_sub(id),
        asked_at: at.map(Into::into),
        ..Question::new(id, from.into(), text.into(), String::new())
    }
}

/// An hour's screening of the sample: a rider's chapter (it suggests 10
/// minutes, takes 25), the debate, the choices; the hard chapter skipped; two
/// participants who vote, guess and ask, with names a spreadsheet or a
/// browser would run.
fn tuesday() -> Session {
    let mut log = Session::new("tuesday", TUESDAY);
    log.shown = vec![
        shown("rider-intro", 0),
        shown("rider-voice", 300),
        shown("rider-hourly-pay", 900),
        shown("hard-text", 1500),
        Shown {
            via: invisibles::app::Via::Jump,
            ..shown("debate-icons", 1510)
        },
        shown("take-job", 2400),
        shown("guess-pay", 3000),
    ];
    log.skipped = vec!["hard-text".into()];
    log.people = vec![
        Presence {
            name: "ana".into(),
            at: 5,
            here: true,
        },
        Presence {
            name: "=cmd|' /C calc'!A0".into(),
            at: 3600,
            here: true,
        },
    ];
    let mut job = Poll {
        hands: vec![2, 0, 1],
        ..Poll::default()
    };
    job.ballots.insert("ana 3fa9b0c1".into(), Ballot::Picked(0));
    job.ballots
        .insert("=cmd|' /C calc'!A0 #K2P4QX".into(), Ballot::Picked(2));
    log.polls.insert("take-job".into(), job);
    let mut pay = Poll::default();
    pay.ballots
        .insert("ana 3fa9b0c1".into(), Ballot::Guessed(7.5));
    pay.ballots
        .insert("@bo, \"the\" <b>boss</b> #Z".into(), Ballot::Guessed(-3.0));
    log.polls.insert("guess-pay".into(), pay);
    log.questions = vec![
        question(0, "ana", "Who pays for the bike?", Some("rider-voice")),
        question(1, "<script>x</script>", "**Loud** [link](x) =1+1", None),
    ];
    log
}

#[test]
fn the_handout_says_when_how_long_and_each_chapters_time_against_its_plan() {
    let md = export::markdown(&common::sample(), Lang::En, Some(&tuesday()));
    assert!(
        md.contains("Screened on 3 December 2025, from 14:05 (UTC), for 1 h 00 min."),
        "{md}"
    );
    assert!(md.contains("2 participants followed"), "{md}");
    for row in [
        "| 0:00 | Ep. 1 — A rider in Lyon | 10 min | 25 min |",
        // The debate's chapter suggests no duration: said so, not invented.
        "| 0:25 | Ep. 2 — Questions from the room | — | 15 min |",
        "| 0:40 | Ep. 3 — Two questions | — | 20 min |",
    ] {
        assert!(md.contains(row), "{row} missing:\n{md}");
    }
    assert!(md.contains("where the chapter suggests none"), "{md}");
    // Then every panel with its time, a console's jump said so.
    for line in [
        "- 0:05 — Ep. 1 — Bilel\n",
        "- 0:25 — Ep. 2 — Icons and algorithms *(jumped to from the console)*\n",
    ] {
        assert!(md.contains(line), "{line} missing:\n{md}");
    }
    let fr = export::markdown(&common::sample(), Lang::Fr, Some(&tuesday()));
    assert!(
        fr.contains("Projeté le 3 décembre 2025, à partir de 14:05 (UTC), pendant 1 h 00 min."),
        "{fr}"
    );
    assert!(fr.contains("| Début | Chapitre | Prévu | Réel |"), "{fr}");
    let html = export::html(&common::sample(), Lang::En, Some(&tuesday()));
    assert!(
        html.contains("<td>0:00</td><td>Ep. 1 — A rider in Lyon</td><td class=\"n\">10 min</td><td class=\"n\">25 min</td>"),
        "{html}"
    );
    insta::assert_snapshot!("tuesday_md", md);
}

#[test]
fn an_absurd_start_or_no_panel_at_all_neither_panics_nor_wraps() {
    let mut log = Session::new("odd", u64::MAX);
    log.shown = vec![shown("rider-intro", u64::MAX), shown("rider-voice", 0)];
    let md = export::markdown(&common::sample(), Lang::En, Some(&log));
    assert!(md.contains("Screened on"), "{md}");
    let empty = Session::new("empty", 0);
    let md = export::markdown(&common::sample(), Lang::En, Some(&empty));
    assert!(
        md.contains("for 0 min.") && !md.contains("## Timeline"),
        "{md}"
    );
}

#[test]
fn a_skipped_panel_is_listed_under_skipped_only() {
    let sample = common::sample();
    let md = export::markdown(&sample, Lang::En, Some(&tuesday()));
    assert_eq!(md.matches("Describe, don't show").count(), 1, "{md}");
    let skipped = md.find("## Skipped by the room").unwrap_or(usize::MAX);
    assert!(md.find("Describe, don't show") > Some(skipped), "{md}");
    assert!(!md.contains("A text behind a notice."), "{md}");
    let html = export::html(&sample, Lang::En, Some(&tuesday()));
    assert_eq!(html.matches("Describe, don").count(), 1, "{html}");
}

#[test]
fn the_debate_gives_its_answers_under_one_heading() {
    let shipped = invisibles::content::load::load(&invisibles::content::load::Origin::Embedded)
        .unwrap_or_else(|p| panic!("{p:?}"));
    for lang in [Lang::En, Lang::Fr] {
        let heading = invisibles::words::of(lang).debate_questions;
        let md = export::markdown(&shipped, lang, None);
        assert_eq!(md.matches(heading).count(), 1, "{heading} in {lang:?}");
        let html = export::html(&shipped, lang, None);
        assert_eq!(html.matches(heading).count(), 1, "{heading} in {lang:?}");
    }
    let md = export::markdown(&common::sample(), Lang::En, Some(&tuesday()));
    assert!(
        md.contains("- A participant — Why does nobody tip any more?\n  - Henri Poulain: Because the screen stands in between."),
        "{md}"
    );
    let html = export::html(&common::sample(), Lang::En, Some(&tuesday()));
    assert!(
        html.contains("<li>Henri Poulain: It learns who will accept which ride.</li>"),
        "{html}"
    );
}

#[test]
fn sources_and_credits_come_even_when_the_last_episode_was_not_screened() {
    let mut log = Session::new("short", TUESDAY);
    log.shown = vec![shown("rider-intro", 0)];
    let md = export::markdown(&common::sample(), Lang::En, Some(&log));
    assert!(
        md.contains("## Sources and credits\n\n- After the series by Henri Poulain."),
        "{md}"
    );
    let html = export::html(&common::sample(), Lang::Fr, Some(&log));
    assert!(
        html.contains(
            "<h2>Sources et crédits</h2>\n<ul>\n<li>D&#39;après la série d&#39;Henri Poulain.</li>"
        ),
        "{html}"
    );
}

#[test]
fn the_rooms_questions_say_their_votes_and_where_they_were_asked() {
    let md = export::markdown(&common::sample(), Lang::En, Some(&tuesday()));
    assert!(
        md.contains("- **ana** — Who pays for the bike? *(answered, 3 upvotes; asked during “Bilel” (A rider in Lyon))*"),
        "{md}"
    );
    let fr = export::html(&common::sample(), Lang::Fr, Some(&tuesday()));
    assert!(
        fr.contains("posée pendant «\u{a0}Bilel\u{a0}» (Un coursier à Lyon)"),
        "{fr}"
    );
    // A panel named as its chapter is placed by its episode instead.
    let shipped = invisibles::content::load::load(&invisibles::content::load::Origin::Embedded)
        .unwrap_or_else(|p| panic!("{p:?}"));
    let mut log = Session::new("riders", TUESDAY);
    log.shown = vec![shown("riders-bilel-testimony", 0)];
    log.questions = vec![question(
        0,
        "ana",
        "Who pays?",
        Some("riders-bilel-testimony"),
    )];
    let md = export::markdown(&shipped, Lang::En, Some(&log));
    assert!(
        md.contains("asked during “Bilel” (Roulez jeunesse\u{202f}! – The delivery riders)"),
        "{md}"
    );
}

/// RFC 4180 read back: fields split on commas outside quotes, `""` a quote.
fn parse(csv: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for line in csv.split_terminator("\r\n") {
        let (mut row, mut cell, mut quoted) = (Vec::new(), String::new(), false);
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    cell.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => row.push(std::mem::take(&mut cell)),
                _ => cell.push(c),
            }
        }
        row.push(cell);
        rows.push(row);
    }
    rows
}

#[test]
fn the_results_as_csv_one_row_per_ballot_quoted_and_never_a_formula() {
    let csv = export::csv(&common::sample(), Lang::En, Some(&tuesday()));
    assert!(csv.ends_with("\r\n") && !csv.replace("\r\n", "").contains('\n'));
    let rows = parse(&csv);
    assert_eq!(rows[0].join(","), export::CSV_HEADER.join(","));
    assert!(
        rows.iter().all(|r| r.len() == export::CSV_HEADER.len()),
        "{rows:#?}"
    );
    let kinds: Vec<&str> = rows[1..].iter().map(|r| r[5].as_str()).collect();
    // Two options with hands, two ballots, two guesses.
    assert_eq!(
        kinds,
        ["hands", "hands", "ballot", "ballot", "guess", "guess"]
    );
    let who: Vec<&str> = rows[1..].iter().map(|r| r[6].as_str()).collect();
    assert_eq!(
        who,
        [
            "",
            "",
            "'=cmd|' /C calc'!A0",
            "ana",
            "'@bo, \"the\" <b>boss</b>",
            "ana"
        ]
    );
    // A guess of -3 stays a number; its label and the report come along.
    assert_eq!(rows[5][7..], ["€-3/h", "-3", "1", "€5.71–6.67/h"]);
    assert_eq!(rows[3][4], "Would you take this job?");
    let fr = export::csv(&common::sample(), Lang::Fr, Some(&tuesday()));
    assert!(fr.contains(",Oui,,2,"), "{fr}");
    let none = export::csv(&common::sample(), Lang::En, None);
    assert_eq!(parse(&none).len(), 1, "no session: the header alone");
}

#[test]
fn hostile_names_and_questions_stay_text_in_every_format() {
    let (doc, log) = (common::sample(), tuesday());
    let md = export::markdown(&doc, Lang::En, Some(&log));
    assert!(
        md.contains("\\<script\\>x\\</script\\>") && md.contains("\\*\\*Loud\\*\\* \\[link\\](x)"),
        "{md}"
    );
    let html = export::html(&doc, Lang::En, Some(&log));
    assert!(
        !html.contains("<script") && html.contains("&lt;script&gt;x"),
        "{html}"
    );
    let csv = export::csv(&doc, Lang::En, Some(&log));
    assert!(csv.contains("\"'@bo, \"\"the\"\" <b>boss</b>\""), "{csv}");
}

#[test]
fn export_format_csv_writes_the_sessions_results() {
    let tmp = hostile::tempdir();
    let ron = ron::ser::to_string_pretty(&tuesday(), ron::ser::PrettyConfig::default())
        .unwrap_or_else(|e| panic!("{e}"));
    hostile::write(&tmp.path().join("invisibles/sessions/tuesday.ron"), ron);
    let episodes = common::fixture("sample");
    let args = [
        "--episodes",
        episodes.to_str().unwrap_or_default(),
        "export",
        "--session",
        "tuesday",
        "--format",
        "csv",
    ];
    let o = hostile::run(tmp.path(), &args);
    assert!(o.status.success(), "{}", hostile::text(&o.stderr));
    let csv = hostile::text(&o.stdout);
    assert!(
        csv.starts_with("session,episode,chapter,panel,question,kind"),
        "{csv}"
    );
    assert_eq!(csv.matches("\r\n").count(), 7, "{csv}");
}
