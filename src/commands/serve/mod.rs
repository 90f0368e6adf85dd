//! `serve`: the room over SSH, for participants' own terminals, and over
//! the web for their phones.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use crate::content::Documentary;
use crate::serve;

mod start;

pub fn run(
    doc: Arc<Documentary>,
    (listen, web, web_url): (SocketAddr, Option<SocketAddr>, Option<String>),
    session: Option<String>,
    code: Option<String>,
    participants: usize,
) -> ExitCode {
    let opts = serve::Options {
        listen,
        session,
        code,
        limits: serve::ssh::Limits {
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
