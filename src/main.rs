//! Thin entry point: parse arguments, load and validate everything, and only
//! then hand over to the command (see `invisibles::commands`).

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use invisibles::cli::{Cli, Command};
use invisibles::commands::{self, check};
use invisibles::content::{diagnostic, load};

fn main() -> ExitCode {
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
            return commands::play::run_broken(problems, &cli);
        }
        Err(problems) => {
            let report = diagnostic::report_styled(&problems, commands::colour_on_stderr());
            let _ = std::io::stderr().write_all(report.as_bytes());
            return ExitCode::FAILURE;
        }
    };
    match &cli.command {
        None => commands::play::run(doc, &cli),
        // Checked above, whatever it loaded to.
        Some(Command::Check { .. }) => ExitCode::SUCCESS,
        Some(Command::Print { episode }) => commands::print::run(&doc, lang, *episode),
        Some(Command::Export {
            session,
            format,
            output,
        }) => commands::export::run(&doc, lang, session.as_deref(), *format, output.as_deref()),
        Some(Command::Console { session, handout }) => commands::console::run(
            doc,
            lang,
            (session.as_deref(), handout.clone()),
            (cli.theme_kind(), cli.depth()),
        ),
        Some(Command::Serve {
            listen,
            session,
            code,
            max_participants,
            web,
            web_url,
        }) => commands::serve::run(
            doc,
            (*listen, *web, web_url.clone()),
            session.clone(),
            code.clone(),
            *max_participants,
        ),
    }
}
