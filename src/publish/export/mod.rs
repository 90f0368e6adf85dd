//! `invisibles export`: a linear handout of what was screened, in Markdown or
//! as one self-contained printable HTML file (inline CSS, no script, no
//! network). Two writers over the blocks `print` writes too; what content
//! says is escaped for each format.

use std::fmt::Write;

use crate::app::{bar_cells, poll_total};
use crate::blocks::{self, Block, ChoiceBlock, Scope};
use crate::content::controls::strip;
use crate::content::{Documentary, Lang};
use crate::store::session_log::Session;
use crate::words::{self, Words};

fn scope(session: Option<&Session>) -> Scope<'_> {
    Scope {
        episode: None,
        session,
    }
}

/// Markdown's own characters in content text, escaped so they read as text.
fn md(s: &str) -> String {
    // Control sequences go first, whole, before their `[` could be escaped.
    let s = strip(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '{' | '}' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A tally row's bar: as many cells as its share of the votes.
fn bar(n: u64, counts: &[(String, u64)], width: usize) -> usize {
    let tally: Vec<u64> = counts.iter().map(|r| r.1).collect();
    bar_cells(n, poll_total(&tally), width)
}

fn md_poll(out: &mut String, w: &Words, ch: &ChoiceBlock) {
    let _ = writeln!(out, "**{} — {}**\n", w.question_to_the_room, md(&ch.prompt));
    for (label, n) in &ch.options {
        let cells = "█".repeat(bar(*n, &ch.options, 20));
        let line = format!("- {}{}{n} {cells}", md(label), w.colon);
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if let Some(r) = &ch.room {
        let _ = writeln!(out, "- {} {}", w.rooms_answer, md(r));
    }
    if let Some(r) = &ch.real {
        let _ = writeln!(out, "- {} {}", w.in_reality, md(r));
    }
    out.push('\n');
}

pub fn markdown(doc: &Documentary, lang: Lang, session: Option<&Session>) -> String {
    let w = words::of(lang);
    let mut out = String::new();
    for b in blocks::documentary(doc, lang, scope(session)) {
        match b {
            Block::Title { title, subtitle } => {
                let _ = writeln!(out, "# {}\n\n*{}*\n", md(&title), md(&subtitle));
            }
            Block::Episode { number, title, .. } => {
                let _ = writeln!(out, "## {} {number} — {}\n", w.word_episode, md(&title));
            }
            Block::Chapter(s) => {
                let _ = writeln!(out, "### {}\n", md(&s));
            }
            Block::Narration { heading, body } => {
                let _ = writeln!(
                    out,
                    "**{}** — {}\n",
                    md(&heading),
                    md(&body.replace("\n\n", " "))
                );
            }
            Block::Testimony {
                name,
                who,
                intro,
                passages,
            } => {
                let _ = writeln!(
                    out,
                    "**{} — {} ({})**\n",
                    w.word_testimony,
                    md(&name),
                    md(&who)
                );
                // Each passage its own paragraph in the quote.
                let paragraphs: Vec<String> =
                    intro.iter().chain(&passages).map(|p| md(p)).collect();
                let _ = writeln!(out, "> {}\n", paragraphs.join("\n>\n> "));
            }
            Block::Figure {
                label,
                value,
                how,
                source,
                ..
            } => {
                let _ = write!(out, "- **{}** — {}", md(&value), md(&label));
                if let Some(h) = how {
                    let _ = write!(out, " ({})", md(&h));
                }
                let _ = writeln!(out, "  \n  *{} {}*\n", w.source_label, md(&source));
            }
            Block::Choice(ch) => md_poll(&mut out, w, &ch),
            Block::Debate { questions, .. } => {
                let _ = writeln!(out, "**{}**\n", w.debate_questions);
                for q in questions {
                    let _ = writeln!(out, "- {} — {}", md(&q.by), md(&q.text));
                }
                out.push('\n');
            }
            Block::Prompts { minutes, prompts } => {
                let _ = writeln!(out, "*{} ({minutes} min)*\n", w.to_discuss);
                for p in prompts {
                    let _ = writeln!(out, "- {}", md(&p));
                }
                out.push('\n');
            }
            Block::Skipped(titles) => {
                // A section of its own, not a tail of the last episode.
                let _ = writeln!(
                    out,
                    "## {}\n",
                    w.skipped_by_the_room.trim_end_matches([':', ' ', '\u{a0}'])
                );
                for t in titles {
                    let _ = writeln!(out, "- {}", md(&t));
                }
                out.push('\n');
            }
            Block::Notice(_) | Block::Recap(_) | Block::Credits(_) => {}
        }
    }
    if let Some(qs) = room_questions(session) {
        let heading = w.room_questions_from_the_room;
        let _ = writeln!(out, "## {heading}\n");
        for q in qs {
            let mark = format!(" *({})*", question_mark(q, w));
            let _ = writeln!(out, "- **{}** — {}{mark}", md(&q.from), md(&q.text));
        }
        out.push('\n');
    }
    strip(&out).into_owned()
}

/// The room's questions for the handout: the hidden ones left out, the
/// most upvoted first.
fn room_questions(session: Option<&Session>) -> Option<Vec<&crate::app::Question>> {
    let mut qs: Vec<_> = session?.questions.iter().filter(|q| !q.hidden).collect();
    qs.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.id.cmp(&b.id)));
    (!qs.is_empty()).then_some(qs)
}

/// How a question fared: its upvotes, and whether it was answered.
fn question_mark(q: &crate::app::Question, w: &crate::words::Words) -> String {
    let votes = (w.asked_upvotes)(q.votes);
    if q.answered {
        format!("{}, {votes}", w.asked_answered)
    } else {
        votes
    }
}

fn esc(s: &str) -> String {
    strip(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

const CSS: &str = "body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#111;background:#fff}\
h1{font-size:1.8em;margin-bottom:0}h2{border-bottom:2px solid #111;margin-top:2em}h3{margin-top:1.5em}\
.figure{display:flex;gap:1em;align-items:baseline;margin:.6em 0}.figure b{font-size:1.4em;white-space:nowrap}\
.source{color:#444;font-size:.85em}blockquote{border-left:3px solid #888;margin:.5em 0;padding-left:1em}\
table{border-collapse:collapse}td{padding:.1em .6em}.bar{background:#111;height:.8em;display:inline-block}\
.prompts{background:#f2f2f2;padding:.5em 1em;border-radius:4px}@media print{h2{page-break-before:auto}.figure,blockquote,table{page-break-inside:avoid}}";

fn html_poll(body: &mut String, w: &Words, ch: &ChoiceBlock) {
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
                "<tr><td>{}</td><td>{n}</td><td><span class=\"bar\" style=\"width:{width}px\"></span></td></tr>",
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

fn html_list(body: &mut String, title: &str, items: &[String]) {
    let _ = writeln!(body, "<p><strong>{title}</strong></p>\n<ul>");
    for item in items {
        let _ = writeln!(body, "<li>{}</li>", esc(item));
    }
    let _ = writeln!(body, "</ul>");
}

pub fn html(doc: &Documentary, lang: Lang, session: Option<&Session>) -> String {
    let w = words::of(lang);
    let code = lang.code();
    let mut body = String::new();
    let mut title_text = String::new();
    for b in blocks::documentary(doc, lang, scope(session)) {
        match b {
            Block::Title { title, subtitle } => {
                let _ = writeln!(
                    body,
                    "<h1>{}</h1>\n<p><em>{}</em></p>",
                    esc(&title),
                    esc(&subtitle)
                );
                title_text = title;
            }
            Block::Episode { number, title, .. } => {
                let _ = writeln!(
                    body,
                    "<h2>{} {number} — {}</h2>",
                    w.word_episode,
                    esc(&title)
                );
            }
            Block::Chapter(s) => {
                let _ = writeln!(body, "<h3>{}</h3>", esc(&s));
            }
            Block::Narration {
                heading,
                body: text,
            } => {
                let _ = writeln!(
                    body,
                    "<p><strong>{}</strong> — {}</p>",
                    esc(&heading),
                    esc(&text.replace("\n\n", " "))
                );
            }
            Block::Testimony {
                name,
                who,
                intro,
                passages,
            } => {
                let _ = writeln!(
                    body,
                    "<p><strong>{} — {} ({})</strong></p>\n<blockquote>",
                    w.word_testimony,
                    esc(&name),
                    esc(&who)
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
            Block::Choice(ch) => html_poll(&mut body, w, &ch),
            Block::Debate { questions, .. } => {
                let items: Vec<String> = questions
                    .iter()
                    .map(|q| format!("{} — {}", q.by, q.text))
                    .collect();
                html_list(&mut body, w.debate_questions, &items);
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
            Block::Skipped(titles) => {
                let heading = w.skipped_by_the_room.trim_end_matches([':', ' ', '\u{a0}']);
                let _ = writeln!(body, "<h2>{heading}</h2>\n<ul>");
                for t in titles {
                    let _ = writeln!(body, "<li>{}</li>", esc(&t));
                }
                let _ = writeln!(body, "</ul>");
            }
            Block::Notice(_) | Block::Recap(_) | Block::Credits(_) => {}
        }
    }
    if let Some(qs) = room_questions(session) {
        let heading = w.room_questions_from_the_room;
        let _ = writeln!(body, "<h2>{heading}</h2>\n<ul>");
        for q in qs {
            let mark = format!(" <em>({})</em>", esc(&question_mark(q, w)));
            let _ = writeln!(
                body,
                "<li><b>{}</b> — {}{mark}</li>",
                esc(&q.from),
                esc(&q.text)
            );
        }
        let _ = writeln!(body, "</ul>");
    }
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(&title_text)
    );
    strip(&page).into_owned()
}
