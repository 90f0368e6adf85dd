//! The runtime as a whole: a player with its host, driven by inputs with a
//! controlled clock, drawing into a `TestBackend`, as a front end would.

use crate::common;

use std::path::PathBuf;
use std::time::Duration;

use invisibles::app::{Effect, State, Via};
use invisibles::console::{Console, render as console_render};
use invisibles::content::Lang;
use invisibles::input::Key;
use invisibles::runtime::host::Log;
use invisibles::runtime::{Flow, Host, Input, Player, Program, Remote, Screening};
use invisibles::store::session_log::Session;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// A Unix time in milliseconds where the tests' clocks start.
const T0: u64 = 1_700_000_000_000;

fn player() -> Player {
    Player::new(State::new(common::sample(), Lang::En), T0 / 1000, T0)
}

fn here(p: &Player) -> Option<&str> {
    common::here(p.state())
}

fn keys(program: &mut impl Program, names: &str, now: u64) -> Vec<Flow> {
    names
        .split_whitespace()
        .map(|n| program.input(Input::Key(common::key(n)), now))
        .collect()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("invisibles-runtime-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir
}

fn text(terminal: &Terminal<TestBackend>) -> String {
    common::buffer_text(terminal.backend().buffer())
}

#[test]
fn autoplay_advances_on_ticks_and_loops() {
    let mut p = player().with_autoplay(Some(Duration::from_secs(2)), T0);
    assert_eq!(p.handle(Input::Tick, T0 + 1_999), vec![]);
    assert_eq!(p.state().room().screen(), invisibles::app::Screen::Title);
    p.handle(Input::Tick, T0 + 2_000);
    assert_eq!(
        p.state().room().gate(),
        Some(invisibles::app::Gate::Episode)
    );
    let effects = p.handle(Input::Tick, T0 + 60_000);
    assert_eq!(here(&p), Some("rider-intro"));
    assert!(effects.contains(&Effect::Shown {
        panel: 0,
        via: Via::Step
    }));
    // Walk on until it comes back to the title.
    let mut now = T0 + 60_000;
    let mut reached_end = false;
    for _ in 0..200 {
        now += 2_000;
        p.handle(Input::Tick, now);
        reached_end |= p.state().room().screen() == invisibles::app::Screen::End;
        if p.state().room().screen() == invisibles::app::Screen::Title {
            break;
        }
    }
    assert!(reached_end, "autoplay reaches the end");
    assert_eq!(
        p.state().room().screen(),
        invisibles::app::Screen::Title,
        "then loops"
    );
    assert!(p.status().autoplay, "consoles are told it plays on its own");
}

#[test]
fn a_key_pauses_autoplay_for_two_idle_minutes() {
    let mut p = player().with_autoplay(Some(Duration::from_secs(2)), T0);
    p.handle(Input::Key(Key::char('t')), T0 + 1_000);
    p.handle(Input::Key(Key::char('t')), T0 + 1_100);
    p.handle(Input::Tick, T0 + 60_000);
    assert_eq!(p.state().room().screen(), invisibles::app::Screen::Title);
    p.handle(Input::Tick, T0 + 1_100 + 120_000);
    assert_eq!(here(&p), Some("rider-intro"));
}

#[test]
fn a_console_jump_is_logged_as_a_jump() {
    let dir = temp_dir("jump");
    let path = dir.join("s.ron");
    let (store, _, _) = invisibles::store::Store::open(path.clone(), Default::default());
    let host = Host {
        log: Some(Log {
            session: Session::new("s", T0 / 1000),
            store,
        }),
        ..Host::default()
    };
    let mut screen = Screening::new(player(), host);
    keys(&mut screen, "<right> <right>", T0);
    screen.input(Input::Remote(Remote::Jump("guess-pay".into())), T0 + 5_000);
    assert_eq!(here(&screen.player), Some("guess-pay"));
    let log = &screen.host.log.as_ref().map(|l| l.session.clone());
    let shown: Vec<_> = log
        .iter()
        .flat_map(|s| s.shown.iter())
        .map(|s| (s.panel.as_str(), s.at, s.via))
        .collect();
    assert_eq!(
        shown,
        [("rider-intro", 0, Via::Step), ("guess-pay", 5, Via::Jump)]
    );
    screen.host.flush();
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(saved.contains("Jump"), "the file says so too:\n{saved}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_console_cannot_quit_or_suspend_the_screen() {
    use invisibles::app::Action;
    for action in [
        Action::Quit,
        Action::ForceQuit,
        Action::Suspend,
        Action::Help,
    ] {
        assert_eq!(Remote::from_action(action), None, "{action:?}");
    }
    let mut screen = Screening::new(player(), Host::default());
    for remote in [Remote::Next, Remote::Blank, Remote::Blank, Remote::Back] {
        assert_eq!(screen.input(Input::Remote(remote), T0), Flow::Go);
    }
}

#[test]
fn the_next_panel_honours_conditions() {
    for (keys_to_answer, next) in [("<enter>", "said-yes"), ("<down> <enter>", "guess-pay")] {
        let mut screen = Screening::new(player(), Host::default());
        screen.input(Input::Remote(Remote::Jump("take-job".into())), T0);
        keys(&mut screen, "<right>", T0);
        keys(&mut screen, keys_to_answer, T0);
        assert_eq!(
            screen.player.status().next.as_deref(),
            Some(next),
            "after {keys_to_answer}"
        );
    }
}

#[test]
fn the_timer_runs_from_the_console_and_warns() {
    let mut p = player();
    p.handle(Input::Remote(Remote::Timer(Some(10))), T0);
    let status = p.status();
    assert_eq!(status.timer_end, Some(T0 / 1000 + 600));
    // An absurd duration is clamped, not trusted.
    p.handle(Input::Remote(Remote::Timer(Some(u32::MAX))), T0);
    assert_eq!(p.timer().map(|t| t.minutes), Some(12 * 60));
    p.handle(Input::Remote(Remote::Timer(Some(10))), T0);
    let mut c = Console::new(common::sample(), Lang::En, None);
    let link = invisibles::app::ConsoleMsg::Link {
        connected: true,
        refusal: None,
    };
    invisibles::app::console_update(&mut c, link);
    let status = invisibles::app::ConsoleMsg::Status(Some(Box::new(p.status())));
    invisibles::app::console_update(&mut c, status);
    let area = Rect::new(0, 0, 100, 30);
    let mut buf = Buffer::empty(area);
    console_render(&c, T0 / 1000 + 600 - 90, area, &mut buf);
    let shown: String = buf.content().iter().map(|c| c.symbol()).collect();
    assert!(shown.contains("01:30 left"), "{shown}");
    assert!(shown.contains("invite the quiet voices"), "{shown}");
    p.handle(Input::Remote(Remote::Timer(None)), T0);
    assert_eq!(p.status().timer_end, None);
}

#[test]
fn the_player_draws_into_any_backend_and_redraws_only_on_change() {
    let mut p = player();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("{e}"));
    assert!(p.dirty());
    p.draw(&mut terminal).unwrap_or_else(|e| panic!("{e}"));
    assert!(!p.dirty());
    p.handle(Input::Tick, T0 + 100);
    assert!(!p.dirty(), "a tick that changes nothing draws nothing");
    p.handle(Input::Key(common::key("<right>")), T0 + 200);
    assert!(p.dirty());
    p.draw(&mut terminal).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text(&terminal).contains("A rider, his hours and his pay."),
        "the title card"
    );
    p.handle(Input::Key(common::key("<right>")), T0 + 250);
    p.draw(&mut terminal).unwrap_or_else(|e| panic!("{e}"));
    assert!(text(&terminal).contains("Behind the icon"));
    p.handle(Input::Key(common::key("q")), T0 + 300);
}

