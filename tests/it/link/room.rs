//! The room over the link: the screen publishes its whole screening, a
//! follower turns it back into a room that draws the same, and `serve`'s
//! ballots and questions go up through the same closed set of commands.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use invisibles::app::{Action, Ballot, Msg, QuestionOp, State, View, update};
use invisibles::content::load::{Origin, load};
use invisibles::content::{Documentary, Lang};
use invisibles::link::{Client, Limits, Role, RoomSnapshot, Server, Status};
use invisibles::runtime::{Host, Input, Player, Program, Remote, Screening};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::common::Scratch;

const T0: u64 = 1_700_000_000_000;

fn doc() -> Arc<Documentary> {
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample");
    Arc::new(load(&Origin::Dir(sample)).unwrap())
}

fn drawn(view: View<'_>) -> Buffer {
    let area = Rect::new(0, 0, 100, 32);
    let mut buf = Buffer::empty(area);
    invisibles::ui::render(view, area, &mut buf);
    buf
}

fn at(state: &mut State, id: &str) {
    let i = state.doc().panel_index[id];
    update(state, Msg::Jump(i));
}

#[test]
fn a_follower_draws_from_the_snapshot_exactly_what_the_room_sees() {
    let doc = doc();
    let mut state = State::new(doc.clone(), Lang::En);
    let setup = invisibles::app::Setup {
        theme: Default::default(),
        depth: Default::default(),
        present: false,
        workshop: true,
        lang: None,
    };
    update(&mut state, Msg::Setup(setup));
    // A testimony half revealed, a debate answered, a poll with ballots and
    // hands, a guess poll, a question on the projector.
    at(&mut state, "rider-voice");
    update(&mut state, Action::Next);
    at(&mut state, "debate-icons");
    update(&mut state, Action::Next);
    let take_job = doc.panel_index["take-job"];
    let guess_pay = doc.panel_index["guess-pay"];
    for (voter, ballot) in [("ana", Ballot::Picked(1)), ("ben", Ballot::Picked(0))] {
        update(
            &mut state,
            Msg::Ballot {
                panel: take_job,
                voter: voter.into(),
                ballot,
            },
        );
    }
    for (voter, v) in [("ana", 4.0), ("ben", 6.0), ("cy", 5.0)] {
        let ballot = Ballot::Guessed(v);
        update(
            &mut state,
            Msg::Ballot {
                panel: guess_pay,
                voter: voter.into(),
                ballot,
            },
        );
    }
    update(
        &mut state,
        Msg::Ask {
            asker: String::new(),
            from: "ana".into(),
            text: "Who sets the pay?".into(),
            anonymous: false,
        },
    );
    update(&mut state, Msg::Question(QuestionOp::ProjectNext));
    for id in ["rider-voice", "debate-icons", "take-job", "guess-pay"] {
        at(&mut state, id);
        update(&mut state, Action::Vote(1));
        let snapshot = RoomSnapshot::of(&doc, state.room());
        let line = ron::to_string(&snapshot).unwrap();
        let back: RoomSnapshot = ron::from_str(&line).unwrap();
        let room = back.room(&doc);
        assert_eq!(room.screen(), state.room().screen(), "{id}");
        for i in 0..doc.timeline.len() {
            assert_eq!(room.progress(i), state.room().progress(i), "{id}");
        }
        assert_eq!(room.questions(), state.room().questions(), "{id}");
        let follower = View {
            doc: &doc,
            room: &room,
            viewer: state.viewer(),
            following: false,
        };
        assert_eq!(
            drawn(follower),
            drawn(state.view()),
            "{id} draws differently"
        );
    }
    let room = RoomSnapshot::of(&doc, state.room()).room(&doc);
    assert_eq!(
        room.polls()[&take_job].tally(3),
        state.room().polls()[&take_job].tally(3)
    );
    assert_eq!(room.polls()[&guess_pay].guesses(), [4.0, 5.0, 6.0]);
}

#[test]
fn a_notice_and_the_black_screen_come_through() {
    let doc = doc();
    let mut state = State::new(doc.clone(), Lang::En);
    at(&mut state, "hard-text");
    update(&mut state, Action::Blank);
    let room = RoomSnapshot::of(&doc, state.room()).room(&doc);
    assert_eq!(room.gate(), state.room().gate());
    assert_eq!(room.blank(), state.room().blank());
    assert!(room.gate().is_some() || room.blank());
}

