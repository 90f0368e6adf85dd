//! A participant over SSH, without the network: following the room, browsing
//! away and back, voting with their own cursor, asking, and the kiosk.

use crate::common;

mod screen;

use invisibles::app::{Ballot, Msg, State, update};
use invisibles::app::{Live, Outcome, Participant, ParticipantMsg, Up};
use invisibles::content::Lang;
use invisibles::input::Key;
use invisibles::journey::{Journey, Position};

/// One key of the participant's, with the room on the screen.
pub(super) fn key_in(p: &mut Participant, live: Option<&Live>, key: Key) -> Outcome {
    invisibles::app::participant(p, ParticipantMsg::Key(key, live))
}

/// The room on the screen changed; says whether their journey did.
pub(super) fn follow(p: &mut Participant, live: Option<&Live>) -> bool {
    invisibles::app::participant(p, ParticipantMsg::Live(live)).journey
}
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub(super) fn shown(p: &Participant, live: Option<&Live>) -> String {
    let area = Rect::new(0, 0, 90, 26);
    let mut buf = Buffer::empty(area);
    invisibles::ui::participant::render(p, live, area, &mut buf);
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

pub(super) fn keys(p: &mut Participant, live: Option<&Live>, names: &str) -> Vec<Up> {
    names
        .split_whitespace()
        .flat_map(|n| key_in(p, live, common::key(n)).up)
        .collect()
}

/// The screen's state, driven as the facilitator would.
pub(super) fn screen_at(id: &str) -> State {
    let mut s = State::new(common::sample(), Lang::En);
    common::setup(&mut s, |o| o.workshop = true);
    common::goto(&mut s, id);
    s
}

/// What the screen publishes: its room, and the questions it answered.
pub(super) fn live(s: &State) -> Live {
    Live {
        room: s.room().clone(),
        answered: s.answered_panels().collect(),
        waiting: s.room().questions().open().count(),
    }
}

pub(super) fn participant(lang: Lang) -> Participant {
    Participant::new(common::sample(), "ana".into(), lang, &Journey::default())
}

#[test]
fn a_participant_follows_the_room_browses_away_and_comes_back() {
    let mut screen = screen_at("rider-intro");
    let mut p = participant(Lang::Fr);
    follow(&mut p, Some(&live(&screen)));
    let text = shown(&p, Some(&live(&screen)));
    assert!(text.contains("ana ● vous suivez la salle"), "{text}");
    // The facilitator moves on: so do they.
    common::press(&mut screen, "<right>");
    follow(&mut p, Some(&live(&screen)));
    let now = common::here(&screen).unwrap_or_default().to_owned();
    assert!(
        p.journey().seen.contains(&now),
        "a panel shown live counts as seen"
    );
    let followed = shown(&p, Some(&live(&screen)));
    assert!(followed.contains("Ép. 1"), "{followed}");

    // A chapter key is the facilitator's: they are told so, and stay with the room.
    let before = live(&screen);
    keys(&mut p, Some(&before), "n");
    assert!(!p.browsing());
    assert_eq!(live(&screen), before, "a participant never drives the room");
    let told = shown(&p, Some(&live(&screen)));
    assert!(told.contains("l'animateur fait avancer la salle"), "{told}");
    // f: browsing on purpose; then a chapter key takes them away.
    keys(&mut p, Some(&live(&screen)), "f n");
    assert!(p.browsing());
    assert!(
        shown(&p, Some(&live(&screen))).contains("○ vous parcourez seul — f : revenir à la salle")
    );
    keys(&mut p, Some(&live(&screen)), "f");
    assert!(!p.browsing());
    assert!(shown(&p, Some(&live(&screen))).contains("● vous suivez la salle"));
    // f again: browsing on purpose, from the live panel.
    keys(&mut p, Some(&live(&screen)), "f");
    assert!(p.browsing());
}

#[test]
fn on_a_question_their_own_cursor_casts_a_changeable_ballot() {
    let mut screen = screen_at("take-job");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    let up = keys(&mut p, Some(&live(&screen)), "<down> <down> <enter>");
    assert_eq!(
        up,
        [Up::Ballot {
            panel: "take-job".into(),
            ballot: Ballot::Picked(2)
        }]
    );
    assert!(!p.browsing(), "voting is not browsing");
    assert_eq!(
        screen
            .room()
            .progress(screen.doc().panel_index["take-job"])
            .selected,
        0
    );
    assert!(shown(&p, Some(&live(&screen))).contains("your vote is in"));
    let again = keys(&mut p, Some(&live(&screen)), "<up> <enter>");
    assert_eq!(
        again,
        [Up::Ballot {
            panel: "take-job".into(),
            ballot: Ballot::Picked(1)
        }],
        "changed"
    );
    // The screen counts it, and the follower sees the tally.
    let i = screen.doc().panel_index["take-job"];
    update(
        &mut screen,
        Msg::Ballot {
            panel: i,
            voter: "ana".into(),
            ballot: Ballot::Picked(1),
        },
    );
    let text = shown(&p, Some(&live(&screen)));
    assert!(text.contains("›   1 █"), "{text}");
    assert!(
        !text.contains("Many have no choice"),
        "no reveal before the projector's: {text}"
    );
    // The facilitator reveals: so does their screen, with their ballot as their answer.
    common::press(&mut screen, "<right>");
    assert!(
        follow(&mut p, Some(&live(&screen))),
        "their answer goes in their journey"
    );
    let text = shown(&p, Some(&live(&screen)));
    assert!(text.contains("Many have no choice"), "{text}");
    assert_eq!(
        p.journey().answers.get("take-job"),
        Some(&invisibles::journey::Answer::Picked(1))
    );
    assert_eq!(
        keys(&mut p, Some(&live(&screen)), "<up> <enter>").len(),
        0,
        "closed for them once revealed"
    );
    assert!(
        !p.browsing(),
        "past the reveal, → is the facilitator's: they stay"
    );

    // A guess: ↑ raises it, → casts a figure in range.
    let screen = screen_at("guess-pay");
    follow(&mut p, Some(&live(&screen)));
    let up = keys(&mut p, Some(&live(&screen)), "<up> <up> <enter>");
    let [
        Up::Ballot {
            panel,
            ballot: Ballot::Guessed(v),
        },
    ] = up.as_slice()
    else {
        panic!("{up:?}");
    };
    assert_eq!(panel, "guess-pay");
    assert_eq!(*v, 11.0, "two steps of 0.5 above the €10 shown");
    // Or typed, to the nearest step, without leaving the room.
    let up = keys(&mut p, Some(&live(&screen)), "7 , 3 <bs> 2 <enter>");
    assert!(!p.browsing());
    assert_eq!(
        up,
        [Up::Ballot {
            panel: "guess-pay".into(),
            ballot: Ballot::Guessed(7.0)
        }],
        "7.2 is 7 on a scale of halves"
    );
}

#[test]
fn a_question_is_typed_sent_or_given_up() {
    let screen = screen_at("rider-intro");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    keys(&mut p, Some(&live(&screen)), "a W h y x <bs> ?");
    let text = shown(&p, Some(&live(&screen)));
    assert!(text.contains("Your question: Why?▏"), "{text}");
    assert!(text.contains("Enter send"), "hints from the keymap: {text}");
    assert_eq!(
        keys(&mut p, Some(&live(&screen)), "<enter>"),
        [Up::Ask {
            text: "Why?".into(),
            anonymous: false
        }]
    );
    // Tab: without their name, said in the box, and sent so.
    keys(&mut p, Some(&live(&screen)), "a <tab> H o w ?");
    let text = shown(&p, Some(&live(&screen)));
    assert!(text.contains("[Anonymous] Your question: How?▏"), "{text}");
    assert!(text.contains("Tab anonymous"), "{text}");
    assert_eq!(
        keys(&mut p, Some(&live(&screen)), "<enter>"),
        [Up::Ask {
            text: "How?".into(),
            anonymous: true
        }]
    );
    keys(&mut p, Some(&live(&screen)), "a n o <esc>");
    assert_eq!(
        keys(&mut p, Some(&live(&screen)), "<enter>"),
        [],
        "given up: Enter is the player's again"
    );
    assert!(!shown(&p, Some(&live(&screen))).contains("Your question"));
}

#[test]
fn with_no_screen_they_watch_on_their_own_and_quit_alone() {
    let mut p = participant(Lang::En);
    follow(&mut p, None);
    assert!(shown(&p, None).contains("ana on your own"));
    keys(&mut p, None, "<right>");
    assert!(shown(&p, None).contains("Ep. 1"));
    assert_ne!(
        p.journey().position,
        Position::Title,
        "their own position, kept"
    );
    assert_eq!(
        keys(&mut p, None, "a"),
        [],
        "no one to ask without a screen"
    );
    assert!(shown(&p, None).contains("no screening is live"));
    assert_eq!(keys(&mut p, None, "W <enter>"), []);
    let out = key_in(&mut p, None, common::key("q"));
    assert!(out.quit);
    assert!(key_in(&mut p, None, common::key("<c-c>")).quit);
    assert!(
        !key_in(&mut p, None, common::key("<c-z>")).quit,
        "no suspending a remote terminal"
    );
}

#[test]
fn the_projector_shows_the_spread_of_the_rooms_guesses() {
    let mut screen = screen_at("guess-pay");
    let i = screen.doc().panel_index["guess-pay"];
    let before = common::screen(&screen, 100, 30);
    assert!(!before.contains(" guesses: "), "no guess, no spread");
    for (voter, v) in [("a", 3.0), ("b", 4.5), ("c", 7.0)] {
        update(
            &mut screen,
            Msg::Ballot {
                panel: i,
                voter: voter.into(),
                ballot: Ballot::Guessed(v),
            },
        );
    }
    let text = common::screen(&screen, 100, 30);
    assert!(text.contains("The room's 3 guesses: "), "{text}");
    // And a participant following sees it as the room does.
    let mut p = participant(Lang::Fr);
    follow(&mut p, Some(&live(&screen)));
    assert!(shown(&p, Some(&live(&screen))).contains("Les 3 estimations de la salle"));
}

#[test]
fn a_participants_help_lists_their_own_keys_first() {
    let screen = screen_at("rider-intro");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    keys(&mut p, Some(&live(&screen)), "?");
    let text = shown(&p, Some(&live(&screen)));
    assert!(text.contains("As a participant"), "{text}");
    assert!(text.contains("browse on your own"), "{text}");
    // In French, French key names.
    let mut fr = participant(Lang::Fr);
    follow(&mut fr, Some(&live(&screen)));
    keys(&mut fr, Some(&live(&screen)), "?");
    let text = shown(&fr, Some(&live(&screen)));
    assert!(text.contains("Entrée"), "{text}");
    assert_eq!(common::english_key_in(&text), None, "{text}");
    // A lone viewer's help has none of it.
    let mut alone = State::new(common::sample(), Lang::En);
    common::press(&mut alone, "?");
    assert!(!common::screen(&alone, 90, 40).contains("As a participant"));
}
