//! `print`: the documentary as plain linear text on standard output.

use std::io::Write;
use std::process::ExitCode;

use crate::content::{Documentary, Lang};

pub fn run(doc: &Documentary, lang: Lang, episode: Option<usize>) -> ExitCode {
    if let Some(n) = episode
        && (n == 0 || n > doc.episodes.len())
    {
        super::say(&format!(
            "error: there is no episode {n} (the documentary has {})",
            doc.episodes.len()
        ));
        return ExitCode::FAILURE;
    }
    let text = crate::publish::print::print(doc, lang, episode.map(|n| n.saturating_sub(1)));
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = std::io::stdout().write_all(text.as_bytes());
    ExitCode::SUCCESS
}
