//! Files the app opens, as a local adversary would leave them: folders,
//! FIFOs, devices and links at the state path; planted temporary files;
//! modes; `export -o`; two screens on one session log.

mod hostile;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use hostile::{command, is_root, mkfifo, mode, run, run_within, symlink, tempdir, text, write};
use invisibles::fsio;
use invisibles::journey::Journey;
use invisibles::store::{Options, Store, Trouble, What, Why};
use invisibles::workshop::session::Session;

fn open<T: invisibles::store::Document>(path: &Path) -> (Store<T>, Option<T>, Vec<Trouble>) {
    Store::open(path.to_path_buf(), Options::default())
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
    if !is_root() {
        eprintln!("skipped: making a device node needs root");
        return;
    }
    let tmp = tempdir();
    let node = tmp.path().join("n");
    let made = std::process::Command::new("mknod")
        .args([node.as_os_str(), "c".as_ref(), "1".as_ref(), "3".as_ref()])
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mknod failed");
        return;
    }
    let (mut store, _, troubles) = open::<Journey>(&node);
    assert!(refused(&troubles), "{troubles:?}");
    store.save(&a_journey(1));
    store.flush();
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(&node).is_ok_and(|m| m.file_type().is_char_device()));
}

#[test]
fn another_users_file_is_refused() {
    if !is_root() {
        eprintln!("skipped: giving a file away needs root");
        return;
    }
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
}

#[test]
fn a_file_over_the_limit_is_refused_untouched() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    write(&path, vec![b'('; 5 * 1024 * 1024]);
    let (_store, _, troubles) = open::<Journey>(&path);
    assert!(refused(&troubles), "{troubles:?}");
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
        invisibles::journey::store::read(&path),
        Ok(Some(a_journey(3)))
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
        invisibles::journey::store::read(&path),
        Ok(Some(a_journey(2)))
    );
}

#[test]
fn a_read_only_journey_is_read_but_never_replaced() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    invisibles::journey::store::write_atomic(&path, &a_journey(1))
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
    assert_eq!(invisibles::journey::store::read(&path), Ok(Some(last)));
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
        invisibles::journey::store::read(&path),
        Ok(Some(a_journey(3)))
    );
}

#[test]
fn an_unreadable_session_log_is_kept_aside_not_replaced() {
    let tmp = tempdir();
    let path = tmp.path().join("sessions/s.ron");
    let bytes = b"(name: \"s\", polls: {\"q\": [3, 4" as &[u8];
    write(&path, bytes);
    let (mut store, log, troubles) = open::<Session>(&path);
    assert_eq!(log, None);
    let [
        Trouble::MovedAside {
            what: What::SessionLog,
            to,
            why: Why::Unreadable,
        },
    ] = troubles.as_slice()
    else {
        panic!("{troubles:?}");
    };
    assert_eq!(
        std::fs::read(to).ok().as_deref(),
        Some(bytes),
        "byte for byte"
    );
    store.save(&Session::new("s", 1));
    assert!(store.flush());
    assert_eq!(
        std::fs::read(to).ok().as_deref(),
        Some(bytes),
        "the backup stays"
    );
}

#[test]
fn two_screens_on_one_session_do_not_overwrite_each_others_log() {
    let tmp = tempdir();
    let path = tmp.path().join("sessions/s.ron");
    let (mut first, _, troubles) = open::<Session>(&path);
    assert_eq!(troubles, []);
    let (mut second, _, troubles) = open::<Session>(&path);
    assert_eq!(troubles, [Trouble::InUse(What::SessionLog)]);
    let mut mine = Session::new("s", 1);
    mine.skipped.push("first".into());
    first.save(&mine);
    assert!(first.flush());
    second.save(&Session::new("s", 2));
    second.flush();
    assert_eq!(invisibles::workshop::session::read(&path), Ok(Some(mine)));
}

#[test]
fn session_names_never_share_a_log_or_a_socket() {
    use invisibles::workshop::{link, session};
    let names = ["a/b", "a_b", "a.b", "a%2Fb", "a b", "a\\b", "..", "."];
    let logs: std::collections::BTreeSet<_> = names.iter().map(|n| session::path_for(n)).collect();
    let socks: std::collections::BTreeSet<_> =
        names.iter().map(|n| link::socket_path(Some(n))).collect();
    assert_eq!(logs.len(), names.len(), "{logs:?}");
    assert_eq!(socks.len(), names.len(), "{socks:?}");
    for p in logs.into_iter().flatten() {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        assert!(!name.contains('/') && !name.starts_with('.'), "{name}");
        assert_eq!(
            p.parent()
                .and_then(|d| d.file_name())
                .and_then(|n| n.to_str()),
            Some("sessions")
        );
    }
}

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
        let Some(screen) = hostile::in_terminal(tmp.path(), &args, 10) else {
            eprintln!("skipped: no tmux");
            return;
        };
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
