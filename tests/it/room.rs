//! A screening belongs to the room: driven through the core alone (no
//! terminal), with a facilitator's console commands and three participants.

use crate::common;

use common::{here, screen};
use invisibles::app::{
    Ballot, Effect, Gate, Live, Msg, Participant, ParticipantMsg, Remote, State, Up, participant,
    update,
};
use invisibles::content::Lang;
use invisibles::journey::Journey;

/// The screen of a workshop screening.
fn screening() -> State {
    let mut s = common::state(Lang::En);
    common::setup(&mut s, |o| o.workshop = true);
    s
}

fn facilitator(s: &mut State, remote: Remote) -> Vec<Effect> {
    update(s, Msg::Facilitator(remote))
}

/// A console's jump to `id`, then on past the episode's title card the jump opens.
fn past_the_card(s: &mut State, id: &str) {
    facilitator(s, Remote::Jump(id.into()));
    assert_eq!(
        s.room().gate(),
        Some(Gate::Episode),
        "the card of {id}'s episode"
    );
    facilitator(s, Remote::Next);
}

fn live(s: &State) -> Live {
    Live {
        room: s.room().clone(),
        answered: s.answered_panels().collect(),
        waiting: s.room().questions().open().count(),
    }
}

/// Three participants; each key of theirs goes up as the serve pump sends it.
fn room_of_three() -> Vec<Participant> {
    ["ana", "ben", "cy"]
        .into_iter()
        .map(|n| Participant::new(common::sample(), n.into(), Lang::En, &Journey::default()))
        .collect()
}

/// `who` presses `keys` while following `s`; their ballots reach the screen.
fn press_as(s: &mut State, p: &mut Participant, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for name in keys.split_whitespace() {
        let room = live(s);
        let out = participant(p, ParticipantMsg::Key(common::key(name), Some(&room)));
        for up in out.up {
            let remote = match up {
                Up::Ballot { panel, ballot } => Remote::Ballot {
                    panel,
                    voter: p.name().to_owned(),
                    ballot,
                },
                Up::Ask(text) => Remote::Ask {
                    from: p.name().to_owned(),
                    text,
                },
                Up::Upvote(id) => Remote::Upvote {
                    id,
                    voter: p.name().to_owned(),
                },
            };
            effects.extend(facilitator(s, remote));
        }
        let room = live(s);
        participant(p, ParticipantMsg::Live(Some(&room)));
    }
    effects
}

#[test]
fn the_branch_and_the_recap_follow_the_rooms_tally_not_the_cursor() {
    let mut s = screening();
    let mut people = room_of_three();
    past_the_card(&mut s, "take-job");
    // The screen's cursor stays on "Yes"; two say "It depends", one "No".
    press_as(&mut s, &mut people[0], "<down> <down> <enter>");
    press_as(&mut s, &mut people[1], "<down> <down> <enter>");
    press_as(&mut s, &mut people[2], "<down> <enter>");
    facilitator(&mut s, Remote::Next);
    let shown = screen(&s, 80, 24);
    assert!(shown.contains("The room: It depends"), "{shown}");
    facilitator(&mut s, Remote::Next);
    assert_eq!(
        here(&s),
        Some("guess-pay"),
        "no 'You said yes' for the room"
    );
    facilitator(&mut s, Remote::Jump("choices-recap".into()));
    let recap = screen(&s, 80, 24);
    assert!(recap.contains("The room: It depends"), "{recap}");
    assert!(!recap.contains("You:"), "{recap}");
}

#[test]
fn a_tie_answers_nothing_and_says_so() {
    let mut s = screening();
    let mut people = room_of_three();
    past_the_card(&mut s, "take-job");
    press_as(&mut s, &mut people[0], "<enter>");
    press_as(&mut s, &mut people[1], "<down> <enter>");
    facilitator(&mut s, Remote::Next);
    assert!(screen(&s, 80, 24).contains("a tie between Yes / No"));
    facilitator(&mut s, Remote::Next);
    assert_eq!(here(&s), Some("guess-pay"), "a tie satisfies no Picked");
}

