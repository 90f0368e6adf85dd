//! `serve`: the room over SSH, for participants' own terminals, and over
//! the web for their phones.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use crate::cli::{Cli, Command};

use crate::content::Documentary;
use crate::serve;

mod start;

fn run(
    doc: Arc<Documentary>,
    (listen, web, web_url): (SocketAddr, Option<SocketAddr>, Option<String>),
    session: Option<String>,
    code: Option<String>,
    participants: usize,
) -> ExitCode {
    let opts = serve::ServeOptions {
        listen,
        session,
        code,
        limits: serve::ssh::ServerLimits {
            participants,
            ..Default::default()
        },
        host_key: None,
        web,
        web_url,
    };
    match start::run(doc, opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            super::say(&format!("error: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// `serve` in the room's own binary.
pub fn here(doc: Arc<Documentary>, cli: &Cli) -> ExitCode {
    let Some(Command::Serve {
        listen,
        session,
        code,
        max_participants,
        web,
        web_url,
    }) = &cli.command
    else {
        return ExitCode::FAILURE;
    };
    run(
        doc,
        (*listen, *web, web_url.clone()),
        session.clone(),
        code.clone(),
        *max_participants,
    )
}

/// The binary that serves the room, beside this one.
const SERVER: &str = "invisibles-serve";

/// `serve` from the player: the process becomes `invisibles-serve` (same
/// arguments, same process, so signals and exit codes are its own).
pub fn hand_over() -> ExitCode {
    use std::os::unix::process::CommandExt;
    let server = beside_this_program();
    let err = std::process::Command::new(&server)
        .args(std::env::args_os().skip(1))
        .exec();
    super::say(&format!(
        "error: `invisibles serve` runs {}, which could not start ({err}): \
         `cargo build --release` builds it beside the player, \
         `cargo install --path .` installs both",
        server.display()
    ));
    ExitCode::FAILURE
}

/// Where the server is: in the player's own folder, else its bare name.
fn beside_this_program() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(SERVER)))
        .unwrap_or_else(|| PathBuf::from(SERVER))
}
