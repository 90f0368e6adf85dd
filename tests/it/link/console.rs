//! The console's side of a refusal: it reads the screen's reason and shows it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use invisibles::console::{Console, render};
use invisibles::content::Lang;
use invisibles::content::load::{Origin, load};
use invisibles::link::{Client, Reason, Server};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::common::{Raw, Scratch};

fn title(console: &Console) -> String {
    let area = Rect::new(0, 0, 100, 3);
    let mut buf = Buffer::empty(area);
    render(console, 0, area, &mut buf);
    (0..100).map(|x| buf[(x, 0)].symbol()).collect()
}

#[test]
fn a_refused_console_shows_the_screens_reason_in_its_language() {
    let dir = Scratch::new("console-refused");
    let mut server = Server::bind(&dir.socket()).unwrap();
    let _full: Vec<Raw> = (0..16)
        .map(|_| Raw::join(&dir.socket(), &mut server))
        .collect();
    let mut client: Client = Client::new(dir.socket());
    let deadline = Instant::now() + Duration::from_secs(5);
    while client.refusal().is_none() {
        assert!(Instant::now() < deadline, "the console was not refused");
        let _ = server.poll();
        client.poll();
        std::thread::sleep(Duration::from_millis(2));
    }
    assert_eq!(client.refusal(), Some(&Reason::TooMany { max: 16 }));

    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample");
    let doc = Arc::new(load(&Origin::Dir(sample)).unwrap());
    let mut console = Console::new(doc, Lang::En, None);
    invisibles::app::console_update(
        &mut console,
        invisibles::app::ConsoleMsg::Link {
            connected: client.connected(),
            refusal: client.refusal().cloned(),
        },
    );
    let en = title(&console);
    assert!(
        en.contains("○ refused by the screen: the screen already has 16 consoles"),
        "{en}"
    );
    let mut console = Console::new(console.doc().clone(), Lang::Fr, None);
    let (connected, refusal) = (client.connected(), client.refusal().cloned());
    let link = invisibles::app::ConsoleMsg::Link { connected, refusal };
    invisibles::app::console_update(&mut console, link);
    let fr = title(&console);
    assert!(
        fr.contains("○ refusée par l'écran : l'écran a déjà 16 consoles"),
        "{fr}"
    );
}
