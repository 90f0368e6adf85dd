//! Bytes → a journey file, read alone and opened as a store (which moves a bad
//! file aside). Nothing may panic.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use std::sync::Arc;

use invisibles::app::State;
use invisibles::content::load::{Origin, load};
use invisibles::content::{Documentary, Lang};
use invisibles::store::journey::{Store, StoreOptions, read};
use libfuzzer_sys::fuzz_target;

fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let d =
            std::env::temp_dir().join(format!("invisibles-fuzz-journey-{}", std::process::id()));
        std::fs::create_dir_all(&d).expect("temp dir");
        d
    })
}

fn doc() -> Arc<Documentary> {
    static DOC: OnceLock<Arc<Documentary>> = OnceLock::new();
    DOC.get_or_init(|| Arc::new(load(&Origin::Embedded).expect("the documentary loads")))
        .clone()
}

fuzz_target!(|data: &[u8]| {
    let dir = dir();
    let path = dir.join("journey.ron");
    std::fs::write(&path, data).expect("write journey");
    if let Ok(Some(mut journey)) = read(&path) {
        // Whatever ids, positions and answers it holds, resuming from it is safe.
        let mut state = State::new(doc(), Lang::En);
        journey.fit_to(&state.doc);
        journey.restore(&mut state);
    }
    {
        let (_store, _journey, _troubles) = Store::open(path.clone(), StoreOptions::default());
    }
    // Store::open moves a bad file aside: clear the folder for the next input.
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let _ = std::fs::remove_file(e.path());
        }
    }
});
