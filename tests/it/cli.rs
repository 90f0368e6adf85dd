//! The command line as a user runs it: check, print, help, version, errors;
//! and the set-up of `play` and `--watch`, tested without a terminal.

use crate::common;

use std::path::Path;
use std::process::{Command, Output};

use clap::Parser;
use invisibles::app::Msg;
use invisibles::cli::Cli;
use invisibles::commands::play::{self, PlayError};
use invisibles::content::Lang;
use invisibles::content::diagnostic::Diagnostic;
use invisibles::content::load::{Origin, load};
use invisibles::runtime::{Input, Program, Screening};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_invisibles"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .output()
        .unwrap_or_else(|e| panic!("cannot run the binary: {e}"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn check_accepts_the_built_in_documentary() {
    let o = run(&["check"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("ok: 6 episodes"), "{}", stdout(&o));
}

#[test]
fn check_pins_a_broken_file_to_line_and_column() {
    let o = run(&["check", "tests/fixtures/invalid/syntax-error"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "tests/fixtures/invalid/syntax-error/ep.ron:12:40: a comma is missing before this\n   \
         |\n12 |                     body: (fr: \"Texte\" en: \"Text\"),\n   \
         |                                        ^\n1 problem found\n"
    );
}

#[test]
fn check_reports_as_json_for_editors_and_ci() {
    let o = run(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/invalid/duplicate-id",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "");
    let all: serde_json::Value =
        serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    assert_eq!(
        all,
        serde_json::json!([{
            "file": "tests/fixtures/invalid/duplicate-id/ep.ron",
            "line": 22,
            "column": 25,
            "severity": "error",
            "message": "duplicate id `pay` (first used at line 15, column 25)",
        }])
    );
    let fine = run(&["check", "--format", "json", "tests/fixtures/sample"]);
    assert!(fine.status.success(), "{}", stderr(&fine));
    assert_eq!(stdout(&fine), "[]\n");
    // Text that would not fit is reported the same way, where the panel is written.
    let small = run(&["check", "--format", "json", "--size", "60x20"]);
    assert_eq!(small.status.code(), Some(1));
    let all: Vec<serde_json::Value> = serde_json::from_str(&stdout(&small)).unwrap_or_default();
    assert!(
        all.iter().any(|d| d["file"] == "episodes/01-riders.ron"
            && d["line"] == 286
            && d["message"] == "`riders-zlat-hourly` needs 1 more line at 60x20 (normal view, Fr)"),
        "{}",
        stdout(&small)
    );
}

#[test]
fn playing_broken_content_prints_the_same_diagnostics_and_never_starts() {
    let o = run(&["--episodes", "tests/fixtures/invalid/several-problems"]);
    assert_eq!(o.status.code(), Some(1));
    let expected = std::fs::read_to_string("tests/fixtures/invalid/several-problems/expected.txt")
        .unwrap_or_default();
    assert_eq!(stderr(&o), expected);
    assert!(
        !stdout(&o).contains("\x1b[?1049h"),
        "the full screen was entered"
    );
}

#[test]
fn print_writes_the_documentary_in_either_language() {
    let en = run(&["print", "--lang", "en"]);
    let fr = run(&["print", "--lang", "fr"]);
    assert!(en.status.success() && fr.status.success());
    let (en, fr) = (stdout(&en), stdout(&fr));
    assert!(en.contains("EPISODE 1"), "{}", &en[..200.min(en.len())]);
    assert!(fr.contains("ÉPISODE 1"));
    assert!(en.contains("€5.71–6.67/h"), "derived pay in English");
    assert!(fr.contains("5,71–6,67\u{a0}€/h"), "derived pay in French");
    assert!(
        en.contains("= €400\u{a0}per week ÷ 60–70\u{a0}h per week"),
        "derivation shown"
    );
}

#[test]
fn print_one_episode_and_refuse_a_missing_one() {
    let one = run(&["print", "--episode", "2", "--lang", "en"]);
    assert!(one.status.success());
    let text = stdout(&one);
    assert!(text.contains("EPISODE 2") && !text.contains("EPISODE 3"));
    let none = run(&["print", "--episode", "42"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(stderr(&none).contains("there is no episode 42"));
}

#[test]
fn language_defaults_from_the_locale() {
    let o = Command::new(env!("CARGO_BIN_EXE_invisibles"))
        .args(["print", "--episode", "1"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(stdout(&o).contains("ÉPISODE 1"));
}

#[test]
fn help_and_version() {
    let h = run(&["--help"]);
    assert!(h.status.success());
    for word in ["check", "print", "--episodes", "--lang"] {
        assert!(stdout(&h).contains(word), "help lacks {word}");
    }
    let v = run(&["--version"]);
    assert_eq!(
        stdout(&v).trim(),
        format!("invisibles {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn playing_without_a_terminal_is_refused_cleanly() {
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("plays in a terminal"), "{}", stderr(&o));
}

#[test]
fn readme_lists_every_key_of_the_keymap() {
    let readme = std::fs::read_to_string("README.md").unwrap_or_default();
    let first_cells: Vec<&str> = readme
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("| "))
        .filter_map(|l| l.split(" |").next())
        .collect();
    for b in invisibles::keymap::all() {
        let keys = b.keys_label(invisibles::content::Lang::En);
        assert!(
            first_cells.iter().any(|c| c.contains(&keys)),
            "README's key table lacks `{keys}` ({})",
            b.doc.0
        );
    }
}

#[test]
fn check_size_reports_text_that_would_need_scrolling() {
    let small = run(&["check", "--size", "60x20"]);
    assert_eq!(small.status.code(), Some(1));
    let out = stdout(&small);
    assert!(
        out.contains("episodes/01-riders.ron:286:25: `riders-zlat-hourly` needs 1 more line at 60x20 (normal view, Fr)"),
        "{out}"
    );
    // Below 120x36 the projector view is not held to fit, and says so.
    assert!(!out.contains("projector view,"), "{out}");
    let sample = run(&["check", "tests/fixtures/sample", "--size", "60x20"]);
    assert!(sample.status.success(), "{}", stdout(&sample));
    assert!(
        stdout(&sample)
            .contains("fits 60x20 (normal view; the projector view is checked from 120x36)")
    );
    let big = run(&["check", "tests/fixtures/sample", "--size", "160x48"]);
    assert!(big.status.success(), "{}", stdout(&big));
    assert!(stdout(&big).contains("every panel fits 160x48"));
    let bad = run(&["check", "--size", "huge"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("is not a size like 120x36"));
}

#[test]
fn export_without_a_session_is_the_whole_documentary() {
    let o = run(&["export", "--format", "md", "--lang", "en"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.contains("## Episode 6"), "every episode");
    assert!(md.contains("**€5.71–6.67/h**"), "figures with their units");
    let missing = run(&["export", "--session", "no-such-session-here"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("no session named `no-such-session-here`"));
}

/// A Unix time in milliseconds where the tests' clocks start.
const T0: u64 = 1_700_000_000_000;

fn options(args: &[&str]) -> Cli {
    Cli::parse_from(std::iter::once("invisibles").chain(args.iter().copied()))
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap_or_else(|| panic!("{p:?} is not UTF-8"))
}

fn screen_text(screen: &mut Screening, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    screen
        .draw(&mut terminal, T0)
        .unwrap_or_else(|e| panic!("{e}"));
    common::buffer_text(terminal.backend().buffer())
}

#[test]
fn play_is_set_up_from_the_options_without_a_terminal() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let journey = tmp.path().join("journey.ron");
    let sample = common::fixture("sample");
    let cli = options(&[
        "--lang",
        "fr",
        "--state",
        path(&journey),
        "--episodes",
        path(&sample),
        "--watch",
    ]);
    let screening = play::screening(common::sample(), &cli, T0).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(screening.player.state().viewer().lang(), Lang::Fr);
    assert!(screening.host.journey.is_some(), "the journey is kept");
    assert!(screening.watch.is_some(), "the folder is watched");
    // A folder where the journey file should be is refused before anything starts.
    let cli = options(&["--state", path(tmp.path())]);
    match play::screening(common::sample(), &cli, T0) {
        Err(PlayError::Store(why)) => assert!(why.contains(path(tmp.path())), "{why}"),
        other => panic!("not refused: {:?}", other.err()),
    }
}

#[test]
fn watching_a_folder_broken_from_the_start_waits_for_the_fix() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = common::sample_copy(tmp.path());
    let ep = dir.join("01-sample.ron");
    let text = std::fs::read_to_string(&ep).unwrap_or_default();
    std::fs::write(&ep, text.replace("heading: (fr:", "heading: (fr"))
        .unwrap_or_else(|e| panic!("{e}"));
    let problems = match load(&Origin::Dir(dir.clone())) {
        Ok(_) => panic!("the broken folder loaded"),
        Err(problems) => problems,
    };
    let journey = tmp.path().join("journey.ron");
    let cli = options(&[
        "--lang",
        "en",
        "--state",
        path(&journey),
        "--episodes",
        path(&dir),
        "--watch",
    ]);
    let mut screen = play::waiting(problems, &cli, T0).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        screen.host.journey.is_none(),
        "the journey is not fitted to the stand-in"
    );
    let shown = screen_text(&mut screen, 80, 24);
    assert!(shown.contains("The episodes no longer load"), "{shown}");
    assert!(shown.contains("1 problem found"), "{shown}");
    // Fixed and saved: the folder's own documentary plays.
    std::fs::write(&ep, &text).unwrap_or_else(|e| panic!("{e}"));
    screen.poll(T0 + 600);
    assert_eq!(screen.player.state().viewer().problems(), None);
    let title = screen
        .player
        .state()
        .doc()
        .manifest
        .title
        .get(Lang::En)
        .to_owned();
    assert_eq!(title, "Invisibles — sample");
}

#[test]
fn the_problems_overlay_wraps_and_scrolls_at_80x24() {
    let message = |i: usize| {
        format!(
            "problem number {i}: a message long enough to run past the right border of an 80-column terminal, ending here-{i}"
        )
    };
    let text = "Episode(\n    id: \"ep\",\n)\n";
    let problems: Vec<Diagnostic> = (1..=8)
        .map(|i| Diagnostic::at("episodes/ep.ron", text, 2, 9, message(i)))
        .collect();
    let journey = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let cli = options(&[
        "--lang",
        "en",
        "--state",
        path(&journey.path().join("j.ron")),
    ]);
    let mut screen = play::screening(common::sample(), &cli, T0).unwrap_or_else(|e| panic!("{e}"));
    screen.player.apply(Msg::Problems(Some(problems)), T0);
    let first = screen_text(&mut screen, 80, 24);
    // Wrapped, not cut at the border; the count always in view.
    assert!(first.contains("here-1"), "{first}");
    assert!(first.contains("8 problems found"), "{first}");
    assert!(!first.contains("here-8"), "{first}");
    // j and ↓ scroll down to the last problem; k and ↑ back up.
    let mut last = String::new();
    for _ in 0..40 {
        screen.input(Input::Key(common::key("j")), T0);
        last = screen_text(&mut screen, 80, 24);
    }
    assert!(last.contains("here-8"), "{last}");
    assert!(!last.contains("here-1"), "{last}");
    for _ in 0..40 {
        screen.input(Input::Key(common::key("<up>")), T0);
    }
    let back = screen_text(&mut screen, 80, 24);
    assert!(back.contains("here-1"), "{back}");
}
