//! Issue 21 item 19: `print` read by a screen reader or on paper. Every line
//! wrapped, structure in plain words (no `#` or `==`), a facilitator's prompt
//! marked once, conditional panels saying when they show, recaps saying what
//! they sum up, and no sentence about a screen that is not there.

use invisibles::content::load::{Origin, load};
use invisibles::content::model::Panel;
use invisibles::content::{Documentary, Lang};
use invisibles::publish::print::{WIDTH, print};

use crate::common;

fn shipped() -> Documentary {
    load(&Origin::Embedded).unwrap_or_else(|p| panic!("{p:?}"))
}

const LANGS: [Lang; 2] = [Lang::En, Lang::Fr];

#[test]
fn every_line_fits_the_width_titles_and_questions_too() {
    let doc = shipped();
    for lang in LANGS {
        let text = print(&doc, lang, None);
        for line in text.lines() {
            let width = unicode_width::UnicodeWidthStr::width(line);
            assert!(width <= WIDTH, "{width} columns in {lang:?}: {line}");
        }
    }
}

#[test]
fn structure_is_in_words_not_markers_read_aloud() {
    let doc = shipped();
    for lang in LANGS {
        let text = print(&doc, lang, None);
        for line in text.lines() {
            assert!(
                !line.starts_with("# ") && !line.starts_with("=="),
                "a marker in {lang:?}: {line}"
            );
        }
        let chapter = invisibles::words::handout::of(lang).chapter;
        let chapters: usize = doc.episodes.iter().map(|e| e.chapters.len()).sum();
        let heads = text
            .lines()
            .filter(|l| l.starts_with(&format!("{chapter} — ")))
            .count();
        assert_eq!(heads, chapters, "one plain heading per chapter in {lang:?}");
    }
}

#[test]
fn a_prompt_is_marked_once_however_many_lines_it_takes() {
    let doc = shipped();
    let prompts: usize = doc
        .episodes
        .iter()
        .flat_map(|e| &e.chapters)
        .filter_map(|c| c.facilitator.as_ref())
        .map(|f| f.prompts.len())
        .sum();
    for lang in LANGS {
        let text = print(&doc, lang, None);
        let marked = text.lines().filter(|l| l.starts_with("  ? ")).count();
        assert_eq!(marked, prompts, "{lang:?}");
        assert!(!text.contains("\n  ? ?"), "{lang:?}");
    }
}

#[test]
fn a_conditional_panel_says_when_it_shows() {
    let doc = common::sample();
    let en = print(&doc, Lang::En, None);
    assert!(
        en.contains(
            "[Shown only if you answered “Yes” to “Would you take this job?”.]\nYou said yes\n"
        ),
        "{en}"
    );
    let fr = print(&doc, Lang::Fr, None);
    assert!(
        fr.contains(
            "[Affiché seulement si vous avez répondu «\u{a0}Oui\u{a0}» à «\u{a0}Prendriez-vous ce\ntravail ?\u{a0}».]\nVous avez dit oui\n"
        ),
        "{fr}"
    );
}

#[test]
fn a_recap_lists_the_questions_it_sums_up() {
    let doc = common::sample();
    let en = print(&doc, Lang::En, None);
    let recap = en.split("\nYour answers\n").nth(1).unwrap_or_default();
    assert!(recap.starts_with("On screen, this panel sums up"), "{en}");
    assert!(recap.contains("  - Would you take this job?\n"), "{recap}");
    assert!(
        recap.contains("  - How much does he earn per hour?\n    Answer: €5.71–6.67/h"),
        "{recap}"
    );
    // Every recap of the documentary has entries under its heading.
    let shipped = shipped();
    let recaps = shipped
        .timeline
        .iter()
        .filter(|s| matches!(shipped.panel(**s), Panel::Recap(_)))
        .count();
    for lang in LANGS {
        let text = print(&shipped, lang, None);
        let intro = invisibles::words::handout::of(lang).recap_intro;
        let intro_start: String = intro.chars().take(30).collect();
        assert_eq!(text.matches(&intro_start).count(), recaps, "{lang:?}");
    }
}

#[test]
fn no_sentence_points_at_a_bar_print_does_not_draw() {
    let doc = shipped();
    for (lang, words) in [(Lang::En, "next bar"), (Lang::Fr, "barre suivante")] {
        let text = print(&doc, lang, None);
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(!text.contains(words), "{words} in {lang:?}");
    }
}
