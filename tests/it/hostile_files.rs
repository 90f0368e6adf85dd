//! Files the app opens, as a local adversary would leave them: folders,
//! FIFOs, devices and links at the state path; planted temporary files;
//! modes; saving in the background.

use crate::hostile;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use hostile::{mkfifo, mode, symlink, tempdir, write};
use invisibles::fsio;
use invisibles::journey::Journey;
use invisibles::store::{Store, StoreOptions, Trouble, What};

fn open<T: invisibles::store::Document>(path: &Path) -> (Store<T>, Option<T>, Vec<Trouble>) {
    Store::open(path.to_path_buf(), StoreOptions::default())
}

fn refused(troubles: &[Trouble]) -> bool {
    matches!(troubles, [t @ Trouble::Refused(..)] if t.is_fatal())
}

fn a_journey(n: usize) -> Journey {
    Journey {
        bookmarks: (0..n).map(|i| format!("panel-{i}")).collect(),
        ..Journey::default()
    }
}

#[test]
fn a_folder_as_the_state_file_is_refused_and_left_alone() {
    let tmp = tempdir();
    let docs = tmp.path().join("Documents");
    write(&docs.join("letter.txt"), "mine");
    let (mut store, journey, troubles) = open::<Journey>(&docs);
    assert!(refused(&troubles), "{troubles:?}");
    assert!(
        troubles[0]
            .message(invisibles::content::Lang::En)
            .contains("a folder")
    );
    assert_eq!(journey, None);
    store.save(&a_journey(1));
    assert!(store.flush());
    assert!(
        docs.join("letter.txt").is_file(),
        "the folder is where it was"
    );
    let names: Vec<_> = std::fs::read_dir(tmp.path())
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert_eq!(
        names,
        ["Documents"],
        "nothing renamed, nothing written beside it"
    );
}

#[test]
fn a_fifo_as_the_state_file_never_blocks() {
    let tmp = tempdir();
    let fifo = tmp.path().join("journey.ron");
    mkfifo(&fifo);
    let start = Instant::now();
    let (_store, journey, troubles) = open::<Journey>(&fifo);
    assert!(start.elapsed() < Duration::from_secs(2));
    assert!(refused(&troubles), "{troubles:?}");
    assert_eq!(journey, None);
    assert!(
        std::fs::symlink_metadata(&fifo).is_ok_and(|m| !m.is_file()),
        "still a FIFO"
    );
}

#[test]
fn a_link_to_dev_zero_is_refused_without_reading_it() {
    let tmp = tempdir();
    let link = tmp.path().join("journey.ron");
    symlink("/dev/zero", &link);
    let (_store, journey, troubles) = open::<Journey>(&link);
    assert!(refused(&troubles), "{troubles:?}");
    assert_eq!(journey, None);
    assert!(matches!(
        fsio::read_file(&link, 1024),
        Err(fsio::ReadError::NotRegular("a device"))
    ));
}

#[test]
fn a_device_node_is_never_replaced() {
    hostile::need_root("making a device node");
    let tmp = tempdir();
    let node = tmp.path().join("n");
    let made = std::process::Command::new("mknod")
        .args([node.as_os_str(), "c".as_ref(), "1".as_ref(), "3".as_ref()])
        .status()
        .is_ok_and(|s| s.success());
    assert!(made, "mknod failed");
    let (mut store, _, troubles) = open::<Journey>(&node);
    assert!(refused(&troubles), "{troubles:?}");
    store.save(&a_journey(1));
    store.flush();
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(&node).is_ok_and(|m| m.file_type().is_char_device()));
}

#[test]
fn another_users_file_is_refused() {
    hostile::need_root("giving a file away");
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    write(&path, "garbage that would be moved aside");
    std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap_or_else(|e| panic!("{e}"));
    let (_store, _, troubles) = open::<Journey>(&path);
    assert!(refused(&troubles), "{troubles:?}");
    assert_eq!(
        std::fs::read(&path).ok(),
        Some(b"garbage that would be moved aside".to_vec())
    );
    assert!(
        !tmp.path().join("journey.ron.lock").exists(),
        "nothing made beside it"
    );
}

