//! Thin entry point: parse arguments, load and validate everything, and only
//! then take over the terminal.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use invisibles::app::{Action, Screen, State};
use invisibles::cli::{Cli, Command, Format, ThemeArg};
use invisibles::content::{Documentary, Lang, controls, diagnostic, load};
use invisibles::journey::{self, Journey, Store};
use invisibles::ui::theme::ThemeKind;
use invisibles::workshop::session::{self, Session, unix_now};
use invisibles::workshop::{console, export, link};
use invisibles::{fsio, print, store, term, ui};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang();
    // `check` validates whatever it is given; playing trusts the embedded
    // documentary, which the test suite validates.
    let loaded = match &cli.command {
        Some(Command::Check { .. }) => load::load(&cli.origin()),
        _ => load::load_to_play(&cli.origin()),
    };
    let doc = match loaded {
        Ok(doc) => Arc::new(doc),
        Err(problems) => {
            let _ = std::io::stderr().write_all(diagnostic::report(&problems).as_bytes());
            return ExitCode::FAILURE;
        }
    };
    match &cli.command {
        Some(Command::Check { size, .. }) => check(&doc, &cli.origin(), *size),
        Some(Command::Print { episode }) => {
            if let Some(n) = *episode
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
        Some(Command::Export {
            session,
            format,
            output,
        }) => {
            let log = match session.as_deref().map(|name| load_session(name, &doc)) {
                Some(Ok(log)) => Some(log),
                Some(Err(e)) => {
                    say(&format!("error: {e}"));
                    return ExitCode::FAILURE;
                }
                None => None,
            };
            let text = match format {
                Format::Md => export::markdown(&doc, lang, log.as_ref()),
                Format::Html => export::html(&doc, lang, log.as_ref()),
            };
            match output {
                Some(path) => match fsio::write_atomic(path, text.as_bytes()) {
                    Ok(fsio::Written::Created) => ExitCode::SUCCESS,
                    Ok(fsio::Written::Replaced) => {
                        say(&format!("replaced {}", path.display()));
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        say(&format!("error: cannot write {}: {e}", path.display()));
                        ExitCode::FAILURE
                    }
                },
                None => {
                    let _ = std::io::stdout().write_all(text.as_bytes());
                    ExitCode::SUCCESS
                }
            }
        }
        Some(Command::Console { session }) => {
            if !tty() {
                return ExitCode::FAILURE;
            }
            let Some(path) = link::socket_path(session.as_deref()) else {
                eprintln!("error: no state folder on this system for the console's link");
                return ExitCode::FAILURE;
            };
            finish(console::run(doc, lang, path, session.clone()))
        }
        None => play(State::new(doc, lang), &cli),
    }
}

/// A line on stderr; a closed stderr is not worth a panic.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

fn tty() -> bool {
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        return true;
    }
    eprintln!("error: invisibles plays in a terminal; use `invisibles print` to read it as text");
    false
}

