//! `invisibles export`: a linear handout of what was screened, in Markdown or
//! as one self-contained printable HTML file (inline CSS, no script, no network).

use std::fmt::Write;

use super::session::Session;
use crate::app::{Poll, bar_cells};
use crate::content::model::{Ask, Panel, Value};
use crate::content::{Documentary, Lang};
use crate::journey::Answer;
use crate::ui::panels::{
    answer_label, debate_voice, derivation, statistic_with_unit, testimony_who,
};
use crate::ui::tr;

/// The handout's content, before it is written in one format or the other.
#[derive(Debug, Clone, PartialEq)]
enum Block {
    Title(String, String),
    Episode(String),
    Chapter(String),
    Para(String),
    Testimony {
        who: String,
        lines: Vec<String>,
    },
    Figure {
        label: String,
        value: String,
        how: Option<String>,
        source: String,
    },
    Poll {
        prompt: String,
        rows: Vec<(String, u64)>,
        room: Option<String>,
        real: Option<String>,
    },
    Questions(Vec<String>),
    /// The room's own questions (`invisibles serve`): who asked, what, answered.
    Asked(Vec<(String, String, bool)>),
    Prompts {
        minutes: u32,
        prompts: Vec<String>,
    },
}

fn blocks(doc: &Documentary, lang: Lang, session: Option<&Session>) -> Vec<Block> {
    let t = |en, fr| tr(lang, en, fr);
    let shown: Option<Vec<&str>> = session.map(|s| s.panels_shown());
    let included = |id: &str| shown.as_ref().is_none_or(|ids| ids.contains(&id));
    let mut out = vec![Block::Title(
        doc.manifest.title.get(lang).to_owned(),
        match session {
            Some(s) => format!(
                "{} « {} »",
                t("Handout of the screening", "Synthèse de la projection"),
                s.name
            ),
            None => doc.manifest.subtitle.get(lang).to_owned(),
        },
    )];
    for (e, ep) in doc.episodes.iter().enumerate() {
        let mut episode_open = false;
        for ch in &ep.chapters {
            let panels: Vec<&Panel> = ch.panels.iter().filter(|p| included(p.id())).collect();
            if panels.is_empty() {
                continue;
            }
            if !episode_open {
                out.push(Block::Episode(format!(
                    "{} {} — {}",
                    t("Episode", "Épisode"),
                    e + 1,
                    ep.title.get(lang)
                )));
                episode_open = true;
            }
            out.push(Block::Chapter(ch.title.get(lang).to_owned()));
            for panel in panels {
                if let Some(b) = panel_block(doc, panel, lang, session) {
                    out.push(b);
                }
            }
            if let Some(f) = &ch.facilitator {
                out.push(Block::Prompts {
                    minutes: f.minutes,
                    prompts: f.prompts.iter().map(|p| p.get(lang).to_owned()).collect(),
                });
            }
        }
    }
    if let Some(s) = session.filter(|s| !s.questions.is_empty()) {
        out.push(Block::Asked(
            s.questions
                .iter()
                .map(|q| (q.from.clone(), q.text.clone(), q.answered))
                .collect(),
        ));
    }
    out
}

/// The heading of the room's questions, and the mark of an answered one.
fn asked_words(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("Questions from the room", "answered"),
        Lang::Fr => ("Questions de la salle", "répondue"),
    }
}

