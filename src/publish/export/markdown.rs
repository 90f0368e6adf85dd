//! The handout in Markdown.

use std::fmt::Write;

use super::parts::{bar, planned, question_mark, scope, skipped_heading};
use crate::blocks::{self, Block, ChoiceBlock, QuestionBlock, SessionFacts};
use crate::content::controls::strip;
use crate::content::{Documentary, Lang};
use crate::store::session_log::Session;
use crate::words::{self, Words, handout};

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

fn poll(out: &mut String, w: &Words, ch: &ChoiceBlock) {
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

fn session(out: &mut String, lang: Lang, facts: &SessionFacts) {
    let (w, h) = (words::of(lang), handout::of(lang));
    let _ = writeln!(out, "{}\n", md(&facts.when));
    if facts.chapters.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", h.timeline);
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|---:|---:|",
        h.col_start, h.col_chapter, h.col_planned, h.col_actual
    );
    for c in &facts.chapters {
        let _ = writeln!(
            out,
            "| {} | {} {} — {} | {} | {} min |",
            c.start,
            w.episode_short,
            c.episode,
            md(&c.title),
            planned(c.planned),
            c.actual
        );
    }
    let _ = writeln!(out, "\n*{}*\n", h.timeline_note);
}

fn debate(out: &mut String, w: &Words, first: bool, heading: &str, qs: &[QuestionBlock]) {
    if first {
        let _ = writeln!(out, "**{}**\n", w.debate_questions);
    }
    let _ = writeln!(out, "*{}*\n", md(heading));
    for q in qs {
        let _ = writeln!(out, "- {} — {}", md(&q.by), md(&q.text));
        for (by, text) in &q.answers {
            let _ = writeln!(out, "  - {}{}{}", md(by), w.colon, md(text));
        }
    }
    out.push('\n');
}

pub fn markdown(doc: &Documentary, lang: Lang, session_log: Option<&Session>) -> String {
    let (w, h) = (words::of(lang), handout::of(lang));
    let mut out = String::new();
    let mut debates = 0usize;
    for b in blocks::documentary(doc, lang, scope(session_log)) {
        match b {
            Block::Title { title, subtitle } => {
                let _ = writeln!(out, "# {}\n\n*{}*\n", md(&title), md(&subtitle));
            }
            Block::Session(facts) => session(&mut out, lang, &facts),
            Block::Episode { number, title, .. } => {
                let _ = writeln!(out, "## {} {number} — {}\n", w.word_episode, md(&title));
            }
            Block::Chapter(s) => {
                let _ = writeln!(out, "### {}\n", md(&s));
            }
            // With a session, what was shown is what held.
            Block::Condition(c) if session_log.is_none() => {
                let _ = writeln!(out, "*{}*\n", md(&c));
            }
            Block::Narration { heading, body } => {
                let body = md(&body.replace("\n\n", " "));
                let _ = writeln!(out, "**{}** — {body}\n", md(&heading));
            }
            Block::Testimony {
                name,
                who,
                intro,
                passages,
            } => {
                let (name, who) = (md(&name), md(&who));
                let _ = writeln!(out, "**{} — {name} ({who})**\n", w.word_testimony);
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
            Block::Choice(ch) => poll(&mut out, w, &ch),
            Block::Debate { heading, questions } => {
                debate(&mut out, w, debates == 0, &heading, &questions);
                debates = debates.saturating_add(1);
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
                let _ = writeln!(out, "## {}\n", skipped_heading(w));
                for t in titles {
                    let _ = writeln!(out, "- {}", md(&t));
                }
                out.push('\n');
            }
            Block::RoomQuestions(qs) => {
                let _ = writeln!(out, "## {}\n", w.room_questions_from_the_room);
                for q in qs {
                    let mark = md(&question_mark(&q, w));
                    let _ = writeln!(out, "- **{}** — {} *({mark})*", md(&q.from), md(&q.text));
                }
                out.push('\n');
            }
            Block::Timeline(panels) => {
                let _ = writeln!(out, "## {}\n", h.panels_shown);
                for p in panels {
                    let jumped = if p.jumped {
                        format!(" *({})*", h.jumped)
                    } else {
                        String::new()
                    };
                    let (n, title) = (p.episode, md(&p.title));
                    let _ = writeln!(
                        out,
                        "- {} — {} {n} — {title}{jumped}",
                        p.at, w.episode_short
                    );
                }
                out.push('\n');
            }
            Block::Credits(lines) => {
                let _ = writeln!(out, "## {}\n", h.sources_and_credits);
                for l in lines {
                    let _ = writeln!(out, "- {}", md(&l));
                }
                out.push('\n');
            }
            Block::Notice(_) | Block::Condition(_) | Block::Recap { .. } => {}
        }
    }
    strip(&out).into_owned()
}
