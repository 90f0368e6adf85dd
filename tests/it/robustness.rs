//! Robustness (issue 5): drawing never panics at any size, random key
//! sequences keep every invariant, and hostile content (control characters,
//! very long words, wide CJK, emoji, right-to-left text) stays in its place.

use crate::common;

use std::sync::{Arc, OnceLock};

use common::{fixture, press, sample};
use invisibles::app::{Action, Msg, Overlay, Screen, Setup, State, update};
use invisibles::content::load::{Origin, load};
use invisibles::content::{Documentary, Lang, Panel};
use invisibles::input::{Key, KeyCode};
use invisibles::keymap;
use invisibles::ui;
use invisibles::ui::theme::ThemeKind;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

// ---------------------------------------------------------------- documents

fn sample_doc() -> Arc<Documentary> {
    static DOC: OnceLock<Arc<Documentary>> = OnceLock::new();
    DOC.get_or_init(sample).clone()
}

fn hostile_doc() -> Arc<Documentary> {
    static DOC: OnceLock<Arc<Documentary>> = OnceLock::new();
    DOC.get_or_init(|| match load(&Origin::Dir(fixture("hostile"))) {
        Ok(doc) => Arc::new(doc),
        Err(problems) => panic!("hostile fixture does not load: {problems:#?}"),
    })
    .clone()
}

fn embedded_doc() -> Arc<Documentary> {
    static DOC: OnceLock<Arc<Documentary>> = OnceLock::new();
    DOC.get_or_init(|| match load(&Origin::Embedded) {
        Ok(doc) => Arc::new(doc),
        Err(problems) => panic!("the documentary does not load: {problems:#?}"),
    })
    .clone()
}

// ---------------------------------------------------------------- drawing

/// A tiny fixed-seed PRNG (xorshift64*), so the random sizes are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u16) -> u16 {
        (self.next() % u64::from(n)) as u16
    }
}

/// Renders `state` into a fresh buffer at `area` (which may be offset inside it).
fn draw(state: &State, area: Rect) -> (Buffer, ui::FrameInfo) {
    let full = Rect::new(0, 0, area.right(), area.bottom());
    let mut buf = Buffer::empty(full);
    let info = ui::render(state.view(), area, &mut buf);
    (buf, info)
}

/// A control character in a cell would be sent to the terminal as a command.
fn is_terminal_control(c: char) -> bool {
    let c = u32::from(c);
    c < 0x20 || c == 0x7f || (0x80..=0x9f).contains(&c)
}

fn assert_no_control(buf: &Buffer, what: &str) {
    let width = usize::from(buf.area.width.max(1));
    for (i, cell) in buf.content().iter().enumerate() {
        let sym = cell.symbol();
        if sym.chars().any(is_terminal_control) {
            let (x, y) = (
                buf.area.x as usize + i % width,
                buf.area.y as usize + i / width,
            );
            panic!("{what}: control character {sym:?} in the cell at {x},{y}");
        }
    }
}

/// Each sample screen, as reached by keys.
fn sample_states() -> Vec<(String, State)> {
    common::SCREENS
        .iter()
        .map(|(name, keys)| {
            let mut s = State::new(sample_doc(), Lang::En);
            press(&mut s, keys);
            (name.to_string(), s)
        })
        .collect()
}

/// Draws every state at every size, naming the state and size that panics.
fn draw_all(states: &[(String, State)], sizes: &[Rect]) {
    for (name, s) in states {
        for &area in sizes {
            let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| draw(s, area)));
            match drawn {
                Ok((buf, _)) => assert_no_control(&buf, name),
                Err(_) => panic!("drawing `{name}` panicked at {area:?}"),
            }
        }
    }
}

#[test]
fn every_screen_at_every_size_up_to_90x30() {
    let sizes: Vec<Rect> = (0..=90)
        .flat_map(|w| (0..=30).map(move |h| Rect::new(0, 0, w, h)))
        .collect();
    draw_all(&sample_states(), &sizes);
}

#[test]
fn every_screen_at_500_random_sizes_up_to_300x100() {
    let mut rng = Rng(0x5EED_1234_ABCD_0042);
    let sizes: Vec<Rect> = (0..500)
        .map(|_| {
            let (w, h) = (rng.below(301), rng.below(101));
            // One in four is drawn at an offset inside a larger buffer.
            let (x, y) = if rng.below(4) == 0 {
                (rng.below(5), rng.below(5))
            } else {
                (0, 0)
            };
            Rect::new(x, y, w, h)
        })
        .collect();
    draw_all(&sample_states(), &sizes);
}

