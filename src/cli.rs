//! The command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::content::Lang;
use crate::content::load::Origin;

/// Invisibles — the click workers: a documentary to watch in the terminal.
#[derive(Debug, Parser)]
#[command(name = "invisibles", version, about)]
pub struct Cli {
    /// Language of the documentary (default: from LC_ALL / LANG; fr_* gives French).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,

    /// Play the episodes in this folder (holding manifest.ron) instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub episodes: Option<PathBuf>,

    /// With --episodes: reload when a file in the folder changes, on the same
    /// panel, and show what is wrong until an edit that broke it is fixed.
    #[arg(long, requires = "episodes")]
    pub watch: bool,

    /// Keep the journey (position, seen panels, bookmarks, answers) in this file
    /// instead of the default one in the state folder; one per participant or screening.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Start a new journey; the previous file is kept as a backup beside it.
    #[arg(long)]
    pub fresh: bool,

    /// Projector view: large text, wide margins, no key hints, high contrast
    /// unless --theme says otherwise (P toggles it).
    #[arg(long)]
    pub present: bool,

    /// Colours: dark, light or high-contrast; by default dark, and high contrast in
    /// the projector view (NO_COLOR turns colour off whatever this says).
    #[arg(long, value_enum)]
    pub theme: Option<ThemeArg>,

    /// No mouse: the wheel and clicks go to the terminal (to select text) instead.
    #[arg(long)]
    pub no_mouse: bool,

    /// Kiosk: advance on its own after a reading time, loop at the end; any key
    /// hands control to the visitor, and autoplay resumes after two idle minutes.
    #[arg(long)]
    pub autoplay: bool,

    /// With --autoplay: this many seconds per step instead of the reading time.
    #[arg(long, value_name = "SECONDS", requires = "autoplay", value_parser = parse_pace)]
    pub autoplay_pace: Option<f64>,

    /// Workshop mode: log this screening (panels, times, polls, skipped notices)
    /// as NAME, for the facilitator console and `export`.
    #[arg(long, value_name = "NAME", value_parser = parse_session)]
    pub session: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate an episodes folder and print every problem as file:line:column.
    Check {
        /// The folder to check (default: the built-in episodes, or --episodes).
        dir: Option<PathBuf>,
        /// Also draw every panel off-screen at this size (e.g. 80x24) and report
        /// text read at once that would not fit without scrolling; the projector
        /// view is checked too from 120x36.
        #[arg(long, value_name = "WxH", value_parser = parse_size)]
        size: Option<(u16, u16)>,
        /// `text` for people; `json` for editors and CI: an array of
        /// {file, line, column, severity, message} on standard output.
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
    },
    /// Write a handout: the screened session (or the whole documentary).
    Export {
        /// The session to export (default: the whole documentary).
        #[arg(long, value_name = "NAME", value_parser = parse_session)]
        session: Option<String>,
        #[arg(long, value_enum, default_value = "md")]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The facilitator console: follows a screening from a second terminal and drives it.
    Console {
        /// The session to follow (default: the screen started without --session).
        #[arg(long, value_name = "NAME", value_parser = parse_session)]
        session: Option<String>,
        /// Where participants will find the handout (a path or an address), told
        /// to them when the session ends (E twice).
        #[arg(long, value_name = "WHERE")]
        handout: Option<String>,
    },
    /// Serve the room over SSH: participants follow the screening (or, with no
    /// screen running, watch on their own), vote and ask from their own terminals.
    Serve {
        /// Where to listen; loopback unless another address is asked for.
        #[arg(long, value_name = "ADDR:PORT", default_value = crate::serve::DEFAULT_LISTEN)]
        listen: std::net::SocketAddr,
        /// The screening to follow (the screen's --session).
        #[arg(long, value_name = "NAME", value_parser = parse_session)]
        session: Option<String>,
        /// The room code participants type as their password (default: a new one).
        #[arg(long, value_name = "CODE", value_parser = crate::serve::check_code)]
        code: Option<String>,
        /// Participants connected at once (SSH and web together).
        #[arg(long, value_name = "N", default_value_t = 500)]
        max_participants: usize,
        /// Also serve the room to phones' browsers over HTTP here (e.g. 0.0.0.0:8080).
        #[arg(long, value_name = "ADDR:PORT")]
        web: Option<std::net::SocketAddr>,
        /// The address phones are given in the QR code, when not this machine's own
        /// (e.g. http://room.example:8080/).
        #[arg(long, value_name = "URL", requires = "web", value_parser = parse_web_url)]
        web_url: Option<String>,
    },
    /// Write the documentary as plain linear text to standard output.
    Print {
        /// Only this episode (1 is the first).
        #[arg(long, value_name = "N")]
        episode: Option<usize>,
    },
}

/// An address to give phones: http(s), printable, short enough for a QR code.
fn parse_web_url(s: &str) -> Result<String, String> {
    let ok = (s.starts_with("http://") || s.starts_with("https://"))
        && s.len() <= 200
        && s.chars().all(|c| c.is_ascii_graphic());
    if ok {
        Ok(s.to_owned())
    } else {
        Err("an http:// or https:// address of at most 200 printable characters".to_owned())
    }
}

impl Cli {
    /// The colours asked for; `NO_COLOR` wins over `--theme`, for every screen.
    pub fn theme_kind(&self) -> crate::ui::theme::ThemeKind {
        use crate::ui::theme::ThemeKind;
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return ThemeKind::Mono;
        }
        match self.theme {
            None => ThemeKind::Auto,
            Some(ThemeArg::Dark) => ThemeKind::Dark,
            Some(ThemeArg::Light) => ThemeKind::Light,
            Some(ThemeArg::HighContrast) => ThemeKind::HighContrast,
        }
    }

