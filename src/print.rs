//! `invisibles print`: the whole documentary as plain linear text, for screen
//! readers, handouts and tests. Every text, figure, question and answer.

use std::fmt::Write;

use crate::content::controls::strip;
use crate::content::figures::format_number;
use crate::content::model::{Ask, Chart, Expr, Panel, Value};
use crate::content::{Documentary, Lang};
use crate::ui::panels::derivation;
use crate::ui::panels::{debate_voice, statistic_with_unit, testimony_who};
use crate::ui::tr;

const WIDTH: usize = 78;

/// French sets a space before a colon; English does not.
fn colon(lang: Lang) -> &'static str {
    tr(lang, ": ", "\u{a0}: ")
}

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

/// A content notice, set apart in brackets.
fn notice(out: &mut String, text: &str, lang: Lang) {
    let label = tr(lang, "Content notice:", "Avertissement :");
    para(out, "", &format!("[{label} {text}]"));
}

/// The documentary (or one episode, 0-based) as text, free of control
/// characters.
pub fn print(doc: &Documentary, lang: Lang, episode: Option<usize>) -> String {
    let mut out = String::new();
    let t = |en, fr| tr(lang, en, fr);
    if episode.is_none() {
        para(&mut out, "", &doc.manifest.title.get(lang).to_uppercase());
        para(&mut out, "", doc.manifest.subtitle.get(lang));
        out.push('\n');
    }
    for (e, ep) in doc.episodes.iter().enumerate() {
        if episode.is_some_and(|n| n != e) {
            continue;
        }
        let _ = writeln!(
            out,
            "\n{} {} — {}",
            t("EPISODE", "ÉPISODE"),
            e + 1,
            ep.title.get(lang)
        );
        if let Some(s) = &ep.summary {
            para(&mut out, "", s.get(lang));
        }
        for ch in &ep.chapters {
            let _ = writeln!(out, "\n== {} ==", ch.title.get(lang));
            if let Some(n) = &ch.notice {
                notice(&mut out, n.get(lang), lang);
            }
            for panel in &ch.panels {
                out.push('\n');
                if let Some(n) = panel.notice() {
                    notice(&mut out, n.get(lang), lang);
                }
                print_panel(&mut out, doc, panel, lang);
            }
            if let Some(f) = &ch.facilitator {
                let _ = writeln!(
                    out,
                    "\n{} ({} min)",
                    t("For the facilitator", "Pour l'animation"),
                    f.minutes
                );
                for p in &f.prompts {
                    para(&mut out, "  ? ", p.get(lang));
                }
            }
        }
    }
    if episode.is_none() && !doc.manifest.credits.is_empty() {
        let _ = writeln!(out, "\n{}", t("CREDITS", "GÉNÉRIQUE"));
        for c in &doc.manifest.credits {
            para(&mut out, "", c.get(lang));
        }
    }
    strip(&out).into_owned()
}

fn print_panel(out: &mut String, doc: &Documentary, panel: &Panel, lang: Lang) {
    let t = |en, fr| tr(lang, en, fr);
    match panel {
        Panel::Narration(n) => {
            let _ = writeln!(out, "# {}", n.heading.get(lang));
            para(out, "", n.body.get(lang));
        }
        Panel::Testimony(x) => {
            let name = x
                .speaker
                .name
                .clone()
                .unwrap_or_else(|| t("Anonymous", "Anonyme").to_owned());
            let _ = writeln!(
                out,
                "{} — {name} ({})",
                t("Testimony", "Témoignage"),
                testimony_who(lang, x)
            );
            if let Some(i) = &x.intro {
                para(out, "", i.get(lang));
            }
            for p in &x.passages {
                para(out, "  | ", p.get(lang));
            }
        }
        Panel::Statistic(s) => {
            let _ = writeln!(
                out,
                "{} — {}{}{}",
                t("Figure", "Chiffre"),
                s.label.get(lang),
                colon(lang),
                statistic_with_unit(doc, s, lang)
            );
            if let Value::Derived(expr) = &s.value {
                para(out, "  ", &format!("= {}", derivation(doc, expr, lang)));
            }
            if let Some(c) = &s.context {
                para(out, "  ", c.get(lang));
            }
            match &s.chart {
                Some(Chart::Bars(ids)) => {
                    for id in ids {
                        if let Some(o) = doc.statistic(id) {
                            para(
                                out,
                                "  ",
                                &format!(
                                    "{} {}{}{}",
                                    t("Compared with", "Comparé à"),
                                    o.label.get(lang),
                                    colon(lang),
                                    statistic_with_unit(doc, o, lang)
                                ),
                            );
                        }
                    }
                }
                Some(Chart::Gauge(Expr::Num(full))) => {
                    para(
                        out,
                        "  ",
                        &format!("{} {}", t("Out of", "Sur"), format_number(*full, 0, lang)),
                    );
                }
                _ => {}
            }
            para(
                out,
                "  ",
                &format!("{} {}", t("Source:", "Source :"), s.source.get(lang)),
            );
        }
        Panel::Choice(ch) => {
            let _ = writeln!(
                out,
                "{} — {}",
                t("Question for you", "Question pour vous"),
                ch.prompt.get(lang)
            );
            match &ch.ask {
                Ask::Options(opts) => {
                    for o in opts {
                        para(out, "  ( ) ", o.get(lang));
                    }
                }
                Ask::Guess { figure, .. } => {
                    if let Some(stat) = doc.statistic(figure) {
                        para(
                            out,
                            "  ",
                            &format!(
                                "{} {}{}{}",
                                t("Answer:", "Réponse :"),
                                stat.label.get(lang),
                                colon(lang),
                                statistic_with_unit(doc, stat, lang)
                            ),
                        );
                    }
                }
            }
            if let Some(r) = &ch.reveal {
                para(out, "  ", r.get(lang));
            }
        }
        Panel::Recap(r) => {
            let _ = writeln!(out, "# {}", r.heading.get(lang));
        }
        Panel::Debate(d) => {
            let _ = writeln!(out, "{} — {}", t("Debate", "Débat"), d.heading.get(lang));
            for (i, q) in d.questions.iter().enumerate() {
                out.push('\n');
                para(
                    out,
                    "",
                    &format!(
                        "Q{} ({}){}{}",
                        i + 1,
                        debate_voice(&q.asked_by, lang),
                        colon(lang),
                        q.text.get(lang)
                    ),
                );
                for a in &q.answers {
                    para(
                        out,
                        "    ",
                        &format!(
                            "{}{}{}",
                            debate_voice(&a.by, lang),
                            colon(lang),
                            a.text.get(lang)
                        ),
                    );
                }
            }
        }
    }
}