#[test]
fn another_users_link_at_the_state_path_is_never_followed() {
    hostile::need_root("giving a link away");
    // Another user plants a link to our file in a shared folder.
    let tmp = tempdir();
    let ours = tmp.path().join("important.conf");
    write(&ours, "keep me");
    let path = tmp.path().join("journey.ron");
    std::os::unix::fs::symlink(&ours, &path).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::lchown(&path, Some(65534), Some(65534)).unwrap_or_else(|e| panic!("{e}"));
    let (_store, _, troubles) = open::<Journey>(&path);
    assert!(refused(&troubles), "{troubles:?}");
    assert_eq!(std::fs::read(&ours).ok(), Some(b"keep me".to_vec()));
    let aside = std::fs::read_dir(tmp.path())
        .map(|d| {
            d.flatten()
                .filter(|e| e.file_name().to_string_lossy().contains(".bad-"))
                .count()
        })
        .unwrap_or(0);
    assert_eq!(aside, 0, "nothing moved aside");
    // Swapped in between two saves, it is not followed either.
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{e}"));
    let (mut store, _, troubles) = open::<Journey>(&path);
    assert_eq!(troubles, vec![]);
    store.save(&a_journey(1));
    assert!(store.flush());
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(&ours, &path).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::lchown(&path, Some(65534), Some(65534)).unwrap_or_else(|e| panic!("{e}"));
    store.save(&a_journey(2));
    store.flush();
    assert_eq!(std::fs::read(&ours).ok(), Some(b"keep me".to_vec()));
    assert!(!store.troubles().is_empty(), "the failed save is told");
}

#[test]
fn a_file_over_the_limit_is_refused_untouched() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    write(&path, vec![b'('; 5 * 1024 * 1024]);
    let (_store, _, troubles) = open::<Journey>(&path);
    assert!(refused(&troubles), "{troubles:?}");
    assert!(
        !tmp.path().join("journey.ron.lock").exists(),
        "nothing made beside it"
    );
    assert_eq!(
        std::fs::metadata(&path).map(|m| m.len()).ok(),
        Some(5 * 1024 * 1024)
    );
}

#[test]
fn planted_temporary_names_are_not_followed() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    let victim = tmp.path().join("victim");
    write(&victim, "precious");
    // The names the app used to write to, predictable from the pid.
    for pid in [std::process::id(), 1, 2, 3] {
        symlink(&victim, &tmp.path().join(format!(".journey.ron.tmp-{pid}")));
    }
    let (mut store, _, troubles) = open::<Journey>(&path);
    assert_eq!(troubles, []);
    store.save(&a_journey(3));
    assert!(store.flush());
    assert_eq!(
        std::fs::read_to_string(&victim).ok().as_deref(),
        Some("precious")
    );
    assert_eq!(
        invisibles::store::journey::read(&path).ok(),
        Some(Some(a_journey(3)))
    );
}

#[test]
fn stale_temporaries_of_a_killed_save_are_removed_on_open() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    let stale = tmp.path().join(".journey.ron.Ab12Cd.tmp");
    write(&stale, "half a jour");
    let (_store, _, troubles) = open::<Journey>(&path);
    assert_eq!(troubles, []);
    assert!(!stale.exists());
}

#[test]
fn the_files_mode_is_kept_and_new_ones_are_owner_only() {
    let tmp = tempdir();
    let path = tmp.path().join("deep/er/journey.ron");
    {
        let (mut store, _, _) = open::<Journey>(&path);
        store.save(&a_journey(1));
        assert!(store.flush());
    }
    assert_eq!(mode(&path), 0o600, "a new journey");
    assert_eq!(mode(&tmp.path().join("deep")), 0o700, "a new folder");
    assert_eq!(mode(&tmp.path().join("deep/er")), 0o700, "a new folder");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640))
        .unwrap_or_else(|e| panic!("{e}"));
    {
        let (mut store, _, _) = open::<Journey>(&path);
        store.save(&a_journey(2));
        assert!(store.flush());
    }
    assert_eq!(mode(&path), 0o640, "the mode survives a save");
    assert_eq!(
        invisibles::store::journey::read(&path).ok(),
        Some(Some(a_journey(2)))
    );
}

#[test]
fn a_read_only_journey_is_read_but_never_replaced() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    invisibles::store::journey::write_atomic(&path, &a_journey(1))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400))
        .unwrap_or_else(|e| panic!("{e}"));
    let before = std::fs::read(&path).unwrap_or_default();
    let (mut store, journey, troubles) = open::<Journey>(&path);
    assert_eq!(journey, Some(a_journey(1)));
    assert!(
        matches!(troubles.as_slice(), [Trouble::CannotSave(What::Journey, _)]),
        "{troubles:?}"
    );
    store.save(&a_journey(5));
    store.flush();
    assert_eq!(std::fs::read(&path).unwrap_or_default(), before);
    assert_eq!(mode(&path), 0o400);
}

