//! The episodes and assets are embedded with `include_dir!`, which cargo does
//! not track: rebuild whenever either folder changes.
//!
//! The embedded episodes are also decoded here, once, into JSON in `OUT_DIR`:
//! a release start-up reads that pre-parsed form, five times faster than
//! RON (the RON stays embedded for `check` and its diagnostics). If they do
//! not parse, an empty file is written and the player falls back to RON, so
//! the error is reported where it belongs, by the app.

use std::path::Path;

#[allow(dead_code)]
#[path = "src/lang.rs"]
mod lang;
#[allow(dead_code)]
#[path = "src/content/model.rs"]
mod model;

fn parse<T: serde::de::DeserializeOwned>(path: &Path) -> Option<T> {
    use ron::extensions::Extensions;
    let text = std::fs::read_to_string(path).ok()?;
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
        .with_recursion_limit(64)
        .from_str(&text)
        .ok()
}

fn pre_parsed() -> Option<String> {
    let dir = Path::new("../../episodes");
    let manifest: model::Manifest = parse(&dir.join("manifest.ron"))?;
    let episodes = (manifest.episodes.iter())
        .map(|name| parse::<model::Episode>(&dir.join(name)))
        .collect::<Option<Vec<_>>>()?;
    serde_json::to_string(&(manifest, episodes)).ok()
}

fn main() {
    println!("cargo:rerun-if-changed=../../episodes");
    println!("cargo:rerun-if-changed=../../assets");
    println!("cargo:rerun-if-changed=src/content/model.rs");
    println!("cargo:rerun-if-changed=src/lang.rs");
    let out = std::env::var_os("OUT_DIR").map(std::path::PathBuf::from);
    if let Some(out) = out {
        let json = pre_parsed().unwrap_or_default();
        if let Err(e) = std::fs::write(out.join("episodes.json"), json) {
            println!("cargo:warning=cannot write the pre-parsed episodes: {e}");
        }
    }
}
