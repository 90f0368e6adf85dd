//! `console`: the facilitator's second terminal, following a screening.

use std::process::ExitCode;
use std::sync::Arc;

use crate::content::{Documentary, Lang};
use crate::ui::theme::{Depth, ThemeKind};
use crate::{console, link};

pub fn run(
    doc: Arc<Documentary>,
    lang: Lang,
    (session, handout): (Option<&str>, Option<String>),
    (theme, depth): (ThemeKind, Depth),
) -> ExitCode {
    if !super::tty() {
        return ExitCode::FAILURE;
    }
    // A named session's screen, or whichever screen runs.
    let target = match session {
        Some(name) => link::socket_path(Some(name)).map(console::Followed::Session),
        None => link::sockets_dir().map(console::Followed::Discover),
    };
    let Some(target) = target else {
        super::say("error: no state folder on this system for the console's link");
        return ExitCode::FAILURE;
    };
    let console = console::Console::new(doc, lang, session.map(str::to_owned))
        .with_theme(theme, depth)
        .with_handout(handout);
    super::finish(console::run(console, target))
}
