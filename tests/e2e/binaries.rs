//! Two binaries: the player carries no server; `invisibles serve` becomes
//! `invisibles-serve` beside it, and says what to do when it is missing.

use std::process::Command;

/// The SSH greeting only the server's code writes.
const SERVER_ID: &[u8] = b"SSH-2.0-invisibles";

fn holds(path: &str, needle: &[u8]) -> bool {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    bytes.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn the_player_carries_no_server() {
    assert!(holds(env!("CARGO_BIN_EXE_invisibles-serve"), SERVER_ID));
    assert!(!holds(env!("CARGO_BIN_EXE_invisibles"), SERVER_ID));
}

#[test]
fn serve_without_its_server_beside_it_says_how_to_build_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let alone = dir.path().join("invisibles");
    std::fs::copy(env!("CARGO_BIN_EXE_invisibles"), &alone).unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new(&alone)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("XDG_STATE_HOME", dir.path())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("invisibles-serve"), "{said}");
    assert!(said.contains("cargo build --release"), "{said}");
}
