//! The facilitator's room: the discussion timer, a console's jumps in the log,
//! the black screen on participants' screens, who is there.

use super::*;

#[test]
fn the_discussion_timer_shows_its_overtime_and_stops_with_its_chapter() {
    let mut s = screening();
    update(&mut s, Msg::Now(1_000_000));
    past_the_card(&mut s, "take-job");
    facilitator(&mut s, Remote::Timer(Some(1)));
    facilitator(&mut s, Remote::ShowTimer);
    update(&mut s, Msg::Now(1_000_000 + 90_000));
    assert_eq!(
        s.clock().timer_left_shown(),
        Some(-30),
        "thirty seconds over"
    );
    // Another panel of the same chapter: the timer goes on.
    facilitator(&mut s, Remote::Next);
    facilitator(&mut s, Remote::Next);
    assert!(s.clock().timer().is_some());
    // Another chapter: it was the last chapter's, and stops.
    let effects = facilitator(&mut s, Remote::Jump("rider-intro".into()));
    assert!(effects.contains(&Effect::TimerChanged), "{effects:?}");
    assert_eq!(s.clock().timer(), None);
}
#[test]
fn a_consoles_episode_key_opens_the_episodes_card_and_a_jump_mid_episode_is_logged() {
    let mut s = screening();
    facilitator(&mut s, Remote::Episode(2));
    assert_eq!(s.room().gate(), Some(Gate::Episode));
    assert_eq!(here(&s), Some("debate-icons"));
    let effects = facilitator(&mut s, Remote::Jump("guess-pay".into()));
    assert!(
        effects.iter().any(|e| matches!(
            e,
            Effect::Shown {
                via: invisibles::app::Via::Jump,
                ..
            }
        )),
        "{effects:?}"
    );
}
#[test]
fn participants_see_that_a_discussion_is_under_way_on_the_black_screen() {
    let mut s = screening();
    let mut people = room_of_three();
    past_the_card(&mut s, "take-job");
    facilitator(&mut s, Remote::Blank);
    let room = live(&s);
    participant(&mut people[0], ParticipantMsg::Live(Some(&room)));
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 80, 24));
    invisibles::ui::participant::render(&people[0], Some(&room), buf.area, &mut buf);
    let text: String = buf.content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("a discussion is under way"), "{text}");
}
#[test]
fn who_is_there_reaches_the_console_the_log_and_the_handout() {
    let mut s = screening();
    let mut log = invisibles::store::session_log::Session::new("who", 0);
    let mut act = |s: &mut State, remote: Remote| {
        for effect in facilitator(s, remote) {
            log.apply(&effect, s, 5);
        }
    };
    for name in ["ana", "ben", "cy"] {
        act(
            &mut s,
            Remote::Present {
                name: name.into(),
                here: true,
            },
        );
    }
    act(
        &mut s,
        Remote::Present {
            name: "ben".into(),
            here: false,
        },
    );
    act(
        &mut s,
        Remote::Present {
            name: "ghost".into(),
            here: false,
        },
    );
    let status = invisibles::app::status_of(&s);
    assert_eq!(
        (status.people, status.names.clone()),
        (2, vec!["ana".to_owned(), "cy".to_owned()])
    );
    assert_eq!(
        log.people.len(),
        4,
        "three joins and one leave: {:?}",
        log.people
    );
    assert_eq!(log.participants(), 3);
    let md = invisibles::publish::export::markdown(s.doc(), Lang::En, Some(&log));
    assert!(
        md.contains("3 participants followed from their own terminal"),
        "{md}"
    );
    let mut c = common::linked_console(s.doc().clone(), None);
    let msg = invisibles::app::ConsoleMsg::Status(Some(Box::new(status)));
    invisibles::app::console_update(&mut c, msg);
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 100, 30));
    invisibles::console::render(&c, 0, buf.area, &mut buf);
    let text: String = buf.content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("2 participants follow: ana, cy"), "{text}");
}

/// Ten long questions on a 110x24 console, a chapter's prompts above: the
/// list says how many more wait, and how to join and who is there stay on
/// screen (both fell off before).
#[test]
fn many_questions_leave_the_console_its_way_in_and_say_how_many_more() {
    let mut s = screening();
    // A chapter with the facilitator's prompts: a long status above.
    past_the_card(&mut s, "rider-intro");
    facilitator(
        &mut s,
        Remote::Invite(invisibles::app::Invitation {
            command: "ssh -p 2222 NAME@192.0.2.7".into(),
            code: "room-code-1".into(),
            fingerprint: "SHA256:abc".into(),
            web: Some("http://192.0.2.7:8080/?code=room-code-1".into()),
        }),
    );
    for name in ["ana", "ben"] {
        let (name, here) = (name.into(), true);
        facilitator(&mut s, Remote::Present { name, here });
    }
    for k in 0..10 {
        let from = format!("p{k}");
        facilitator(
            &mut s,
            Remote::Ask {
                asker: from.clone(),
                from,
                text: format!(
                    "Question {k}: who pays for the bike, the phone, the bag and the repairs of a \
                     rider who delivers sixty hours a week, and who answers for the risks taken?"
                ),
                anonymous: false,
            },
        );
    }
    let mut c = common::linked_console(s.doc().clone(), None);
    let status = invisibles::app::status_of(&s);
    invisibles::app::console_update(
        &mut c,
        invisibles::app::ConsoleMsg::Status(Some(Box::new(status))),
    );
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 110, 24));
    invisibles::console::render(&c, 0, buf.area, &mut buf);
    let text = common::buffer_text(&buf);
    assert!(text.contains("Ep. 1 · A rider in Lyon"), "{text}");
    assert!(text.contains(" more"), "{text}");
    // The keys' row ends between two keys, not inside one.
    assert!(text.contains("q quit"), "{text}");
    assert!(text.contains("ssh -p 2222"), "{text}");
    assert!(text.contains("2 participants follow"), "{text}");
}

/// The console counts a chapter's panels as the screen's footer does: a
/// panel shown only on an answer the room did not give is not one of them.
#[test]
fn the_console_counts_the_panels_the_screen_shows() {
    let mut s = screening();
    past_the_card(&mut s, "take-job");
    facilitator(&mut s, Remote::Jump("guess-pay".into()));
    assert_eq!(s.view().chapter_position(), Some((2, 3)));
    let mut c = common::linked_console(s.doc().clone(), None);
    let status = invisibles::app::status_of(&s);
    let msg = invisibles::app::ConsoleMsg::Status(Some(Box::new(status)));
    invisibles::app::console_update(&mut c, msg);
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 100, 30));
    invisibles::console::render(&c, 0, buf.area, &mut buf);
    let text = common::buffer_text(&buf);
    assert!(text.contains("panel 2/3"), "{text}");
}
