//! Drawing never panics and never shows a control character, at every size
//! up to 90x30, at random sizes, in French and monochrome, scrolled.

use super::*;

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
            depth: invisibles::app::Depth::Indexed,
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
