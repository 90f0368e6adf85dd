//! The handout as one self-contained printable HTML page.

use std::fmt::Write;

use super::parts::{bar, planned, question_mark, scope, skipped_heading};
use crate::blocks::{self, Block, ChoiceBlock, QuestionBlock, SessionFacts};
use crate::content::controls::strip;
use crate::content::{Documentary, Lang};
use crate::store::session_log::Session;
use crate::words::{self, Words, handout};

fn esc(s: &str) -> String {
    strip(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Print-friendly: ink on white; the episode's accent only on its headings
/// and bars (colours from the palette, `crate::palette_css::print_root`).
const CSS: &str = "body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:var(--ink);background:var(--paper)}\
h1{font-size:1.8em;margin-bottom:0}h2{border-bottom:2px solid var(--accent);margin-top:2em}h2,h3{color:var(--accent)}h3{margin-top:1.5em}\
.figure{display:flex;gap:1em;align-items:baseline;margin:.6em 0}.figure b{font-size:1.4em;white-space:nowrap}\
.source{color:var(--quiet);font-size:.85em}blockquote{border-left:3px solid var(--rule);margin:.5em 0;padding-left:1em}\
table{border-collapse:collapse}td,th{padding:.1em .6em;text-align:left}.n{text-align:right}.bar{background:var(--accent);height:.8em;display:inline-block}\
.prompts{background:var(--tint);padding:.5em 1em;border-radius:4px}@media print{h2{page-break-before:auto}.figure,blockquote,table{page-break-inside:avoid}}";

/// A poll's tally; `class` gives its bars the episode's accent.
fn poll(body: &mut String, w: &Words, ch: &ChoiceBlock, class: &str) {
    let _ = writeln!(
        body,
        "<p><strong>{} — {}</strong></p>",
        w.question_to_the_room,
        esc(&ch.prompt)
    );
    if !ch.options.is_empty() {
        let _ = writeln!(body, "<table>");
        for (label, n) in &ch.options {
            let width = bar(*n, &ch.options, 200);
            let _ = writeln!(
                body,
                "<tr><td>{}</td><td>{n}</td><td><span class=\"bar {class}\" style=\"width:{width}px\"></span></td></tr>",
                esc(label)
            );
        }
        let _ = writeln!(body, "</table>");
    }
    if let Some(r) = &ch.room {
        let _ = writeln!(body, "<p>{} <b>{}</b></p>", w.rooms_answer, esc(r));
    }
    if let Some(r) = &ch.real {
        let _ = writeln!(body, "<p>{} {}</p>", w.in_reality, esc(r));
    }
}

fn session(body: &mut String, lang: Lang, facts: &SessionFacts) {
    let (w, h) = (words::of(lang), handout::of(lang));
    let _ = writeln!(body, "<p>{}</p>", esc(&facts.when));
    if facts.chapters.is_empty() {
        return;
    }
    let _ = writeln!(
        body,
        "<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead>\n<tbody>",
        h.timeline, h.col_start, h.col_chapter, h.col_planned, h.col_actual
    );
    for c in &facts.chapters {
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{} {} — {}</td><td class=\"n\">{}</td><td class=\"n\">{} min</td></tr>",
            c.start,
            w.episode_short,
            c.episode,
            esc(&c.title),
            planned(c.planned),
            c.actual
        );
    }
    let _ = writeln!(
        body,
        "</tbody>\n</table>\n<p class=\"source\">{}</p>",
        esc(h.timeline_note)
    );
}

fn debate(body: &mut String, w: &Words, first: bool, heading: &str, qs: &[QuestionBlock]) {
    if first {
        let _ = writeln!(body, "<p><strong>{}</strong></p>", w.debate_questions);
    }
    let _ = writeln!(body, "<p><em>{}</em></p>\n<ul>", esc(heading));
    for q in qs {
        let _ = write!(body, "<li>{} — {}", esc(&q.by), esc(&q.text));
        if !q.answers.is_empty() {
            let _ = write!(body, "<ul>");
            for (by, text) in &q.answers {
                let _ = write!(body, "<li>{}{}{}</li>", esc(by), w.colon, esc(text));
            }
            let _ = write!(body, "</ul>");
        }
        let _ = writeln!(body, "</li>");
    }
    let _ = writeln!(body, "</ul>");
}

fn list(body: &mut String, heading: &str, items: &[String]) {
    let _ = writeln!(body, "<h2>{heading}</h2>\n<ul>");
    for t in items {
        let _ = writeln!(body, "<li>{}</li>", esc(t));
    }
    let _ = writeln!(body, "</ul>");
}

pub fn html(doc: &Documentary, lang: Lang, session_log: Option<&Session>) -> String {
    let (w, h) = (words::of(lang), handout::of(lang));
    let code = lang.code();
    let mut body = String::new();
    let mut title_text = String::new();
    let mut debates = 0usize;
    // The accent of the episode being written: its headings and bars.
    let mut class = crate::palette::css_class(None);
    for b in blocks::documentary(doc, lang, scope(session_log)) {
        match b {
            Block::Title { title, subtitle } => {
                let (t, s) = (esc(&title), esc(&subtitle));
                let _ = writeln!(body, "<h1>{t}</h1>\n<p><em>{s}</em></p>");
                title_text = title;
            }
            Block::Session(facts) => session(&mut body, lang, &facts),
            Block::Episode {
                number,
                title,
                family,
                ..
            } => {
                class = crate::palette::css_class(family);
                let t = esc(&title);
                let _ = writeln!(
                    body,
                    "<h2 class=\"{class}\">{} {number} — {t}</h2>",
                    w.word_episode
                );
            }
            Block::Chapter(s) => {
                let _ = writeln!(body, "<h3 class=\"{class}\">{}</h3>", esc(&s));
            }
            // With a session, what was shown is what held.
            Block::Condition(c) if session_log.is_none() => {
                let _ = writeln!(body, "<p><em>{}</em></p>", esc(&c));
            }
            Block::Narration {
                heading,
                body: text,
            } => {
                let (hd, tx) = (esc(&heading), esc(&text.replace("\n\n", " ")));
                let _ = writeln!(body, "<p><strong>{hd}</strong> — {tx}</p>");
            }
            Block::Testimony {
                name,
                who,
                intro,
                passages,
            } => {
                let (n, wh) = (esc(&name), esc(&who));
                let _ = writeln!(
                    body,
                    "<p><strong>{} — {n} ({wh})</strong></p>\n<blockquote>",
                    w.word_testimony
                );
                for p in intro.iter().chain(&passages) {
                    let _ = writeln!(body, "<p>{}</p>", esc(p));
                }
                let _ = writeln!(body, "</blockquote>");
            }
            Block::Figure {
                label,
                value,
                how,
                source,
                ..
            } => {
                let _ = writeln!(
                    body,
                    "<div class=\"figure\"><b>{}</b><span>{}{}<br><span class=\"source\">{} {}</span></span></div>",
                    esc(&value),
                    esc(&label),
                    how.map(|h| format!(" ({})", esc(&h))).unwrap_or_default(),
                    w.source_label,
                    esc(&source)
                );
            }
            Block::Choice(ch) => poll(&mut body, w, &ch, class),
            Block::Debate { heading, questions } => {
                debate(&mut body, w, debates == 0, &heading, &questions);
                debates = debates.saturating_add(1);
            }
            Block::Prompts { minutes, prompts } => {
                let _ = writeln!(
                    body,
                    "<div class=\"prompts\"><p><em>{} ({minutes} min)</em></p><ul>",
                    w.to_discuss
                );
                for p in prompts {
                    let _ = writeln!(body, "<li>{}</li>", esc(&p));
                }
                let _ = writeln!(body, "</ul></div>");
            }
            Block::Skipped(titles) => list(&mut body, skipped_heading(w), &titles),
            Block::RoomQuestions(qs) => {
                let heading = w.room_questions_from_the_room;
                let _ = writeln!(body, "<h2>{heading}</h2>\n<ul>");
                for q in qs {
                    let mark = esc(&question_mark(&q, w));
                    let (from, text) = (esc(&q.from), esc(&q.text));
                    let _ = writeln!(body, "<li><b>{from}</b> — {text} <em>({mark})</em></li>");
                }
                let _ = writeln!(body, "</ul>");
            }
            Block::Timeline(panels) => {
                let _ = writeln!(body, "<h2>{}</h2>\n<ul>", h.panels_shown);
                for p in panels {
                    let jumped = if p.jumped {
                        format!(" <em>({})</em>", h.jumped)
                    } else {
                        String::new()
                    };
                    let (n, title) = (p.episode, esc(&p.title));
                    let _ = writeln!(
                        body,
                        "<li>{} — {} {n} — {title}{jumped}</li>",
                        p.at, w.episode_short
                    );
                }
                let _ = writeln!(body, "</ul>");
            }
            Block::Credits(lines) => list(&mut body, h.sources_and_credits, &lines),
            Block::Notice(_) | Block::Condition(_) | Block::Recap { .. } => {}
        }
    }
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{}{CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(&title_text),
        crate::palette_css::print_root()
    );
    strip(&page).into_owned()
}
