//! The facilitator console's view: notes, next panel, poll, timer, keys
//! and help, drawn through the real keys.

use super::*;

#[test]
fn the_console_shows_notes_next_panel_poll_and_timer() {
    let doc = common::sample();
    let mut c = common::linked_console(doc, Some("tuesday"));
    invisibles::app::console_update(
        &mut c,
        invisibles::app::ConsoleMsg::Status(Some(Box::new(Status {
            panel: Some("take-job".into()),
            session_started: 1_000,
            chapter_started: 1_300,
            polls: [("take-job".to_string(), vec![3, 1, 0])]
                .into_iter()
                .collect(),
            timer_end: Some(1_000 + 700),
            timer_minutes: 10,
            next: Some("said-yes".into()),
            ..Status::default()
        }))),
    );
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
    use invisibles::input::{Key, KeyCode};
    let doc = common::sample();
    let mut c = Console::new(doc, Lang::En, None);
    let k = Key::new;
    assert_eq!(
        invisibles::app::console_update(
            &mut c,
            invisibles::app::ConsoleMsg::Key(k(KeyCode::Right), 0)
        ),
        Effect::Send(Remote::Next)
    );
    assert_eq!(
        invisibles::app::console_update(
            &mut c,
            invisibles::app::ConsoleMsg::Key(k(KeyCode::Char('.')), 0)
        ),
        Effect::Send(Remote::Blank)
    );
    assert_eq!(
        invisibles::app::console_update(
            &mut c,
            invisibles::app::ConsoleMsg::Key(k(KeyCode::Char('T')), 0)
        ),
        Effect::Send(Remote::Timer(Some(10)))
    );
    assert_eq!(
        invisibles::app::console_update(
            &mut c,
            invisibles::app::ConsoleMsg::Key(k(KeyCode::Char('t')), 0)
        ),
        Effect::None
    );
    assert_eq!(
        invisibles::app::console_update(
            &mut c,
            invisibles::app::ConsoleMsg::Key(k(KeyCode::Down), 0)
        ),
        Effect::None
    );
    assert_eq!(
        invisibles::app::console_update(
            &mut c,
            invisibles::app::ConsoleMsg::Key(k(KeyCode::Enter), 0)
        ),
        Effect::Send(Remote::Jump("hard-text".into())),
        "t opens the chapter list; Enter jumps"
    );
    assert_eq!(
        invisibles::app::console_update(
            &mut c,
            invisibles::app::ConsoleMsg::Key(k(KeyCode::Char('q')), 0)
        ),
        Effect::None
    );
    assert!(c.quit());
}
#[test]
fn the_console_takes_the_theme_and_no_color() {
    use invisibles::ui::theme::ThemeKind;
    use ratatui::style::Color;
    let draw = |theme| {
        let c = Console::new(common::sample(), Lang::En, None)
            .with_theme(theme, invisibles::app::Depth::TrueColor);
        let area = Rect::new(0, 0, 80, 24);
        let mut buf = Buffer::empty(area);
        console_render(&c, 0, area, &mut buf);
        buf
    };
    let mono = draw(ThemeKind::Mono);
    assert!(
        mono.content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
        "NO_COLOR: no colour at all"
    );
    assert_ne!(draw(ThemeKind::Light), draw(ThemeKind::Dark));
}
fn console_text(c: &Console, w: u16, h: u16) -> String {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    console_render(c, 0, area, &mut buf);
    (0..h)
        .map(|y| {
            (0..w)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                .to_owned()
                + "\n"
        })
        .collect()
}
#[test]
fn the_console_sees_what_the_room_sees() {
    use invisibles::runtime::{Host, Input, Player, Program, Remote, Screening};
    let doc = common::sample();
    let mut screen = Screening::new(
        Player::new(State::new(doc.clone(), Lang::En), 0, 0),
        Host::default(),
    );
    let mut c = common::linked_console(doc, None);
    let mut show = |screen: &mut Screening, remote: Option<Remote>| {
        if let Some(r) = remote {
            screen.input(Input::Remote(r), 0);
        }
        invisibles::app::console_update(
            &mut c,
            invisibles::app::ConsoleMsg::Status(Some(Box::new(screen.player.status()))),
        );
        console_text(&c, 100, 40)
    };
    // The notice's own text, before the facilitator skips or shows it.
    let text = show(&mut screen, Some(Remote::Jump("hard-text".into())));
    assert!(
        text.contains("This chapter describes violent content."),
        "{text}"
    );
    // The debate: which question is picked, how many answers are out.
    let text = show(&mut screen, Some(Remote::Jump("debate-icons".into())));
    assert!(text.contains("Title card on screen: The debate"), "{text}");
    assert!(
        text.contains("Next: [Debate] Icons and algorithms"),
        "{text}"
    );
    show(&mut screen, Some(Remote::Next));
    show(&mut screen, Some(Remote::Down));
    let text = show(&mut screen, Some(Remote::Next));
    assert!(text.contains("› 1/"), "{text}");
    // The guess on screen, beside the real figure.
    let text = show(&mut screen, Some(Remote::Jump("guess-pay".into())));
    assert!(
        text.contains("Guess on screen: €10/h"),
        "with its unit: {text}"
    );
    assert!(text.contains("Real figure:"), "{text}");
    // The poll, with the report's answer under the tally.
    let text = show(&mut screen, Some(Remote::Jump("take-job".into())));
    assert!(text.contains("The report: Many have no choice."), "{text}");
}
#[test]
fn the_consoles_help_lists_every_console_key_from_the_keymap() {
    use invisibles::input::Key;
    let mut c = common::linked_console(common::sample(), None);
    invisibles::app::console_update(&mut c, invisibles::app::ConsoleMsg::Key(Key::char('?'), 0));
    let shown = console_text(&c, 120, 50)
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for b in invisibles::keymap::all().filter(|b| {
        [
            Mode::Console,
            Mode::ConsoleList,
            Mode::ConsolePick,
            Mode::ConsoleHelp,
        ]
        .iter()
        .any(|m| b.applies(*m))
    }) {
        assert!(
            shown.contains(b.doc.0),
            "help lacks `{}`:\n{shown}",
            b.doc.0
        );
    }
    // Keys too long for their column never run into the words (issue 21, item 13).
    let own_line =
        |l: &str| l.trim_matches(|ch: char| ch == '│' || ch == ' ') == "← Backspace h PgUp";
    assert!(console_text(&c, 120, 50).lines().any(own_line));
    // Any key closes it, and does nothing else.
    assert_eq!(
        invisibles::app::console_update(
            &mut c,
            invisibles::app::ConsoleMsg::Key(Key::char('n'), 0)
        ),
        Effect::None
    );
    assert!(!c.help());
    // In French, French key names.
    let mut c = Console::new(common::sample(), Lang::Fr, None);
    invisibles::app::console_update(&mut c, invisibles::app::ConsoleMsg::Key(Key::char('?'), 0));
    let shown = console_text(&c, 120, 50);
    assert_eq!(common::english_key_in(&shown), None, "{shown}");
    assert!(shown.contains("→ Espace l PgSuiv"), "{shown}");
    assert!(shown.contains("Entrée"), "{shown}");
}
#[test]
fn the_console_at_80x24_keeps_its_timer_and_scrolls_its_help() {
    use invisibles::input::Key;
    let mut c = common::linked_console(common::sample(), None);
    invisibles::app::console_update(
        &mut c,
        invisibles::app::ConsoleMsg::Status(Some(Box::new(Status {
            panel: Some("take-job".into()),
            timer_end: Some(600),
            timer_minutes: 10,
            next: Some("said-yes".into()),
            ..Status::default()
        }))),
    );
    assert!(console_text(&c, 80, 24).contains("left in the discussion"));
    invisibles::app::console_update(&mut c, invisibles::app::ConsoleMsg::Key(Key::char('?'), 0));
    let first = console_text(&c, 80, 24);
    assert!(first.contains("scroll for more"), "{first}");
    for _ in 0..40 {
        invisibles::app::console_update(
            &mut c,
            invisibles::app::ConsoleMsg::Key(Key::new(invisibles::input::KeyCode::Down), 0),
        );
    }
    let last = console_text(&c, 80, 24);
    assert!(
        last.contains("quit at once"),
        "the end of the help is reached:\n{last}"
    );
    assert!(c.help(), "scrolling keeps the help open");
}