fn load_session(name: &str, doc: &Documentary) -> Result<Session, String> {
    let path = session::path_for(name).ok_or("no state folder on this system")?;
    match session::read(&path) {
        Ok(Some(mut s)) => {
            s.fit_to(doc);
            Ok(s)
        }
        Ok(None) => Err(format!(
            "no session named `{name}` (looked for {})",
            path.display()
        )),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

fn check(doc: &Arc<Documentary>, origin: &load::Origin, size: Option<(u16, u16)>) -> ExitCode {
    let chapters: usize = doc.episodes.iter().map(|e| e.chapters.len()).sum();
    let mut out = String::new();
    let ok = match size {
        None => {
            out = format!(
                "ok: {} episodes, {chapters} chapters, {} panels\n",
                doc.episodes.len(),
                doc.timeline.len()
            );
            true
        }
        Some((w, h)) => {
            let overflows = ui::overflow::check(doc, w, h);
            let places = load::locate_panels(origin, doc);
            for o in &overflows {
                let (path, line, col) = places.get(&o.panel).cloned().unwrap_or_default();
                let view = if o.present {
                    "projector view"
                } else {
                    "normal view"
                };
                out.push_str(&format!(
                    "{path}:{line}:{col}: `{}` needs {} more line{} at {w}x{h} ({view}, {:?})\n",
                    o.panel,
                    o.lines,
                    if o.lines == 1 { "" } else { "s" },
                    o.lang
                ));
            }
            if overflows.is_empty() {
                out.push_str(&format!(
                    "ok: {} episodes, {chapters} chapters, {} panels; every panel fits {w}x{h}\n",
                    doc.episodes.len(),
                    doc.timeline.len()
                ));
            } else {
                out.push_str(&format!(
                    "{} panel views overflow {w}x{h}\n",
                    overflows.len()
                ));
            }
            overflows.is_empty()
        }
    };
    // Panel ids and paths are content: no control character reaches the
    // terminal. A closed pipe (`| head`) is not an error worth a message.
    let _ = std::io::stdout().write_all(controls::strip(&out).as_bytes());
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn play(mut state: State, cli: &Cli) -> ExitCode {
    if !tty() {
        return ExitCode::FAILURE;
    }
    state.theme = match cli.theme {
        ThemeArg::Dark => ThemeKind::Dark,
        ThemeArg::Light => ThemeKind::Light,
        ThemeArg::HighContrast => ThemeKind::HighContrast,
    };
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        state.theme = ThemeKind::Mono;
    }
    state.present = cli.present;
    let options = |fresh| journey::store::Options {
        fresh,
        ..Default::default()
    };
    let mut store = match cli.state.clone().or_else(journey::store::default_path) {
        Some(path) => {
            let (store, journey, troubles) = Store::open(path, options(cli.fresh));
            if let Some(fatal) = troubles.iter().find(|t| t.is_fatal()) {
                say(&format!("error: {}", fatal.message(cli.lang())));
                return ExitCode::FAILURE;
            }
            if let Some(mut journey) = journey {
                journey.fit_to(&state.doc);
                journey.restore(&mut state);
            }
            if cli.lang.is_some() {
                // An explicit --lang wins over the language saved in the journey.
                state.lang = cli.lang();
            }
            state.notice = notices(&troubles, state.lang);
            Some(store)
        }
        None => {
            state.notice =
                Some("No state folder on this system: playing without saving the journey.".into());
            None
        }
    };
    // Workshop mode: the session log and the consoles' link.
    let mut log = None;
    if let Some(name) = &cli.session {
        state.workshop = true;
        match session::path_for(name) {
            Some(path) => {
                let (mut log_store, previous, troubles) = store::Store::open(path, options(false));
                if let Some(fatal) = troubles.iter().find(|t| t.is_fatal()) {
                    say(&format!("error: {}", fatal.message(state.lang)));
                    return ExitCode::FAILURE;
                }
                let notes = [state.notice.take(), notices(&troubles, state.lang)];
                state.notice = join(notes.into_iter().flatten().collect());
                let mut s: Session = previous.unwrap_or_else(|| Session::new(name, unix_now()));
                s.fit_to(&state.doc);
                s.restore(&mut state);
                // Where the screen opens counts as shown, as any later panel does.
                s.record((Screen::Title, None), Action::Next, &state, unix_now());
                log_store.save(&s);
                log = Some((s, log_store));
            }
            None => {
                state.notice =
                    Some("No state folder on this system: the session is not logged.".into())
            }
        }
    }
    // Consoles can follow a screening: a session, or at least the projector view.
    let screening = cli.session.is_some() || cli.present;
    let mut server = screening
        .then(|| link::socket_path(cli.session.as_deref()))
        .flatten()
        .and_then(|p| match link::Server::bind(&p) {
            Ok(server) => Some(server),
            Err(e) => {
                let notes = [
                    state.notice.take(),
                    Some(format!("No facilitator console link ({e}).")),
                ];
                state.notice = join(notes.into_iter().flatten().collect());
                None
            }
        });
    let session_started = log.as_ref().map_or_else(unix_now, |(s, _)| s.started);
    let mut persist = |state: &mut State, action, before| {
        let mut troubles = Vec::new();
        if let Some(store) = store.as_mut() {
            store.save(&Journey::capture(state));
            troubles.extend(store.troubles());
        }
        if let Some((log, log_store)) = log.as_mut() {
            log.record(before, action, state, unix_now());
            log_store.save(log);
            troubles.extend(log_store.troubles());
        }
        if let Some(note) = notices(&troubles, state.lang) {
            state.notice = Some(note);
        }
    };
    let autoplay = cli.autoplay.then(|| {
        cli.autoplay_pace
            .map(|s| std::time::Duration::from_secs_f64(s.clamp(0.01, 3600.0)))
    });
    let hooks = term::Hooks {
        changed: &mut persist,
        link: server.as_mut(),
        session_started,
        autoplay,
    };
    finish(term::run(state, hooks))
}

/// Every trouble's message, in one notice.
fn notices(troubles: &[store::Trouble], lang: Lang) -> Option<String> {
    join(troubles.iter().map(|t| t.message(lang)).collect())
}

fn join(notes: Vec<String>) -> Option<String> {
    (!notes.is_empty()).then(|| notes.join(" "))
}

fn finish(result: std::io::Result<term::Exit>) -> ExitCode {
    match result {
        Ok(term::Exit::Quit) => ExitCode::SUCCESS,
        Ok(term::Exit::Signal(sig)) => ExitCode::from(128u8.saturating_add(sig as u8)),
        Err(e) => {
            term::restore();
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
