//! Playing the documentary (no command): the set-up (journey, session log,
//! the consoles' link, autoplay, notices) is [`screening`], which needs no
//! terminal and is tested as such; [`run`] hands its result to the terminal.

use std::process::ExitCode;
use std::sync::Arc;

use crate::app::{Effect, Msg, Setup, State};
use crate::cli::Cli;
use crate::content::load::{self, SourceFile};
use crate::content::model::{Episode, Manifest};
use crate::content::{Diagnostic, Documentary};
use crate::link;
use crate::runtime::{self, Host, Player, Screening, host::Log};
use crate::store::journey::{Store, StoreOptions};
use crate::store::session_log::Session;
use crate::store::{self, session_log};
use crate::{term, words};

/// Why playing cannot start.
#[derive(Debug, thiserror::Error)]
pub enum PlayError {
    /// The journey or the session log is there but must not be touched.
    #[error("{0}")]
    Store(String),
    /// The stand-in shown while a watched folder is broken does not load (a bug).
    #[error("{0}")]
    StandIn(Diagnostic),
}

/// Plays `doc` in this terminal until the viewer quits.
pub fn run(doc: Arc<Documentary>, cli: &Cli) -> ExitCode {
    if !super::tty() {
        return ExitCode::FAILURE;
    }
    start(screening(doc, cli, runtime::now_millis()), cli)
}

/// With `--watch` on a folder that does not load yet: shows its problems
/// over a stand-in, and plays the folder once it is fixed.
pub fn run_broken(problems: Vec<Diagnostic>, cli: &Cli) -> ExitCode {
    if !super::tty() {
        return ExitCode::FAILURE;
    }
    start(waiting(problems, cli, runtime::now_millis()), cli)
}

fn start(screening: Result<Screening, PlayError>, cli: &Cli) -> ExitCode {
    match screening {
        Ok(mut screening) => {
            term::capture_mouse(!cli.no_mouse);
            let result = term::run(&mut screening);
            let unsaved = unsaved(&screening.host);
            let code = super::finish(result);
            if unsaved.is_empty() {
                return code;
            }
            for path in unsaved {
                super::say(&format!(
                    "error: the last changes to {} could not be saved (is the disk full?)",
                    path.display()
                ));
            }
            ExitCode::FAILURE
        }
        Err(e) => {
            super::say(&format!("error: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// The screening of `doc` as the command line asks, opened on the journey's
/// place with every start-up notice shown, before any terminal is touched.
pub fn screening(doc: Arc<Documentary>, cli: &Cli, now: u64) -> Result<Screening, PlayError> {
    let lang = cli.lang();
    let options = |fresh| StoreOptions {
        fresh,
        ..Default::default()
    };
    let mut host = Host::default();
    let mut resume = None;
    let mut troubles = Vec::new();
    let mut notes = Vec::new();
    // A session's screening has a journey of its own: a new session starts
    // clean, and a session resumed is resumed where that session was.
    let journey_path = match &cli.session {
        Some(name) if cli.state.is_none() => session_log::journey_path_for(name),
        _ => cli.state.clone().or_else(store::journey::default_path),
    };
    match journey_path {
        Some(path) => {
            let (store, journey, found) = Store::open(path, options(cli.fresh));
            if let Some(fatal) = found.iter().find(|t| t.is_fatal()) {
                return Err(PlayError::Store(fatal.message(lang)));
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
        match session_log::path_for(name) {
            Some(path) => {
                let (store, previous, found) = store::Store::open(path, options(false));
                if let Some(fatal) = found.iter().find(|t| t.is_fatal()) {
                    return Err(PlayError::Store(fatal.message(lang)));
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
            Ok(server) => host.link = Some(server),
            Err(e) => {
                notes.push((words::of(lang).no_console_link)(&link::error_message(
                    &e, lang,
                )));
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
        depth: cli.depth(),
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
    // A restarted screen's chapter clock goes on from when the room entered it.
    if let Some((chapter, at)) = host
        .log
        .as_ref()
        .and_then(|l| l.session.chapter_entered(player.state().doc()))
    {
        player.apply(Msg::ChapterStarted { chapter, at }, now);
    }
    effects.retain(|e| *e != Effect::JourneyChanged);
    host.consume(&mut player, &effects, now);
    // Every notice at start-up is shown, after the welcome back.
    let lang = player.state().viewer().lang();
    for text in troubles.iter().map(|t| t.message(lang)).chain(notes) {
        player.apply(Msg::Notice(text), now);
    }
    let mut screening = Screening::new(player, host);
    if cli.watch
        && let Some(dir) = cli.episodes.clone()
    {
        screening = screening.watching(runtime::Watch::new(dir, now));
    }
    Ok(screening)
}

/// The screening of a watched folder that does not load yet: a stand-in
/// documentary under its problems, replaced by the folder's own once fixed.
/// The viewer's journey is left alone for this run: fitted to the stand-in,
/// it would lose its places in the folder's own documentary.
pub fn waiting(problems: Vec<Diagnostic>, cli: &Cli, now: u64) -> Result<Screening, PlayError> {
    let mut screening = screening(Arc::new(stand_in()?), cli, now)?;
    screening.host.journey = None;
    screening.player.apply(Msg::Problems(Some(problems)), now);
    Ok(screening)
}

const STAND_IN_MANIFEST: &str = r#"Manifest(
    title: (fr: "En attente", en: "Waiting"),
    subtitle: (fr: "Le dossier ne se charge pas encore", en: "The folder does not load yet"),
    episodes: ["waiting.ron"],
)"#;

const STAND_IN_EPISODE: &str = r#"Episode(
    id: "waiting",
    title: (fr: "En attente", en: "Waiting"),
    chapters: [Chapter(
        id: "waiting-chapter",
        title: (fr: "En attente", en: "Waiting"),
        panels: [Narration(
            id: "waiting-panel",
            heading: (fr: "En attente d'une correction", en: "Waiting for a fix"),
            body: (
                fr: "Les épisodes ne se chargent pas encore. Corrigez ce qui est signalé et enregistrez : ils seront joués ici.",
                en: "The episodes do not load yet. Fix what is reported and save: they will play here.",
            ),
        )],
    )],
)"#;

/// What plays while a watched folder is broken.
fn stand_in() -> Result<Documentary, PlayError> {
    let file = |path: &str, text: &str| SourceFile {
        path: path.to_owned(),
        text: text.to_owned(),
    };
    let manifest: Manifest =
        load::parse(&file("stand-in manifest", STAND_IN_MANIFEST)).map_err(PlayError::StandIn)?;
    let episode: Episode =
        load::parse(&file("stand-in episode", STAND_IN_EPISODE)).map_err(PlayError::StandIn)?;
    Ok(Documentary::new(
        manifest,
        vec![episode],
        Default::default(),
        Default::default(),
    ))
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
