//! `export -o`: atomic, owner-only, never over a folder or a FIFO, and the
//! old file whole when the write fails.

use crate::hostile;

use std::os::unix::fs::PermissionsExt;

use hostile::{command, mkfifo, mode, run, run_within, tempdir, text, write};

#[test]
fn export_replaces_atomically_and_says_so() {
    let tmp = tempdir();
    let out = tmp.path().join("handout.md");
    write(&out, "the old handout");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640))
        .unwrap_or_else(|e| panic!("{e}"));
    let o = run(
        tmp.path(),
        &["export", "-o", out.to_str().unwrap_or_default()],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(text(&o.stderr).contains("replaced"), "{}", text(&o.stderr));
    assert!(std::fs::read_to_string(&out).is_ok_and(|t| t.starts_with("# ")));
    assert_eq!(mode(&out), 0o640);
    let leftovers = std::fs::read_dir(tmp.path()).map_or(0, |d| d.count());
    assert_eq!(leftovers, 1, "no temporary file left");
}

#[test]
fn export_creates_owner_only_files_whatever_the_umask() {
    let tmp = tempdir();
    let out = tmp.path().join("new.md");
    let mut c = std::process::Command::new("sh");
    c.arg("-c")
        .arg(format!(
            "umask 000; exec \"$0\" export -o '{}'",
            out.display()
        ))
        .arg(hostile::bin())
        .env("XDG_STATE_HOME", tmp.path());
    let o = run_within(c, 20);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(mode(&out), 0o600);
    assert!(!text(&o.stderr).contains("replaced"));
}

#[test]
fn export_never_writes_over_a_folder_or_a_fifo() {
    let tmp = tempdir();
    let folder = tmp.path().join("folder");
    write(&folder.join("inside"), "kept");
    let fifo = tmp.path().join("fifo");
    mkfifo(&fifo);
    for target in [&folder, &fifo] {
        let o = run_within(
            command(
                tmp.path(),
                &["export", "-o", target.to_str().unwrap_or_default()],
            ),
            20,
        );
        assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
        assert!(
            text(&o.stderr).contains("not a regular file"),
            "{}",
            text(&o.stderr)
        );
    }
    assert!(folder.join("inside").is_file());
    assert!(std::fs::symlink_metadata(&fifo).is_ok_and(|m| !m.is_file()));
}

/// A full disk (a file size limit, here) in the middle of `export -o`: the
/// old handout stays whole and no temporary file is left behind.
#[test]
fn a_failed_export_keeps_the_old_file_and_leaves_no_temporary() {
    let tmp = tempdir();
    let out = tmp.path().join("handout.md");
    write(&out, "the old handout");
    let mut c = std::process::Command::new("sh");
    c.arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f 8; exec \"$0\" export -o '{}'",
            out.display()
        ))
        .arg(hostile::bin())
        .env("XDG_STATE_HOME", tmp.path());
    let o = run_within(c, 20);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("cannot write"),
        "{}",
        text(&o.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&out).ok().as_deref(),
        Some("the old handout")
    );
    let names: Vec<_> = std::fs::read_dir(tmp.path())
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert_eq!(names, ["handout.md"], "no temporary file left");
}

#[test]
fn a_killed_exports_temporary_file_is_taken_away_by_the_next() {
    let tmp = tempdir();
    let out = tmp.path().join("h.md");
    // What a kill -9 in the middle of a write leaves.
    write(&tmp.path().join(".h.md.b4i2fe.tmp"), "half a handout");
    let o = run(
        tmp.path(),
        &["export", "-o", out.to_str().unwrap_or_default()],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let names: Vec<String> = std::fs::read_dir(tmp.path())
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(names, ["h.md"], "{names:?}");
}

#[test]
fn a_session_name_too_long_once_encoded_is_refused_at_once() {
    let tmp = tempdir();
    let name = "🎬".repeat(48);
    let o = run(tmp.path(), &["export", "--session", &name]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("at most 48 characters"),
        "{}",
        text(&o.stderr)
    );
}

/// A log may hold anything: the handout shows what the player itself would
/// have kept (100 questions of 280 characters), not 150 of 10,000.
#[test]
fn questions_read_from_a_log_are_held_to_the_players_limits() {
    use invisibles::app::{MAX_QUESTION_CHARS, MAX_QUESTIONS, Question};
    use invisibles::store::session_log::Session;
    let tmp = tempdir();
    let mut log = Session::new("big", 1);
    log.questions = (0..150)
        .map(|id| {
            let text = format!("Q{id}:{}", "w".repeat(10_000));
            Question::new(id, format!("asker{id}"), text, String::new())
        })
        .collect();
    let ron = ron::ser::to_string_pretty(&log, ron::ser::PrettyConfig::default())
        .unwrap_or_else(|e| panic!("{e}"));
    write(&tmp.path().join("invisibles/sessions/big.ron"), ron);
    let o = run(
        tmp.path(),
        &["export", "--session", "big", "--format", "md"],
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let md = text(&o.stdout);
    let shown = (0..150)
        .filter(|id| md.contains(&format!("Q{id}:")))
        .count();
    assert_eq!(shown, MAX_QUESTIONS, "{shown} questions shown");
    let longest = md.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(
        longest < MAX_QUESTION_CHARS + 100,
        "a line of {longest} characters"
    );
}
