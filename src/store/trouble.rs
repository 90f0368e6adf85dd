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
        match (self, lang) {
            (What::Journey, Lang::En) => "journey",
            (What::Journey, Lang::Fr) => "parcours",
            (What::SessionLog, Lang::En) => "session log",
            (What::SessionLog, Lang::Fr) => "journal de séance",
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
        let fr = lang == Lang::Fr;
        match self {
            Trouble::MovedAside { what, to, why } => {
                let w = what.name(lang);
                let why = match (why, fr) {
                    (Why::Unreadable, false) => "unreadable".to_owned(),
                    (Why::Unreadable, true) => "illisible".to_owned(),
                    (Why::NotUtf8, false) => "not UTF-8 text".to_owned(),
                    (Why::NotUtf8, true) => "pas du texte UTF-8".to_owned(),
                    (Why::Newer(v), false) => {
                        format!("written by a newer version (format {v})")
                    }
                    (Why::Newer(v), true) => {
                        format!("écrit par une version plus récente (format {v})")
                    }
                };
                if fr {
                    format!(
                        "Le fichier de {w} était {why}\u{a0}; il est conservé sous {} et un nouveau {w} commence.",
                        to.display()
                    )
                } else {
                    format!(
                        "The {w} file was {why}; it was kept as {} and a new {w} starts.",
                        to.display()
                    )
                }
            }
            Trouble::InUse(what) => {
                let w = what.name(lang);
                if fr {
                    format!(
                        "Ce {w} est ouvert dans une autre fenêtre\u{a0}: lecture sans sauvegarde."
                    )
                } else {
                    format!("This {w} is open in another window: playing without saving.")
                }
            }
            Trouble::CannotSave(what, e) => {
                let w = what.name(lang);
                if fr {
                    format!(
                        "Le {w} ne peut pas être enregistré ({e})\u{a0}: lecture sans sauvegarde."
                    )
                } else {
                    format!("The {w} cannot be saved ({e}): playing without saving.")
                }
            }
            Trouble::SaveFailed(what, e) => {
                let w = what.name(lang);
                if fr {
                    format!(
                        "Le {w} n'a pas pu être enregistré ({e})\u{a0}: nouvel essai au prochain changement."
                    )
                } else {
                    format!("The {w} could not be saved ({e}): trying again at the next change.")
                }
            }
            Trouble::SavingAgain(what) => {
                let w = what.name(lang);
                if fr {
                    format!("Le {w} est de nouveau enregistré.")
                } else {
                    format!("The {w} is saved again.")
                }
            }
            Trouble::Refused(what, path, e) => {
                let w = what.name(lang);
                if fr {
                    format!(
                        "{} ne peut pas servir de fichier de {w}\u{a0}: {e}. Rien n'a été modifié.",
                        path.display()
                    )
                } else {
                    format!(
                        "{} cannot be used as the {w} file: {e}. Nothing was changed.",
                        path.display()
                    )
                }
            }
        }
    }
}
