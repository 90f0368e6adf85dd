//! The link inside the whole runtime: a screening with a server, driven by a
//! console written by hand, on a `TestBackend` with a controlled clock.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use invisibles::app::State;
use invisibles::content::Lang;
use invisibles::content::load::{Origin, load};
use invisibles::link::wire::Downward;
use invisibles::link::{PROTOCOL_VERSION, Server};
use invisibles::runtime::{Host, Input, Player, Program, Remote, Screening};

use super::common::{Raw, Scratch};

const T0: u64 = 1_700_000_000_000;

fn screening(dir: &Scratch) -> Screening {
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample");
    let doc = Arc::new(load(&Origin::Dir(sample)).unwrap());
    let player = Player::new(State::new(doc, Lang::En), T0 / 1000, T0);
    let host = Host {
        link: Some(Server::bind(&dir.socket()).unwrap()),
        ..Host::default()
    };
    Screening::new(player, host)
}

/// Polls the screening until it brings remote commands.
fn remotes(screen: &mut Screening) -> Vec<Remote> {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        assert!(Instant::now() < deadline, "no command reached the screen");
        let got: Vec<Remote> = screen
            .poll(T0)
            .into_iter()
            .filter_map(|i| match i {
                Input::Remote(r) => Some(r),
                _ => None,
            })
            .collect();
        if !got.is_empty() {
            return got;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn a_split_command_moves_the_screen_and_a_bad_one_is_shown() {
    let dir = Scratch::new("screening");
    let mut screen = screening(&dir);
    let mut raw = Raw::connect(&dir.socket());
    raw.hello(PROTOCOL_VERSION);
    let welcome = raw.read_while(|| {
        let _ = screen.poll(T0);
    });
    assert_eq!(
        welcome,
        Some(Downward::Welcome {
            version: PROTOCOL_VERSION
        })
    );

    let line =
        invisibles::link::wire::encode(&invisibles::link::wire::Upward::Msg(Remote::Next)).unwrap();
    let (first, second) = line.split_at(5);
    raw.write(first);
    assert!(screen.poll(T0).is_empty());
    raw.write(second);
    let got = remotes(&mut screen);
    assert_eq!(got, [Remote::Next]);
    let before = screen.player.state().slot();
    for remote in got {
        screen.input(Input::Remote(remote), T0);
    }
    assert_ne!(
        screen.player.state().slot(),
        before,
        "the screen did not move"
    );

    raw.write(b"Msg(Act(Explode))\n");
    let deadline = Instant::now() + Duration::from_secs(5);
    while screen.player.state().notice().is_none() {
        assert!(Instant::now() < deadline, "no notice on the screen");
        let _ = screen.poll(T0);
    }
    let notice = screen
        .player
        .state()
        .notice()
        .unwrap_or_default()
        .to_owned();
    assert!(
        notice.starts_with("Console link: a message could not be read"),
        "{notice}"
    );
}

#[test]
fn quitting_or_suspending_the_screen_is_not_a_console_command() {
    let dir = Scratch::new("no-quit");
    let mut screen = screening(&dir);
    let mut raw = Raw::connect(&dir.socket());
    raw.hello(PROTOCOL_VERSION);
    let _ = raw.read_while(|| {
        let _ = screen.poll(T0);
    });
    // What an older console (or an attacker) could send: none of it parses.
    raw.write(b"Msg(Act(ForceQuit))\nMsg(Quit)\nMsg(Suspend)\nMsg(Act(Suspend))\nMsg(Next)\n");
    let got = remotes(&mut screen);
    assert_eq!(got, [Remote::Next], "only the console command came through");
}
