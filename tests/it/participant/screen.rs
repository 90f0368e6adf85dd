//! A participant as the screen moves on: a restart, the black screen, a
//! panel change, a screening that starts after them, and answering.

use super::{follow, key_in, keys, live, participant, screen_at, shown};
use crate::common;

use invisibles::app::{Ballot, Live, Participant, Up};
use invisibles::content::Lang;
use invisibles::journey::Journey;

#[test]
fn a_screen_restart_keeps_them_in_the_room() {
    let mut screen = screen_at("rider-intro");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    // The projector quits: they see the last panel, waiting, still following.
    follow(&mut p, None);
    assert!(!p.browsing());
    let text = shown(&p, None);
    assert!(text.contains("waiting for the screen"), "{text}");
    assert!(text.contains("Behind the icon"), "{text}");
    keys(&mut p, None, "<right> <right>");
    assert!(!p.browsing(), "keys wait for the screen");
    // It is back, elsewhere: they follow it without a key.
    common::goto(&mut screen, "rider-voice");
    follow(&mut p, Some(&live(&screen)));
    assert!(!p.browsing());
    assert!(shown(&p, Some(&live(&screen))).contains("Bilel"));
}

#[test]
fn the_black_screen_takes_no_vote() {
    let mut screen = screen_at("take-job");
    common::press(&mut screen, ".");
    assert!(screen.room().blank());
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    let up = keys(&mut p, Some(&live(&screen)), "<down> <enter>");
    assert_eq!(up, [], "no ballot cast on a black screen");
    assert!(!p.browsing());
    assert!(!shown(&p, Some(&live(&screen))).contains("your vote is in"));
}

#[test]
fn the_vote_is_in_goes_with_its_panel() {
    let mut screen = screen_at("take-job");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    keys(&mut p, Some(&live(&screen)), "<enter>");
    assert!(shown(&p, Some(&live(&screen))).contains("your vote is in"));
    common::goto(&mut screen, "guess-pay");
    follow(&mut p, Some(&live(&screen)));
    assert!(!shown(&p, Some(&live(&screen))).contains("your vote is in"));
}

#[test]
fn an_early_arrival_follows_the_screening_when_it_starts_and_is_offered_no_question_before() {
    let mut p = Participant::new(
        common::sample(),
        "ana".into(),
        Lang::En,
        &Journey::default(),
    );
    // No screen yet: they watch on their own, and no question is offered.
    follow(&mut p, None);
    assert!(p.browsing());
    let alone = shown(&p, None);
    assert!(
        !alone.contains("ask") && !alone.contains("questions"),
        "{alone}"
    );
    // The screening starts: they follow it, and may ask.
    let live = Live::of(screen_at("take-job").room().clone());
    follow(&mut p, Some(&live));
    assert!(
        !p.browsing(),
        "an early arrival follows the screening once it starts"
    );
    let following = shown(&p, Some(&live));
    assert!(following.contains("a ask"), "{following}");
    // One who chose to browse stays browsing.
    key_in(&mut p, Some(&live), common::key("f"));
    assert!(p.browsing());
    follow(&mut p, Some(&live));
    assert!(p.browsing());
}

/// Answering is explicit for participants too (issue 21, item 1): Enter
/// votes; → is the facilitator's, and they are told so.
#[test]
fn right_on_a_question_casts_no_ballot() {
    let screen = screen_at("take-job");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    assert_eq!(keys(&mut p, Some(&live(&screen)), "<down> <right>"), []);
    assert!(
        shown(&p, Some(&live(&screen))).contains("the facilitator"),
        "{}",
        shown(&p, Some(&live(&screen)))
    );
    assert_eq!(keys(&mut p, Some(&live(&screen)), "<enter>").len(), 1);
}

/// A participant's typed figure is held to the guess's range, visibly.
#[test]
fn a_typed_figure_past_the_range_is_refused_and_said_so() {
    let screen = screen_at("guess-pay");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    assert_eq!(keys(&mut p, Some(&live(&screen)), "1 5 0"), []);
    let shown = shown(&p, Some(&live(&screen)));
    assert!(
        shown.contains("not taken: past the highest guess"),
        "{shown}"
    );
    assert!(shown.contains("From €0/h to €20/h"), "{shown}");
    assert_eq!(keys(&mut p, Some(&live(&screen)), "<enter>"), guessed(15.0));
}

/// Their guess on the pay as it goes up to the screen.
fn guessed(figure: f64) -> [Up; 1] {
    [Up::Ballot {
        panel: "guess-pay".into(),
        ballot: Ballot::Guessed(figure),
    }]
}

/// Their own ballot is said in words in their header, whatever their cursor.
#[test]
fn their_own_ballot_is_marked_in_words_whatever_the_cursor() {
    let screen = screen_at("take-job");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    keys(&mut p, Some(&live(&screen)), "<down> <down> <enter>");
    keys(&mut p, Some(&live(&screen)), "<up> <up>");
    let text = shown(&p, Some(&live(&screen)));
    let header = text.lines().next().unwrap_or_default();
    assert!(header.contains("● your vote: It depends"), "{text}");
}

