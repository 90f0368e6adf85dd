//! The room answers: what follows and the recaps read its tally or the median
//! of its guesses, never the cursor; a tie answers nothing; a closed poll
//! refuses a ballot.

use super::*;

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
