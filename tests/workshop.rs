//! Workshop screenings: projector view, polls, the session log, the handout,
//! autoplay and the facilitator console's view.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{press, screen, state};
use invisibles::app::{Action, Screen, State, reading_time, update};
use invisibles::content::Lang;
use invisibles::workshop::console::{Console, Effect, render as console_render};
use invisibles::workshop::export;
use invisibles::workshop::link::{Command, Status};
use invisibles::workshop::session::Session;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn workshop() -> State {
    let mut s = state(Lang::En);
    s.workshop = true;
    s
}

#[test]
fn projector_view_snapshots() {
    for (name, keys) in [
        ("narration", "<right>"),
        ("testimony", "<right> <right> <right>"),
        (
            "statistic",
            "<right> <right> <right> <right> <right> <right> <right>",
        ),
        ("title", ""),
    ] {
        let mut s = state(Lang::En);
        press(&mut s, &format!("P {keys}"));
        assert!(s.present);
        for (w, h) in [(120, 40), (160, 48)] {
            let shown = screen(&s, w, h);
            assert!(
                !shown.contains("? help"),
                "no key hints in the projector view"
            );
            insta::assert_snapshot!(format!("present_{name}_{w}x{h}"), shown);
        }
    }
}

#[test]
fn black_screen_and_any_key_back() {
    let mut s = state(Lang::En);
    press(&mut s, "<right> .");
    assert!(s.blank);
    assert!(
        screen(&s, 80, 24).trim().is_empty(),
        "nothing on the black screen"
    );
    press(&mut s, "<right>");
    assert!(!s.blank);
    assert_eq!(
        s.screen,
        Screen::Panel(0),
        "the key that brings the picture back does nothing else"
    );
}

#[test]
fn polls_count_hands_only_in_workshop_mode() {
    let mut alone = state(Lang::En);
    press(&mut alone, "3 + +");
    assert!(alone.polls.is_empty());
    let mut s = workshop();
    press(&mut s, "3 + + <down> + + + - <down> +");
    let Screen::Panel(i) = s.screen else {
        panic!("not on a panel")
    };
    assert_eq!(s.polls.get(&i), Some(&vec![2, 2, 1]));
    let shown = screen(&s, 80, 24);
    assert!(shown.contains("  2 █"), "live bars on the screen:\n{shown}");
    insta::assert_snapshot!("poll_80x24", shown);
}

#[test]
fn poll_counts_round_trip_through_the_session_log() {
    let mut s = workshop();
    let mut log = Session::new("tuesday", 1_000);
    for (k, key) in ["3", "+", "+", "<down>", "+", "s", "<right>"]
        .iter()
        .enumerate()
    {
        let before = (s.screen, s.gate);
        if let Some(action) = invisibles::keymap::action_for(&s, common::key(key)) {
            update(&mut s, action);
            log.record(before, action, &s, 1_000 + k as u64 * 10);
        }
    }
    let text =
        ron::ser::to_string_pretty(&log, ron::ser::PrettyConfig::default()).unwrap_or_default();
    let read: Session = ron::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read, log);
    assert_eq!(read.polls.get("take-job"), Some(&vec![2, 1, 0]));
    assert_eq!(
        read.shown.first().map(|x| (x.panel.as_str(), x.at)),
        Some(("take-job", 0))
    );
    let mut again = workshop();
    read.restore(&mut again);
    assert_eq!(again.polls, s.polls);
}

#[test]
fn skipped_notices_are_logged() {
    let mut s = workshop();
    let mut log = Session::new("x", 0);
    press(&mut s, "n n");
    let before = (s.screen, s.gate);
    update(&mut s, Action::Skip);
    log.record(before, Action::Skip, &s, 5);
    assert_eq!(log.skipped, ["hard-text"]);
}

fn session_with_everything() -> (Arc<invisibles::content::Documentary>, Session) {
    let mut s = workshop();
    let mut log = Session::new("handout", 0);
    for key in [
        "<right>", "<right>", "<right>", "<right>", "<right>", "<right>", "<right>", "3", "+", "+",
        "<right>", "<right>", "<right>", "<up>", "<right>",
    ] {
        let before = (s.screen, s.gate);
        if let Some(action) = invisibles::keymap::action_for(&s, common::key(key)) {
            update(&mut s, action);
            log.record(before, action, &s, 1);
        }
    }
    (s.doc.clone(), log)
}

#[test]
fn the_handout_has_every_figure_shown_and_the_rooms_answers() {
    let (doc, log) = session_with_everything();
    let md = export::markdown(&doc, Lang::En, Some(&log));
    for id in ["rider-weekly-pay", "rider-weekly-hours", "rider-hourly-pay"] {
        let stat = doc.statistic(id).unwrap_or_else(|| panic!("{id}"));
        let value = invisibles::ui::panels::statistic_with_unit(&doc, stat, Lang::En);
        assert!(
            md.contains(&value),
            "{value} missing from the handout:\n{md}"
        );
        assert!(md.contains(stat.source.en.as_str()));
    }
    assert!(md.contains("- Yes: 2"), "the room's votes:\n{md}");
    assert!(
        md.contains("The room's answer: €10.5/h"),
        "the room's guess:\n{md}"
    );
    assert!(
        md.contains("In reality: €5.71–6.67/h"),
        "beside the real figure:\n{md}"
    );
    assert!(
        md.contains("Who pays for the bike?"),
        "the discussion prompts"
    );
    assert!(
        !md.contains("Questions from the room"),
        "a chapter never shown is left out"
    );
    insta::assert_snapshot!("handout_md", md);
}

