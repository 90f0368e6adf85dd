//! The console's side of a refusal: it reads the screen's reason and shows it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use invisibles::content::Lang;
use invisibles::content::load::{Origin, load};
use invisibles::workshop::console::{Console, render};
use invisibles::workshop::link::{Client, Reason, Server};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::common::{Raw, Scratch};

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
    console.connected = client.connected();
    console.refusal = client.refusal().cloned();
    let en = title(&console);
    assert!(
        en.contains("○ refused by the screen: the screen already has 16 consoles"),
        "{en}"
    );
    console.lang = Lang::Fr;
    let fr = title(&console);
    assert!(
        fr.contains("○ refusée par l'écran : l'écran a déjà 16 consoles"),
        "{fr}"
    );
}
