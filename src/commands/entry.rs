//! The one way in for both binaries: the player (`invisibles`) and the
//! room's server (`invisibles-serve`).

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

use super::check;
use crate::cli::{Cli, Command};
use crate::content::{Documentary, diagnostic, load};

/// Where `serve` runs: in this binary (`invisibles-serve`), or handed over
/// to it by the player, which carries none of tokio, russh or axum.
pub enum Serving {
    Here(fn(Arc<Documentary>, &Cli) -> ExitCode),
    Elsewhere,
}

/// Parses the command line, loads and validates everything, and only then
/// hands over to the command (`serve` from the player before loading: the
/// server loads the documentary itself).
pub fn main(serving: Serving) -> ExitCode {
    let cli = Cli::parse();
    let serve = match serving {
        Serving::Here(serve) => serve,
        Serving::Elsewhere if matches!(cli.command, Some(Command::Serve { .. })) => {
            return super::serve::hand_over();
        }
        Serving::Elsewhere => refused,
    };
    let lang = cli.lang();
    let origin = cli.origin();
    // `check` validates whatever it is given, and reports in its own format.
    if let Some(Command::Check { size, format, .. }) = &cli.command {
        let opts = check::CheckOptions {
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

/// `serve` where it cannot run (never reached: the player hands it over first).
fn refused(_: Arc<Documentary>, _: &Cli) -> ExitCode {
    ExitCode::FAILURE
}
