//! Reading the documentary: the embedded `episodes/` and `assets/`, or a folder
//! on disk. Every problem comes back as a [`Diagnostic`]; nothing panics.

use std::collections::{BTreeMap, HashMap};
use std::path::{Component, Path, PathBuf};

use include_dir::{Dir, include_dir};
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::diagnostic::Diagnostic;
use super::documentary::Documentary;
use super::figures;
use super::model::{Episode, Manifest, Panel, Statistic};
use super::validate;
use invisibles_fsio as fsio;

static EPISODES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../episodes");
static ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../assets");

pub use super::limits::{MAX_DEPTH, MAX_FILE_BYTES};

/// Where the documentary comes from.
#[derive(Debug, Clone)]
pub enum Origin {
    /// The `episodes/` folder built into the binary.
    Embedded,
    /// A folder on disk holding `manifest.ron` (and optionally `assets/`);
    /// nothing outside it is read.
    Dir(PathBuf),
}

pub use super::source::SourceFile;

/// Why a content file or asset could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ContentFileError {
    #[error("must be a relative path inside the folder (no absolute path, no `..`)")]
    NotInside,
    #[error("leads outside the folder (through a symbolic link)")]
    LeadsOutside,
    #[error("there is no such file in the folder")]
    Missing,
    #[error("there is no such file in the built-in episodes")]
    NotBuiltIn,
    #[error("cannot read: {0}")]
    Io(#[source] std::io::Error),
    #[error("file is too large (the limit is {} MiB)", MAX_FILE_BYTES / 1024 / 1024)]
    TooLarge,
    #[error("file {0}")]
    File(#[source] fsio::ReadError),
    /// An asset, which is shown whole, not pointed into.
    #[error("is not valid UTF-8 text")]
    NotText,
    /// Holds the bytes up to the first that is not UTF-8, to point at it.
    #[error("file is not valid UTF-8")]
    NotUtf8(String),
}

impl From<std::io::Error> for ContentFileError {
    fn from(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::NotFound => ContentFileError::Missing,
            _ => ContentFileError::Io(e),
        }
    }
}

/// Where a content file's name may point: a relative path, no `..`.
fn inside(name: &str) -> Result<&Path, ContentFileError> {
    let path = Path::new(name);
    let plain = !name.is_empty()
        && path
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if plain {
        Ok(path)
    } else {
        Err(ContentFileError::NotInside)
    }
}

/// Reads `name` (under `sub`, "" or "assets") inside the folder `root`: the
/// resolved file must lie in `root` itself, so no link on the way (not even
/// `sub` being a link) leads out of it. Never blocks, never reads more than
/// the limit.
fn read_inside(root: &Path, sub: &str, name: &str) -> Result<Vec<u8>, ContentFileError> {
    let rel = inside(name)?;
    let root = std::fs::canonicalize(root)?;
    let real = std::fs::canonicalize(root.join(sub).join(rel))?;
    if !real.starts_with(&root) {
        return Err(ContentFileError::LeadsOutside);
    }
    match fsio::read_file(&real, MAX_FILE_BYTES as u64) {
        Ok((bytes, _)) => Ok(bytes),
        Err(fsio::ReadError::TooLarge(_)) => Err(ContentFileError::TooLarge),
        Err(e) => Err(ContentFileError::File(e)),
    }
}

impl Origin {
    fn display(&self, name: &str) -> String {
        match self {
            Origin::Embedded => format!("episodes/{name}"),
            Origin::Dir(d) => d.join(name).display().to_string(),
        }
    }