/// A restarted screen's chapter clock goes on from when the room entered the
/// chapter, as its session log says, rather than from 00:00.
#[test]
fn a_restarted_screen_keeps_the_chapter_clock() {
    let t0 = 1_700_000_000u64;
    let mut s = workshop();
    let mut log = Session::new("clock", t0);
    update(&mut s, Msg::Now(t0 * 1000));
    let mut step = |s: &mut State, keys: &str, at: u64| {
        update(s, Msg::Now(at * 1000));
        for e in press(s, keys) {
            log.apply(&e, s, at);
        }
    };
    step(&mut s, "@take-job", t0 + 60);
    step(&mut s, "<enter> <right>", t0 + 600);
    let here = s.slot().map(|slot| (slot.episode, slot.chapter));
    // The screen restarts twenty minutes in, on the same panel.
    let now = t0 + 1200;
    let mut again = workshop();
    update(&mut again, Msg::Now(now * 1000));
    common::goto(&mut again, "guess-pay");
    assert_eq!(again.clock().chapter_started(), now, "before: from 00:00");
    let (chapter, at) = log
        .chapter_entered(again.doc())
        .unwrap_or_else(|| panic!("the log says nothing"));
    assert_eq!(Some(chapter), here);
    update(&mut again, Msg::ChapterStarted { chapter, at });
    assert_eq!(again.clock().chapter_started(), t0 + 60);
}
