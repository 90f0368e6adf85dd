//! The journey file: round trips, every kind of bad file, locking, crashes.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::{any_action, press, state};
use invisibles::app::{Action, Screen, update};
use invisibles::content::Lang;
use invisibles::journey::{Journey, Position};
use invisibles::store::journey::Store;
use invisibles::store::journey::{Options, Trouble, read, write_atomic};
use invisibles::store::{What, Why};
use proptest::prelude::*;

fn tempdir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("invisibles-journey-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir
}

fn open(path: PathBuf, fresh: bool) -> (Store, Option<Journey>, Vec<Trouble>) {
    Store::open(
        path,
        Options {
            fresh,
            ..Options::default()
        },
    )
}

fn backups(dir: &Path, tag: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(&format!("journey.ron.{tag}-")))
        .collect();
    found.sort();
    found
}

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
fn a_vanished_panel_resumes_nearby() {
    let at = |episode: &str, chapter: &str, panel: &str, index: usize| {
        let j = Journey {
            position: Position::Panel {
                episode: episode.into(),
                chapter: chapter.into(),
                panel: panel.into(),
                index,
            },
            ..Journey::default()
        };
        let mut s = state(Lang::En);
        j.restore(&mut s);
        (s.room().screen(), common::here(&s).map(str::to_owned))
    };
    let on = |id: &str| Some(id.to_owned());
    assert_eq!(
        at("sample", "rider", "gone", 3).1,
        on("rider-weekly-hours"),
        "same place in its chapter"
    );
    assert_eq!(
        at("sample", "rider", "gone", 99).1,
        on("share"),
        "the chapter's last panel"
    );
    assert_eq!(
        at("debate", "gone", "gone", 0).1,
        on("debate-icons"),
        "the episode's start"
    );
    assert_eq!(at("gone", "gone", "gone", 0), (Screen::Title, None));
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

#[test]
fn answers_and_bookmarks_round_trip_through_restore() {
    let mut s = state(Lang::En);
    press(&mut s, "<right> b 2 b");
    update(&mut s, Action::Bookmarks);
    let j = Journey::capture(&s);
    assert_eq!(j.bookmarks, ["rider-intro", "debate-icons"]);
    let mut again = state(Lang::En);
    j.restore(&mut again);
    assert_eq!(again.viewer().bookmarks(), s.viewer().bookmarks());
}

#[test]
fn the_welcome_back_names_the_key_to_the_chapters_start_in_the_viewers_language() {
    for (lang, said) in [
        (
            Lang::En,
            "The Home key goes back to the chapter's first panel.",
        ),
        (
            Lang::Fr,
            "La touche Début ramène au premier panneau du chapitre.",
        ),
    ] {
        let mut s = state(lang);
        press(&mut s, "<right> <right>");
        let mut again = state(lang);
        Journey::capture(&s).restore(&mut again);
        let notice = again.notice().unwrap_or_default();
        assert!(notice.ends_with(said), "{notice}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn save_then_load_gives_back_the_same_journey(actions in proptest::collection::vec(any_action(), 0..80)) {
        let mut s = state(Lang::En);
        for a in actions {
            update(&mut s, a);
        }
        let saved = Journey::capture(&s);
        let text = ron::ser::to_string_pretty(&saved, ron::ser::PrettyConfig::default()).unwrap_or_default();
        let loaded: Journey = ron::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
        prop_assert_eq!(&loaded, &saved);
        let mut again = state(Lang::En);
        loaded.restore(&mut again);
        prop_assert_eq!(Journey::capture(&again), saved);
    }
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
                "journey::saver_child",
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

#[test]
fn a_notice_seen_past_is_not_asked_again_after_resuming() {
    let mut s = state(Lang::En);
    press(&mut s, "n n");
    assert!(s.room().gate().is_some(), "the chapter opens with a notice");
    press(&mut s, "<enter>");
    let j = Journey::capture(&s);
    assert!(j.notices_seen.contains("hard"));
    let mut again = state(Lang::En);
    j.restore(&mut again);
    assert_eq!(
        (again.room().screen(), again.room().gate()),
        (s.room().screen(), None)
    );
    // A notice skipped is asked again.
    let mut skipped = state(Lang::En);
    press(&mut skipped, "n n s");
    let j = Journey::capture(&skipped);
    assert!(j.notices_seen.is_empty());
}

#[test]
fn reveals_inside_panels_come_back_with_the_journey() {
    let mut s = state(Lang::En);
    common::goto(&mut s, "rider-voice");
    press(&mut s, "<right>");
    common::goto(&mut s, "debate-icons");
    press(&mut s, "<right> <right>");
    let revealed =
        |s: &invisibles::app::State, id: &str| s.room().progress(s.doc().panel_index[id]).clone();
    let before = (revealed(&s, "rider-voice"), revealed(&s, "debate-icons"));
    assert_eq!(before.0.revealed, 2);
    assert_eq!(before.1.steps.len(), 2);
    let text = ron::to_string(&Journey::capture(&s)).unwrap_or_default();
    let loaded: Journey = ron::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let mut again = state(Lang::En);
    loaded.restore(&mut again);
    assert_eq!(common::here(&again), Some("debate-icons"));
    assert_eq!(
        (
            revealed(&again, "rider-voice"),
            revealed(&again, "debate-icons")
        ),
        before,
        "the panel resumed on and the one before keep their reveals"
    );
}

#[test]
fn reveals_from_a_file_are_fitted_to_the_panel() {
    let text = r#"(position: Panel(episode: "sample", chapter: "rider", panel: "rider-voice"),
        progress: {"rider-voice": (revealed: 999), "debate-icons": (selected: 50, steps: [(40, 0), (0, 0)])})"#;
    let journey: Journey = ron::from_str(text).unwrap_or_else(|e| panic!("{e}"));
    let mut s = state(Lang::En);
    journey.restore(&mut s);
    let voice = &s.room().progress(s.doc().panel_index["rider-voice"]);
    let debate = &s.room().progress(s.doc().panel_index["debate-icons"]);
    assert_eq!(voice.revealed, 3, "no more passages than the testimony has");
    assert!(debate.selected < 50);
    assert_eq!(
        debate.steps,
        [(0, 0)],
        "answers of questions that do not exist are dropped"
    );
    common::screen(&s, 80, 24);
}
