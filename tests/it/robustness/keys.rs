//! Random key sequences through the keymap, with frames of any size between
//! them, keep every invariant of the state.

use super::*;

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
    update(s, Action::ScrollLimit(info.max_scroll, info.page));
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
                    update(&mut s, Action::ScrollLimit(max, 10));
                }
            }
            invariants(&s);
        }
        frame(&mut s, 80, 24);
        invariants(&s);
    }
}
