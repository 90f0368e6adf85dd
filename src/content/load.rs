//! Reading the documentary: the embedded `episodes/` and `assets/`, or a folder
//! on disk. Every problem comes back as a [`Diagnostic`]; nothing panics.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::diagnostic::Diagnostic;
use super::documentary::Documentary;
use super::model::{Episode, Manifest};
use super::validate;

static EPISODES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/episodes");
static ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets");

/// A content file larger than this is refused before parsing.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;
/// Deepest RON nesting accepted; the real content needs under 12.
pub const MAX_DEPTH: usize = 64;

/// Where the documentary comes from.
#[derive(Debug, Clone)]
pub enum Origin {
    /// The `episodes/` folder built into the binary.
    Embedded,
    /// A folder on disk holding `manifest.ron` (and optionally `assets/`).
    Dir(PathBuf),
}

/// One content file as read, kept for diagnostics.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

impl Origin {
    fn display(&self, name: &str) -> String {
        match self {
            Origin::Embedded => format!("episodes/{name}"),
            Origin::Dir(d) => d.join(name).display().to_string(),
        }
    }

    fn read(&self, name: &str) -> Result<SourceFile, Diagnostic> {
        let path = self.display(name);
        let bytes: Vec<u8> = match self {
            Origin::Embedded => EPISODES
                .get_file(name)
                .map(|f| f.contents().to_vec())
                .ok_or_else(|| {
                    Diagnostic::file(&path, "no such file in the built-in episodes".into())
                })?,
            Origin::Dir(d) => std::fs::read(d.join(name))
                .map_err(|e| Diagnostic::file(&path, format!("cannot read: {e}")))?,
        };
        if bytes.len() > MAX_FILE_BYTES {
            return Err(Diagnostic::file(
                &path,
                format!(
                    "file is too large ({} bytes; the limit is {} MiB)",
                    bytes.len(),
                    MAX_FILE_BYTES / 1024 / 1024
                ),
            ));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            let valid = String::from_utf8_lossy(&e.as_bytes()[..offset]).into_owned();
            Diagnostic::at_offset(&path, &valid, offset, "file is not valid UTF-8".into())
        })?;
        Ok(SourceFile { path, text })
    }

    /// Text assets (portraits, illustrations): the built-in ones, overridden
    /// by an `assets/` folder beside the episodes folder (the repo's layout)
    /// and then by one inside it (a workshop's own documentary).
    fn assets(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        collect_embedded(&ASSETS, &mut out);
        if let Origin::Dir(d) = self {
            if let Some(parent) = d.parent() {
                collect_disk(&parent.join("assets"), Path::new(""), &mut out);
            }
            collect_disk(&d.join("assets"), Path::new(""), &mut out);
        }
        out
    }
}

fn collect_embedded(dir: &Dir<'_>, out: &mut BTreeMap<String, String>) {
    for f in dir.files() {
        if let Some(text) = f.contents_utf8() {
            out.insert(
                f.path().to_string_lossy().replace('\\', "/"),
                text.to_owned(),
            );
        }
    }
    for d in dir.dirs() {
        collect_embedded(d, out);
    }
}

fn collect_disk(root: &Path, rel: &Path, out: &mut BTreeMap<String, String>) {
    let Ok(entries) = std::fs::read_dir(root.join(rel)) else {
        return;
    };
    for entry in entries.flatten() {
        let rel = rel.join(entry.file_name());
        let path = root.join(&rel);
        if path.is_dir() {
            collect_disk(root, &rel, out);
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            out.insert(rel.to_string_lossy().replace('\\', "/"), text);
        }
    }
}

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
        .with_recursion_limit(MAX_DEPTH)
}

/// Parses one RON file, turning ron's error into a pinned diagnostic.
pub fn parse<T: DeserializeOwned>(file: &SourceFile) -> Result<T, Diagnostic> {
    ron_options().from_str(&file.text).map_err(|e| {
        let pos = e.span.start;
        Diagnostic::at(&file.path, &file.text, pos.line, pos.col, message(&e.code))
    })
}

fn message(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => {
            format!("nesting is deeper than {MAX_DEPTH} levels")
        }
        other => other.to_string(),
    }
}

/// Loads and validates a whole documentary; every problem found is returned.
pub fn load(origin: &Origin) -> Result<Documentary, Vec<Diagnostic>> {
    let manifest_file = origin.read("manifest.ron").map_err(|d| vec![d])?;
    let manifest: Manifest = parse(&manifest_file).map_err(|d| vec![d])?;
    let mut problems = Vec::new();
    let mut episodes: Vec<(SourceFile, Episode)> = Vec::new();
    for name in &manifest.episodes {
        match origin
            .read(name)
            .and_then(|f| parse::<Episode>(&f).map(|e| (f, e)))
        {
            Ok(pair) => episodes.push(pair),
            Err(d) => problems.push(d),
        }
    }
    let assets = origin.assets();
    let (figures, semantic) = validate::validate(&manifest_file, &manifest, &episodes, &assets);
    problems.extend(semantic);
    if !problems.is_empty() {
        return Err(problems);
    }
    let episodes = episodes.into_iter().map(|(_, e)| e).collect();
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
