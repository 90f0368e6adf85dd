//! The documentary loads: built in or from a folder, pre-parsed or not, and
//! every invalid fixture fails with its exact message.

use super::*;

#[test]
fn built_in_and_folder_documentaries_are_the_same_and_valid() {
    let embedded = shipped();
    let folder = match load(&Origin::Dir("episodes".into())) {
        Ok(doc) => doc,
        Err(problems) => panic!("episodes/ fails:\n{}", report(&problems)),
    };
    assert_eq!(embedded.timeline.len(), folder.timeline.len());
    assert_eq!(embedded.episodes.len(), 6);
}
#[test]
fn the_sample_exercises_every_panel_kind() {
    let doc = common::sample();
    let kinds: std::collections::BTreeSet<&str> = doc
        .timeline
        .iter()
        .map(|s| doc.panel(*s).kind_name())
        .collect();
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        [
            "choice",
            "debate",
            "narration",
            "recap",
            "statistic",
            "testimony"
        ]
    );
}
/// Each folder under `tests/fixtures/invalid/` holds a broken documentary and
/// `expected.txt`, the exact report `check` must print for it.
#[test]
fn every_invalid_fixture_reports_exactly_what_it_should() {
    let root = Path::new("tests/fixtures/invalid");
    let mut dirs: Vec<_> = std::fs::read_dir(root)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 15, "fixtures went missing: {dirs:?}");
    for dir in dirs {
        let expected = std::fs::read_to_string(dir.join("expected.txt"))
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        match load(&Origin::Dir(dir.clone())) {
            Ok(_) => panic!("{} loaded but should fail", dir.display()),
            Err(problems) => assert_eq!(report(&problems), expected, "{}", dir.display()),
        }
    }
}
/// Playing reads the embedded documentary from the form `build.rs`
/// pre-parsed, unvalidated: it must be exactly what `load` validates here.
#[test]
fn the_pre_parsed_documentary_is_the_validated_one() {
    use invisibles::content::load::load_pre_parsed;
    let checked = load(&Origin::Embedded).unwrap_or_else(|p| panic!("{p:?}"));
    let fast = load_pre_parsed().unwrap_or_else(|p| panic!("{p:?}"));
    let json = |d: &invisibles::content::Documentary| {
        serde_json::to_string(&(&d.manifest, &d.episodes)).unwrap_or_default()
    };
    assert!(!json(&checked).is_empty());
    assert_eq!(json(&fast), json(&checked));
    assert_eq!(fast.assets, checked.assets);
    assert_eq!(fast.figures, checked.figures);
    assert_eq!(fast.panel_index, checked.panel_index);
    assert_eq!(fast.timeline, checked.timeline);
}
