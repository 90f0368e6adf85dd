//! What the store takes over at a path it is given (`--state FILE`): only a
//! file that is one of its documents, and it says why it refuses the rest.

use crate::hostile;

use std::path::Path;

use hostile::{tempdir, write};
use invisibles::content::Lang;
use invisibles::journey::Journey;
use invisibles::store::{Store, StoreOptions, Trouble};

fn open(path: &Path) -> (Store<Journey>, Option<Journey>, Vec<Trouble>) {
    Store::open(path.to_path_buf(), StoreOptions::default())
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_file_that_is_not_a_journey_is_never_moved_aside_or_replaced() {
    let tmp = tempdir();
    let cases: [(&str, &[u8]); 4] = [
        ("notes.txt", b"this is not RON at all (((("),
        (
            ".profile",
            b"# ~/.profile\nexport PATH=\"$HOME/bin:$PATH\"\n",
        ),
        (
            "authorized_keys",
            b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI me@host\n",
        ),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF"),
    ];
    for (name, bytes) in cases {
        let path = tmp.path().join(name);
        write(&path, bytes);
        let (mut store, journey, troubles) = open(&path);
        assert_eq!(journey, None);
        let [refusal @ Trouble::Refused(..)] = troubles.as_slice() else {
            panic!("{name}: {troubles:?}");
        };
        assert!(refusal.is_fatal());
        let told = refusal.message(Lang::En);
        assert!(told.contains("not a journey file"), "{told}");
        // Even a save asked for anyway changes nothing.
        store.save(&Journey::default());
        store.flush();
        assert_eq!(std::fs::read(&path).ok().as_deref(), Some(bytes), "{name}");
    }
    assert_eq!(
        names(tmp.path()),
        [".profile", "authorized_keys", "notes.txt", "photo.jpg"],
        "nothing moved aside, no lock beside them"
    );
}

#[test]
fn a_damaged_journey_is_still_kept_aside_and_replaced() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    let bytes = b"(\n    version: 1,\n    bookmarks: [\"a\", " as &[u8];
    write(&path, bytes);
    let (_store, journey, troubles) = open(&path);
    assert_eq!(journey, None);
    assert!(
        matches!(troubles.as_slice(), [Trouble::MovedAside { .. }]),
        "{troubles:?}"
    );
}

#[test]
fn too_large_names_the_limit_not_the_size() {
    let tmp = tempdir();
    let path = tmp.path().join("journey.ron");
    write(&path, vec![b'('; 5 * 1024 * 1024]);
    let (_store, _, troubles) = open(&path);
    let told: Vec<String> = troubles.iter().map(|t| t.message(Lang::En)).collect();
    let told = told.join("\n");
    assert!(told.contains("larger than the limit of 4 MiB"), "{told}");
    assert!(!told.contains("5 MiB"), "{told}");
}

/// Quitting when the last steps could not be written (the disk full, the
/// folder gone) says so on stderr and does not exit 0.
#[test]
fn quitting_with_unsaved_steps_says_so_and_fails() {
    let tmp = tempdir();
    let sub = tmp.path().join("sub");
    let state = sub.join("journey.ron");
    let t = hostile::Terminal::start(tmp.path(), &format!("--state '{}'", state.display()));
    t.wait_for("Invisibles", 15);
    // Its folder becomes a file: no save can succeed, even as root.
    let _ = std::fs::remove_dir_all(&sub);
    write(&sub, "not a folder");
    t.tmux(&["send-keys", "Right"]);
    std::thread::sleep(std::time::Duration::from_millis(500));
    t.tmux(&["send-keys", "q"]);
    let screen = t.wait_for("EXIT=", 15);
    assert!(screen.contains("EXIT=1"), "{screen}");
    assert!(screen.contains("could not be saved"), "{screen}");
}