#[test]
fn scrolled_french_and_monochrome_screens_near_the_minimum_size() {
    let mut states = Vec::new();
    for (name, s) in sample_states() {
        // Scrolled to the far end: the views clamp it.
        // Scrolled far past the end, through `update` (the help overlay too).
        let mut scrolled = s.clone();
        let down = match scrolled.viewer().overlay() {
            Some(Overlay::Help { .. }) => Action::Down,
            _ => Action::ScrollDown,
        };
        for _ in 0..400 {
            update(&mut scrolled, down);
        }
        let mut french = s;
        let setup = Setup {
            theme: ThemeKind::Mono,
            present: french.viewer().present(),
            workshop: french.room().workshop(),
            lang: Some(Lang::Fr),
        };
        update(&mut french, Msg::Setup(setup));
        states.push((format!("{name} (scrolled)"), scrolled));
        states.push((format!("{name} (fr, mono)"), french));
    }
    let mut sizes: Vec<Rect> = Vec::new();
    for w in 58..=90 {
        sizes.extend([Rect::new(0, 0, w, 20), Rect::new(0, 0, w, 30)]);
    }
    for h in 18..=30 {
        sizes.extend([Rect::new(0, 0, 60, h), Rect::new(0, 0, 90, h)]);
    }
    draw_all(&states, &sizes);
}

// ---------------------------------------------------------------- key sequences

/// Every key of the keymap, plus keys it does not bind.
fn all_keys() -> Vec<Key> {
    let mut keys: Vec<Key> = Vec::new();
    for binding in keymap::all() {
        for k in binding.keys {
            if !keys.contains(k) {
                keys.push(*k);
            }
        }
    }
    keys.extend([
        Key::char('x'),
        Key::char('é'),
        Key::ctrl('a'),
        Key::new(KeyCode::F(5)),
        Key::new(KeyCode::Home),
        Key {
            alt: true,
            ..Key::new(KeyCode::Right)
        },
    ]);
    keys
}

/// What the event loop can feed the state: a key, or the scroll limit a frame
/// reports after drawing (at any size, so any limit).
#[derive(Debug, Clone)]
enum Step {
    Key(Key),
    Limit(u16),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        8 => proptest::sample::select(all_keys()).prop_map(Step::Key),
        1 => (0u16..60).prop_map(Step::Limit),
    ]
}

/// Draws a frame as the event loop does and feeds its scroll limit back.
fn frame(s: &mut State, w: u16, h: u16) {
    let (buf, info) = draw(s, Rect::new(0, 0, w, h));
    assert_no_control(&buf, "frame");
    update(s, Action::ScrollLimit(info.max_scroll));
}

