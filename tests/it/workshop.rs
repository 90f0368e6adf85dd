//! Workshop screenings: projector view, polls, the session log, the handout,
//! autoplay and the facilitator console's view.

use crate::common;

use std::sync::Arc;
use std::time::Duration;

use common::{press, screen, state};
use invisibles::app::{Action, Msg, Screen, State, reading_time, update};
use invisibles::console::{Console, Effect, render as console_render};
use invisibles::content::Lang;
use invisibles::keymap::Mode;
use invisibles::link::{Remote, Status};
use invisibles::publish::export;
use invisibles::store::session_log::Session;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn workshop() -> State {
    let mut s = state(Lang::En);
    common::setup(&mut s, |o| o.workshop = true);
    s
}

#[test]
fn projector_view_snapshots() {
    for (name, keys) in [
        ("narration", "@rider-intro"),
        ("testimony", "@rider-voice <right>"),
        ("statistic", "@rider-hourly-pay"),
        ("title", ""),
    ] {
        let mut s = state(Lang::En);
        press(&mut s, &format!("P {keys}"));
        assert!(s.viewer().present());
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
    assert!(s.room().blank());
    assert!(
        screen(&s, 80, 24).trim().is_empty(),
        "nothing on the black screen"
    );
    press(&mut s, "<right>");
    assert!(!s.room().blank());
    assert_eq!(
        common::here(&s),
        Some("rider-intro"),
        "the key that brings the picture back does nothing else"
    );
}

#[test]
fn polls_count_hands_only_in_workshop_mode() {
    let mut alone = state(Lang::En);
    common::press_unbound(&mut alone, "@take-job + +");
    assert!(alone.room().polls().is_empty());
    let mut s = workshop();
    press(&mut s, "@take-job + + <down> + + + - <down> +");
    let Screen::Panel(i) = s.room().screen() else {
        panic!("not on a panel")
    };
    assert_eq!(
        s.room().polls().get(&i).map(|p| p.tally(3)),
        Some(vec![2, 2, 1])
    );
    let shown = screen(&s, 80, 24);
    assert!(shown.contains("  2 █"), "live bars on the screen:\n{shown}");
    insta::assert_snapshot!("poll_80x24", shown);
}

#[test]
fn poll_counts_round_trip_through_the_session_log() {
    let mut s = workshop();
    let mut log = Session::new("tuesday", 1_000);
    for (k, key) in ["3", "<right>", "+", "+", "<down>", "+", "s", "<right>"]
        .iter()
        .enumerate()
    {
        // `s` on a panel with no notice does nothing, and is logged as nothing.
        for effect in common::press_unbound(&mut s, key) {
            log.apply(&effect, &s, 1_000 + k as u64 * 10);
        }
    }
    let text =
        ron::ser::to_string_pretty(&log, ron::ser::PrettyConfig::default()).unwrap_or_default();
    let read: Session = ron::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read, log);
    assert_eq!(
        read.polls.get("take-job").map(|p| p.tally(3)),
        Some(vec![2, 1, 0])
    );
    assert_eq!(
        read.shown.first().map(|x| (x.panel.as_str(), x.at)),
        Some(("take-job", 10)),
        "shown when → passes the episode's title card"
    );
    let mut again = workshop();
    let polls = read.polls_msg(again.doc());
    update(&mut again, polls);
    assert_eq!(again.room().polls(), s.room().polls());
}

#[test]
fn skipped_notices_are_logged() {
    let mut s = workshop();
    let mut log = Session::new("x", 0);
    press(&mut s, "@hard-text");
    for effect in update(&mut s, Action::Skip) {
        log.apply(&effect, &s, 5);
    }
    assert_eq!(log.skipped, ["hard-text"]);
}

