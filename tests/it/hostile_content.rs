//! Episodes folders as a download could ship them: FIFOs and devices where
//! files should be, symlink loops, paths leading out, secrets that a parse
//! error would print, and numbers no documentary holds.

use crate::hostile;

use std::path::Path;

use hostile::{MANIFEST, documentary, episode, mkfifo, run, symlink, tempdir, text, write};

const NARRATION: &str =
    r#"Narration(id: "n", heading: (fr: "T", en: "H"), body: (fr: "Corps", en: "Body"))"#;

fn testimony(portrait: &str) -> String {
    format!(
        r#"Testimony(id: "t", speaker: (role: (fr: "R", en: "R")), passages: [(fr: "P", en: "P")], portrait: "{portrait}")"#
    )
}

fn statistic(id: &str, value: &str, chart: &str) -> String {
    format!(
        r#"Statistic(id: "{id}", label: (fr: "L", en: "L"), value: {value}, unit: (fr: "h", en: "h"), source: (fr: "S", en: "S"){chart})"#
    )
}

/// `check DIR`: (exit code, stdout and stderr).
fn check(dir: &Path) -> (Option<i32>, String) {
    let o = run(dir, &["check", dir.to_str().unwrap_or_default()]);
    (o.status.code(), text(&o.stdout) + &text(&o.stderr))
}

#[test]
fn a_fifo_as_the_manifest_an_episode_or_an_asset_never_hangs() {
    for fifo in ["manifest.ron", "ep.ron", "assets/p.txt"] {
        let tmp = tempdir();
        let dir = tmp.path().join("x");
        documentary(&dir, &testimony("p.txt"));
        std::fs::create_dir_all(dir.join("assets")).unwrap_or_else(|e| panic!("{e}"));
        let _ = std::fs::remove_file(dir.join(fifo));
        mkfifo(&dir.join(fifo));
        let (code, out) = check(&dir);
        assert_eq!(code, Some(1), "{fifo}: {out}");
        assert!(
            out.contains("is a FIFO, not a regular file"),
            "{fifo}: {out}"
        );
    }
}

#[test]
fn a_link_to_dev_zero_is_refused_at_once() {
    for name in ["ep.ron", "assets/p.txt"] {
        let tmp = tempdir();
        let dir = tmp.path().join("x");
        documentary(&dir, &testimony("p.txt"));
        std::fs::create_dir_all(dir.join("assets")).unwrap_or_else(|e| panic!("{e}"));
        let _ = std::fs::remove_file(dir.join(name));
        symlink("/dev/zero", &dir.join(name));
        let (code, out) = check(&dir);
        assert_eq!(code, Some(1), "{name}: {out}");
        assert!(
            out.contains("leads outside") || out.contains("a device"),
            "{name}: {out}"
        );
    }
}

#[test]
fn symlink_loops_under_assets_are_never_walked() {
    let tmp = tempdir();
    let dir = tmp.path().join("x");
    documentary(&dir, NARRATION);
    std::fs::create_dir_all(dir.join("assets")).unwrap_or_else(|e| panic!("{e}"));
    symlink(".", &dir.join("assets/a"));
    symlink(".", &dir.join("assets/b"));
    symlink("/", &dir.join("assets/root"));
    symlink("/dev/zero", &dir.join("assets/zero"));
    mkfifo(&dir.join("assets/fifo"));
    let (code, out) = check(&dir);
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn assets_beside_the_episodes_folder_are_not_read() {
    let tmp = tempdir();
    let dir = tmp.path().join("x");
    documentary(&dir, &testimony("planted.txt"));
    // Any user's /tmp/assets, for `--episodes /tmp/x`.
    write(
        &tmp.path().join("assets/planted.txt"),
        "someone else's file",
    );
    let (code, out) = check(&dir);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("unknown asset `planted.txt`"), "{out}");
}

#[test]
fn manifest_paths_stay_inside_the_folder() {
    let tmp = tempdir();
    let secret = tmp.path().join("secret");
    write(&secret, "root:x:0:0:SECRET\n");
    let dir = tmp.path().join("x");
    write(&dir.join("ep.ron"), episode(NARRATION));
    for name in [
        secret.to_string_lossy().into_owned(),
        "../secret".into(),
        "./../secret".into(),
    ] {
        let manifest = MANIFEST.replace("\"ep.ron\"", &format!("{name:?}"));
        write(&dir.join("manifest.ron"), manifest);
        let (code, out) = check(&dir);
        assert_eq!(code, Some(1), "{name}: {out}");
        assert!(
            out.contains("must be a relative path inside the folder"),
            "{name}: {out}"
        );
        assert!(!out.contains("SECRET"), "{name}: {out}");
    }
    // A link inside the folder that leads out of it.
    write(&dir.join("manifest.ron"), MANIFEST);
    let _ = std::fs::remove_file(dir.join("ep.ron"));
    symlink(&secret, &dir.join("ep.ron"));
    let (code, out) = check(&dir);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("leads outside the folder"), "{out}");
    assert!(!out.contains("SECRET"), "{out}");
}

#[test]
fn an_asset_path_cannot_lead_out_either() {
    let tmp = tempdir();
    write(&tmp.path().join("secret.txt"), "SECRET");
    let dir = tmp.path().join("x");
    documentary(&dir, &testimony("../../secret.txt"));
    std::fs::create_dir_all(dir.join("assets")).unwrap_or_else(|e| panic!("{e}"));
    let (code, out) = check(&dir);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("must be a relative path inside the folder"),
        "{out}"
    );
    symlink(tmp.path().join("secret.txt"), &dir.join("assets/p.txt"));
    documentary(&dir, &testimony("p.txt"));
    let (code, out) = check(&dir);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("leads outside the folder"), "{out}");
}