#[test]
fn quit_and_suspend_come_back_as_flows() {
    let mut screen = Screening::new(player(), Host::default());
    assert_eq!(keys(&mut screen, "<c-z>", T0), [Flow::Suspend]);
    assert_eq!(
        keys(&mut screen, "? q q", T0),
        [Flow::Go, Flow::Go, Flow::Quit]
    );
}

/// Draws a view at a size and returns its text.
fn draw_view(terminal: &mut Terminal<TestBackend>, view: invisibles::app::View<'_>) -> String {
    terminal
        .draw(|f| {
            invisibles::ui::render(view, f.area(), f.buffer_mut());
        })
        .unwrap_or_else(|e| panic!("{e}"));
    text(terminal)
}

#[test]
fn two_viewers_follow_one_screening_each_their_own_way() {
    use invisibles::runtime::Follower;
    let mut screen = Screening::new(player(), Host::default());
    let mut ana = Follower::new(common::sample(), Lang::En);
    let mut ben = Follower::new(common::sample(), Lang::En);
    let mut small = Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("{e}"));
    let mut large = Terminal::new(TestBackend::new(200, 60)).unwrap_or_else(|e| panic!("{e}"));

    // The facilitator moves on: both followers see the panel, and count it as seen.
    screen.player.handle(Input::Key(common::key("<right>")), T0);
    let effects = screen.player.handle(Input::Key(common::key("<right>")), T0);
    ana.witness(&effects);
    ben.witness(&effects);
    let live = &screen.player.state().room();
    assert!(draw_view(&mut small, ana.view(live)).contains("Behind the icon"));
    assert!(draw_view(&mut large, ben.view(live)).contains("Behind the icon"));

    // Ana reads in French; Ben and the screen stay in English.
    ana.handle(live, Key::char('L'));
    assert!(draw_view(&mut small, ana.view(live)).contains("Derrière l'icône"));
    assert!(draw_view(&mut large, ben.view(live)).contains("Behind the icon"));
    assert_eq!(screen.player.state().viewer().lang(), Lang::En);

    // Ben browses back to the title: the room does not move with him.
    ben.handle(live, common::key("<left>"));
    assert!(ben.browsing());
    assert_eq!(here(&screen.player), Some("rider-intro"));
    // A follower's vote or black screen never reaches the room.
    ana.handle(live, Key::char('.'));
    assert!(!screen.player.state().room().blank());

    // The facilitator moves on; Ana follows, Ben is still away until he rejoins.
    let effects = screen.player.handle(Input::Key(common::key("<right>")), T0);
    ana.witness(&effects);
    ben.witness(&effects);
    let live = &screen.player.state().room();
    assert!(draw_view(&mut small, ana.view(live)).contains("Bilel"));
    assert!(!draw_view(&mut large, ben.view(live)).contains("Bilel"));
    ben.rejoin();
    assert!(draw_view(&mut large, ben.view(live)).contains("Bilel"));
}

