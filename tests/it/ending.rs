//! The facilitator ends the session: asked twice on the console, then the
//! screen, every follower (through the snapshot) and the log know it.

use invisibles::app::{
    Console, ConsoleEffect, ConsoleMsg, Live, Msg, Remote, RoomSnapshot, console_update, update,
};
use invisibles::content::Lang;
use invisibles::input::Key;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::common::{buffer_text, sample, setup, state};

const HANDOUT: &str = "https://example.org/handout.html";

fn key(c: &mut Console, k: char) -> ConsoleEffect {
    console_update(c, ConsoleMsg::Key(Key::char(k), 0))
}

#[test]
fn ending_is_asked_twice_and_any_other_key_keeps_the_session_going() {
    let mut c = Console::new(sample(), Lang::En, Some("demo".into()))
        .with_handout(Some(format!("{HANDOUT}\u{1b}[2J")));
    assert_eq!(key(&mut c, 'E'), ConsoleEffect::None);
    assert!(c.ending());
    assert_eq!(
        key(&mut c, 'x'),
        ConsoleEffect::None,
        "another key keeps it going"
    );
    assert!(!c.ending());
    assert_eq!(key(&mut c, 'E'), ConsoleEffect::None);
    match key(&mut c, 'E') {
        ConsoleEffect::Send(Remote::EndSession { handout }) => {
            // What came from the command line is cleaned of control characters.
            assert_eq!(handout.as_deref(), Some(format!("{HANDOUT} [2J").as_str()));
        }
        other => panic!("E twice sends {other:?}"),
    }
}

#[test]
fn an_ended_session_reaches_the_screen_its_followers_and_its_log() {
    let mut s = state(Lang::En);
    setup(&mut s, |set| set.workshop = true);
    let effects = update(
        &mut s,
        Msg::Facilitator(Remote::EndSession {
            handout: Some(HANDOUT.into()),
        }),
    );
    assert!(effects.contains(&invisibles::app::Effect::SessionEnded));
    assert!(s.room().ended());
    // The projector says so, with the handout.
    let area = Rect::new(0, 0, 120, 36);
    let mut buf = Buffer::empty(area);
    invisibles::ui::render(s.view(), area, &mut buf);
    let shown = buffer_text(&buf);
    assert!(shown.contains("The session has ended"), "{shown}");
    assert!(shown.contains(HANDOUT), "{shown}");
    // Followers learn it through the snapshot.
    let doc = s.doc().clone();
    let snap = RoomSnapshot::of(&doc, s.room());
    let wire = ron::to_string(&snap).unwrap_or_default();
    let back: RoomSnapshot = ron::from_str(&wire).unwrap_or_default();
    let room = back.room(&doc);
    assert!(room.ended());
    assert_eq!(room.handout(), Some(HANDOUT));
    let live = Live::of(room);
    assert!(live.room.ended());
    // The session log keeps when.
    let mut log = invisibles::session_log::Session::new("demo", 100);
    assert!(log.apply(&invisibles::app::Effect::SessionEnded, &s, 160));
    assert_eq!(log.ended, Some(60));
}
