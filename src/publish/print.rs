//! `invisibles print`: the whole documentary as plain linear text, for screen
//! readers, handouts and tests. Every text, figure, question and answer: a
//! writer over the same blocks as the handout. Plain words and blank lines
//! mark its structure (no `#` or `==` for a screen reader to read aloud),
//! and every line is wrapped at [`WIDTH`].

use crate::blocks::{self, Block, Scope};
use crate::content::controls::strip;
use crate::content::{Documentary, Lang};
use crate::words::{self, handout};

/// The widest line printed, in columns.
pub const WIDTH: usize = 78;

/// `text` wrapped, its first line after `first`, the others after `rest`
/// (so a mark like `? ` opens an item once, not every line of it).
fn hanging(out: &mut String, first: &str, rest: &str, text: &str) {
    let mut lead = first;
    for line in text.lines() {
        if line.trim().is_empty() {
            out.push('\n');
            continue;
        }
        let opts = textwrap::Options::new(WIDTH)
            .initial_indent(lead)
            .subsequent_indent(rest);
        for l in textwrap::wrap(line, opts) {
            out.push_str(&l);
            out.push('\n');
        }
        lead = rest;
    }
}

/// `text` wrapped, every line after `indent`.
fn para(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        if line.trim().is_empty() {
            out.push('\n');
            continue;
        }
        hanging(out, indent, indent, line);
    }
}

/// Blocks that open a part of their own, not a panel.
fn structural(block: &Block) -> bool {
    matches!(
        block,
        Block::Title { .. }
            | Block::Session(_)
            | Block::Episode { .. }
            | Block::Chapter(_)
            | Block::Prompts { .. }
            | Block::Credits(_)
            | Block::Skipped(_)
            | Block::RoomQuestions(_)
            | Block::Timeline(_)
    )
}

/// The documentary (or one episode, 0-based) as text, free of control
/// characters.
pub fn print(doc: &Documentary, lang: Lang, episode: Option<usize>) -> String {
    let w = words::of(lang);
    let h = handout::of(lang);
    let c = w.colon;
    let mut out = String::new();
    // A notice or a condition goes right before what it is about; a
    // chapter's notice, right under its title.
    let mut after_chapter = false;
    let mut glued = false;
    let scope = Scope {
        episode,
        session: None,
    };
    for block in blocks::documentary(doc, lang, scope) {
        let lead = matches!(block, Block::Notice(_) | Block::Condition(_));
        let joined = structural(&block) || glued || (after_chapter && lead);
        if !joined {
            out.push('\n');
        }
        glued = lead;
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
                ..
            } => {
                out.push('\n');
                let head = format!("{} {number} — {title}", w.word_episode.to_uppercase());
                para(&mut out, "", &head);
                if let Some(s) = summary {
                    para(&mut out, "", &s);
                }
            }
            Block::Chapter(title) => {
                out.push('\n');
                para(&mut out, "", &format!("{} — {title}", h.chapter));
            }
            Block::Notice(text) => para(&mut out, "", &format!("[{} {text}]", w.content_notice)),
            Block::Condition(text) => para(&mut out, "", &format!("[{text}]")),
            Block::Narration { heading, body } => {
                para(&mut out, "", &heading);
                para(&mut out, "", &body);
            }
            Block::Testimony {
                name,
                who,
                intro,
                passages,
            } => {
                para(
                    &mut out,
                    "",
                    &format!("{} — {name} ({who})", w.word_testimony),
                );
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
                para(
                    &mut out,
                    "",
                    &format!("{} — {label}{c}{value}", w.word_figure),
                );
                for extra in how.iter().chain(&context) {
                    para(&mut out, "  ", extra);
                }
                for (label, value) in compared {
                    let line = format!("{} {label}{c}{value}", w.compared_with);
                    para(&mut out, "  ", &line);
                }
                if let Some(full) = out_of {
                    para(&mut out, "  ", &format!("{} {full}", w.out_of));
                }
                para(&mut out, "  ", &format!("{} {source}", w.source_label));
            }
            Block::Choice(ch) => {
                para(
                    &mut out,
                    "",
                    &format!("{} — {}", w.question_for_you, ch.prompt),
                );
                for (option, _) in &ch.options {
                    hanging(&mut out, "  ( ) ", "      ", option);
                }
                if let Some((label, value)) = &ch.figure {
                    let line = format!("{} {label}{c}{value}", w.answer_label);
                    para(&mut out, "  ", &line);
                }
                if let Some(r) = &ch.reveal {
                    para(&mut out, "  ", r);
                }
            }
            Block::Recap { heading, entries } => {
                para(&mut out, "", &heading);
                para(&mut out, "", h.recap_intro);
                for (prompt, real) in entries {
                    hanging(&mut out, "  - ", "    ", &prompt);
                    if let Some(r) = real {
                        para(&mut out, "    ", &format!("{} {r}", w.answer_label));
                    }
                }
            }
            Block::Debate { heading, questions } => {
                para(&mut out, "", &format!("{} — {heading}", w.word_debate));
                for (i, q) in questions.iter().enumerate() {
                    out.push('\n');
                    let n = i.saturating_add(1);
                    para(&mut out, "", &format!("Q{n} ({}){c}{}", q.by, q.text));
                    for (by, text) in &q.answers {
                        para(&mut out, "    ", &format!("{by}{c}{text}"));
                    }
                }
            }
            Block::Prompts { minutes, prompts } => {
                out.push('\n');
                para(
                    &mut out,
                    "",
                    &format!("{} ({minutes} min)", w.for_the_facilitator),
                );
                for p in prompts {
                    hanging(&mut out, "  ? ", "    ", &p);
                }
            }
            Block::Credits(lines) => {
                out.push('\n');
                para(&mut out, "", &w.credits.to_uppercase());
                for l in lines {
                    para(&mut out, "", &l);
                }
            }
            Block::Session(_)
            | Block::Skipped(_)
            | Block::RoomQuestions(_)
            | Block::Timeline(_) => {}
        }
    }
    strip(&out).into_owned()
}
