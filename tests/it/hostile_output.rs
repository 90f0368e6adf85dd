//! Text outputs never carry content's control characters to the terminal,
//! and a closed pipe ends them quietly.

use crate::hostile;

use std::process::Stdio;

use hostile::{command, documentary, read_some, run, run_within, tempdir, text};

/// The first control character a terminal would act on, if any: C0 but
/// newline and tab, DEL, C1.
fn first_control(s: &str) -> Option<(usize, char)> {
    s.char_indices()
        .find(|&(_, c)| c.is_control() && c != '\n' && c != '\t')
}

fn assert_clean(what: &str, s: &str) {
    if let Some((at, c)) = first_control(s) {
        let from = s[..at].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
        panic!("{what}: {c:?} at byte {at}, after {:?}", &s[from..at]);
    }
}

const HOSTILE: &str = "tests/fixtures/hostile";

#[test]
fn print_and_the_handouts_strip_control_characters() {
    let tmp = tempdir();
    for args in [
        &["--episodes", HOSTILE, "print"][..],
        &["--episodes", HOSTILE, "print", "--lang", "fr"],
        &["--episodes", HOSTILE, "export", "--format", "md"],
        &["--episodes", HOSTILE, "export", "--format", "html"],
    ] {
        let o = run(tmp.path(), args);
        assert!(o.status.success(), "{args:?}: {}", text(&o.stderr));
        let out = text(&o.stdout);
        assert!(
            out.contains("Gauge tab\there bell"),
            "{args:?}: tabs are kept"
        );
        assert_clean(&format!("{args:?}"), &out);
        assert!(
            !out.contains("[31m") && !out.contains("2J"),
            "{args:?}: sequences go whole"
        );
    }
}

#[test]
fn check_strips_control_characters_from_names_and_diagnostics() {
    let tmp = tempdir();
    let dir = tmp.path().join("x");
    let fake = "p\\u{1b}[2K\\rok: 1 episodes, all fine\\u{1b}]2;pwned\\u{7}";
    documentary(
        &dir,
        &format!(
            r#"Testimony(id: "t", speaker: (role: (fr: "R", en: "R")), passages: [(fr: "P", en: "P")], portrait: "{fake}")"#
        ),
    );
    let o = run(tmp.path(), &["check", dir.to_str().unwrap_or_default()]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.contains("unknown asset"), "{err}");
    assert_clean("check", &err);
    // An id that overflows, reported by `check --size`.
    let long = "word ".repeat(400);
    documentary(
        &dir,
        &format!(
            r#"Narration(id: "n\u{{1b}}]2;pwned\u{{7}}\u{{9b}}2J", heading: (fr: "T", en: "T"), body: (fr: "{long}", en: "{long}"))"#
        ),
    );
    let o = run(
        tmp.path(),
        &["check", dir.to_str().unwrap_or_default(), "--size", "60x20"],
    );
    let out = text(&o.stdout);
    assert!(out.contains("more line"), "{out}{}", text(&o.stderr));
    assert_clean("check --size", &out);
}

#[test]
fn a_closed_pipe_ends_every_text_output_quietly() {
    let tmp = tempdir();
    for args in [
        &["check"][..],
        &["check", "--size", "60x20"],
        &["print"],
        &["export"],
        &["export", "--format", "html"],
    ] {
        let mut c = command(tmp.path(), args);
        c.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = c.spawn().unwrap_or_else(|e| panic!("{e}"));
        // `| head -1`: one read, then the reader goes away.
        if let Some(mut out) = child.stdout.take()
            && args[0] != "check"
        {
            read_some(&mut out, 64);
        }
        let o = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
        let err = text(&o.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_ne!(o.status.code(), Some(101), "{args:?}: {err}");
    }
    // The same through a real shell pipe.
    let mut sh = std::process::Command::new("sh");
    sh.arg("-c")
        .arg("\"$0\" print | head -1; \"$0\" check | head -c 0")
        .arg(hostile::bin());
    let o = run_within(sh, 30);
    assert!(!text(&o.stderr).contains("panicked"), "{}", text(&o.stderr));
}

#[test]
fn a_line_break_in_a_name_cannot_print_a_fake_line() {
    let tmp = tempdir();
    let dir = tmp.path().join("x");
    documentary(
        &dir,
        r#"Testimony(id: "t", speaker: (role: (fr: "R", en: "R")), passages: [(fr: "P", en: "P")], portrait: "x\nok: 6 episodes, all fine")"#,
    );
    let o = run(tmp.path(), &["check", dir.to_str().unwrap_or_default()]);
    assert_eq!(o.status.code(), Some(1));
    let all = format!("{}{}", text(&o.stdout), text(&o.stderr));
    assert!(
        !all.lines().any(|l| l.starts_with("ok:")),
        "a line of its own:\n{all}"
    );
    assert!(
        all.contains("x\\nok: 6 episodes"),
        "shown as written:\n{all}"
    );
}
