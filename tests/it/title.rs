//! The title screen: the documentary's own name drawn large, its subtitle
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
    // Its art, not ours: the rows of big glyphs differ.
    let art = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| l.contains('█'))
            .map(str::to_owned)
            .collect()
    };
    let theirs = screen(&s, 200, 60);
    assert!(!art(&theirs).is_empty(), "{theirs}");
    assert_ne!(art(&theirs), art(&ours));
    // A title the big font cannot draw is shown as text only.
    let shown = screen(&renamed("見えない人"), 200, 60);
    assert!(!shown.contains('█'), "{shown}");
    assert!(shown.contains("見"), "{shown}");
}