#[test]
fn saving_never_waits_for_the_disk_and_the_latest_wins() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    let (mut store, _, _) = open::<Journey>(&path);
    let start = Instant::now();
    for n in 0..2000 {
        store.save(&a_journey(n % 50 + 1));
    }
    let last = a_journey(77);
    store.save(&last);
    assert!(
        start.elapsed() < Duration::from_millis(1500),
        "2,001 saves took {:?}: they wait for the disk",
        start.elapsed()
    );
    assert!(store.flush());
    assert_eq!(
        invisibles::store::journey::read(&path).ok(),
        Some(Some(last))
    );
}

#[test]
fn a_failed_save_is_told_and_the_next_one_tries_again() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    let (mut store, _, _) = open::<Journey>(&path);
    store.save(&a_journey(1));
    assert!(store.flush());
    // Something that cannot be replaced appears at the path: the save fails.
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir(&path).unwrap_or_else(|e| panic!("{e}"));
    store.save(&a_journey(2));
    assert!(!store.flush());
    let troubles = store.troubles();
    assert!(
        matches!(troubles.as_slice(), [Trouble::SaveFailed(What::Journey, _)]),
        "{troubles:?}"
    );
    // It goes away: saving works again, and says so.
    std::fs::remove_dir(&path).unwrap_or_else(|e| panic!("{e}"));
    store.save(&a_journey(3));
    assert!(store.flush());
    assert_eq!(store.troubles(), [Trouble::SavingAgain(What::Journey)]);
    assert_eq!(
        invisibles::store::journey::read(&path).ok(),
        Some(Some(a_journey(3)))
    );
}

/// `--state PATH` in a real terminal: a clear error before the first frame,
/// and the path as it was.
#[test]
fn the_player_refuses_a_state_path_it_did_not_write() {
    let tmp = tempdir();
    let docs = tmp.path().join("Documents");
    write(&docs.join("letter.txt"), "mine");
    let fifo = tmp.path().join("fifo");
    mkfifo(&fifo);
    for (path, what) in [(&docs, "a folder"), (&fifo, "a FIFO")] {
        let args = format!("--state '{}'", path.display());
        let screen = hostile::in_terminal(tmp.path(), &args, 10);
        assert!(screen.contains("EXIT=1"), "{what}: {screen}");
        assert!(
            screen.contains(&format!("it is {what}")),
            "{what}: {screen}"
        );
        assert!(screen.contains("Nothing was changed"), "{what}: {screen}");
    }
    assert!(docs.join("letter.txt").is_file());
    let mut names: Vec<_> = std::fs::read_dir(tmp.path())
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    names.sort();
    assert_eq!(
        names,
        ["Documents", "fifo"],
        "nothing renamed, nothing written"
    );
}

/// Run by `running_out_of_descriptors_once_does_not_stop_saving`, in a child
/// process (the limit is per process): saves, runs out of file descriptors,
/// gets them back, saves again.
#[test]
#[ignore = "a helper process, started by running_out_of_descriptors_once_does_not_stop_saving"]
fn descriptors_child() {
    let Some(path) = std::env::var_os("INVISIBLES_FD_PATH") else {
        return;
    };
    let path = std::path::PathBuf::from(path);
    let (mut store, _, _) = open::<Journey>(&path);
    store.save(&a_journey(1));
    assert!(store.flush(), "the first save");
    let mut held = Vec::new();
    while let Ok(f) = std::fs::File::open("/dev/null") {
        held.push(f);
        assert!(held.len() < 1_000_000, "no descriptor limit");
    }
    store.save(&a_journey(2));
    assert!(!store.flush(), "a save with no descriptor left fails");
    let troubles = store.troubles();
    assert!(
        matches!(troubles.as_slice(), [Trouble::SaveFailed(What::Journey, _)]),
        "{troubles:?}"
    );
    drop(held);
    store.save(&a_journey(3));
    assert!(store.flush(), "saving works again");
    assert_eq!(store.troubles(), [Trouble::SavingAgain(What::Journey)]);
    println!("DESCRIPTORS-CHILD-DONE");
}

#[test]
fn running_out_of_descriptors_once_does_not_stop_saving() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    let me = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    let mut c = std::process::Command::new("sh");
    c.arg("-c")
        .arg("ulimit -n 64; exec \"$0\" --exact hostile_files::descriptors_child --ignored --nocapture --test-threads=1")
        .arg(me)
        .env("INVISIBLES_FD_PATH", &path);
    let o = hostile::run_within(c, 30);
    let out = hostile::text(&o.stdout);
    assert!(
        o.status.success() && out.contains("DESCRIPTORS-CHILD-DONE"),
        "{out}{}",
        hostile::text(&o.stderr)
    );
    assert_eq!(
        invisibles::store::journey::read(&path).ok(),
        Some(Some(a_journey(3)))
    );
}
