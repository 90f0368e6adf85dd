//! Thin entry point: parse arguments, load and validate everything, and only
//! then take over the terminal.

use std::process::ExitCode;

use clap::Parser;
use invisibles::cli::{Cli, Command};
use invisibles::content::{diagnostic, load};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let origin = cli.origin();
    let doc = match load::load(&origin) {
        Ok(doc) => doc,
        Err(problems) => {
            eprint!("{}", diagnostic::report(&problems));
            return ExitCode::FAILURE;
        }
    };
    match cli.command {
        Some(Command::Check { .. }) => {
            println!(
                "ok: {} episodes, {} panels",
                doc.episodes.len(),
                doc.timeline.len()
            );
            ExitCode::SUCCESS
        }
        _ => ExitCode::SUCCESS,
    }
}