    /// The colours the terminal shows: true colour where `COLORTERM` says so.
    pub fn depth(&self) -> crate::ui::theme::Depth {
        let colorterm = std::env::var("COLORTERM").ok();
        crate::ui::theme::Depth::from_colorterm(colorterm.as_deref())
    }
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ThemeArg {
    Dark,
    Light,
    HighContrast,
}

/// How `check` reports.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Md,
    Html,
    /// The room's ballots and guesses, one a row, for a spreadsheet.
    Csv,
}

/// The smallest and largest sizes `check --size` draws at.
pub const MIN_SIZE: (u16, u16) = (60, 20);
pub const MAX_SIZE: (u16, u16) = (1000, 500);
/// Autoplay's pace, in seconds per step.
pub const PACE: (f64, f64) = (0.1, 3600.0);
/// The longest session name: its file and socket names must stay short.
pub const MAX_SESSION_NAME: usize = 48;

/// A value the command line cannot take; clap prints it after the option's name.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ArgError {
    #[error("`{0}` is not a size like 120x36")]
    NotASize(String),
    #[error("`{given}`: the size must be from {}x{} to {}x{}", MIN_SIZE.0, MIN_SIZE.1, MAX_SIZE.0, MAX_SIZE.1, given = .0)]
    SizeOutOfRange(String),
    #[error("`{given}`: the pace is a number of seconds from {} to {}", PACE.0, PACE.1, given = .0)]
    Pace(String),
    #[error("a session needs a name")]
    NoSessionName,
    #[error("a session name cannot hold control characters")]
    ControlInSessionName,
    #[error(
        "a session name has at most {MAX_SESSION_NAME} characters, fewer with accents or symbols"
    )]
    LongSessionName,
}

fn parse_size(s: &str) -> Result<(u16, u16), ArgError> {
    let not_a_size = || ArgError::NotASize(s.to_owned());
    let (w, h) = s.split_once(['x', 'X']).ok_or_else(not_a_size)?;
    let n = |v: &str| v.trim().parse::<u16>().map_err(|_| not_a_size());
    let (w, h) = (n(w)?, n(h)?);
    let ((min_w, min_h), (max_w, max_h)) = (MIN_SIZE, MAX_SIZE);
    if !(min_w..=max_w).contains(&w) || !(min_h..=max_h).contains(&h) {
        return Err(ArgError::SizeOutOfRange(s.to_owned()));
    }
    Ok((w, h))
}

fn parse_pace(s: &str) -> Result<f64, ArgError> {
    let (min, max) = PACE;
    match s.trim().parse::<f64>() {
        Ok(v) if (min..=max).contains(&v) => Ok(v),
        _ => Err(ArgError::Pace(s.to_owned())),
    }
}

fn parse_session(s: &str) -> Result<String, ArgError> {
    if s.trim().is_empty() {
        return Err(ArgError::NoSessionName);
    }
    if s.chars().any(char::is_control) {
        return Err(ArgError::ControlInSessionName);
    }
    // Characters outside letters and digits are encoded three bytes each: the
    // encoded name, not the typed one, must fit in a file name and a socket path.
    if s.chars().count() > MAX_SESSION_NAME
        || crate::store::journey::safe_name(s).len() > 3 * MAX_SESSION_NAME
    {
        return Err(ArgError::LongSessionName);
    }
    Ok(s.to_owned())
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    Fr,
    En,
}

impl Cli {
    pub fn lang(&self) -> Lang {
        match self.lang {
            Some(LangArg::Fr) => Lang::Fr,
            Some(LangArg::En) => Lang::En,
            None => lang_from_env(|k| std::env::var(k).ok()),
        }
    }

    pub fn origin(&self) -> Origin {
        let dir = match &self.command {
            Some(Command::Check { dir: Some(d), .. }) => Some(d.clone()),
            _ => self.episodes.clone(),
        };
        dir.map_or(Origin::Embedded, Origin::Dir)
    }
}

/// The POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG.
pub fn lang_from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    if locale.starts_with("fr") {
        Lang::Fr
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(lang_from_env(env(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
        assert_eq!(
            lang_from_env(env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "C")])),
            Lang::En
        );
        assert_eq!(
            lang_from_env(env(&[("LC_ALL", ""), ("LANG", "fr_CA")])),
            Lang::Fr
        );
        assert_eq!(lang_from_env(env(&[])), Lang::En);
    }

    #[test]
    fn sizes_are_checked_and_explained() {
        assert_eq!(parse_size("80x24"), Ok((80, 24)));
        assert_eq!(
            parse_size("10x5").map_err(|e| e.to_string()),
            Err("`10x5`: the size must be from 60x20 to 1000x500".to_owned())
        );
        assert_eq!(parse_size("huge"), Err(ArgError::NotASize("huge".into())));
    }
}
