//! `invisibles print`: the whole documentary as plain linear text, for screen
//! readers, handouts and tests. Every text, figure, question and answer: a
//! writer over the same blocks as the handout.

use std::fmt::Write;

use crate::blocks::{self, Block, Scope};
use crate::content::controls::strip;
use crate::content::{Documentary, Lang};
use crate::words;

const WIDTH: usize = 78;

fn para(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        if line.trim().is_empty() {
            out.push('\n');
            continue;
        }
        let opts = textwrap::Options::new(WIDTH)
            .initial_indent(indent)
            .subsequent_indent(indent);
        for l in textwrap::wrap(line, opts) {
            out.push_str(&l);
            out.push('\n');
        }
    }
}

/// The documentary (or one episode, 0-based) as text, free of control
/// characters.
pub fn print(doc: &Documentary, lang: Lang, episode: Option<usize>) -> String {
    let w = words::of(lang);
    let c = w.colon;
    let mut out = String::new();
    // A notice goes right before what it announces; a chapter's, right under its title.
    let mut after_chapter = false;
    let mut after_notice = false;
    let scope = Scope {
        episode,
        session: None,
    };
    for block in blocks::documentary(doc, lang, scope) {
        let panel_level = !matches!(
            block,
            Block::Title { .. }
                | Block::Episode { .. }
                | Block::Chapter(_)
                | Block::Prompts { .. }
                | Block::Credits(_)
                | Block::Skipped(_)
        );
        if panel_level && !after_notice && !(after_chapter && matches!(block, Block::Notice(_))) {
            out.push('\n');
        }
        after_notice = matches!(block, Block::Notice(_));
        after_chapter = matches!(block, Block::Chapter(_));
        match block {
            Block::Title { title, subtitle } => {
                para(&mut out, "", &title.to_uppercase());
                para(&mut out, "", &subtitle);
                out.push('\n');
            }
            Block::Episode {
                number,
                title,
                summary,
            } => {
                let _ = writeln!(
                    out,
                    "\n{} {number} — {title}",
                    w.word_episode.to_uppercase()
                );
                if let Some(s) = summary {
                    para(&mut out, "", &s);
                }
            }
            Block::Chapter(title) => {
                let _ = writeln!(out, "\n== {title} ==");
            }
            Block::Notice(text) => para(&mut out, "", &format!("[{} {text}]", w.content_notice)),
            Block::Narration { heading, body } => {
                let _ = writeln!(out, "# {heading}");
                para(&mut out, "", &body);
            }
            Block::Testimony {
                name,
                who,
                intro,
                passages,
            } => {
                let _ = writeln!(out, "{} — {name} ({who})", w.word_testimony);
                if let Some(i) = intro {
                    para(&mut out, "", &i);
                }
                for p in passages {
                    para(&mut out, "  | ", &p);
                }
            }
            Block::Figure {
                label,
                value,
                how,
                context,
                compared,
                out_of,
                source,
            } => {
                let _ = writeln!(out, "{} — {label}{c}{value}", w.word_figure);
                for extra in how.iter().chain(&context) {
                    para(&mut out, "  ", extra);
                }
                for (label, value) in compared {
                    para(
                        &mut out,
                        "  ",
                        &format!("{} {label}{c}{value}", w.compared_with),
                    );
                }
                if let Some(full) = out_of {
                    para(&mut out, "  ", &format!("{} {full}", w.out_of));
                }
                para(&mut out, "  ", &format!("{} {source}", w.source_label));
            }
            Block::Choice(ch) => {
                let _ = writeln!(out, "{} — {}", w.question_for_you, ch.prompt);
                for (option, _) in &ch.options {
                    para(&mut out, "  ( ) ", option);
                }
                if let Some((label, value)) = &ch.figure {
                    para(
                        &mut out,
                        "  ",
                        &format!("{} {label}{c}{value}", w.answer_label),
                    );
                }
                if let Some(r) = &ch.reveal {
                    para(&mut out, "  ", r);
                }
            }
            Block::Recap(heading) => {
                let _ = writeln!(out, "# {heading}");
            }
            Block::Debate { heading, questions } => {
                let _ = writeln!(out, "{} — {heading}", w.word_debate);
                for (i, q) in questions.iter().enumerate() {
                    out.push('\n');
                    para(
                        &mut out,
                        "",
                        &format!("Q{} ({}){c}{}", i.saturating_add(1), q.by, q.text),
                    );
                    for (by, text) in &q.answers {
                        para(&mut out, "    ", &format!("{by}{c}{text}"));
                    }
                }
            }
            Block::Prompts { minutes, prompts } => {
                let _ = writeln!(out, "\n{} ({minutes} min)", w.for_the_facilitator);
                for p in prompts {
                    para(&mut out, "  ? ", &p);
                }
            }
            Block::Credits(lines) => {
                let _ = writeln!(out, "\n{}", w.credits.to_uppercase());
                for l in lines {
                    para(&mut out, "", &l);
                }
            }
            Block::Skipped(_) => {}
        }
    }
    strip(&out).into_owned()
}
