//! Thin entry point: parse arguments, load and validate everything, and only
//! then take over the terminal.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use invisibles::app::State;
use invisibles::cli::{Cli, Command};
use invisibles::content::{Lang, diagnostic, load};
use invisibles::journey::{self, Journey, Store};
use invisibles::ui::theme::ThemeKind;
use invisibles::{print, term};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang();
    let doc = match load::load(&cli.origin()) {
        Ok(doc) => Arc::new(doc),
        Err(problems) => {
            eprint!("{}", diagnostic::report(&problems));
            return ExitCode::FAILURE;
        }
    };
    match cli.command {
        Some(Command::Check { .. }) => {
            println!(
                "ok: {} episodes, {} chapters, {} panels",
                doc.episodes.len(),
                doc.episodes.iter().map(|e| e.chapters.len()).sum::<usize>(),
                doc.timeline.len()
            );
            ExitCode::SUCCESS
        }
        Some(Command::Print { episode }) => {
            if let Some(n) = episode
                && (n == 0 || n > doc.episodes.len())
            {
                eprintln!(
                    "error: there is no episode {n} (the documentary has {})",
                    doc.episodes.len()
                );
                return ExitCode::FAILURE;
            }
            let text = print::print(&doc, lang, episode.map(|n| n - 1));
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = std::io::stdout().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        None => play(State::new(doc, lang), &cli),
    }
}

fn play(mut state: State, cli: &Cli) -> ExitCode {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!(
            "error: invisibles plays in a terminal; use `invisibles print` to read it as text"
        );
        return ExitCode::FAILURE;
    }
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        state.theme = ThemeKind::Mono;
    }
    let mut store = match cli.state.clone().or_else(journey::store::default_path) {
        Some(path) => {
            let (store, journey, trouble) = Store::open(path, cli.fresh);
            journey.restore(&mut state);
            if cli.lang.is_some() {
                // An explicit --lang wins over the language saved in the journey.
                state.lang = cli.lang();
            }
            state.notice = trouble.map(|t| t.message(state.lang == Lang::Fr));
            Some(store)
        }
        None => {
            state.notice =
                Some("No state folder on this system: playing without saving the journey.".into());
            None
        }
    };
    let persist = |state: &mut State| {
        if let Some(store) = store.as_mut()
            && let Some(trouble) = store.save(&Journey::capture(state))
        {
            state.notice = Some(trouble.message(state.lang == Lang::Fr));
        }
    };
    match term::run(state, persist) {
        Ok(term::Exit::Quit) => ExitCode::SUCCESS,
        Ok(term::Exit::Signal(sig)) => ExitCode::from(128u8.saturating_add(sig as u8)),
        Err(e) => {
            term::restore();
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
