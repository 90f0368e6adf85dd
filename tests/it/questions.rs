//! The room's questions: asked through the link's commands, listed on the
//! console, put on the projector and marked answered with the console's keys,
//! kept by the session log and the handout.

use crate::common;

use invisibles::app::{Effect, Msg, QuestionOp, State};
use invisibles::console::{Console, Effect as ConsoleEffect, render as console_render};
use invisibles::content::Lang;
use invisibles::input::Key;
use invisibles::publish::export;
use invisibles::runtime::{Input, Player, Remote};
use invisibles::store::session_log::Session;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

const T0: u64 = 1_700_000_000_000;

fn text(buf: &Buffer) -> String {
    common::buffer_text(buf)
}

#[test]
fn a_question_goes_from_a_participant_to_the_console_the_projector_and_the_handout() {
    let mut player = Player::new(State::new(common::sample(), Lang::En), T0 / 1000, T0);
    let mut log = Session::new("q", T0 / 1000);
    let mut feed = |player: &mut Player, remote: Remote| {
        let effects = player.handle(Input::Remote(remote), T0);
        for e in &effects {
            log.apply(e, player.state(), T0 / 1000);
        }
        effects
    };
    let effects = feed(
        &mut player,
        Remote::Ask {
            asker: String::new(),
            from: "ana".into(),
            text: "Who checks\u{1b}[2J the labels?".into(),
            anonymous: false,
        },
    );
    assert_eq!(effects, [Effect::QuestionsChanged]);
    feed(
        &mut player,
        Remote::Ask {
            asker: String::new(),
            from: "ben".into(),
            text: "Is it legal?".into(),
            anonymous: false,
        },
    );

    // The console lists them, and its keys put one on the screen, then answer it.
    let mut console = common::linked_console(common::sample(), Some("q"));
    invisibles::app::console_update(
        &mut console,
        invisibles::app::ConsoleMsg::Status(Some(Box::new(player.status()))),
    );
    let area = Rect::new(0, 0, 100, 30);
    let mut buf = Buffer::empty(area);
    console_render(&console, T0 / 1000, area, &mut buf);
    let shown = text(&buf);
    assert!(shown.contains("Questions from the room (2)"), "{shown}");
    assert!(shown.contains("ana: Who checks [2J the labels?"), "{shown}");
    let ConsoleEffect::Send(next) = invisibles::app::console_update(
        &mut console,
        invisibles::app::ConsoleMsg::Key(Key::char('Q'), T0 / 1000),
    ) else {
        panic!("Q sends nothing");
    };
    assert_eq!(next, Remote::Question(QuestionOp::ProjectNext));
    feed(&mut player, next);
    let mut buf = Buffer::empty(Rect::new(0, 0, 100, 30));
    invisibles::ui::render(player.state().view(), buf.area, &mut buf);
    let projected = text(&buf);
    assert!(
        projected.contains("A question from the room"),
        "{projected}"
    );
    assert!(
        projected.contains("Who checks [2J the labels?"),
        "{projected}"
    );
    assert!(projected.contains("— ana"), "{projected}");

    invisibles::app::console_update(
        &mut console,
        invisibles::app::ConsoleMsg::Status(Some(Box::new(player.status()))),
    );
    let ConsoleEffect::Send(answered) = invisibles::app::console_update(
        &mut console,
        invisibles::app::ConsoleMsg::Key(Key::char('A'), T0 / 1000),
    ) else {
        panic!("A sends nothing");
    };
    assert_eq!(answered, Remote::Question(QuestionOp::Answered(0)));
    feed(&mut player, answered);
    assert_eq!(player.state().room().questions().shown(), None);
    invisibles::app::console_update(
        &mut console,
        invisibles::app::ConsoleMsg::Status(Some(Box::new(player.status()))),
    );
    assert_eq!(
        invisibles::app::console_update(
            &mut console,
            invisibles::app::ConsoleMsg::Key(Key::char('A'), T0 / 1000)
        ),
        ConsoleEffect::None,
        "nothing on screen"
    );

    // The log keeps them through a round trip, and the handout shows them.
    let back: Session = ron::from_str(&ron::to_string(&log).unwrap()).unwrap();
    assert_eq!(back.questions.len(), 2);
    assert!(back.questions[0].answered);
    let md = export::markdown(&common::sample(), Lang::En, Some(&back));
    assert!(md.contains("## Questions from the room"), "{md}");
    assert!(
        md.contains("- **ana** — Who checks \\[2J the labels? *(answered, 0 upvotes)*"),
        "{md}"
    );
    assert!(
        md.contains("- **ben** — Is it legal? *(0 upvotes)*\n"),
        "{md}"
    );
    // A restarted screen finds them where the room left them.
    let mut again = Player::new(State::new(common::sample(), Lang::En), T0 / 1000, T0);
    again.apply(back.questions_msg(), T0);
    again.apply(
        Msg::Ask {
            asker: String::new(),
            from: "cy".into(),
            text: "And now?".into(),
            anonymous: false,
        },
        T0,
    );
    let ids: Vec<u32> = again
        .state()
        .room()
        .questions()
        .items
        .iter()
        .map(|q| q.id)
        .collect();
    assert_eq!(ids, [0, 1, 2]);
    let html = export::html(&common::sample(), Lang::Fr, Some(&back));
    assert!(html.contains("<h2>Questions de la salle</h2>"), "{html}");
}