/// Copies the sample documentary into a scratch folder an author can edit.
fn editable_sample(name: &str) -> PathBuf {
    common::sample_copy(&temp_dir(name))
}

#[test]
fn watch_reloads_on_the_same_panel_and_shows_what_broke_until_fixed() {
    use invisibles::content::load::{Origin, load};
    use invisibles::runtime::Watch;
    let dir = editable_sample("watch");
    let doc =
        std::sync::Arc::new(load(&Origin::Dir(dir.clone())).unwrap_or_else(|p| panic!("{p:?}")));
    let player = Player::new(State::new(doc, Lang::En), T0 / 1000, T0);
    let mut screen = Screening::new(player, Host::default()).watching(Watch::new(dir.clone(), T0));
    screen.input(Input::Remote(Remote::Jump("rider-weekly-hours".into())), T0);
    let ep = dir.join("01-sample.ron");
    let text = std::fs::read_to_string(&ep).unwrap_or_default();
    // An edit: the next look (half a second on) plays it, on the same panel.
    std::fs::write(
        &ep,
        text.replace("Behind the icon", "Behind the little icon"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    screen.poll(T0 + 600);
    assert_eq!(here(&screen.player), Some("rider-weekly-hours"));
    screen.input(Input::Remote(Remote::Jump("rider-intro".into())), T0 + 700);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("{e}"));
    screen
        .draw(&mut terminal, T0 + 700)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(text_of(&terminal).contains("Behind the little icon"));
    // An edit that breaks it: the problem shows, the screen keeps playing.
    std::fs::write(&ep, text.replace("heading: (fr:", "heading: (fr"))
        .unwrap_or_else(|e| panic!("{e}"));
    screen.poll(T0 + 1_300);
    let problem = invisibles::content::diagnostic::report(
        screen
            .player
            .state()
            .viewer()
            .problems()
            .unwrap_or_default(),
    );
    assert!(problem.contains("01-sample.ron:"), "{problem}");
    screen
        .draw(&mut terminal, T0 + 1_300)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(text_of(&terminal).contains("The episodes no longer load"));
    assert_eq!(here(&screen.player), Some("rider-intro"));
    // Fixed: the report goes, the edit is played.
    std::fs::write(&ep, &text).unwrap_or_else(|e| panic!("{e}"));
    screen.poll(T0 + 1_900);
    assert_eq!(screen.player.state().viewer().problems(), None);
    screen
        .draw(&mut terminal, T0 + 1_900)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(text_of(&terminal).contains("Behind the icon"));
    let _ = std::fs::remove_dir_all(dir);
}

fn text_of(terminal: &Terminal<TestBackend>) -> String {
    text(terminal)
}

#[test]
fn a_screen_started_while_the_last_one_leaves_serves_the_link_once_it_is_free() {
    use invisibles::link::Server;
    let dir = temp_dir("relink");
    let path = dir.join("state").join("console-demo.sock");
    let old: Server = Server::bind(&path).unwrap_or_else(|e| panic!("{e}"));
    let host = Host {
        link_wanted: Some(path.clone()),
        ..Host::default()
    };
    let mut screen = Screening::new(player(), host);
    screen.poll(T0);
    assert!(screen.host.link.is_none(), "the old screen still serves");
    drop(old);
    screen.poll(T0 + 1_000);
    assert!(
        screen.host.link.is_none(),
        "tried again only every two seconds"
    );
    screen.poll(T0 + 2_100);
    assert!(screen.host.link.is_some(), "served once free");
    assert!(
        screen
            .player
            .state()
            .notice()
            .is_some_and(|n| n.contains("console link is ready")),
        "and said so"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_autoplay_mark_shows_only_while_it_plays() {
    let mut p = player().with_autoplay(Some(Duration::from_secs(2)), T0);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap_or_else(|e| panic!("{e}"));
    p.handle(Input::Tick, T0 + 2_000);
    p.draw(&mut terminal).unwrap_or_else(|e| panic!("{e}"));
    assert!(text(&terminal).contains("autoplay"), "{}", text(&terminal));
    p.handle(Input::Key(common::key("k")), T0 + 2_500);
    p.draw(&mut terminal).unwrap_or_else(|e| panic!("{e}"));
    assert!(!text(&terminal).contains("autoplay"), "paused by a visitor");
    p.handle(Input::Tick, T0 + 2_500 + 120_000);
    p.draw(&mut terminal).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text(&terminal).contains("autoplay"),
        "back after two idle minutes"
    );
}
