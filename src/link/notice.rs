//! What the screen shows about its link: refused clients, unreadable
//! messages, trouble with a connection.

use std::fmt;

use super::wire::Reason;
use crate::content::Lang;

/// Something the screen should show about its link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A client was refused or closed for `reason`; `uid` when it was
    /// another user.
    Refused { reason: Reason, uid: Option<u32> },
    /// A client's message could not be read; the client stays.
    BadMessage { error: String },
    /// A client introduced itself again; the client stays.
    SecondHello,
    /// Whose a connection is could not be told: it was let go.
    Unknown { error: String },
    /// A message to the clients was over the link's limit: not sent.
    NotSent { bytes: usize },
    /// A connection could not be set up or checked.
    Trouble { error: String },
}

impl Notice {
    /// The notice in the viewer's language.
    pub fn message(&self, lang: Lang) -> String {
        let w = crate::words::of(lang);
        match self {
            Notice::Refused {
                reason,
                uid: Some(uid),
            } => (w.link_refused_user)(*uid, &reason.message(lang)),
            Notice::Refused { reason, uid: None } => (w.link_refused)(&reason.message(lang)),
            Notice::BadMessage { error } => (w.link_bad_message)(error),
            Notice::SecondHello => w.link_second_hello.to_owned(),
            Notice::Unknown { error } => (w.link_unknown)(error),
            Notice::NotSent { bytes } => (w.link_not_sent)(*bytes),
            Notice::Trouble { error } => (w.link_trouble)(error),
        }
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// A parse error short enough for a notice line, without control characters.
pub(crate) fn shorten(error: &str) -> String {
    const MAX: usize = 120;
    let clean: String = error.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > MAX {
        let mut short: String = clean.chars().take(MAX).collect();
        short.push('…');
        short
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parse_error_is_cut_short_and_loses_its_control_characters() {
        let long = format!("\u{1b}]2;title\u{7}{}", "x".repeat(500));
        let short = shorten(&long);
        assert!(!short.chars().any(char::is_control));
        assert_eq!(short.chars().count(), 121);
        assert_eq!(shorten("fine"), "fine");
    }

    #[test]
    fn notices_speak_both_languages() {
        let n = Notice::Refused {
            reason: Reason::TooMany { max: 16 },
            uid: None,
        };
        assert_eq!(
            n.message(Lang::En),
            "Console link: a console was refused (the screen already has 16 consoles)"
        );
        assert_eq!(
            n.message(Lang::Fr),
            "Lien des consoles : une console a été refusée (l'écran a déjà 16 consoles)"
        );
    }
}