#[test]
fn a_question_too_long_or_from_a_flooding_asker_is_bounded() {
    let mut player = Player::new(State::new(common::sample(), Lang::En), T0 / 1000, T0);
    for k in 0..10 {
        player.apply(
            Msg::Ask {
                asker: String::new(),
                from: "spam".into(),
                text: format!("{k} {}", "x".repeat(5000)),
                anonymous: false,
            },
            T0,
        );
    }
    let q = &player.state().room().questions();
    assert_eq!(
        q.items.len(),
        invisibles::app::Questions::default().items.len() + 3
    );
    assert!(
        q.items
            .iter()
            .all(|q| q.text.chars().count() <= invisibles::app::MAX_QUESTION_CHARS)
    );
}

/// Text that reorders itself (bidi controls) or that terminals draw otherwise
/// than ratatui counts it (unassigned code points, noncharacters, U+2028)
/// never reaches the log, the screens or the handouts.
#[test]
fn reordering_and_undrawable_characters_never_reach_a_screen_or_a_handout() {
    let mut player = Player::new(State::new(common::sample(), Lang::En), T0 / 1000, T0);
    let mut log = Session::new("q", T0 / 1000);
    let ask = Remote::Ask {
        asker: String::new(),
        from: "mal\u{202e}lory".into(),
        text:
            "The answer\u{202e}.yes si \u{2066}x\u{2069}\u{2028}L\u{378}\u{fffe}\u{ffff}\u{10ffff}!"
                .into(),
        anonymous: false,
    };
    for e in &player.handle(Input::Remote(ask), T0) {
        log.apply(e, player.state(), T0 / 1000);
    }
    let [question] = log.questions.as_slice() else {
        panic!("{:?}", log.questions);
    };
    assert_eq!(question.from, "mallory");
    assert_eq!(question.text, "The answer.yes si x L!");
    let md = export::markdown(&common::sample(), Lang::En, Some(&log));
    let html = export::html(&common::sample(), Lang::En, Some(&log));
    for out in [&md, &html] {
        let bad = [
            '\u{202e}',
            '\u{2066}',
            '\u{2069}',
            '\u{2028}',
            '\u{378}',
            '\u{fffe}',
            '\u{10ffff}',
        ];
        assert!(!out.chars().any(|c| bad.contains(&c)), "{out}");
    }
}

