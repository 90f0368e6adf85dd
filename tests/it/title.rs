//! The title screen: the documentary's own name set large, its subtitle
//! and episode list laid out at every size.

use crate::common;

use std::sync::Arc;

use common::screen;
use invisibles::app::State;
use invisibles::content::Lang;
use invisibles::content::load::{Origin, load};

/// The sample, renamed: another documentary.
fn renamed(title: &str) -> State {
    let dir = std::env::temp_dir().join(format!(
        "invisibles-title-{}-{}",
        std::process::id(),
        title.len()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    let episodes = common::sample_copy(&dir);
    let manifest = episodes.join("manifest.ron");
    let text = std::fs::read_to_string(&manifest).unwrap_or_default();
    let text = text.replace(
        r#"title: (fr: "Invisibles — échantillon", en: "Invisibles — sample")"#,
        &format!(r#"title: (fr: "{title}", en: "{title}")"#),
    );
    std::fs::write(&manifest, text).unwrap_or_else(|e| panic!("{e}"));
    let doc = load(&Origin::Dir(episodes)).unwrap_or_else(|e| panic!("{e:?}"));
    let _ = std::fs::remove_dir_all(&dir);
    State::new(Arc::new(doc), Lang::En)
}

#[test]
fn the_title_art_is_the_documentarys_own_name() {
    let ours = screen(&common::state(Lang::En), 200, 60);
    let s = renamed("Ghost Kitchens: a test");
    for (w, h) in [(80, 24), (200, 60)] {
        let shown = screen(&s, w, h);
        assert_ne!(shown, screen(&common::state(Lang::En), w, h));
        insta::assert_snapshot!(format!("another_title_{w}x{h}"), shown);
    }
    // Its name, not ours: in big glyphs when they fit, else in spaced capitals.
    let art = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| l.contains('█'))
            .map(str::to_owned)
            .collect()
    };
    assert!(!art(&ours).is_empty(), "{ours}");
    let theirs = screen(&s, 200, 60);
    assert!(
        art(&theirs).is_empty(),
        "too wide for big glyphs:\n{theirs}"
    );
    assert!(theirs.contains("G H O S T   K I T C H E N S"), "{theirs}");
    let small = screen(&common::state(Lang::En), 80, 24);
    assert!(small.contains("I N V I S I B L E S"), "{small}");
    assert!(!small.contains('█'), "{small}");
    // A title the big font cannot draw is shown as text only.
    let shown = screen(&renamed("見えない人"), 200, 60);
    assert!(!shown.contains('█'), "{shown}");
    assert!(shown.contains("見"), "{shown}");
}

fn shipped(lang: Lang) -> State {
    let doc = load(&Origin::Embedded).unwrap_or_else(|e| panic!("{e:?}"));
    State::new(Arc::new(doc), lang)
}

#[test]
fn the_episode_list_is_one_block_and_the_subtitle_is_balanced() {
    for lang in [Lang::En, Lang::Fr] {
        let s = shipped(lang);
        for (w, h) in [(80, 24), (120, 36), (200, 60)] {
            let shown = screen(&s, w, h);
            let columns: Vec<usize> = (1..=6)
                .filter_map(|n| {
                    let mark = format!("{n}  ");
                    let line = shown.lines().find(|l| l.trim_start().starts_with(&mark))?;
                    Some(line.len() - line.trim_start().len())
                })
                .collect();
            assert_eq!(columns.len(), 6, "{shown}");
            assert!(
                columns.windows(2).all(|p| p[0] == p[1]),
                "{w}x{h}: {columns:?}\n{shown}"
            );
            insta::assert_snapshot!(format!("title_{lang:?}_{w}x{h}"), shown);
        }
        // The subtitle in the measure, its lines of even length, no word lost.
        let wide = screen(&s, 200, 60);
        let subtitle = s.doc().manifest.subtitle.get(lang);
        let words: Vec<&str> = subtitle.split_whitespace().collect();
        let lines: Vec<&str> = wide
            .lines()
            .map(str::trim)
            .skip_while(|l| !l.starts_with(&words[..3].join(" ")))
            .take_while(|l| !l.is_empty())
            .collect();
        let joined = lines.join(" ");
        assert_eq!(
            joined.split_whitespace().collect::<Vec<_>>(),
            words,
            "{wide}"
        );
        let lens: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
        assert!(lens.iter().all(|&n| n <= 74), "{lens:?}");
        assert!(
            lens.iter().max().unwrap_or(&0) - lens.iter().min().unwrap_or(&0) < 12,
            "{lens:?}"
        );
    }
}

#[test]
fn the_series_title_is_never_split_in_the_credits() {
    for lang in [Lang::En, Lang::Fr] {
        let mut s = shipped(lang);
        let last = s.doc().timeline.len() - 1;
        invisibles::app::update(&mut s, invisibles::app::Msg::Jump(last));
        common::press(&mut s, "<right>");
        for (w, h) in [(60, 20), (80, 24)] {
            let shown = screen(&s, w, h).replace('\u{a0}', " ");
            assert!(
                shown.contains("Invisibles – Les travailleurs du clic,"),
                "{w}x{h}:\n{shown}"
            );
        }
    }
}

/// The list says how long an episode takes to read, not how many panels it
/// has: more words take longer, and an unknown episode takes none.
#[test]
fn an_episodes_length_is_its_reading_time() {
    use invisibles::app::episode_minutes;
    let doc = load(&Origin::Embedded).unwrap_or_else(|e| panic!("{e:?}"));
    let minutes: Vec<u32> = (0..doc.episodes.len())
        .map(|e| episode_minutes(&doc, e, Lang::En))
        .collect();
    assert!(minutes.iter().all(|&m| m >= 1), "{minutes:?}");
    // The riders' episode (three testimonies) outlasts the prologue.
    assert!(minutes[1] > minutes[0], "{minutes:?}");
    assert_eq!(episode_minutes(&doc, doc.episodes.len(), Lang::En), 0);
}