#[test]
fn unreadable_assets_are_reported_as_such() {
    let tmp = tempdir();
    let dir = tmp.path().join("x");
    documentary(&dir, &testimony("p.txt"));
    write(&dir.join("assets/p.txt"), [0x66, 0xff, 0xfe, 0x0a]);
    let (code, out) = check(&dir);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("asset `p.txt`: is not valid UTF-8 text"),
        "{out}"
    );
    assert!(!out.contains("unknown asset"), "{out}");
}

#[test]
fn a_file_that_is_not_ron_is_never_echoed_beyond_one_line() {
    let tmp = tempdir();
    let dir = tmp.path().join("x");
    write(&dir.join("manifest.ron"), MANIFEST);
    let long = "A".repeat(3000);
    write(&dir.join("ep.ron"), format!("{long}SECRETONE\nSECRETTWO\n"));
    let (code, out) = check(&dir);
    assert_eq!(code, Some(1), "{out}");
    assert!(!out.contains("SECRET"), "{out}");
    assert!(out.len() < 1000, "{} bytes of diagnostics", out.len());
}

/// `check` on one statistic (and a second one it may refer to).
fn check_statistic(value: &str, chart: &str) -> (Option<i32>, String) {
    let tmp = tempdir();
    let dir = tmp.path().join("x");
    let other = statistic("other", "Exact(-5)", "");
    documentary(&dir, &format!("{}, {other}", statistic("s", value, chart)));
    check(&dir)
}

#[test]
fn figures_must_be_finite_and_of_a_sane_size() {
    for value in [
        "Range(NaN, 70)",
        "Range(60, inf)",
        "Exact(NaN)",
        "Exact(1e308)",
        "Exact(-1e20)",
    ] {
        let (code, out) = check_statistic(value, "");
        assert_eq!(code, Some(1), "{value}: {out}");
        assert!(
            out.contains("a figure must be a finite number"),
            "{value}: {out}"
        );
    }
    let (code, out) = check_statistic("Derived(Mul(Num(1e10), Num(1e10)))", "");
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("computes to a value larger than"), "{out}");
    let (code, out) = check_statistic("Exact(123456.5)", "");
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn a_gauge_needs_a_finite_scale_above_zero() {
    for scale in [
        "Num(NaN)",
        "Num(inf)",
        "Num(-3)",
        "Ref(\"other\")",
        "Sub(Num(1), Num(5))",
    ] {
        let chart = format!(", chart: Gauge({scale})");
        let (code, out) = check_statistic("Exact(5)", &chart);
        assert_eq!(code, Some(1), "{scale}: {out}");
        assert!(
            out.contains("the gauge's full scale must be"),
            "{scale}: {out}"
        );
    }
    let (code, out) = check_statistic("Exact(5)", ", chart: Gauge(Num(100))");
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn a_guess_needs_bounds_of_a_sane_size() {
    // Few steps, but ends no figure can have.
    for (min, max, step) in [("-1e300", "1e300", "1e296"), ("0", "1e20", "1e16")] {
        let tmp = tempdir();
        let dir = tmp.path().join("x");
        let choice = format!(
            r#"Choice(id: "q", prompt: (fr: "Q", en: "Q"), ask: Guess(figure: "s", min: {min}, max: {max}, step: {step}))"#
        );
        documentary(
            &dir,
            &format!("{}, {choice}", statistic("s", "Exact(5)", "")),
        );
        let (code, out) = check(&dir);
        assert_eq!(code, Some(1), "{min} {max} {step}: {out}");
        assert!(
            out.contains("must be a finite number of at most 1e15 in size"),
            "{out}"
        );
    }
}

#[test]
fn facilitator_minutes_have_a_sane_maximum() {
    let tmp = tempdir();
    let dir = tmp.path().join("x");
    write(&dir.join("manifest.ron"), MANIFEST);
    let ep = episode(NARRATION).replace(
        "panels: [",
        r#"facilitator: (minutes: 4294967295, prompts: [(fr: "P", en: "P")]), panels: ["#,
    );
    write(&dir.join("ep.ron"), ep);
    let (code, out) = check(&dir);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("facilitator minutes must be from 1 to"),
        "{out}"
    );
}

#[test]
fn an_assets_folder_that_is_a_link_cannot_lead_out() {
    // `assets -> /etc` once showed /etc/shadow beside a testimony.
    let tmp = tempdir();
    let outside = tmp.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap_or_else(|e| panic!("{e}"));
    write(&outside.join("secret.txt"), "SECRET");
    let dir = tmp.path().join("x");
    documentary(&dir, &testimony("secret.txt"));
    symlink(outside.clone(), &dir.join("assets"));
    let (code, out) = check(&dir);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("leads outside the folder"), "{out}");
    assert!(!out.contains("SECRET"), "{out}");
    // A link to a folder inside the documentary's own folder is fine.
    std::fs::remove_file(dir.join("assets")).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(dir.join("art")).unwrap_or_else(|e| panic!("{e}"));
    write(&dir.join("art/secret.txt"), "(_)");
    symlink(dir.join("art"), &dir.join("assets"));
    let (code, out) = check(&dir);
    assert_eq!(code, Some(0), "{out}");
}
