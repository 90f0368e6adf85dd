//! Thin entry point: parse arguments, load and validate everything, and only
//! then take over the terminal.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use invisibles::app::{Effect, Msg, Setup, State};
use invisibles::cli::{Cli, Command, Format};
use invisibles::content::{Documentary, controls, diagnostic, load};
use invisibles::journey::{self, Store};
use invisibles::runtime::{self, Host, Player, Screening, host::Log};
use invisibles::workshop::session::{self, Session};
use invisibles::workshop::{console, export, link};
use invisibles::{fsio, print, store, term, ui, words};

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
                Some(path) => match write_export(path, &text) {
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
            // A named session's screen, or whichever screen runs.
            let target = match session.as_deref() {
                Some(name) => link::socket_path(Some(name)).map(console::Target::Session),
                None => link::sockets_dir().map(console::Target::Discover),
            };
            let Some(target) = target else {
                eprintln!("error: no state folder on this system for the console's link");
                return ExitCode::FAILURE;
            };
            let console =
                console::Console::new(doc, lang, session.clone()).with_theme(cli.theme_kind());
            finish(console::run(console, target))
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

/// A line on stderr; a closed stderr is not worth a panic.
/// A killed export left its temporary file: take it away, then write.
fn write_export(path: &std::path::Path, text: &str) -> std::io::Result<fsio::Written> {
    fsio::remove_stale_temporaries(path);
    fsio::write_atomic(path, text.as_bytes())
}

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
                let views = if ui::overflow::checks_projector(w, h) {
                    ""
                } else {
                    " (normal view; the projector view is checked from 120x36)"
                };
                out.push_str(&format!(
                    "ok: {} episodes, {chapters} chapters, {} panels; every panel fits {w}x{h}{views}\n",
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

fn play(doc: Arc<Documentary>, cli: &Cli) -> ExitCode {
    if !tty() {
        return ExitCode::FAILURE;
    }
    let now = runtime::now_millis();
    let lang = cli.lang();
    let options = |fresh| journey::store::Options {
        fresh,
        ..Default::default()
    };
    let mut host = Host::default();
    let mut resume = None;
    let mut troubles = Vec::new();
    let mut notes = Vec::new();
    match cli.state.clone().or_else(journey::store::default_path) {
        Some(path) => {
            let (store, journey, found) = Store::open(path, options(cli.fresh));
            if let Some(fatal) = found.iter().find(|t| t.is_fatal()) {
                say(&format!("error: {}", fatal.message(lang)));
                return ExitCode::FAILURE;
            }
            troubles.extend(found);
            resume = journey.map(|mut j| {
                j.fit_to(&doc);
                j.resume(&doc)
            });
            host.journey = Some(store);
        }
        None => notes.push(words::of(lang).no_state_folder_journey.to_owned()),
    }
    // Workshop mode: the session log and the consoles' link.
    let mut polls = None;
    let mut session_started = now / 1000;
    if let Some(name) = &cli.session {
        match session::path_for(name) {
            Some(path) => {
                let (store, previous, found) = store::Store::open(path, options(false));
                if let Some(fatal) = found.iter().find(|t| t.is_fatal()) {
                    say(&format!("error: {}", fatal.message(lang)));
                    return ExitCode::FAILURE;
                }
                troubles.extend(found);
                let mut session: Session =
                    previous.unwrap_or_else(|| Session::new(name, now / 1000));
                session.fit_to(&doc);
                polls = Some((session.polls_msg(&doc), session.questions_msg()));
                session_started = session.started;
                host.log = Some(Log { session, store });
            }
            None => notes.push(words::of(lang).no_state_folder_session.to_owned()),
        }
    }
    // Consoles can follow a screening: a session, or at least the projector view.
    let screening = cli.session.is_some() || cli.present;
    if screening && let Some(path) = link::socket_path(cli.session.as_deref()) {
        match link::Server::bind(&path) {
            Ok(server) => {
                term::remove_on_hangup(path);
                host.link = Some(server);
            }
            Err(e) => {
                notes.push((words::of(lang).no_console_link)(&e.to_string()));
                // The last screen may still be leaving: try again shortly.
                host.link_wanted = Some(path);
            }
        }
    }
    let mut player = Player::new(State::new(doc, lang), session_started, now);
    if cli.autoplay {
        let pace = cli.autoplay_pace.map(std::time::Duration::from_secs_f64);
        player = player.with_autoplay(pace, now);
    }
    if let Some((polls, questions)) = polls {
        player.apply(polls, now);
        player.apply(questions, now);
    }
    // A restarted screen shows the discussion timer it was showing.
    if let Some(log) = &host.log {
        player.restore_timer(log.session.timer, now);
    }
    let setup = Setup {
        theme: cli.theme_kind(),
        present: cli.present,
        workshop: cli.session.is_some(),
        // An explicit --lang wins over the language saved in the journey.
        lang: cli.lang.is_some().then_some(lang),
    };
    // Where the screen opens counts as shown, as any later panel does.
    let mut effects = match resume {
        Some(resume) => player.apply(Msg::Resume(resume), now),
        None => Vec::new(),
    };
    effects.extend(player.apply(Msg::Setup(setup), now));
    effects.retain(|e| *e != Effect::JourneyChanged);
    host.consume(&mut player, &effects, now);
    // Every notice at start-up is shown, after the welcome back.
    let lang = player.state().viewer.lang;
    let mut all: Vec<String> = player
        .state()
        .viewer
        .notice()
        .map(str::to_owned)
        .into_iter()
        .collect();
    all.extend(troubles.iter().map(|t| t.message(lang)));
    all.extend(notes);
    if let Some(text) = join(all) {
        player.apply(Msg::Notice(text), now);
    }
    let mut screening = Screening::new(player, host);
    if cli.watch
        && let Some(dir) = cli.episodes.clone()
    {
        screening = screening.watching(runtime::Watch::new(dir, now));
    }
    term::capture_mouse(!cli.no_mouse);
    let result = term::run(&mut screening);
    let unsaved = unsaved(&screening.host);
    let code = finish(result);
    if unsaved.is_empty() {
        return code;
    }
    for path in unsaved {
        say(&format!(
            "error: the last changes to {} could not be saved (is the disk full?)",
            path.display()
        ));
    }
    ExitCode::FAILURE
}

/// The stores whose last saves did not reach the disk: quitting says so,
/// and does not exit 0, rather than lose them in silence.
fn unsaved(host: &Host) -> Vec<std::path::PathBuf> {
    let journey = host.journey.as_ref().map(|s| (s.flush(), s.path()));
    let log = host.log.as_ref().map(|l| (l.store.flush(), l.store.path()));
    [journey, log]
        .into_iter()
        .flatten()
        .filter(|(saved, _)| !saved)
        .map(|(_, path)| path.to_path_buf())
        .collect()
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