/// Their guess starts at the value shown: one ↓ from €10 is €9.50, not €0.
#[test]
fn a_participants_guess_starts_at_the_value_shown() {
    let screen = screen_at("guess-pay");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    assert!(shown(&p, Some(&live(&screen))).contains("€10"));
    assert_eq!(
        keys(&mut p, Some(&live(&screen)), "<down> <enter>"),
        guessed(9.5)
    );
    let mut q = participant(Lang::En);
    follow(&mut q, Some(&live(&screen)));
    assert_eq!(keys(&mut q, Some(&live(&screen)), "<enter>"), guessed(10.0));
}

#[test]
fn a_testimony_reads_on_their_screen_as_on_the_projector() {
    use invisibles::ui::theme::Theme;
    let mut screen = screen_at("rider-voice");
    common::press(&mut screen, "<right> <right>");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    let area = ratatui::layout::Rect::new(0, 0, 90, 26);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    invisibles::ui::participant::render(&p, Some(&live(&screen)), area, &mut buf);
    let text = shown(&p, Some(&live(&screen)));
    let theme = Theme::of_view(screen.view());
    for (words, rule, style) in [
        ("He rides long weeks", "│", theme.dim),
        ("With no order", "┃", theme.base),
    ] {
        let Some((y, line)) = text.lines().enumerate().find(|(_, l)| l.contains(words)) else {
            panic!("{words:?} not on their screen:\n{text}");
        };
        let x = line.chars().take_while(|c| *c == ' ').count() as u16;
        let y = y as u16;
        assert_eq!(buf[(x, y)].symbol(), rule, "{text}");
        assert_eq!(buf[(x + 2, y)].fg, style.fg.unwrap_or_default(), "{words}");
        assert_eq!(
            buf[(x + 2, y)].bg,
            theme.base.bg.unwrap_or_default(),
            "{words}"
        );
    }
}

/// The last line with something on it: the footer's keys.
fn footer_of(text: &str) -> &str {
    (text.lines().rev())
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default()
}

/// Following, the footer offers no key that moves the room: those are the
/// facilitator's. Browsing on their own, it does.
#[test]
fn a_followers_footer_offers_only_their_own_keys() {
    let screen = screen_at("take-job");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    let text = shown(&p, Some(&live(&screen)));
    let footer = footer_of(&text);
    assert!(footer.contains("Enter answer"), "{text}");
    assert!(
        !footer.contains("→") && !footer.contains("← back"),
        "{footer}"
    );
    keys(&mut p, Some(&live(&screen)), "f");
    let text = shown(&p, Some(&live(&screen)));
    let footer = footer_of(&text);
    assert!(footer.contains("← back"), "browsing: {footer}");
}

/// The panel's line of keys is the screen's ("→ reveal the room's answer",
/// "→ begin"): a participant following the room is shown none of it, only
/// their own.
#[test]
fn a_follower_is_not_shown_the_screens_keys() {
    for id in ["take-job", "guess-pay", "rider-intro"] {
        let screen = screen_at(id);
        let mut p = participant(Lang::En);
        follow(&mut p, Some(&live(&screen)));
        let text = shown(&p, Some(&live(&screen)));
        for screens in ["reveal", "pass", "→"] {
            assert!(!text.contains(screens), "{id}: {screens:?} in\n{text}");
        }
    }
}

/// The title's way in is the screen's too.
#[test]
fn a_follower_on_the_title_is_not_told_to_begin() {
    let mut screen = invisibles::app::State::new(common::sample(), Lang::En);
    common::setup(&mut screen, |o| o.workshop = true);
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    let text = shown(&p, Some(&live(&screen)));
    assert!(text.contains("Invisibles"), "{text}");
    assert!(!text.contains("to begin"), "{text}");
}

/// A note of theirs ("Answer again: choose, then Enter") is about the panel
/// it was said on: when the room moves on, it goes.
#[test]
fn a_followers_note_goes_when_the_room_moves_on() {
    let mut screen = screen_at("take-job");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    keys(&mut p, Some(&live(&screen)), "<enter>");
    // The room's answer revealed; they ask to answer again.
    common::press(&mut screen, "<right>");
    follow(&mut p, Some(&live(&screen)));
    keys(&mut p, Some(&live(&screen)), "r");
    let text = shown(&p, Some(&live(&screen)));
    assert!(text.contains("Answer again"), "{text}");
    common::goto(&mut screen, "guess-pay");
    follow(&mut p, Some(&live(&screen)));
    let text = shown(&p, Some(&live(&screen)));
    assert!(!text.contains("Answer again"), "{text}");
}

/// Once the room's answer is revealed, voting is closed: a follower is not
/// told they answered (they may not have) nor offered to answer again.
#[test]
fn a_revealed_question_offers_a_follower_nothing_more() {
    let mut screen = screen_at("take-job");
    common::press(&mut screen, "<right>");
    let mut p = participant(Lang::En);
    follow(&mut p, Some(&live(&screen)));
    let text = shown(&p, Some(&live(&screen)));
    assert!(text.contains("Many have no choice."), "{text}");
    assert!(
        !text.contains("answered") && !text.contains("answer again"),
        "{text}"
    );
}
