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

    /// Keep the journey (position, seen panels, bookmarks, answers) in this file
    /// instead of the default one in the state folder; one per participant or screening.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Start a new journey; the previous file is kept as a backup beside it.
    #[arg(long)]
    pub fresh: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate an episodes folder and print every problem as file:line:column.
    Check {
        /// The folder to check (default: the built-in episodes, or --episodes).
        dir: Option<PathBuf>,
    },
    /// Write the documentary as plain linear text to standard output.
    Print {
        /// Only this episode (1 is the first).
        #[arg(long, value_name = "N")]
        episode: Option<usize>,
    },
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
            Some(Command::Check { dir: Some(d) }) => Some(d.clone()),
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
}