#[test]
fn the_rooms_guess_is_the_median_of_the_guesses_given() {
    let mut s = screening();
    let mut people = room_of_three();
    facilitator(&mut s, Remote::Jump("guess-pay".into()));
    let shown = screen(&s, 80, 24);
    assert!(!shown.contains("€10/h"), "no guess nobody gave: {shown}");
    press_as(&mut s, &mut people[0], "7 <enter>");
    press_as(&mut s, &mut people[1], "1 2 <enter>");
    press_as(&mut s, &mut people[2], "5 , 5 <enter>");
    let i = s.room_index().unwrap_or_default();
    let ballot = Ballot::Guessed(1.0);
    update(
        &mut s,
        Msg::Ballot {
            panel: i,
            voter: "dee".into(),
            ballot,
        },
    );
    facilitator(&mut s, Remote::Next);
    let shown = screen(&s, 100, 30);
    assert!(shown.contains("€6.25/h (median of 4 guesses)"), "{shown}");
    assert!(
        shown.contains("Right on"),
        "€6.25 lies within €5.71–6.67: {shown}"
    );
}

#[test]
fn right_means_inside_the_figures_range() {
    let mut s = screening();
    let mut people = room_of_three();
    facilitator(&mut s, Remote::Jump("guess-pay".into()));
    // 5.5 is one step below 5.71: not the figure.
    press_as(&mut s, &mut people[0], "5 , 5 <enter>");
    facilitator(&mut s, Remote::Next);
    let shown = screen(&s, 100, 30);
    assert!(shown.contains("€5.5/h (one guess)"), "{shown}");
    assert!(!shown.contains("Right on"), "{shown}");
    assert!(shown.contains("about 0.9 times the real figure"), "{shown}");
}

#[test]
fn a_closed_poll_refuses_a_ballot_and_the_voter_is_told() {
    let mut s = screening();
    let mut people = room_of_three();
    past_the_card(&mut s, "take-job");
    press_as(&mut s, &mut people[0], "<enter>");
    facilitator(&mut s, Remote::Next);
    let before = s.room().polls().clone();
    let late = press_as(&mut s, &mut people[1], "<down> <enter>");
    assert!(late.is_empty(), "nothing went up: {late:?}");
    assert_eq!(s.room().polls(), &before);
    let i = s.room_index().unwrap_or_default();
    let ballot = Ballot::Picked(1);
    let effects = update(
        &mut s,
        Msg::Ballot {
            panel: i,
            voter: "ben".into(),
            ballot,
        },
    );
    assert!(effects.is_empty(), "the screen refuses it too: {effects:?}");
    let room = live(&s);
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 100, 30));
    invisibles::ui::participant::render(&people[1], Some(&room), buf.area, &mut buf);
    let text: String = buf.content().iter().map(|c| c.symbol()).collect();
    assert!(
        text.contains("voting on this question has closed"),
        "{text}"
    );
    assert!(
        text.contains("Many have no choice"),
        "the reveal reaches non-voters"
    );
}

#[test]
fn an_upvoted_question_comes_first_and_a_hidden_one_reaches_neither_projector_nor_handout() {
    let mut s = screening();
    let mut log = invisibles::store::session_log::Session::new("q", 0);
    let mut act = |s: &mut State, remote: Remote| {
        for effect in facilitator(s, remote) {
            log.apply(&effect, s, 1);
        }
    };
    past_the_card(&mut s, "take-job");
    for (from, text) in [
        ("ana", "Who sets the rate?"),
        ("ben", "Is it legal?"),
        ("troll", "<script>spam</script>"),
    ] {
        act(
            &mut s,
            Remote::Ask {
                from: from.into(),
                text: text.into(),
            },
        );
    }
    // Two participants upvote ben's; one twice (counted once).
    for voter in ["key-ana", "key-cy", "key-cy"] {
        act(
            &mut s,
            Remote::Upvote {
                id: 1,
                voter: voter.into(),
            },
        );
    }
    let ranked: Vec<u32> = s.room().questions().ranked().iter().map(|q| q.id).collect();
    assert_eq!(ranked, [1, 0, 2]);
    assert_eq!(s.room().questions().items[1].votes, 2);
    // The facilitator hides the troll's question without projecting it.
    act(
        &mut s,
        Remote::Question(invisibles::app::QuestionOp::Hide(2)),
    );
    act(
        &mut s,
        Remote::Question(invisibles::app::QuestionOp::ProjectNext),
    );
    assert_eq!(
        s.room().questions().shown().map(|q| q.id),
        Some(1),
        "upvoted first"
    );
    for _ in 0..3 {
        act(
            &mut s,
            Remote::Question(invisibles::app::QuestionOp::ProjectNext),
        );
        let shown = screen(&s, 100, 30);
        assert!(!shown.contains("<script>"), "{shown}");
    }
    // What followers get is the snapshot the link carries.
    let sent = invisibles::app::RoomSnapshot::of(s.doc(), s.room()).room(s.doc());
    let items = &sent.questions().items;
    assert!(items.iter().all(|q| q.id != 2), "not sent to followers");
    assert!(
        items.iter().all(|q| q.voters.is_empty()),
        "voters stay on the screen"
    );
    assert_eq!(items.iter().find(|q| q.id == 1).map(|q| q.votes), Some(2));
    let md = invisibles::publish::export::markdown(s.doc(), Lang::En, Some(&log));
    assert!(!md.contains("script"), "{md}");
    let ben = md.find("Is it legal?").unwrap_or(usize::MAX);
    let ana = md.find("Who sets the rate?").unwrap_or(0);
    assert!(ben < ana, "the most upvoted first: {md}");
    assert!(md.contains("Is it legal? *(2 upvotes)*"), "{md}");
}

