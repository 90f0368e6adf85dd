//! Bytes → an episode file: parsed alone, then loaded and validated as the
//! only episode of a documentary on disk. Nothing may panic.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use invisibles::content::load::{Origin, SourceFile, load, parse};
use invisibles::content::model::Episode;
use libfuzzer_sys::fuzz_target;

const MANIFEST: &str = r#"Manifest(
    title: (fr: "Fuzz", en: "Fuzz"),
    subtitle: (fr: "Fuzz", en: "Fuzz"),
    episodes: ["01.ron"],
)"#;

fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let d =
            std::env::temp_dir().join(format!("invisibles-fuzz-episode-{}", std::process::id()));
        std::fs::create_dir_all(&d).expect("temp dir");
        std::fs::write(d.join("manifest.ron"), MANIFEST).expect("manifest");
        d
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let file = SourceFile {
            path: "fuzz.ron".into(),
            text: text.to_owned(),
        };
        if let Err(d) = parse::<Episode>(&file) {
            assert!(d.line >= 1, "a parse error without a line: {d:?}");
            let _ = d.to_string();
        }
    }
    let dir = dir();
    std::fs::write(dir.join("01.ron"), data).expect("write episode");
    if let Err(problems) = load(&Origin::Dir(dir.clone())) {
        let _ = invisibles::content::diagnostic::report(&problems);
    }
});
