//! The one way in for both binaries: the player (`invisibles`) and the
//! room's server (`invisibles-serve`).

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

use super::check;
use crate::cli::{Cli, Command};
use crate::content::{Documentary, diagnostic, load};

/// Parses the command line, loads and validates everything, and only then
/// hands over to the command. `serve` is given by the binary: the player's
/// hands the room to `invisibles-serve`, so that it carries none of tokio,
/// russh or axum (see `serve::elsewhere`).
pub fn main(serve: fn(Arc<Documentary>, &Cli) -> ExitCode) -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang();
    let origin = cli.origin();
    // `check` validates whatever it is given, and reports in its own format.
    if let Some(Command::Check { size, format, .. }) = &cli.command {
        let opts = check::Options {
            origin: origin.clone(),
            size: *size,
            format: *format,
        };
        return check::run(load::load(&origin), &opts);
    }
    // Playing trusts the embedded documentary, which the test suite validates.
    let doc = match load::load_to_play(&origin) {
        Ok(doc) => Arc::new(doc),
        // An author watching a broken folder waits for the fix.
        Err(problems) if cli.watch && cli.command.is_none() => {
            return super::play::run_broken(problems, &cli);
        }
        Err(problems) => {
            let report = diagnostic::report_styled(&problems, super::colour_on_stderr());
            let _ = std::io::stderr().write_all(report.as_bytes());
            return ExitCode::FAILURE;
        }
    };
    match &cli.command {
        None => super::play::run(doc, &cli),
        // Checked above, whatever it loaded to.
        Some(Command::Check { .. }) => ExitCode::SUCCESS,
        Some(Command::Print { episode }) => super::print::run(&doc, lang, *episode),
        Some(Command::Export {
            session,
            format,
            output,
        }) => super::export::run(&doc, lang, session.as_deref(), *format, output.as_deref()),
        Some(Command::Console { session, handout }) => super::console::run(
            doc,
            lang,
            (session.as_deref(), handout.clone()),
            (cli.theme_kind(), cli.depth()),
        ),
        Some(Command::Serve { .. }) => serve(doc, &cli),
    }
}