/// Every element opened is closed, in order (void elements aside).
fn balanced(html: &str) -> Result<(), String> {
    const VOID: [&str; 3] = ["meta", "br", "!DOCTYPE"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').ok_or("unclosed tag")? + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '!')
            .collect();
        if VOID.iter().any(|v| name.eq_ignore_ascii_case(v)) {
            continue;
        }
        if tag.starts_with('/') {
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
        } else {
            stack.push(name);
        }
    }
    if stack.is_empty() {
        Ok(())
    } else {
        Err(format!("left open: {stack:?}"))
    }
}

#[test]
fn the_html_handout_is_one_self_contained_page() {
    let (doc, log) = session_with_everything();
    let html = export::html(&doc, Lang::Fr, Some(&log));
    balanced(&html).unwrap_or_else(|e| panic!("{e}"));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(!html.contains("<script") && !html.contains("http") && !html.contains("<link"));
    assert!(html.contains("5,71–6,67"), "French figures");
    let whole = export::html(&doc, Lang::En, None);
    balanced(&whole).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        whole.contains("Questions from the room"),
        "without a session: everything"
    );
}

#[test]
fn autoplay_walks_everything_and_loops_without_answering() {
    let mut s = state(Lang::En);
    let mut screens = Vec::new();
    for _ in 0..200 {
        update(&mut s, Action::Advance);
        screens.push(s.screen);
        if s.screen == Screen::Title {
            break;
        }
    }
    assert_eq!(
        screens.last(),
        Some(&Screen::Title),
        "it loops back to the title"
    );
    assert!(screens.contains(&Screen::End));
    assert!(
        s.answers.is_empty(),
        "autoplay never answers for the viewer"
    );
    assert!(
        !s.seen[7],
        "the panel behind a content notice was passed by"
    );
    assert!(s.seen.iter().filter(|x| **x).count() >= 10);
}

#[test]
fn reading_time_follows_the_text() {
    let mut s = state(Lang::En);
    let title = reading_time(&s);
    press(&mut s, "<right>");
    let narration = reading_time(&s);
    assert!(narration >= Duration::from_secs(5) && narration <= Duration::from_secs(60));
    assert!(title >= Duration::from_secs(5));
}

#[test]
fn the_console_shows_notes_next_panel_poll_and_timer() {
    let doc = common::sample();
    let mut c = Console::new(doc, Lang::En, Some("tuesday".into()));
    c.connected = true;
    c.status = Some(Status {
        panel: Some("take-job".into()),
        session_started: 1_000,
        chapter_started: 1_300,
        polls: [("take-job".to_string(), vec![3, 1, 0])]
            .into_iter()
            .collect(),
        timer_end: Some(1_000 + 700),
        timer_minutes: 10,
        ..Status::default()
    });
    let area = Rect::new(0, 0, 100, 30);
    let mut buf = Buffer::empty(area);
    console_render(&c, 1_000 + 600, area, &mut buf);
    let text: String = (0..30)
        .map(|y| {
            (0..100)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                .to_owned()
                + "\n"
        })
        .collect();
    assert!(text.contains("Session 10:00"), "{text}");
    assert!(
        text.contains("01:40 left in the discussion — invite the quiet voices"),
        "{text}"
    );
    assert!(text.contains("3 ███"), "{text}");
    assert!(text.contains("Next: [Narration] You said yes"), "{text}");
    insta::assert_snapshot!("console_100x30", text);
}

#[test]
fn console_keys_become_commands() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let doc = common::sample();
    let mut c = Console::new(doc, Lang::En, None);
    let k = |code| KeyEvent::new(code, KeyModifiers::NONE);
    assert_eq!(
        c.key(k(KeyCode::Right), 0),
        Effect::Send(Command::Act(Action::Next))
    );
    assert_eq!(
        c.key(k(KeyCode::Char('.')), 0),
        Effect::Send(Command::Act(Action::Blank))
    );
    assert_eq!(
        c.key(k(KeyCode::Char('T')), 0),
        Effect::Send(Command::Timer(Some(10)))
    );
    assert_eq!(c.key(k(KeyCode::Char('t')), 0), Effect::None);
    assert_eq!(c.key(k(KeyCode::Down), 0), Effect::None);
    assert_eq!(
        c.key(k(KeyCode::Enter), 0),
        Effect::Send(Command::Jump("hard-text".into())),
        "t opens the chapter list; Enter jumps"
    );
    assert_eq!(c.key(k(KeyCode::Char('q')), 0), Effect::None);
    assert!(c.quit);
}
