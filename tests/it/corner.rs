//! The corner of the projected screen: the discussion timer a console shows
//! (and a restarted screen shows again), and autoplay's mark.

use crate::common;

use std::time::Duration;

use invisibles::app::State;
use invisibles::content::Lang;
use invisibles::runtime::host::Log;
use invisibles::runtime::{Host, Input, Player, Program, Remote, Screening};
use invisibles::store::session_log::Session;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const T0: u64 = 1_700_000_000_000;

fn player() -> Player {
    Player::new(State::new(common::sample(), Lang::En), T0 / 1000, T0)
}

/// Draws and returns the screen's lines and the terminal.
fn draw(p: &mut Player, w: u16, h: u16) -> (Vec<String>, Terminal<TestBackend>) {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    p.draw(&mut t).unwrap_or_else(|e| panic!("{e}"));
    let buf = t.backend().buffer().clone();
    let lines = (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect();
    (lines, t)
}

#[test]
fn the_console_shows_the_timer_in_a_corner_and_hides_it() {
    for (present, w, h) in [(false, 80, 24), (false, 200, 60), (true, 120, 36)] {
        let mut p = player();
        if present {
            p.handle(Input::Remote(Remote::TogglePresent), T0);
        }
        p.handle(Input::Remote(Remote::Next), T0);
        p.handle(Input::Remote(Remote::Timer(Some(10))), T0);
        let (lines, _) = draw(&mut p, w, h);
        assert!(!lines.concat().contains('⏱'), "not shown until asked");
        p.handle(Input::Remote(Remote::ShowTimer), T0 + 1_000);
        let (lines, t) = draw(&mut p, w, h);
        // Top right, under the header, inside the margins.
        assert!(
            lines[1].trim_end().ends_with("⏱ 9:59"),
            "{w}x{h}: {:?}",
            lines[1]
        );
        let x = lines[1].chars().position(|c| c == '⏱').unwrap_or(0);
        let x = u16::try_from(x).unwrap_or(0);
        let theme = invisibles::ui::theme::Theme::of_view(p.state().view());
        assert_eq!(
            t.backend().buffer()[(x, 1)].fg,
            theme.accent.fg.unwrap_or_default()
        );
        // The last two minutes warn; then it says time is up.
        p.handle(Input::Tick, T0 + 500_000);
        assert!(p.dirty(), "a shown timer redraws as it counts");
        let (lines, t) = draw(&mut p, w, h);
        assert!(lines[1].contains("⏱ 1:40"), "{:?}", lines[1]);
        assert_eq!(
            t.backend().buffer()[(x, 1)].fg,
            theme.notice.fg.unwrap_or_default()
        );
        p.handle(Input::Tick, T0 + 700_000);
        let (lines, _) = draw(&mut p, w, h);
        assert!(lines[1].contains("⏱ time is up"), "{:?}", lines[1]);
        p.handle(Input::Remote(Remote::ShowTimer), T0 + 700_000);
        let (lines, _) = draw(&mut p, w, h);
        assert!(!lines.concat().contains('⏱'));
    }
}

#[test]
fn the_shown_timer_stays_on_the_black_screen_in_french_too() {
    let mut p = Player::new(State::new(common::sample(), Lang::Fr), T0 / 1000, T0);
    p.handle(Input::Remote(Remote::Timer(Some(5))), T0);
    p.handle(Input::Remote(Remote::ShowTimer), T0);
    p.handle(Input::Remote(Remote::Blank), T0);
    let (lines, t) = draw(&mut p, 120, 36);
    assert!(lines[1].contains("⏱ 5:00"), "{:?}", lines[1]);
    // Nothing else on the black screen.
    assert_eq!(lines.concat().split_whitespace().count(), 2);
    // The screen is black and the timer in the theme's style for it.
    let blackout = invisibles::ui::theme::Theme::of_view(p.state().view()).blackout;
    let buf = t.backend().buffer();
    assert!(buf.content().iter().all(|c| Some(c.bg) == blackout.bg));
    let x = lines[1].chars().position(|c| c == '⏱').unwrap_or(0);
    let timer = &buf[(u16::try_from(x).unwrap_or(0), 1)];
    assert_eq!(Some(timer.fg), blackout.fg);
    assert_ne!(blackout.fg, blackout.bg);
    p.handle(Input::Tick, T0 + 301_000);
    let (lines, _) = draw(&mut p, 120, 36);
    assert!(lines[1].contains("temps écoulé"), "{:?}", lines[1]);
}

#[test]
fn the_timer_survives_a_restart_of_the_screen() {
    let dir = std::env::temp_dir().join(format!("invisibles-corner-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join("s.ron");
    let open = || {
        let (store, previous, _) =
            invisibles::store::Store::<Session>::open(path.clone(), Default::default());
        let session = previous.unwrap_or_else(|| Session::new("s", T0 / 1000));
        Host {
            log: Some(Log { session, store }),
            ..Host::default()
        }
    };
    let mut screen = Screening::new(player(), open());
    screen.input(Input::Remote(Remote::Timer(Some(10))), T0);
    screen.input(Input::Remote(Remote::ShowTimer), T0);
    screen.finish();
    drop(screen);
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(saved.contains("timer"), "{saved}");

    // The screen restarts three minutes later: the same timer, still shown.
    let later = T0 + 180_000;
    let host = open();
    let mut p = Player::new(State::new(common::sample(), Lang::En), T0 / 1000, later);
    p.restore_timer(host.log.as_ref().and_then(|l| l.session.timer), later);
    assert_eq!(p.timer().map(|t| t.end), Some(T0 / 1000 + 600));
    assert!(p.timer_shown());
    let (lines, _) = draw(&mut p, 120, 36);
    assert!(lines[1].contains("⏱ 7:00"), "{:?}", lines[1]);

    // A timer stopped is logged stopped.
    let mut screen = Screening::new(p, host);
    screen.input(Input::Remote(Remote::Timer(None)), later);
    screen.finish();
    assert_eq!(screen.host.log.as_ref().and_then(|l| l.session.timer), None);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn autoplay_shows_a_discreet_mark() {
    let mut p = player().with_autoplay(Some(Duration::from_secs(5)), T0);
    for (w, h) in [(80, 24), (120, 36)] {
        let (lines, t) = draw(&mut p, w, h);
        assert!(
            lines[1].trim_end().ends_with("▶ autoplay"),
            "{:?}",
            lines[1]
        );
        let x = lines[1].chars().position(|c| c == '▶').unwrap_or(0);
        let dim = invisibles::ui::theme::Theme::of_view(p.state().view()).dim;
        let x = u16::try_from(x).unwrap_or(0);
        assert_eq!(t.backend().buffer()[(x, 1)].fg, dim.fg.unwrap_or_default());
    }
    let mut p = player();
    let (lines, _) = draw(&mut p, 80, 24);
    assert!(!lines.concat().contains('▶'));
}

#[test]
fn the_console_key_sends_it() {
    use invisibles::app::Action;
    use invisibles::keymap::{Mode, action_in};
    let action = action_in(Mode::Console, common::key("c"));
    assert_eq!(action, Some(Action::ShowTimer));
    assert_eq!(
        Remote::from_action(Action::ShowTimer),
        Some(Remote::ShowTimer)
    );
    let hints = invisibles::keymap::hints(Mode::Console, Lang::En);
    assert!(hints.iter().any(|(k, _)| k == "c"), "{hints:?}");
}

#[test]
fn an_open_overlay_keeps_the_corner_clear() {
    let mut p = player().with_autoplay(Some(Duration::from_secs(5)), T0);
    p.handle(Input::Remote(Remote::Timer(Some(10))), T0);
    p.handle(Input::Remote(Remote::ShowTimer), T0);
    p.handle(Input::Key(common::key("t")), T0);
    let (lines, _) = draw(&mut p, 80, 24);
    let all = lines.concat();
    assert!(
        !all.contains('⏱') && !all.contains('▶'),
        "{}",
        lines.join("\n")
    );
    p.handle(Input::Key(common::key("<esc>")), T0);
    let (lines, _) = draw(&mut p, 80, 24);
    // The keys paused autoplay: only the timer is left in the corner.
    assert!(lines[1].contains("⏱ 10:00"), "{:?}", lines[1]);
    assert!(!lines[1].contains("▶ autoplay"), "{:?}", lines[1]);
}
