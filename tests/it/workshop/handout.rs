//! The handout of a screening, in Markdown and HTML.

use super::*;

fn session_with_everything() -> (Arc<invisibles::content::Documentary>, Session) {
    let mut s = workshop();
    let mut log = Session::new("handout", 0);
    // Each episode opens on its title card, passed with → too.
    for key in [
        "<right>", "<right>", "<right>", "<right>", "<right>", "<right>", "<right>", "<right>",
        "3", "<right>", "+", "+", "<right>", "<right>", "<right>", "<up>",
    ] {
        for effect in press(&mut s, key) {
            log.apply(&effect, &s, 1);
        }
    }
    // Four participants guess; the facilitator reveals: the room's guess is
    // their median, never the figure under the cursor.
    let i = s.room_index().unwrap_or_default();
    for (voter, v) in [("a", 7.0), ("b", 12.0), ("c", 5.5), ("d", 1.0)] {
        let ballot = invisibles::app::Ballot::Guessed(v);
        let voter = voter.to_owned();
        for effect in update(
            &mut s,
            Msg::Ballot {
                panel: i,
                voter,
                ballot,
            },
        ) {
            log.apply(&effect, &s, 1);
        }
    }
    for effect in press(&mut s, "<right>") {
        log.apply(&effect, &s, 1);
    }
    (s.doc().clone(), log)
}
#[test]
fn the_handout_has_every_figure_shown_and_the_rooms_answers() {
    let (doc, log) = session_with_everything();
    let md = export::markdown(&doc, Lang::En, Some(&log));
    for id in ["rider-weekly-pay", "rider-weekly-hours", "rider-hourly-pay"] {
        let stat = doc.statistic(id).unwrap_or_else(|| panic!("{id}"));
        let value = invisibles::ui::panels::statistic_with_unit(&doc, stat, Lang::En);
        assert!(
            md.contains(&value),
            "{value} missing from the handout:\n{md}"
        );
        assert!(md.contains(stat.source.en.as_str()));
    }
    assert!(md.contains("- Yes: 2"), "the room's votes:\n{md}");
    assert!(
        md.contains("The room's answer: median €6.25/h (4 guesses, from €1/h to €12/h)"),
        "the room's guess:\n{md}"
    );
    assert!(
        md.contains("In reality: €5.71–6.67/h"),
        "beside the real figure:\n{md}"
    );
    assert!(
        md.contains("Who pays for the bike?"),
        "the discussion prompts"
    );
    assert!(
        !md.contains("Questions from the room"),
        "a chapter never shown is left out"
    );
    insta::assert_snapshot!("handout_md", md);
}
/// Every element opened is closed, in order (void elements aside).
fn balanced(html: &str) -> Result<(), String> {
    const VOID: [&str; 3] = ["meta", "br", "!DOCTYPE"];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').ok_or("unclosed tag")? + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '!')
            .collect();
        if VOID.iter().any(|v| name.eq_ignore_ascii_case(v)) {
            continue;
        }
        if tag.starts_with('/') {
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
        } else {
            stack.push(name);
        }
    }
    if stack.is_empty() {
        Ok(())
    } else {
        Err(format!("left open: {stack:?}"))
    }
}
#[test]
fn the_html_handout_is_one_self_contained_page() {
    let (doc, log) = session_with_everything();
    let html = export::html(&doc, Lang::Fr, Some(&log));
    balanced(&html).unwrap_or_else(|e| panic!("{e}"));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(!html.contains("<script") && !html.contains("http") && !html.contains("<link"));
    assert!(html.contains("5,71–6,67"), "French figures");
    let whole = export::html(&doc, Lang::En, None);
    balanced(&whole).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        whole.contains("Questions from the room"),
        "without a session: everything"
    );
}
#[test]
fn the_handout_keeps_passages_apart_escapes_markup_and_lists_skipped_panels() {
    let mut s = workshop();
    let mut log = Session::new("handout", 0);
    for keys in ["<right> <right> <right> <right>", "n s"] {
        for effect in press(&mut s, keys) {
            log.apply(&effect, &s, 1);
        }
    }
    let md = export::markdown(&s.doc().clone(), Lang::En, Some(&log));
    // The intro and three passages: four paragraphs of one quote.
    let quote: Vec<&str> = md.lines().filter(|l| l.starts_with('>')).collect();
    assert_eq!(quote.iter().filter(|l| **l == ">").count(), 3, "{md}");
    assert!(
        md.contains("## Skipped by the room (content notice)"),
        "{md}"
    );
    assert!(md.contains("- Describe, don't show"), "{md}");
    // Content is text, never markup, in either format.
    let doc = invisibles::content::load::load(&invisibles::content::load::Origin::Dir(
        common::fixture("markup"),
    ))
    .unwrap_or_else(|p| panic!("{p:?}"));
    let md = export::markdown(&doc, Lang::En, None);
    for raw in [
        "<b>", "**bold**", "<script>", "[link](", "`code`", "\n# Not",
    ] {
        assert!(!md.contains(raw), "{raw} left as markup:\n{md}");
    }
    assert!(
        md.contains("\\*\\*bold\\*\\*") && md.contains("\\[link\\]"),
        "{md}"
    );
    let html = export::html(&doc, Lang::En, None);
    assert!(
        !html.contains("<script") && !html.contains("<b>bold"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;") && html.contains("Tags &lt;b&gt;bold"),
        "{html}"
    );
}
