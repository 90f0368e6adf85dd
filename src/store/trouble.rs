//! What a store tells the viewer: one sentence per trouble, in either
//! language, with no fixed width so any view can wrap it.

use std::path::PathBuf;

use crate::content::Lang;

/// Which document a trouble is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Journey,
    SessionLog,
}

impl What {
    fn name(self, lang: Lang) -> &'static str {
        let words = crate::words::of(lang);
        match self {
            What::Journey => words.the_journey,
            What::SessionLog => words.the_session_log,
        }
    }
}

/// Why a file was moved aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// Not RON the app understands (corrupted, truncated, wrong shape).
    Unreadable,
    NotUtf8,
    /// Written by a newer version, with this format number.
    Newer(u32),
}

/// Something the viewer should hear about a store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// The file was moved aside to this path, byte for byte; a new one starts.
    MovedAside { what: What, to: PathBuf, why: Why },
    /// Another instance holds the file: this one plays without saving.
    InUse(What),
    /// Saving is off for this run (folder or file cannot be written).
    CannotSave(What, String),
    /// One save failed; the next change tries again.
    SaveFailed(What, String),
    /// Saving works again after a failure.
    SavingAgain(What),
    /// The path holds something the app did not write (a folder, a device,
    /// another user's file, a file over the size limit): left untouched, and
    /// the app does not start on it.
    Refused(What, PathBuf, String),
}

impl Trouble {
    /// A refusal stops the app before it starts: nothing was touched.
    pub fn is_fatal(&self) -> bool {
        matches!(self, Trouble::Refused(..))
    }

    pub fn message(&self, lang: Lang) -> String {
        let words = crate::words::of(lang);
        match self {
            Trouble::MovedAside { what, to, why } => {
                let why = match why {
                    Why::Unreadable => words.why_unreadable.to_owned(),
                    Why::NotUtf8 => words.why_not_utf8.to_owned(),
                    Why::Newer(v) => (words.why_newer)(*v),
                };
                (words.moved_aside)(what.name(lang), &why, &to.display().to_string())
            }
            Trouble::InUse(what) => (words.in_use)(what.name(lang)),
            Trouble::CannotSave(what, e) => (words.cannot_save)(what.name(lang), e),
            Trouble::SaveFailed(what, e) => (words.save_failed)(what.name(lang), e),
            Trouble::SavingAgain(what) => (words.saving_again)(what.name(lang)),
            Trouble::Refused(what, path, e) => {
                (words.refused_file)(&path.display().to_string(), what.name(lang), e)
            }
        }
    }
}