#[test]
fn a_participant_reads_the_rooms_questions_and_upvotes_once() {
    let mut s = screening();
    let mut people = room_of_three();
    past_the_card(&mut s, "take-job");
    press_as(&mut s, &mut people[0], "a W h o ? <enter>");
    press_as(&mut s, &mut people[2], "a W h y ? <enter>");
    // ben opens the list, goes to cy's question and upvotes it.
    let sent = press_as(&mut s, &mut people[1], "v <down> <enter>");
    assert_eq!(sent, [Effect::QuestionsChanged], "the upvote counted");
    let cy = s.room().questions().items.iter().find(|q| q.text == "Why?");
    assert_eq!(cy.map(|q| q.votes), Some(1));
    // The screen ranks it first; ben sees it so, marked as upvoted.
    let room = Live {
        room: invisibles::app::RoomSnapshot::of(s.doc(), s.room()).room(s.doc()),
        answered: Default::default(),
        waiting: 0,
    };
    participant(&mut people[1], ParticipantMsg::Live(Some(&room)));
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 80, 24));
    invisibles::ui::participant::render(&people[1], Some(&room), buf.area, &mut buf);
    let text: String = buf.content().iter().map(|c| c.symbol()).collect();
    let why = text.find("▲1 Why? — cy (✓)").unwrap_or(usize::MAX);
    let who = text.find("▲0 Who? — ana").unwrap_or(0);
    assert!(why < who, "the most upvoted first: {text}");
    assert!(text.contains("upvote sent"), "{text}");
    // The cursor stayed on the question as it moved up: a second upvote on
    // it goes nowhere.
    let again = press_as(&mut s, &mut people[1], "<enter>");
    assert!(again.is_empty(), "{again:?}");
    assert_eq!(
        s.room()
            .questions()
            .items
            .iter()
            .map(|q| q.votes)
            .sum::<u32>(),
        1
    );
    // ← closes the list: their keys are the player's again.
    press_as(&mut s, &mut people[1], "<left>");
    assert_eq!(people[1].questions(), None);
}

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
fn a_burst_of_questions_in_one_write_stays_questions() {
    let mut s = common::state(Lang::En);
    common::setup(&mut s, |o| o.workshop = true);
    let mut eve = room_of_three().remove(0);
    let keys = "a b u r s t 1 <enter> a b u r s t 2 <enter> a b u r s t 3 <enter>";
    press_as(&mut s, &mut eve, keys);
    assert!(!eve.browsing(), "a question's letters went to the player");
    assert_eq!(s.room().questions().items.len(), 3);
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
    let mut c = invisibles::app::Console::new(s.doc().clone(), Lang::En, None);
    let link = invisibles::app::ConsoleMsg::Link {
        connected: true,
        refusal: None,
    };
    invisibles::app::console_update(&mut c, link);
    let msg = invisibles::app::ConsoleMsg::Status(Some(Box::new(status)));
    invisibles::app::console_update(&mut c, msg);
    let mut buf = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 100, 30));
    invisibles::console::render(&c, 0, buf.area, &mut buf);
    let text: String = buf.content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("2 participants follow: ana, cy"), "{text}");
}