#[test]
fn serve_sends_ballots_and_questions_up_and_the_room_comes_down() {
    let dir = Scratch::new("room-role");
    let doc = doc();
    let mut player = Player::new(State::new(doc.clone(), Lang::En), T0 / 1000, T0);
    player.apply(
        Msg::Setup(invisibles::app::Setup {
            theme: Default::default(),
            depth: Default::default(),
            present: false,
            workshop: true,
            lang: None,
        }),
        T0,
    );
    let host = Host {
        link: Some(Server::bind(&dir.socket()).unwrap()),
        ..Host::default()
    };
    let mut screen = Screening::new(player, host);
    screen.input(Input::Remote(Remote::Jump("take-job".into())), T0);
    let mut client: Client<Remote, Status> =
        Client::with(dir.socket(), Role::Room, Limits::default());
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut sent = false;
    let mut last: Option<Status> = None;
    loop {
        assert!(
            Instant::now() < deadline,
            "the room never came down: {last:?}"
        );
        for input in screen.poll(T0) {
            screen.input(input, T0);
        }
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        screen.draw(&mut terminal, T0).unwrap();
        last = client.poll().pop().or(last);
        if client.connected() && !sent {
            for voter in ["ana", "ben"] {
                client.send(&Remote::Ballot {
                    panel: "take-job".into(),
                    voter: voter.into(),
                    ballot: Ballot::Picked(2),
                });
            }
            client.send(&Remote::Ballot {
                panel: "nope".into(),
                voter: "x".into(),
                ballot: Ballot::Picked(0),
            });
            client.send(&Remote::Ask {
                asker: String::new(),
                from: "ana".into(),
                text: "Why?".into(),
                anonymous: false,
            });
            sent = true;
        }
        if let Some(status) = &last
            && status.room.questions.items.len() == 1
            && status
                .polls
                .get("take-job")
                .is_some_and(|t| t.get(2) == Some(&2))
        {
            let room = status.room.room(&doc);
            assert_eq!(room.screen(), screen.player.state().room().screen());
            assert_eq!(
                room.polls()[&doc.panel_index["take-job"]].tally(3),
                [0, 0, 2]
            );
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn the_status_stays_under_the_link_bound_with_a_full_room() {
    let doc = doc();
    let mut player = Player::new(State::new(doc.clone(), Lang::En), T0 / 1000, T0);
    let take_job = doc.panel_index["take-job"];
    let guess_pay = doc.panel_index["guess-pay"];
    player.apply(Msg::Jump(guess_pay), T0);
    for k in 0..500u32 {
        let voter = format!("participant-with-a-long-name-{k:04}");
        let ballots = [
            (take_job, Ballot::Picked((k % 3) as usize)),
            (guess_pay, Ballot::Guessed(f64::from(k % 40) * 0.5)),
        ];
        for (panel, ballot) in ballots {
            player.apply(
                Msg::Ballot {
                    panel,
                    voter: voter.clone(),
                    ballot,
                },
                T0,
            );
        }
    }
    for k in 0..150 {
        let text = "𝄞".repeat(400);
        player.apply(
            Msg::Ask {
                asker: String::new(),
                from: format!("{k}{}", "ж".repeat(40)),
                text,
                anonymous: false,
            },
            T0,
        );
    }
    let status = player.status();
    assert_eq!(status.room.questions_waiting, 100);
    assert!(status.room.questions.items.len() <= 21);
    let line =
        invisibles::link::wire::encode(&invisibles::link::wire::Downward::Msg(&status)).unwrap();
    let max = Limits::default().max_message;
    assert!(line.len() < max / 2, "{} bytes of {max}", line.len());
    let back = status.room.room(&doc);
    assert_eq!(back.polls()[&guess_pay].guesses().len(), 500);
}

/// RON writes some characters as `\u{…}` escapes, many bytes each: the
/// questions a status carries are bounded by their encoded size too, so a
/// room of such questions never pushes a status past the link's limit.
#[test]
fn questions_written_as_escapes_keep_the_status_under_the_link_bound() {
    let doc = doc();
    let mut player = Player::new(State::new(doc.clone(), Lang::En), T0 / 1000, T0);
    // A zero-width space is shown (it draws as nothing) and escaped by RON.
    let escaped = '\u{200b}';
    assert!(ron::to_string(&escaped.to_string()).is_ok_and(|t| t.len() > 4));
    for k in 0..40 {
        player.apply(
            Msg::Ask {
                asker: String::new(),
                from: format!("{k}{}", escaped.to_string().repeat(31)),
                text: format!("{}?", escaped.to_string().repeat(279)),
                anonymous: false,
            },
            T0,
        );
    }
    let status = player.status();
    let line =
        invisibles::link::wire::encode(&invisibles::link::wire::Downward::Msg(&status)).unwrap();
    let max = Limits::default().max_message;
    assert!(line.len() < max / 2, "{} bytes of {max}", line.len());
    assert!(!status.room.questions.items.is_empty(), "some are sent");
}