fn panel_block(
    doc: &Documentary,
    panel: &Panel,
    lang: Lang,
    session: Option<&Session>,
) -> Option<Block> {
    Some(match panel {
        Panel::Narration(n) => Block::Para(format!(
            "{} — {}",
            n.heading.get(lang),
            n.body.get(lang).replace("\n\n", " ")
        )),
        Panel::Testimony(x) => {
            let name = x
                .speaker
                .name
                .clone()
                .unwrap_or_else(|| tr(lang, "Anonymous", "Anonyme").to_owned());
            let mut lines: Vec<String> = x.intro.iter().map(|i| i.get(lang).to_owned()).collect();
            lines.extend(x.passages.iter().map(|p| p.get(lang).to_owned()));
            Block::Testimony {
                who: format!("{name} ({})", testimony_who(lang, x)),
                lines,
            }
        }
        Panel::Statistic(s) => Block::Figure {
            label: s.label.get(lang).to_owned(),
            value: statistic_with_unit(doc, s, lang),
            how: match &s.value {
                Value::Derived(expr) => Some(format!("= {}", derivation(doc, expr, lang))),
                _ => None,
            },
            source: s.source.get(lang).to_owned(),
        },
        Panel::Choice(ch) => {
            let polls = session.and_then(|s| s.polls.get(&ch.id));
            let answer = session.and_then(|s| s.answers.get(&ch.id));
            let (rows, room) = match &ch.ask {
                Ask::Options(opts) => {
                    let tally = polls.map(|p| p.tally(opts.len())).unwrap_or_default();
                    let rows = opts
                        .iter()
                        .enumerate()
                        .map(|(k, o)| (o.get(lang).to_owned(), tally.get(k).copied().unwrap_or(0)))
                        .collect();
                    // The room's answer is what it voted, never the option on screen.
                    let leaders = polls.map(|p| p.leaders(opts.len())).unwrap_or_default();
                    let room = (!leaders.is_empty()).then(|| {
                        leaders
                            .iter()
                            .filter_map(|&k| opts.get(k).map(|o| o.get(lang)))
                            .collect::<Vec<_>>()
                            .join(" / ")
                    });
                    (rows, room)
                }
                Ask::Guess { .. } => {
                    let guesses = polls.map(Poll::guesses).unwrap_or_default();
                    let room = match (guesses.first(), guesses.last()) {
                        (Some(lo), Some(hi)) => {
                            Some(guess_spread(doc, ch, &guesses, *lo, *hi, lang))
                        }
                        _ => answer.map(|a: &Answer| answer_label(doc, ch, a, lang)),
                    };
                    (Vec::new(), room)
                }
            };
            let real = match &ch.ask {
                Ask::Guess { figure, .. } => doc.statistic(figure).map(|s| {
                    format!(
                        "{} — {}",
                        statistic_with_unit(doc, s, lang),
                        s.label.get(lang)
                    )
                }),
                Ask::Options(_) => ch.reveal.as_ref().map(|r| r.get(lang).to_owned()),
            };
            Block::Poll {
                prompt: ch.prompt.get(lang).to_owned(),
                rows,
                room,
                real,
            }
        }
        Panel::Debate(d) => Block::Questions(
            d.questions
                .iter()
                .map(|q| format!("{} — {}", debate_voice(&q.asked_by, lang), q.text.get(lang)))
                .collect(),
        ),
        Panel::Recap(_) => return None,
    })
}

