//! `export`: a handout of a screened session (or of the whole documentary).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cli::Format;
use crate::content::{Documentary, Lang};
use crate::fsio;
use crate::publish::export;
use crate::store::session_log::{self, Session};

/// Why a session's log cannot be exported.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("no state folder on this system")]
    NoStateFolder,
    #[error("no session named `{name}` (looked for {})", .path.display())]
    Unknown { name: String, path: PathBuf },
    #[error("{}: {why}", .path.display())]
    Unreadable {
        path: PathBuf,
        #[source]
        why: crate::store::DocumentError,
    },
}

pub fn run(
    doc: &Documentary,
    lang: Lang,
    session: Option<&str>,
    format: Format,
    output: Option<&Path>,
) -> ExitCode {
    let log = match session.map(|name| load_session(name, doc)) {
        Some(Ok(log)) => Some(log),
        Some(Err(e)) => {
            super::say(&format!("error: {e}"));
            return ExitCode::FAILURE;
        }
        None => None,
    };
    let text = match format {
        Format::Md => export::markdown(doc, lang, log.as_ref()),
        Format::Html => export::html(doc, lang, log.as_ref()),
        Format::Csv => export::csv(doc, lang, log.as_ref()),
    };
    let Some(path) = output else {
        // A closed pipe (`| head`) is not an error worth a message.
        let _ = std::io::stdout().write_all(text.as_bytes());
        return ExitCode::SUCCESS;
    };
    // A killed export left its temporary file: take it away, then write.
    fsio::remove_stale_temporaries(path);
    match fsio::write_atomic(path, text.as_bytes()) {
        Ok(fsio::Written::Created) => ExitCode::SUCCESS,
        Ok(fsio::Written::Replaced) => {
            super::say(&format!("replaced {}", path.display()));
            ExitCode::SUCCESS
        }
        Err(e) => {
            super::say(&format!("error: cannot write {}: {e}", path.display()));
            ExitCode::FAILURE
        }
    }
}

/// The session log named `name`, fitted to the documentary.
pub fn load_session(name: &str, doc: &Documentary) -> Result<Session, SessionError> {
    let path = session_log::path_for(name).ok_or(SessionError::NoStateFolder)?;
    match session_log::read(&path) {
        Ok(Some(mut s)) => {
            s.fit_to(doc);
            Ok(s)
        }
        Ok(None) => Err(SessionError::Unknown {
            name: name.to_owned(),
            path,
        }),
        Err(why) => Err(SessionError::Unreadable { path, why }),
    }
}
