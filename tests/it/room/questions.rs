//! The room's questions: upvoted, hidden, read by participants, a burst in
//! one write.

use super::*;

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
                asker: String::new(),
                from: from.into(),
                text: text.into(),
                anonymous: false,
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
    // Where in the screening each was asked, too.
    assert!(
        md.contains(
            "Is it legal? *(2 upvotes; asked during “Would you take this job?” (Two questions))*"
        ),
        "{md}"
    );
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
fn a_share_of_questions_belongs_to_the_participant_not_to_the_name() {
    let mut s = screening();
    past_the_card(&mut s, "take-job");
    let ana = |id: &str| {
        Participant::new(
            common::sample(),
            "ana".into(),
            Lang::En,
            &Journey::default(),
        )
        .known_as(id.into())
    };
    let mut first = ana("ana SHA1a2b");
    for k in 1..=4 {
        press_as(&mut s, &mut first, &format!("a q {k} <enter>"));
    }
    assert_eq!(s.room().questions().items.len(), 3, "three open each");
    // She leaves; someone else is given the freed name: their share is whole.
    let mut second = ana("ana #7f3c");
    press_as(&mut s, &mut second, "a m i n e <enter>");
    let texts: Vec<&str> = (s.room().questions().items.iter())
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(texts, ["q1", "q2", "q3", "mine"]);
    // Each sees their own marked as theirs, not the other's.
    let mine = |p: &Participant| {
        (s.room().questions().items.iter())
            .filter(|q| p.asked(q))
            .count()
    };
    assert_eq!((mine(&first), mine(&second)), (3, 1));
}
