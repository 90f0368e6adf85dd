//! Every screen, panel kind and overlay at 80x24 and 160x48, the French ones,
//! and how a screen lays out when small, narrow, resized or given a long notice.

use super::*;

/// The screens worth a snapshot: the panel each is on (`@id`) and the keys pressed there.
const SCREENS: &[(&str, &str)] = &[
    ("title", ""),
    ("narration", "@rider-intro"),
    ("testimony_first_passage", "@rider-voice"),
    ("testimony_all_passages", "@rider-voice <right> <right>"),
    ("statistic_exact", "@rider-weekly-pay"),
    ("statistic_range", "@rider-weekly-hours"),
    ("statistic_derived_bars", "@rider-hourly-pay"),
    ("statistic_gauge", "@share"),
    ("chapter_notice", "@hard-text"),
    ("after_notice", "@hard-text <enter>"),
    ("debate_fresh", "@debate-icons"),
    (
        "debate_answers",
        "@debate-icons <right> <right> <down> <right>",
    ),
    ("contents", "@rider-intro t"),
    ("help", "@rider-intro ?"),
    ("end", "@choices-recap <right>"),
    ("choice_options", "@take-job <down>"),
    ("choice_answered", "@take-job <enter>"),
    ("conditional_panel", "@take-job <enter> <right>"),
    ("choice_guess", "@guess-pay <up> <up>"),
    ("guess_answered", "@guess-pay <up> <up> <enter>"),
    (
        "recap",
        "@take-job <down> <enter> @guess-pay <up> <up> <enter> <right>",
    ),
    ("bookmarks", "@rider-intro b @debate-icons b B"),
    ("bookmarks_empty", "B"),
];
#[test]
fn every_screen_at_80x24_and_160x48() {
    for (name, keys) in SCREENS {
        let mut s = state(Lang::En);
        press(&mut s, keys);
        for (w, h) in [(80, 24), (160, 48)] {
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&s, w, h));
        }
    }
}
#[test]
fn french_screens() {
    for (name, keys) in [
        ("title", ""),
        ("testimony", "@rider-voice <right>"),
        ("derived", "@rider-hourly-pay"),
        ("notice", "@hard-text"),
        ("debate", "@debate-icons <right>"),
        ("help", "?"),
    ] {
        let mut s = state(Lang::Fr);
        press(&mut s, keys);
        insta::assert_snapshot!(format!("fr_{name}_80x24"), screen(&s, 80, 24));
    }
    // Every screen kind names its keys in French (the help also scrolled to its end).
    let help_end = format!("?{}", " j".repeat(80));
    for (name, keys) in COMMON_SCREENS
        .iter()
        .chain(&[("help_end", help_end.as_str())])
    {
        let mut s = state(Lang::Fr);
        press(&mut s, keys);
        let shown = screen(&s, 80, 24);
        assert_eq!(common::english_key_in(&shown), None, "{name}:\n{shown}");
        assert!(
            *name != "help_end" || shown.contains("revenir plus haut"),
            "{shown}"
        );
    }
}
#[test]
fn too_small_says_so() {
    let s = state(Lang::En);
    let shown = screen(&s, 59, 20);
    assert!(
        shown.contains("Terminal too small: 59x20 (min. 60x20)"),
        "{shown}"
    );
    let shown = screen(&s, 60, 19);
    assert!(shown.contains("60x19"), "{shown}");
    insta::assert_snapshot!("too_small_40x10", screen(&s, 40, 10));
}
#[test]
fn portrait_shows_only_when_wide() {
    let mut s = state(Lang::En);
    press(&mut s, "@rider-voice");
    // The rider's delivery bag, the portrait's top row.
    let bag = "▐█████▌      ▗▄▖";
    assert!(screen(&s, 160, 48).contains(bag));
    assert!(!screen(&s, 80, 24).contains(bag));
}
#[test]
fn resize_relays_out_at_once() {
    let mut s = state(Lang::En);
    press(&mut s, "@rider-intro");
    // The same state draws cleanly at every size in turn, from nothing up.
    for (w, h) in [
        (0, 0),
        (1, 1),
        (20, 5),
        (59, 19),
        (60, 20),
        (80, 24),
        (200, 60),
        (60, 20),
    ] {
        let shown = screen(&s, w, h);
        if w >= 60 && h >= 20 {
            assert!(shown.contains("Behind the icon"), "{w}x{h}:\n{shown}");
        }
    }
}
#[test]
fn a_long_notice_wraps_instead_of_being_cut() {
    let said = "Your journey file could not be read; it was moved to \
        /home/someone/.local/state/invisibles/journey.ron.unreadable-2026-12-01 \
        and a new journey starts here. Saving is off until the folder can be written.";
    for lang in [Lang::En, Lang::Fr] {
        let mut s = state(lang);
        press(&mut s, "@rider-intro");
        invisibles::app::update(&mut s, invisibles::app::Msg::Notice(said.to_owned()));
        for (w, h) in [(60, 20), (80, 24), (200, 60)] {
            let shown = screen(&s, w, h);
            // Long words (a path) break across lines: compare without spaces.
            let squeeze = |t: &str| t.split_whitespace().collect::<String>();
            assert!(
                squeeze(&shown).contains(&squeeze(said)),
                "{w}x{h}:\n{shown}"
            );
            // The panel is still there above it, and the key hints below.
            assert!(shown.contains("Behind the icon") || shown.contains("Derrière l'icône"));
            assert!(
                shown.lines().nth_back(0).unwrap_or("").contains('→'),
                "{shown}"
            );
        }
        let terminal = render(&s, 80, 24);
        let buf = terminal.backend().buffer();
        let theme = invisibles::ui::theme::Theme::of_view(s.view());
        // Every line of the notice is in the notice's style.
        let rows: Vec<u16> = (0..24)
            .filter(|&y| (0..80).any(|x| buf[(x, y)].symbol() == "/"))
            .collect();
        assert!(!rows.is_empty());
        for y in rows {
            assert_eq!(
                buf[(1, y)].fg,
                theme.notice.fg.unwrap_or_default(),
                "row {y}"
            );
        }
        if lang == Lang::En {
            insta::assert_snapshot!("long_notice_80x24", screen(&s, 80, 24));
        }
    }
}