fn session_with_everything() -> (Arc<invisibles::content::Documentary>, Session) {
    let mut s = workshop();
    let mut log = Session::new("handout", 0);
    // Each episode opens on its title card, passed with → too.
    for key in [
        "<right>", "<right>", "<right>", "<right>", "<right>", "<right>", "<right>", "<right>",
        "3", "<right>", "+", "+", "<right>", "<right>", "<right>", "<up>",
    ] {
        for effect in press(&mut s, key) {
            log.apply(&effect, &s, 1);
        }
    }
    // Four participants guess; the facilitator reveals: the room's guess is
    // their median, never the figure under the cursor.
    let i = s.room_index().unwrap_or_default();
    for (voter, v) in [("a", 7.0), ("b", 12.0), ("c", 5.5), ("d", 1.0)] {
        let ballot = invisibles::app::Ballot::Guessed(v);
        let voter = voter.to_owned();
        for effect in update(
            &mut s,
            Msg::Ballot {
                panel: i,
                voter,
                ballot,
            },
        ) {
            log.apply(&effect, &s, 1);
        }
    }
    for effect in press(&mut s, "<right>") {
        log.apply(&effect, &s, 1);
    }
    (s.doc().clone(), log)
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
        md.contains("The room's answer: median €6.25/h (4 guesses, from €1/h to €12/h)"),
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
        screens.push(s.room().screen());
        if s.room().screen() == Screen::Title {
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
        s.viewer().answers().is_empty(),
        "autoplay never answers for the viewer"
    );
    assert!(
        !s.viewer().seen(s.doc().panel_index["hard-text"]),
        "the panel behind a content notice was passed by"
    );
    assert!(
        (0..s.viewer().seen_len())
            .filter(|&i| s.viewer().seen(i))
            .count()
            >= 10
    );
}

#[test]
fn reading_time_follows_the_text() {
    let mut s = state(Lang::En);
    common::goto(&mut s, "rider-intro");
    let long = reading_time(&s);
    common::goto(&mut s, "hard-text");
    press(&mut s, "<right>");
    assert_eq!(common::here(&s), Some("hard-text"));
    let short = reading_time(&s);
    assert!(
        long > short,
        "26 words stay longer than 8: {long:?} vs {short:?}"
    );
    assert!(short >= Duration::from_secs(5) && long <= Duration::from_secs(60));
}

