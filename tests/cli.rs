//! The command line as a user runs it: check, print, help, version, errors.

use std::process::{Command, Output};

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
        "tests/fixtures/invalid/syntax-error/ep.ron:12:40: Expected comma\n \
         12 |                     body: (fr: \"Texte\" en: \"Text\"),\n    \
         |                                        ^\n1 problem found\n"
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
        out.contains("episodes/01-riders.ron:127:25: `riders-bilel-hourly` needs 1 more line at 60x20 (normal view, Fr)"),
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