    fn read(&self, name: &str) -> Result<SourceFile, ContentFileError> {
        let path = self.display(name);
        let bytes: Vec<u8> = match self {
            Origin::Embedded => EPISODES
                .get_file(name)
                .map(|f| f.contents().to_vec())
                .ok_or(ContentFileError::NotBuiltIn)?,
            Origin::Dir(d) => read_inside(d, "", name)?,
        };
        if bytes.len() > MAX_FILE_BYTES {
            return Err(ContentFileError::TooLarge);
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            let bytes = e.as_bytes();
            let valid = std::str::from_utf8(bytes)
                .err()
                .map_or(0, |e| e.valid_up_to());
            ContentFileError::NotUtf8(String::from_utf8_lossy(&bytes[..valid]).into_owned())
        })?;
        Ok(SourceFile { path, text })
    }

    /// The text assets (portraits) that panels name, and why any of them
    /// cannot be used. A folder's `assets/` overrides the built-in ones; only
    /// named files are read, so nothing else under `assets/` is touched.
    fn assets(&self, names: &[&str]) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
        let mut found = BTreeMap::new();
        let mut errors = BTreeMap::new();
        for &name in names {
            let built_in = || ASSETS.get_file(name).and_then(|f| f.contents_utf8());
            let result = match self {
                Origin::Dir(d)
                    if std::fs::symlink_metadata(d.join("assets").join(name)).is_ok() =>
                {
                    read_inside(d, "assets", name).and_then(|bytes| {
                        String::from_utf8(bytes).map_err(|_| ContentFileError::NotText)
                    })
                }
                _ => match built_in() {
                    Some(text) => Ok(text.to_owned()),
                    None => continue,
                },
            };
            match result {
                Ok(text) => found.insert(name.to_owned(), text),
                Err(e) => errors.insert(name.to_owned(), e.to_string()),
            };
        }
        (found, errors)
    }
}

/// A file that could not be read, as a diagnostic: in the file itself when
/// its bytes are at fault (not UTF-8), else at `named`, where the manifest
/// names it (the manifest itself has no such place).
fn unreadable(
    path: &str,
    error: ContentFileError,
    named: Option<(&SourceFile, &str)>,
) -> Diagnostic {
    match (error, named) {
        (ContentFileError::NotUtf8(valid), _) => {
            Diagnostic::at_offset(path, &valid, valid.len(), "file is not valid UTF-8".into())
        }
        (error, Some((manifest, name))) => {
            let quoted = format!("{name:?}");
            let offset = manifest.text.find(&quoted).unwrap_or(0);
            Diagnostic::at_offset(
                &manifest.path,
                &manifest.text,
                offset,
                format!("the episode file `{name}` cannot be read: {error}"),
            )
        }
        (error, None) => Diagnostic::file(path, error.to_string()),
    }
}