#[test]
fn the_console_shows_notes_next_panel_poll_and_timer() {
    let doc = common::sample();
    let mut c = Console::new(doc, Lang::En, Some("tuesday".into()));
    invisibles::app::console_update(
        &mut c,
        invisibles::app::ConsoleMsg::Link {
            connected: true,
            refusal: None,
        },
    );
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
fn the_rooms_answer_is_the_tally_not_the_option_on_screen() {
    let mut s = workshop();
    let mut log = Session::new("tally", 0);
    for effect in common::goto(&mut s, "take-job") {
        log.apply(&effect, &s, 0);
    }
    // Yes 5, No 8, It depends 2 — then the screen answers with the cursor on "It depends".
    let keys = "+ + + + + <down> + + + + + + + + <down> + + <right>";
    for effect in press(&mut s, keys) {
        log.apply(&effect, &s, 1);
    }
    let md = export::markdown(&s.doc().clone(), Lang::En, Some(&log));
    assert!(md.contains("- The room's answer: No"), "{md}");
    assert!(md.contains("- No: 8"), "{md}");
}

#[test]
fn participants_cast_one_ballot_each_and_may_change_it() {
    use invisibles::app::{Ballot, Msg};
    let mut s = workshop();
    let i = s.doc().panel_index["take-job"];
    let g = s.doc().panel_index["guess-pay"];
    let cast = |s: &mut State, panel, voter: &str, ballot| {
        update(
            s,
            Msg::Ballot {
                panel,
                voter: voter.into(),
                ballot,
            },
        )
    };
    assert_eq!(cast(&mut s, i, "ana", Ballot::Picked(0)).len(), 1);
    cast(&mut s, i, "ben", Ballot::Picked(0));
    cast(&mut s, i, "ben", Ballot::Picked(1));
    assert!(
        cast(&mut s, i, "cy", Ballot::Picked(7)).is_empty(),
        "no such option"
    );
    assert!(
        cast(&mut s, i, "cy", Ballot::Guessed(3.0)).is_empty(),
        "not a guess"
    );
    assert_eq!(s.room().polls()[&i].tally(3), [1, 1, 0]);
    cast(&mut s, g, "ana", Ballot::Guessed(6.5));
    assert!(
        cast(&mut s, g, "ben", Ballot::Guessed(99.0)).is_empty(),
        "out of range"
    );
    assert_eq!(s.room().polls()[&g].guesses(), [6.5]);
}

#[test]
fn a_log_written_before_ballots_reads_its_counts_as_hands() {
    let old = r#"(name: "old", started: 5, polls: {"take-job": [4, 1, 0]}, shown: [(panel: "take-job", at: 3)])"#;
    let log: Session = ron::from_str(old).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(log.polls["take-job"].tally(3), [4, 1, 0]);
    let again: Session =
        ron::from_str(&ron::to_string(&log).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again, log);
}

#[test]
fn the_console_takes_the_theme_and_no_color() {
    use invisibles::ui::theme::ThemeKind;
    use ratatui::style::Color;
    let draw = |theme| {
        let c = Console::new(common::sample(), Lang::En, None).with_theme(theme);
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
    let mut c = Console::new(doc, Lang::En, None);
    invisibles::app::console_update(
        &mut c,
        invisibles::app::ConsoleMsg::Link {
            connected: true,
            refusal: None,
        },
    );
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
fn the_handout_keeps_passages_apart_escapes_markup_and_lists_skipped_panels() {
    let mut s = workshop();
    let mut log = Session::new("handout", 0);
    for keys in ["<right> <right> <right> <right>", "n s"] {
        for effect in press(&mut s, keys) {
            log.apply(&effect, &s, 1);
        }
    }
    let md = export::markdown(&s.doc().clone(), Lang::En, Some(&log));
    // The intro and three passages: four paragraphs of one quote.
    let quote: Vec<&str> = md.lines().filter(|l| l.starts_with('>')).collect();
    assert_eq!(quote.iter().filter(|l| **l == ">").count(), 3, "{md}");
    assert!(
        md.contains("## Skipped by the room (content notice)"),
        "{md}"
    );
    assert!(md.contains("- Describe, don't show"), "{md}");
    // Content is text, never markup, in either format.
    let doc = invisibles::content::load::load(&invisibles::content::load::Origin::Dir(
        common::fixture("markup"),
    ))
    .unwrap_or_else(|p| panic!("{p:?}"));
    let md = export::markdown(&doc, Lang::En, None);
    for raw in [
        "<b>", "**bold**", "<script>", "[link](", "`code`", "\n# Not",
    ] {
        assert!(!md.contains(raw), "{raw} left as markup:\n{md}");
    }
    assert!(
        md.contains("\\*\\*bold\\*\\*") && md.contains("\\[link\\]"),
        "{md}"
    );
    let html = export::html(&doc, Lang::En, None);
    assert!(
        !html.contains("<script") && !html.contains("<b>bold"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;") && html.contains("Tags &lt;b&gt;bold"),
        "{html}"
    );
}

#[test]
fn the_consoles_help_lists_every_console_key_from_the_keymap() {
    use invisibles::input::Key;
    let mut c = Console::new(common::sample(), Lang::En, None);
    invisibles::app::console_update(
        &mut c,
        invisibles::app::ConsoleMsg::Link {
            connected: true,
            refusal: None,
        },
    );
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
        |l: &str| l.trim_matches(|ch: char| ch == '│' || ch == ' ') == "→ Space Enter l PgDn";
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
    assert!(shown.contains("→ Espace Entrée l PgSuiv"), "{shown}");
}

#[test]
fn the_projector_view_shows_the_room_no_keys_inside_panels() {
    for id in ["take-job", "rider-voice", "debate-icons"] {
        let mut s = workshop();
        press(&mut s, &format!("P @{id}"));
        let shown = screen(&s, 120, 40);
        for hint in [
            "→ answer",
            "→ next passage",
            "→ reveal the next answer",
            "→ go on",
        ] {
            assert!(!shown.contains(hint), "{id}: {hint}\n{shown}");
        }
    }
    // Nor on a content notice: the console views or skips it.
    let mut s = workshop();
    press(&mut s, "P n n");
    let shown = screen(&s, 120, 40);
    assert!(shown.contains("Content notice"), "{shown}");
    assert!(
        !shown.contains("→  view") && !shown.contains("s  skip"),
        "{shown}"
    );
}

#[test]
fn the_console_at_80x24_keeps_its_timer_and_scrolls_its_help() {
    use invisibles::input::Key;
    let mut c = Console::new(common::sample(), Lang::En, None);
    invisibles::app::console_update(
        &mut c,
        invisibles::app::ConsoleMsg::Link {
            connected: true,
            refusal: None,
        },
    );
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
