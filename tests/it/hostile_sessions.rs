//! Session logs: unreadable ones kept aside, two screens on one log, names
//! that must never share a file.

use crate::hostile;

use std::path::Path;

use hostile::{tempdir, write};
use invisibles::store::session_log::Session;
use invisibles::store::{Store, StoreOptions, Trouble, What, Why};

fn open(path: &Path) -> (Store<Session>, Option<Session>, Vec<Trouble>) {
    Store::open(path.to_path_buf(), StoreOptions::default())
}

#[test]
fn an_unreadable_session_log_is_kept_aside_not_replaced() {
    let tmp = tempdir();
    let path = tmp.path().join("sessions/s.ron");
    let bytes = b"(name: \"s\", polls: {\"q\": [3, 4" as &[u8];
    write(&path, bytes);
    let (mut store, log, troubles) = open(&path);
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
    let (mut first, _, troubles) = open(&path);
    assert_eq!(troubles, []);
    let (mut second, _, troubles) = open(&path);
    assert_eq!(troubles, [Trouble::InUse(What::SessionLog)]);
    let mut mine = Session::new("s", 1);
    mine.skipped.push("first".into());
    first.save(&mine);
    assert!(first.flush());
    second.save(&Session::new("s", 2));
    second.flush();
    assert_eq!(
        invisibles::store::session_log::read(&path).ok(),
        Some(Some(mine))
    );
}

#[test]
fn session_names_never_share_a_log_or_a_socket() {
    use invisibles::link;
    use invisibles::store::session_log as session;
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

/// A session log of `bytes` or more, as the store writes it.
fn a_big_log(bytes: usize) -> Session {
    let mut log = Session::new("big", 1);
    let entry = "x".repeat(1000);
    while log.skipped.len() * 1010 < bytes {
        log.skipped.push(entry.clone());
    }
    log
}

#[test]
fn a_session_log_has_its_own_16_mib_limit() {
    let tmp = tempdir();
    let path = tmp.path().join("sessions/big.ron");
    let big = a_big_log(6 * 1024 * 1024);
    let text = ron::ser::to_string_pretty(&big, ron::ser::PrettyConfig::default())
        .unwrap_or_else(|e| panic!("{e}"));
    write(&path, text);
    let (_store, log, troubles) = open(&path);
    assert_eq!(troubles, [], "a 6 MiB log opens");
    assert_eq!(log.map(|l| l.skipped.len()), Some(big.skipped.len()));
}

#[test]
fn a_full_session_log_says_so_and_what_to_do() {
    let tmp = tempdir();
    let path = tmp.path().join("sessions/full.ron");
    let (mut store, _, troubles) = open(&path);
    assert_eq!(troubles, []);
    store.save(&a_big_log(17 * 1024 * 1024));
    // Encoding 17 MiB takes a while in a debug build: wait for the verdict.
    let start = std::time::Instant::now();
    let mut told = String::new();
    while told.is_empty() && start.elapsed() < std::time::Duration::from_secs(60) {
        assert!(!store.flush(), "a log over its limit is not saved");
        let troubles = store.troubles();
        let words = troubles
            .iter()
            .map(|t| t.message(invisibles::content::Lang::En));
        told = words.collect::<Vec<_>>().join("\n");
    }
    assert!(told.contains("full") && told.contains("16 MiB"), "{told}");
    assert!(told.contains("another --session name"), "{told}");
}
