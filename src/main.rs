//! Thin entry point: parse arguments, load and validate everything, and only
//! then take over the terminal.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use invisibles::app::{Effect, Msg, Setup, State};
use invisibles::cli::{Cli, Command, Format, ThemeArg};
use invisibles::content::{Documentary, Lang, diagnostic, load};
use invisibles::journey::{self, Store};
use invisibles::runtime::{self, Host, Player, Screening, host::Log};
use invisibles::ui::theme::ThemeKind;
use invisibles::workshop::session::{self, Session};
use invisibles::workshop::{console, export, link};
use invisibles::{print, term, ui};

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
            let log = match session.as_deref().map(load_session) {
                Some(Ok(log)) => Some(log),
                Some(Err(e)) => {
                    eprintln!("error: {e}");
                    return ExitCode::FAILURE;
                }
                None => None,
            };
            let text = match format {
                Format::Md => export::markdown(&doc, lang, log.as_ref()),
                Format::Html => export::html(&doc, lang, log.as_ref()),
            };
            match output {
                Some(path) => match std::fs::write(path, text) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) => {
                        eprintln!("error: cannot write {}: {e}", path.display());
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
        Some(Command::Serve {
            listen,
            session,
            code,
            max_participants,
        }) => {
            let opts = invisibles::serve::Options {
                listen: *listen,
                session: session.clone(),
                code: code.clone(),
                limits: invisibles::serve::ssh::Limits {
                    participants: *max_participants,
                    ..Default::default()
                },
                host_key: None,
            };
            match invisibles::serve::run(doc, opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        None => play(doc, &cli),
    }
}

fn tty() -> bool {
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        return true;
    }
    eprintln!("error: invisibles plays in a terminal; use `invisibles print` to read it as text");
    false
}

fn load_session(name: &str) -> Result<Session, String> {
    let path = session::path_for(name).ok_or("no state folder on this system")?;
    match session::read(&path) {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(format!(
            "no session named `{name}` (looked for {})",
            path.display()
        )),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

fn check(doc: &Arc<Documentary>, origin: &load::Origin, size: Option<(u16, u16)>) -> ExitCode {
    let chapters: usize = doc.episodes.iter().map(|e| e.chapters.len()).sum();
    let Some((w, h)) = size else {
        println!(
            "ok: {} episodes, {chapters} chapters, {} panels",
            doc.episodes.len(),
            doc.timeline.len()
        );
        return ExitCode::SUCCESS;
    };
    let overflows = ui::overflow::check(doc, w, h);
    let places = load::locate_panels(origin, doc);
    for o in &overflows {
        let (path, line, col) = places.get(&o.panel).cloned().unwrap_or_default();
        let view = if o.present {
            "projector view"
        } else {
            "normal view"
        };
        println!(
            "{path}:{line}:{col}: `{}` needs {} more line{} at {w}x{h} ({view}, {:?})",
            o.panel,
            o.lines,
            if o.lines == 1 { "" } else { "s" },
            o.lang
        );
    }
    if overflows.is_empty() {
        println!(
            "ok: {} episodes, {chapters} chapters, {} panels; every panel fits {w}x{h}",
            doc.episodes.len(),
            doc.timeline.len()
        );
        ExitCode::SUCCESS
    } else {
        println!("{} panel views overflow {w}x{h}", overflows.len());
        ExitCode::FAILURE
    }
}

fn play(doc: Arc<Documentary>, cli: &Cli) -> ExitCode {
    if !tty() {
        return ExitCode::FAILURE;
    }
    let now = runtime::now_millis();
    let mut theme = match cli.theme {
        ThemeArg::Dark => ThemeKind::Dark,
        ThemeArg::Light => ThemeKind::Light,
        ThemeArg::HighContrast => ThemeKind::HighContrast,
    };
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        theme = ThemeKind::Mono;
    }
    let mut host = Host::default();
    let mut resume = None;
    let mut trouble = None;
    let mut notices = Vec::new();
    match cli.state.clone().or_else(journey::store::default_path) {
        Some(path) => {
            let (store, journey, t) = Store::open(path, cli.fresh);
            resume = Some(journey.resume(&doc));
            trouble = t;
            host.journey = Some(store);
        }
        None => notices
            .push("No state folder on this system: playing without saving the journey.".into()),
    }
    // Workshop mode: the session log and the consoles' link.
    let mut polls = None;
    let mut session_started = now / 1000;
    if let Some(name) = &cli.session
        && let Some(path) = session::path_for(name)
    {
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            notices.push(format!("The session log cannot be saved: {e}"));
        }
        let previous = session::read(&path).ok().flatten();
        let session = previous.unwrap_or_else(|| Session::new(name, now / 1000));
        polls = Some(session.polls_msg(&doc));
        session_started = session.started;
        host.log = Some(Log { session, path });
    }
    // Consoles can follow a screening: a session, or at least the projector view.
    let screening = cli.session.is_some() || cli.present;
    if screening && let Some(path) = link::socket_path(cli.session.as_deref()) {
        match link::Server::bind(&path) {
            Ok(server) => {
                term::remove_on_hangup(path);
                host.link = Some(server);
            }
            Err(e) => notices.push(format!("No facilitator console link ({e}).")),
        }
    }
    let mut player = Player::new(State::new(doc, cli.lang()), session_started, now);
    if cli.autoplay {
        let pace = cli
            .autoplay_pace
            .map(|s| std::time::Duration::from_secs_f64(s.clamp(0.01, 3600.0)));
        player = player.with_autoplay(pace, now);
    }
    if let Some(polls) = polls {
        player.apply(polls, now);
    }
    let setup = Setup {
        theme,
        present: cli.present,
        workshop: cli.session.is_some(),
        // An explicit --lang wins over the language saved in the journey.
        lang: cli.lang.is_some().then(|| cli.lang()),
    };
    // Where the screen opens counts as shown, as any later panel does.
    let mut effects = match resume {
        Some(resume) => player.apply(Msg::Resume(resume), now),
        None => Vec::new(),
    };
    effects.extend(player.apply(Msg::Setup(setup), now));
    effects.retain(|e| *e != Effect::JourneyChanged);
    host.consume(&mut player, &effects, now);
    if let Some(t) = trouble {
        notices.push(t.message(player.state().viewer.lang == Lang::Fr));
    }
    for notice in notices {
        player.apply(Msg::Notice(notice), now);
    }
    finish(term::run(&mut Screening::new(player, host)))
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