/// Every asset a panel names.
fn named_assets<'a>(episodes: impl Iterator<Item = &'a Episode>) -> Vec<&'a str> {
    let mut names: Vec<&str> = episodes
        .flat_map(|e| &e.chapters)
        .flat_map(|c| &c.panels)
        .filter_map(|p| match p {
            Panel::Testimony(t) => t.portrait.as_deref(),
            _ => None,
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
        .with_recursion_limit(MAX_DEPTH)
}

/// Parses one RON file, turning ron's error into a pinned diagnostic in
/// plain words (see `content/ron_error.rs`).
pub fn parse<T: DeserializeOwned>(file: &SourceFile) -> Result<T, Diagnostic> {
    ron_options()
        .from_str(&file.text)
        .map_err(|e| super::ron_error::diagnose(file, &e))
}

/// Loads and validates a whole documentary; every problem found is returned.
pub fn load(origin: &Origin) -> Result<Documentary, Vec<Diagnostic>> {
    let manifest_path = origin.display("manifest.ron");
    let manifest_file =
        (origin.read("manifest.ron")).map_err(|e| vec![unreadable(&manifest_path, e, None)])?;
    let manifest: Manifest = parse(&manifest_file).map_err(|d| vec![d])?;
    let mut problems = Vec::new();
    let mut episodes: Vec<(SourceFile, Episode)> = Vec::new();
    let mut unread = Vec::new();
    for name in &manifest.episodes {
        let path = origin.display(name);
        let parsed = (origin.read(name))
            .map_err(|e| unreadable(&path, e, Some((&manifest_file, name))))
            .and_then(|f| parse::<Episode>(&f).map(|e| (f, e)));
        match parsed {
            Ok(pair) => episodes.push(pair),
            Err(d) => {
                problems.push(d);
                unread.push(path);
            }
        }
    }
    let (assets, asset_errors) = origin.assets(&named_assets(episodes.iter().map(|(_, e)| e)));
    let (figures, semantic) = validate::validate(
        &manifest_file,
        &manifest,
        &episodes,
        &assets,
        &asset_errors,
        unread.is_empty(),
    );
    problems.extend(semantic);
    // What other files refer to in an unread one is not known: say so once,
    // rather than report each reference as unknown.
    if manifest.episodes.len() > 1 {
        problems.extend(unread.iter().map(|path| {
            Diagnostic::file(
                path,
                "could not be read, so what the other files refer to in it is not checked".into(),
            )
            .warning()
        }));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let episodes = episodes.into_iter().map(|(_, e)| e).collect();
    Ok(Documentary::new(manifest, episodes, assets, figures))
}

/// The embedded episodes as `build.rs` pre-parsed them (empty if it could not).
static PRE_PARSED: &str = include_str!(concat!(env!("OUT_DIR"), "/episodes.json"));

/// Loads the documentary to play it. The embedded one is validated by the
/// test suite (`check` and `tests/content.rs` load it through [`load`]), so
/// a release start-up decodes the form `build.rs` pre-parsed and computes
/// its figures, no more; a folder on disk, and a debug build, are validated
/// in full.
pub fn load_to_play(origin: &Origin) -> Result<Documentary, Vec<Diagnostic>> {
    match origin {
        Origin::Embedded if !cfg!(debug_assertions) => load_pre_parsed(),
        _ => load(origin),
    }
}

/// The embedded documentary from its pre-parsed form, without the semantic
/// checks; anything amiss falls back to the full [`load`] and its report.
pub fn load_pre_parsed() -> Result<Documentary, Vec<Diagnostic>> {
    let Ok((manifest, episodes)) = serde_json::from_str::<(Manifest, Vec<Episode>)>(PRE_PARSED)
    else {
        return load(&Origin::Embedded);
    };
    let stats: HashMap<&str, &Statistic> = (episodes.iter())
        .flat_map(|e| &e.chapters)
        .flat_map(|c| &c.panels)
        .filter_map(|p| match p {
            Panel::Statistic(s) => Some((s.id.as_str(), s)),
            _ => None,
        })
        .collect();
    let (figures, errors) = figures::compute_all(&stats);
    let (assets, asset_errors) = Origin::Embedded.assets(&named_assets(episodes.iter()));
    if !errors.is_empty() || !asset_errors.is_empty() {
        return load(&Origin::Embedded);
    }
    Ok(Documentary::new(manifest, episodes, assets, figures))
}

/// Where each panel of a documentary is written, as (file, line, column), for
/// reports made after loading (`check --size`). Reads the files again, so the
/// player never pays for it.
pub fn locate_panels(
    origin: &Origin,
    doc: &Documentary,
) -> HashMap<String, (String, usize, usize)> {
    let mut out = HashMap::new();
    for name in &doc.manifest.episodes {
        let Ok(file) = origin.read(name) else {
            continue;
        };
        // One pass over the file: every `id: "…"` in order.
        let mut line = 1;
        let mut line_start = 0;
        let mut last = 0;
        for (at, _) in file.text.match_indices("id:") {
            let rest = file.text[at + 3..].trim_start();
            let Some(quoted) = rest.strip_prefix('"') else {
                continue;
            };
            let id = &quoted[..quoted.find('"').unwrap_or(0)];
            if !doc.panel_index.contains_key(id) || out.contains_key(id) {
                continue;
            }
            let offset = file.text.len() - quoted.len();
            for (i, c) in file.text[last..offset].char_indices() {
                if c == '\n' {
                    line += 1;
                    line_start = last + i + 1;
                }
            }
            last = offset;
            let column = file.text[line_start..offset].chars().count();
            out.insert(id.to_owned(), (file.path.clone(), line, column));
        }
    }
    out
}
