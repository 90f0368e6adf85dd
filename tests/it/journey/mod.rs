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
use invisibles::store::journey::{StoreOptions, Trouble, read, write_atomic};
use invisibles::store::{What, Why};
use proptest::prelude::*;

mod files;
mod resume;

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
        StoreOptions {
            fresh,
            ..StoreOptions::default()
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