fn invariants(s: &State) {
    let n = s.doc().timeline.len();
    assert!(s.room().fits(n));
    assert_eq!(s.viewer().seen_len(), n);
    match s.room().screen() {
        Screen::Panel(i) => {
            assert!(i < n, "panel {i} out of {n}");
            assert!(
                invisibles::app::visible(s, i),
                "a hidden panel is on screen"
            );
            let p = &s.room().progress(i);
            match s.doc().panel(s.doc().timeline[i]) {
                Panel::Testimony(t) => assert!(p.revealed <= t.passages.len()),
                Panel::Debate(d) => {
                    assert!(p.selected < d.questions.len());
                    for (q, question) in d.questions.iter().enumerate() {
                        assert!(p.answers_shown(q) <= question.answers.len());
                    }
                }
                Panel::Choice(ch) => {
                    if let invisibles::content::model::Ask::Options(opts) = &ch.ask {
                        assert!(p.selected < opts.len());
                    }
                }
                _ => {}
            }
            if s.room().gate().is_none() {
                assert!(s.viewer().seen(i), "a panel on screen counts as seen");
            }
        }
        Screen::Title | Screen::End => assert_eq!(s.room().gate(), None),
    }
    match s.viewer().overlay() {
        Some(Overlay::Contents { selected }) => assert!(selected < s.toc_rows().len()),
        Some(Overlay::Bookmarks { selected }) => {
            assert!(selected < s.viewer().bookmarks().len().max(1))
        }
        Some(Overlay::Search {
            ref query,
            selected,
        }) => {
            let found = invisibles::app::search::matches(s.doc(), s.viewer().lang(), query);
            assert!(selected < found.len().max(1));
            assert!(query.chars().count() <= 40);
        }
        Some(Overlay::Help { .. }) | None => {}
    }
    assert!(s.viewer().typed().chars().count() <= 12);
    assert!(s.viewer().bookmarks().iter().all(|&b| b < n));
    let mut sorted = s.viewer().bookmarks().to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(
        sorted.len(),
        s.viewer().bookmarks().len(),
        "a panel bookmarked twice"
    );
    for &i in s.viewer().answers().keys() {
        assert!(i < n);
        assert!(matches!(
            s.doc().panel(s.doc().timeline[i]),
            Panel::Choice(_)
        ));
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 10_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// 10,000 random sequences of about 20 keys (and resizes) on the sample,
    /// the hostile fixture and the shipped documentary.
    #[test]
    fn random_keys_keep_every_invariant(
        which in 0u8..3,
        french in any::<bool>(),
        steps in proptest::collection::vec(step(), 1..=24),
    ) {
        let doc = match which {
            0 => sample_doc(),
            1 => hostile_doc(),
            _ => embedded_doc(),
        };
        let mut s = State::new(doc, if french { Lang::Fr } else { Lang::En });
        for st in steps {
            match st {
                Step::Key(key) => {
                    if let Some(action) = invisibles::app::action_for(&s, key) {
                        update(&mut s, action);
                    }
                }
                Step::Limit(max) => {
                    update(&mut s, Action::ScrollLimit(max));
                }
            }
            invariants(&s);
        }
        frame(&mut s, 80, 24);
        invariants(&s);
    }
}

// ---------------------------------------------------------------- hostile content

/// The screen as a terminal shows it: the cells a wide character covers are skipped.
fn shown(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in buf.area.top()..buf.area.bottom() {
        let mut line = String::new();
        let mut skip = 0usize;
        for x in buf.area.left()..buf.area.right() {
            let sym = buf[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            line.push_str(sym);
            skip = sym.width().saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Presses → until panel `id` is on screen (perhaps behind its notice, past
/// its episode's title card).
fn goto(s: &mut State, id: &str) {
    for _ in 0..200 {
        let card = s.room().gate() == Some(invisibles::app::Gate::Episode);
        if !card && s.slot().is_some_and(|slot| s.doc().panel(slot).id() == id) {
            return;
        }
        press(s, "<right>");
    }
    panic!("never reached panel `{id}`");
}

/// Hostile screens: (name, panel to go to, then keys).
const HOSTILE_SCREENS: &[(&str, Option<&str>, &str)] = &[
    ("title", None, ""),
    ("episode_card", None, "<right>"),
    ("chapter_notice", Some("narration"), ""),
    ("narration", Some("narration"), "<enter>"),
    ("panel_notice", Some("testimony"), ""),
    ("testimony", Some("testimony"), "<enter> <right> <right>"),
    ("statistic_exact", Some("exact"), ""),
    ("statistic_range", Some("range"), ""),
    ("statistic_derived_bars", Some("derived"), ""),
    ("statistic_huge", Some("huge"), ""),
    ("statistic_gauge", Some("gauge"), ""),
    ("debate", Some("debate"), "<right> <right> <right>"),
    ("choice_options", Some("choice"), "<down>"),
    ("choice_answered", Some("choice"), "<down> <right>"),
    ("choice_guess", Some("guess"), "<up> <up>"),
    ("recap", Some("recap"), ""),
    ("contents", Some("recap"), "t"),
    ("bookmarks", Some("debate"), "b B"),
    ("end", Some("recap"), "<right>"),
];

fn hostile_state(target: Option<&str>, keys: &str) -> State {
    let mut s = State::new(hostile_doc(), Lang::En);
    if let Some(id) = target {
        goto(&mut s, id);
    }
    press(&mut s, keys);
    s
}

#[test]
fn hostile_content_keeps_its_place() {
    for (name, target, keys) in HOSTILE_SCREENS {
        let s = hostile_state(*target, keys);
        for (w, h) in [(60, 20), (80, 24), (120, 40)] {
            let (buf, _) = draw(&s, Rect::new(0, 0, w, h));
            assert_no_control(&buf, name);
            insta::assert_snapshot!(format!("hostile_{name}_{w}x{h}"), shown(&buf));
        }
    }
}

#[test]
fn hostile_content_never_panics_at_any_size() {
    let mut rng = Rng(0x0BAD_C0DE_0000_0005);
    // The edges of the minimum size, then random sizes.
    let mut sizes: Vec<(u16, u16)> = vec![(0, 0), (1, 1), (59, 20), (60, 19), (60, 20), (61, 21)];
    sizes.extend((0..60).map(|_| (rng.below(301), rng.below(101))));
    for (name, target, keys) in HOSTILE_SCREENS {
        let mut s = hostile_state(*target, keys);
        for &(w, h) in &sizes {
            let (buf, info) = draw(&s, Rect::new(0, 0, w, h));
            assert_no_control(&buf, name);
            update(&mut s, Action::ScrollLimit(info.max_scroll));
        }
    }
}
