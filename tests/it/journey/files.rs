//! The journey file itself: saved and read back, bad files kept aside, old
//! and unknown fields, a second window, an unwritable folder, a crash mid-write.

use super::*;

#[test]
fn a_journey_survives_save_and_load() {
    let dir = tempdir("roundtrip");
    let path = dir.join("journey.ron");
    let mut s = state(Lang::Fr);
    press(&mut s, "<right> <right> <right> b n n <enter>");
    let saved = Journey::capture(&s);
    {
        let (mut store, journey, trouble) = open(path.clone(), false);
        assert_eq!((journey, trouble), (None, vec![]));
        store.save(&saved);
        assert!(store.flush());
    }
    let (_store, loaded, trouble) = open(path, false);
    assert_eq!(trouble, vec![]);
    let loaded = loaded.unwrap_or_default();
    assert_eq!(loaded, saved);
    let mut again = state(Lang::En);
    loaded.restore(&mut again);
    assert_eq!(again.room().screen(), s.room().screen());
    assert!((0..s.viewer().seen_len()).all(|i| again.viewer().seen(i) == s.viewer().seen(i)));
    assert_eq!(again.viewer().bookmarks(), s.viewer().bookmarks());
    assert_eq!(again.viewer().lang(), Lang::Fr);
}
/// Each unreadable file is moved aside byte for byte, and a new journey starts.
#[test]
fn bad_files_are_kept_aside_never_overwritten() {
    let valid = {
        let mut s = state(Lang::En);
        press(&mut s, "<right> <right>");
        ron::ser::to_string(&Journey::capture(&s)).unwrap_or_default()
    };
    let cases: Vec<(&str, Vec<u8>, Why)> = vec![
        (
            "truncated",
            valid.as_bytes()[..valid.len() / 2].to_vec(),
            Why::Unreadable,
        ),
        // Text that is not a journey at all (not RON, not UTF-8) is refused
        // untouched instead: tests/hostile_state.rs.
        (
            "newer",
            b"(version: 99, position: Title)".to_vec(),
            Why::Newer(99),
        ),
        (
            "newer-shape",
            b"(version: 7, position: Elsewhere(1))".to_vec(),
            Why::Newer(7),
        ),
        (
            "wrong-type",
            b"(version: 1, seen: 42)".to_vec(),
            Why::Unreadable,
        ),
    ];
    for (name, bytes, why) in cases {
        let dir = tempdir(name);
        let path = dir.join("journey.ron");
        std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        let (mut store, journey, trouble) = open(path.clone(), false);
        assert_eq!(journey, None, "{name}");
        let kept = backups(&dir, "bad");
        assert_eq!(kept.len(), 1, "{name}: one backup");
        assert_eq!(
            trouble,
            vec![Trouble::MovedAside {
                what: What::Journey,
                to: kept[0].clone(),
                why
            }],
            "{name}"
        );
        assert_eq!(
            std::fs::read(&kept[0]).ok(),
            Some(bytes.clone()),
            "{name}: bytes unchanged"
        );
        // The app goes on and saves a fresh journey; the backup stays.
        store.save(&Journey::capture(&state(Lang::En)));
        assert!(store.flush());
        assert!(read(&path).is_ok_and(|j| j.is_some()));
        assert_eq!(
            std::fs::read(&kept[0]).ok(),
            Some(bytes),
            "{name}: backup untouched"
        );
    }
}
#[test]
fn older_and_unknown_fields_load_with_defaults() {
    let dir = tempdir("lenient");
    let path = dir.join("journey.ron");
    std::fs::write(
        &path,
        "(version: 1, position: Panel(episode: \"sample\", chapter: \"rider\", panel: \"rider-voice\"), from_the_future: [1, 2])",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (_store, journey, trouble) = open(path, false);
    assert_eq!(trouble, vec![]);
    let mut s = state(Lang::En);
    journey.unwrap_or_default().restore(&mut s);
    assert_eq!(common::here(&s), Some("rider-voice"));
    assert!(s.viewer().bookmarks().is_empty());
}
#[test]
fn a_second_instance_plays_without_saving() {
    let dir = tempdir("locked");
    let path = dir.join("journey.ron");
    let (first, _, trouble) = open(path.clone(), false);
    assert_eq!(trouble, vec![]);
    let (mut second, _, trouble) = open(path.clone(), false);
    assert_eq!(trouble, vec![Trouble::InUse(What::Journey)]);
    assert!(!second.is_writable());
    second.save(&Journey::capture(&state(Lang::En)));
    assert!(second.flush());
    assert!(!path.exists(), "the second instance wrote nothing");
    drop(first);
    let (third, _, trouble) = open(path, false);
    assert_eq!(trouble, vec![], "the lock goes with its holder");
    assert!(third.is_writable());
}
#[test]
fn an_unwritable_folder_plays_on_and_says_so() {
    let dir = tempdir("unwritable");
    // A file where the folder should be: no one, not even root, can create in it.
    std::fs::write(dir.join("blocker"), b"").unwrap_or_else(|e| panic!("{e}"));
    let (mut store, journey, trouble) = open(dir.join("blocker/journey.ron"), false);
    assert_eq!(journey, None);
    assert!(
        matches!(trouble.as_slice(), [Trouble::CannotSave(What::Journey, _)]),
        "{trouble:?}"
    );
    store.save(&Journey::capture(&state(Lang::En)));
    assert_eq!(store.troubles(), vec![], "said once only");
}
#[test]
fn fresh_keeps_the_old_journey_as_a_backup() {
    let dir = tempdir("fresh");
    let path = dir.join("journey.ron");
    let mut s = state(Lang::En);
    press(&mut s, "<right> <right>");
    write_atomic(&path, &Journey::capture(&s)).unwrap_or_else(|e| panic!("{e}"));
    let before = std::fs::read(&path).unwrap_or_default();
    let (_store, journey, trouble) = open(path, true);
    assert_eq!((journey, trouble), (None, vec![]));
    let kept = backups(&dir, "bak");
    assert_eq!(kept.len(), 1);
    assert_eq!(std::fs::read(&kept[0]).unwrap_or_default(), before);
}
/// Run by `kill_9_never_tears_the_file` in a child process: saves for ever.
#[test]
#[ignore = "a helper process, started by kill_9_never_tears_the_file"]
fn saver_child() {
    let Some(path) = std::env::var_os("INVISIBLES_SAVER_PATH") else {
        return;
    };
    let mut s = state(Lang::En);
    let keys = ["<right>", "b", "n", "<left>", "2", "<down>", "L"];
    let mut k = 0;
    loop {
        press(&mut s, keys[k % keys.len()]);
        k += 1;
        if let Err(e) = write_atomic(Path::new(&path), &Journey::capture(&s)) {
            panic!("{e}");
        }
    }
}
#[test]
fn kill_9_never_tears_the_file() {
    let dir = tempdir("kill9");
    let path = dir.join("journey.ron");
    let me = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    for round in 0..25u64 {
        let mut child = Command::new(&me)
            .args([
                "--exact",
                "journey::files::saver_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("INVISIBLES_SAVER_PATH", &path)
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        std::thread::sleep(Duration::from_millis(30 + (round * 17) % 90));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        if path.exists() {
            match read(&path) {
                Ok(Some(_)) => {}
                other => panic!("round {round}: torn journey file: {other:?}"),
            }
        }
    }
    assert!(path.exists(), "the saver never saved");
}
