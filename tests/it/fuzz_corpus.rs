//! Replays the fuzzing corpus (`tests/fuzz_corpus/`, kept small and minimized
//! from `cargo fuzz` runs of `fuzz/`) through the same code as the fuzz
//! targets, on every `cargo test`: nothing panics, and every episode parse
//! error is pinned to a line.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use invisibles::app::State;
use invisibles::content::load::{Origin, SourceFile, load, parse};
use invisibles::content::model::Episode;
use invisibles::content::{Lang, diagnostic};
use invisibles::store::journey::{Store, StoreOptions, read};

const MANIFEST: &str = r#"Manifest(
    title: (fr: "Fuzz", en: "Fuzz"),
    subtitle: (fr: "Fuzz", en: "Fuzz"),
    episodes: ["01.ron"],
)"#;

fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus in {}", dir.display());
    files
}

/// A fresh folder under the system temp folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let d = std::env::temp_dir().join(format!(
            "invisibles-fuzz-corpus-{tag}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display()));
        TempDir(d)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn episode_corpus_loads_or_fails_with_a_pinned_error() {
    let tmp = TempDir::new("episode");
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(tmp.path().join(name), bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    write("manifest.ron", MANIFEST.as_bytes());
    for file in corpus("episode") {
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(
            bytes.len() < 4096,
            "{}: keep corpus files small",
            file.display()
        );
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let source = SourceFile {
                path: "corpus.ron".into(),
                text: text.to_owned(),
            };
            if let Err(d) = parse::<Episode>(&source) {
                assert!(
                    d.line >= 1,
                    "{}: error without a line: {d:?}",
                    file.display()
                );
                let _ = d.to_string();
            }
        }
        write("01.ron", &bytes);
        match load(&Origin::Dir(tmp.path().to_owned())) {
            Ok(doc) => assert!(!doc.episodes.is_empty()),
            Err(problems) => {
                assert!(!problems.is_empty());
                let _ = diagnostic::report(&problems);
            }
        }
    }
}

#[test]
fn journey_corpus_reads_opens_and_restores_without_panic() {
    let doc = Arc::new(match load(&Origin::Embedded) {
        Ok(doc) => doc,
        Err(p) => panic!("the documentary does not load: {p:#?}"),
    });
    for file in corpus("journey") {
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(
            bytes.len() < 4096,
            "{}: keep corpus files small",
            file.display()
        );
        let tmp = TempDir::new("journey");
        let path = tmp.path().join("journey.ron");
        std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        if let Ok(Some(journey)) = read(&path) {
            let mut state = State::new(doc.clone(), Lang::En);
            journey.restore(&mut state);
        }
        let (store, journey, _trouble) = Store::open(path.clone(), StoreOptions::default());
        let mut state = State::new(doc.clone(), Lang::En);
        if let Some(mut journey) = journey {
            journey.fit_to(&doc);
            journey.restore(&mut state);
        }
        drop(store);
    }
}
