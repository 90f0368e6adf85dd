//! One module per command; `entry::main` parses the command line, loads the
//! documentary and hands it to one of these.

pub mod check;
pub mod console;
pub mod entry;
pub mod export;
pub mod play;
pub mod print;
pub mod serve;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use crate::term;

/// A line on stderr; a closed stderr is not worth a panic.
pub(crate) fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// Whether this runs in a terminal; says why not if it does not.
pub(crate) fn tty() -> bool {
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        return true;
    }
    say("error: invisibles plays in a terminal; use `invisibles print` to read it as text");
    false
}

/// Diagnostics in colour only on a terminal, and never with NO_COLOR.
pub fn colour_on_stderr() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The exit code of a terminal front end's run.
pub(crate) fn finish(result: std::io::Result<term::Exit>) -> ExitCode {
    match result {
        Ok(term::Exit::Quit) => ExitCode::SUCCESS,
        Ok(term::Exit::Signal(sig)) => ExitCode::from(128u8.saturating_add(sig as u8)),
        Err(e) => {
            term::restore();
            say(&format!("error: {e}"));
            ExitCode::FAILURE
        }
    }
}