pub fn markdown(doc: &Documentary, lang: Lang, session: Option<&Session>) -> String {
    let t = |en, fr| tr(lang, en, fr);
    let mut out = String::new();
    for b in blocks(doc, lang, session) {
        let _ = match b {
            Block::Title(title, sub) => writeln!(out, "# {title}\n\n*{sub}*\n"),
            Block::Episode(s) => writeln!(out, "## {s}\n"),
            Block::Chapter(s) => writeln!(out, "### {s}\n"),
            Block::Para(s) => writeln!(out, "{s}\n"),
            Block::Testimony { who, lines } => {
                let _ = writeln!(out, "**{} — {who}**\n", t("Testimony", "Témoignage"));
                for l in lines {
                    let _ = writeln!(out, "> {l}");
                }
                writeln!(out)
            }
            Block::Figure {
                label,
                value,
                how,
                source,
            } => {
                let _ = write!(out, "- **{value}** — {label}");
                if let Some(h) = how {
                    let _ = write!(out, " ({h})");
                }
                writeln!(out, "  \n  *{} {source}*\n", t("Source:", "Source :"))
            }
            Block::Poll {
                prompt,
                rows,
                room,
                real,
            } => {
                let _ = writeln!(
                    out,
                    "**{} — {prompt}**\n",
                    t("Question to the room", "Question à la salle")
                );
                let total = rows.iter().fold(0u64, |a, r| a.saturating_add(r.1));
                for (label, n) in &rows {
                    let bar = "█".repeat(bar_cells(*n, total, 20));
                    let _ = writeln!(out, "- {label}{}{n} {bar}", t(": ", "\u{a0}: "));
                }
                if let Some(r) = room {
                    let _ = writeln!(
                        out,
                        "- {} {r}",
                        t("The room's answer:", "Réponse de la salle :")
                    );
                }
                if let Some(r) = real {
                    let _ = writeln!(out, "- {} {r}", t("In reality:", "En réalité :"));
                }
                writeln!(out)
            }
            Block::Questions(qs) => {
                let _ = writeln!(
                    out,
                    "**{}**\n",
                    t("Questions from the debate", "Questions du débat")
                );
                for q in qs {
                    let _ = writeln!(out, "- {q}");
                }
                writeln!(out)
            }
            Block::Asked(qs) => {
                let (heading, answered) = asked_words(lang);
                let _ = writeln!(out, "## {heading}\n");
                for (from, text, done) in qs {
                    let mark = if done {
                        format!(" *({answered})*")
                    } else {
                        String::new()
                    };
                    let _ = writeln!(out, "- **{from}** — {text}{mark}");
                }
                writeln!(out)
            }
            Block::Prompts { minutes, prompts } => {
                let _ = writeln!(out, "*{} ({minutes} min)*\n", t("To discuss", "À discuter"));
                for p in prompts {
                    let _ = writeln!(out, "- {p}");
                }
                writeln!(out)
            }
        };
    }
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const CSS: &str = "body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#111;background:#fff}\
h1{font-size:1.8em;margin-bottom:0}h2{border-bottom:2px solid #111;margin-top:2em}h3{margin-top:1.5em}\
.figure{display:flex;gap:1em;align-items:baseline;margin:.6em 0}.figure b{font-size:1.4em;white-space:nowrap}\
.source{color:#444;font-size:.85em}blockquote{border-left:3px solid #888;margin:.5em 0;padding-left:1em}\
table{border-collapse:collapse}td{padding:.1em .6em}.bar{background:#111;height:.8em;display:inline-block}\
.prompts{background:#f2f2f2;padding:.5em 1em;border-radius:4px}@media print{h2{page-break-before:auto}.figure,blockquote,table{page-break-inside:avoid}}";

pub fn html(doc: &Documentary, lang: Lang, session: Option<&Session>) -> String {
    let t = |en, fr| tr(lang, en, fr);
    let code = match lang {
        Lang::Fr => "fr",
        Lang::En => "en",
    };
    let mut body = String::new();
    let mut title_text = String::new();
    for b in blocks(doc, lang, session) {
        let _ = match b {
            Block::Title(title, sub) => {
                title_text = title.clone();
                writeln!(
                    body,
                    "<h1>{}</h1>\n<p><em>{}</em></p>",
                    esc(&title),
                    esc(&sub)
                )
            }
            Block::Episode(s) => writeln!(body, "<h2>{}</h2>", esc(&s)),
            Block::Chapter(s) => writeln!(body, "<h3>{}</h3>", esc(&s)),
            Block::Para(s) => writeln!(body, "<p>{}</p>", esc(&s)),
            Block::Testimony { who, lines } => {
                let _ = writeln!(
                    body,
                    "<p><strong>{} — {}</strong></p>\n<blockquote>",
                    t("Testimony", "Témoignage"),
                    esc(&who)
                );
                for l in lines {
                    let _ = writeln!(body, "<p>{}</p>", esc(&l));
                }
                writeln!(body, "</blockquote>")
            }
            Block::Figure {
                label,
                value,
                how,
                source,
            } => writeln!(
                body,
                "<div class=\"figure\"><b>{}</b><span>{}{}<br><span class=\"source\">{} {}</span></span></div>",
                esc(&value),
                esc(&label),
                how.map(|h| format!(" ({})", esc(&h))).unwrap_or_default(),
                t("Source:", "Source :"),
                esc(&source)
            ),
            Block::Poll {
                prompt,
                rows,
                room,
                real,
            } => {
                let _ = writeln!(
                    body,
                    "<p><strong>{} — {}</strong></p>",
                    t("Question to the room", "Question à la salle"),
                    esc(&prompt)
                );
                if !rows.is_empty() {
                    let total = rows.iter().fold(0u64, |a, r| a.saturating_add(r.1));
                    let _ = writeln!(body, "<table>");
                    for (label, n) in &rows {
                        let width = bar_cells(*n, total, 200);
                        let _ = writeln!(
                            body,
                            "<tr><td>{}</td><td>{n}</td><td><span class=\"bar\" style=\"width:{width}px\"></span></td></tr>",
                            esc(label)
                        );
                    }
                    let _ = writeln!(body, "</table>");
                }
                if let Some(r) = room {
                    let _ = writeln!(
                        body,
                        "<p>{} <b>{}</b></p>",
                        t("The room's answer:", "Réponse de la salle :"),
                        esc(&r)
                    );
                }
                if let Some(r) = real {
                    let _ = writeln!(
                        body,
                        "<p>{} {}</p>",
                        t("In reality:", "En réalité :"),
                        esc(&r)
                    );
                }
                Ok(())
            }
            Block::Questions(qs) => {
                let _ = writeln!(
                    body,
                    "<p><strong>{}</strong></p>\n<ul>",
                    t("Questions from the debate", "Questions du débat")
                );
                for q in qs {
                    let _ = writeln!(body, "<li>{}</li>", esc(&q));
                }
                writeln!(body, "</ul>")
            }
            Block::Asked(qs) => {
                let (heading, answered) = asked_words(lang);
                let _ = writeln!(body, "<h2>{}</h2>\n<ul>", esc(heading));
                for (from, text, done) in qs {
                    let mark = if done {
                        format!(" <em>({answered})</em>")
                    } else {
                        String::new()
                    };
                    let _ = writeln!(
                        body,
                        "<li><b>{}</b> — {}{mark}</li>",
                        esc(&from),
                        esc(&text)
                    );
                }
                writeln!(body, "</ul>")
            }
            Block::Prompts { minutes, prompts } => {
                let _ = writeln!(
                    body,
                    "<div class=\"prompts\"><p><em>{} ({minutes} min)</em></p><ul>",
                    t("To discuss", "À discuter")
                );
                for p in prompts {
                    let _ = writeln!(body, "<li>{}</li>", esc(&p));
                }
                writeln!(body, "</ul></div>")
            }
        };
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(&title_text)
    )
}

/// The room's guesses: their median and range, in the figure's unit.
fn guess_spread(
    doc: &Documentary,
    ch: &crate::content::model::Choice,
    guesses: &[f64],
    lo: f64,
    hi: f64,
    lang: Lang,
) -> String {
    let median = guesses.get(guesses.len() / 2).copied().unwrap_or(lo);
    let label = |v: f64| answer_label(doc, ch, &Answer::Guessed(v), lang);
    match lang {
        Lang::En => format!(
            "median {} ({} guesses, from {} to {})",
            label(median),
            guesses.len(),
            label(lo),
            label(hi)
        ),
        Lang::Fr => format!(
            "médiane {} ({} estimations, de {} à {})",
            label(median),
            guesses.len(),
            label(lo),
            label(hi)
        ),
    }
}