#[test]
fn an_anonymous_question_shows_no_name_anywhere_but_still_counts_against_its_asker() {
    let mut player = Player::new(State::new(common::sample(), Lang::En), T0 / 1000, T0);
    let mut log = Session::new("anon", T0 / 1000);
    for k in 0..4 {
        let ask = Remote::Ask {
            asker: String::new(),
            from: "ana".into(),
            text: format!("Who decides {k}?"),
            anonymous: true,
        };
        for e in &player.handle(Input::Remote(ask), T0) {
            log.apply(e, player.state(), T0 / 1000);
        }
    }
    // Her share is still hers: three open at most.
    assert_eq!(player.state().room().questions().items.len(), 3);
    player.handle(Input::Remote(Remote::Question(QuestionOp::ProjectNext)), T0);
    let mut buf = Buffer::empty(Rect::new(0, 0, 100, 30));
    invisibles::ui::render(player.state().view(), buf.area, &mut buf);
    let projected = text(&buf);
    assert!(projected.contains("— Anonymous"), "{projected}");
    assert!(!projected.contains("ana"), "{projected}");
    // The console names no one either.
    let mut console = Console::new(common::sample(), Lang::En, Some("anon".into()));
    invisibles::app::console_update(
        &mut console,
        invisibles::app::ConsoleMsg::Status(Some(Box::new(player.status()))),
    );
    let mut buf = Buffer::empty(Rect::new(0, 0, 100, 30));
    console_render(&console, T0 / 1000, buf.area, &mut buf);
    let listed = text(&buf);
    assert!(listed.contains("Anonymous: Who decides 1?"), "{listed}");
    assert!(!listed.contains("ana:"), "{listed}");
    // Nor the handout, in either language.
    let back: Session =
        ron::from_str(&ron::to_string(&log).unwrap_or_default()).unwrap_or_default();
    let md = export::markdown(&common::sample(), Lang::Fr, Some(&back));
    assert!(md.contains("**Anonyme** — Who decides 0?"), "{md}");
    assert!(!md.contains("**ana**"), "{md}");
}

#[test]
fn a_question_put_on_the_black_screen_brings_the_picture_back() {
    let mut player = Player::new(State::new(common::sample(), Lang::En), T0 / 1000, T0);
    let ask = Remote::Ask {
        asker: String::new(),
        from: "ana".into(),
        text: "Who pays?".into(),
        anonymous: false,
    };
    player.handle(Input::Remote(ask), T0);
    player.handle(Input::Remote(Remote::Blank), T0);
    assert!(player.state().room().blank());
    player.handle(Input::Remote(Remote::Question(QuestionOp::ProjectNext)), T0);
    assert!(
        !player.state().room().blank(),
        "the question would be on a black screen"
    );
    let mut buf = Buffer::empty(Rect::new(0, 0, 100, 30));
    invisibles::ui::render(player.state().view(), buf.area, &mut buf);
    assert!(text(&buf).contains("Who pays?"));
}

#[test]
fn the_consoles_question_list_keeps_its_rows_under_a_long_status() {
    let mut player = Player::new(State::new(common::sample(), Lang::En), T0 / 1000, T0);
    let mut feed = |remote: Remote| player.handle(Input::Remote(remote), T0);
    feed(Remote::Jump("rider-voice".into()));
    feed(Remote::Invite(invisibles::app::Invitation {
        command: "ssh -p 2222 NAME@192.0.2.7".into(),
        code: "tuesday".into(),
        fingerprint: "SHA256:abc".into(),
        web: Some("http://192.0.2.7:8080/?code=tuesday".into()),
    }));
    for name in ["ana", "ben", "cy", "dee"] {
        feed(Remote::Present {
            name: name.into(),
            here: true,
        });
        let text = format!("What does {name} earn?");
        feed(Remote::Ask {
            asker: name.into(),
            from: name.into(),
            text,
            anonymous: false,
        });
    }
    let mut console = common::linked_console(common::sample(), Some("q"));
    let status = Box::new(player.status());
    invisibles::app::console_update(
        &mut console,
        invisibles::app::ConsoleMsg::Status(Some(status)),
    );
    for (w, h) in [(100, 30), (80, 24)] {
        let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
        console_render(&console, T0 / 1000, buf.area, &mut buf);
        let shown = text(&buf);
        assert!(shown.contains("Questions from the room (4)"), "{shown}");
        for name in ["ana", "ben", "cy", "dee"] {
            let line = format!("{name}: What does {name} earn?");
            assert!(shown.contains(&line), "{w}x{h}: {line} in {shown}");
        }
    }
}

/// A control character in a question (a NUL, an escape, a bell) is a space:
/// nothing after it is lost, and nothing of it reaches a terminal.
#[test]
fn control_characters_in_a_question_become_spaces_and_lose_nothing() {
    use invisibles::app::sanitise;
    assert_eq!(sanitise("first\0second", 280), "first second");
    assert_eq!(
        sanitise("Hi\u{1b}[31mRED\u{7}\0 null", 280),
        "Hi [31mRED null"
    );
}
