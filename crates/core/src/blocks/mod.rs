//! The documentary as a list of blocks, before it is written out: `print`
//! writes them as plain text, the handout as Markdown or HTML. What each
//! output shows is the writer's choice; the words are computed once here.

use crate::app::Poll;
use crate::content::model::{Ask, Chart, Choice, Expr, Panel, Value};
use crate::content::text::{
    answer_label, derivation, panel_title, speaker_name, voice, who, with_unit,
};
use crate::content::{Documentary, Lang};
use crate::journey::Answer;
use crate::session_log::Session;
use crate::words;

mod session;
mod when;

pub use session::{ChapterTime, PanelTime, RoomQuestion, SessionFacts};

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Title {
        title: String,
        subtitle: String,
    },
    /// A screening's date, length and timeline (with a session only).
    Session(SessionFacts),
    Episode {
        number: usize,
        title: String,
        summary: Option<String>,
        /// Whose work it shows: the handout takes its accent from it.
        family: Option<crate::content::Family>,
    },
    Chapter(String),
    /// A content notice before what follows.
    Notice(String),
    /// What follows is shown only when a condition holds, in words.
    Condition(String),
    Narration {
        heading: String,
        body: String,
    },
    Testimony {
        name: String,
        who: String,
        intro: Option<String>,
        passages: Vec<String>,
    },
    Figure {
        label: String,
        value: String,
        how: Option<String>,
        context: Option<String>,
        /// Other figures it is set against: (label, value).
        compared: Vec<(String, String)>,
        out_of: Option<String>,
        source: String,
    },
    Choice(ChoiceBlock),
    Debate {
        heading: String,
        questions: Vec<QuestionBlock>,
    },
    /// A recap: its heading, and the episode's questions with the report's
    /// answer where there is one.
    Recap {
        heading: String,
        entries: Vec<(String, Option<String>)>,
    },
    Prompts {
        minutes: u32,
        prompts: Vec<String>,
    },
    /// Panels whose content notice the room skipped.
    Skipped(Vec<String>),
    /// The room's questions, the most upvoted first (with a session only).
    RoomQuestions(Vec<RoomQuestion>),
    /// Every panel shown, with its time (with a session only).
    Timeline(Vec<PanelTime>),
    Credits(Vec<String>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceBlock {
    pub prompt: String,
    /// Each option with the room's votes for it (0 without a session).
    pub options: Vec<(String, u64)>,
    /// A guess: the real figure, "label: value".
    pub figure: Option<(String, String)>,
    pub reveal: Option<String>,
    /// The room's answer: the tally's leader, or the guesses' spread.
    pub room: Option<String>,
    /// What the report says: the reveal, or the real figure.
    pub real: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionBlock {
    pub by: String,
    pub text: String,
    pub answers: Vec<(String, String)>,
}

/// What to put in: one episode or all, the whole documentary or what a
/// screening showed.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scope<'a> {
    pub episode: Option<usize>,
    pub session: Option<&'a Session>,
}

pub fn documentary(doc: &Documentary, lang: Lang, scope: Scope<'_>) -> Vec<Block> {
    let w = words::of(lang);
    let shown: Option<Vec<&str>> = scope.session.map(Session::panels_shown);
    // A panel the room skipped is listed under "Skipped", never in the body.
    let skipped = |id: &str| {
        scope
            .session
            .is_some_and(|s| s.skipped.iter().any(|k| k == id))
    };
    let included = |id: &str| shown.as_ref().is_none_or(|ids| ids.contains(&id)) && !skipped(id);
    let mut out = Vec::new();
    if scope.episode.is_none() {
        out.push(Block::Title {
            title: doc.manifest.title.get(lang).to_owned(),
            subtitle: match scope.session {
                // Who was there, when the room was followed from terminals.
                Some(s) if s.participants() > 0 => format!(
                    "{} — {}",
                    (w.handout_of)(&s.name),
                    (w.handout_participants)(s.participants())
                ),
                Some(s) => (w.handout_of)(&s.name),
                None => doc.manifest.subtitle.get(lang).to_owned(),
            },
        });
        if let Some(s) = scope.session {
            out.push(Block::Session(session::facts(doc, s, lang)));
        }
    }
    for (e, ep) in doc.episodes.iter().enumerate() {
        if scope.episode.is_some_and(|n| n != e) {
            continue;
        }
        let mut episode_open = false;
        for ch in &ep.chapters {
            let panels: Vec<&Panel> = ch.panels.iter().filter(|p| included(p.id())).collect();
            if panels.is_empty() {
                continue;
            }
            if !episode_open {
                out.push(Block::Episode {
                    number: e.saturating_add(1),
                    title: ep.title.get(lang).to_owned(),
                    summary: ep.summary.as_ref().map(|s| s.get(lang).to_owned()),
                    family: ep.family,
                });
                episode_open = true;
            }
            out.push(Block::Chapter(ch.title.get(lang).to_owned()));
            if let Some(n) = &ch.notice {
                out.push(Block::Notice(n.get(lang).to_owned()));
            }
            for panel in panels {
                if let Some(n) = panel.notice() {
                    out.push(Block::Notice(n.get(lang).to_owned()));
                }
                if let Some(c) = panel.when() {
                    out.push(Block::Condition(when::sentence(doc, c, lang)));
                }
                out.push(panel_block(doc, panel, e, lang, scope.session));
            }
            if let Some(f) = &ch.facilitator {
                out.push(Block::Prompts {
                    minutes: f.minutes,
                    prompts: f.prompts.iter().map(|p| p.get(lang).to_owned()).collect(),
                });
            }
        }
    }
    if let Some(s) = scope.session
        && !s.skipped.is_empty()
    {
        let titles = s
            .skipped
            .iter()
            .filter_map(|id| doc.panel_index.get(id))
            .filter_map(|&i| doc.timeline.get(i))
            .map(|slot| panel_title(doc.panel(*slot), lang))
            .collect();
        out.push(Block::Skipped(titles));
    }
    if let Some(s) = scope.session {
        let questions = session::room_questions(doc, s, lang);
        if !questions.is_empty() {
            out.push(Block::RoomQuestions(questions));
        }
        let shown = session::panels(doc, s, lang);
        if !shown.is_empty() {
            out.push(Block::Timeline(shown));
        }
    }
    if scope.episode.is_none() && !doc.manifest.credits.is_empty() {
        out.push(Block::Credits(
            doc.manifest
                .credits
                .iter()
                .map(|c| c.get(lang).to_owned())
                .collect(),
        ));
    }
    out
}

fn panel_block(
    doc: &Documentary,
    panel: &Panel,
    episode: usize,
    lang: Lang,
    session: Option<&Session>,
) -> Block {
    match panel {
        Panel::Narration(n) => Block::Narration {
            heading: n.heading.get(lang).to_owned(),
            body: n.body.get(lang).to_owned(),
        },
        Panel::Testimony(x) => Block::Testimony {
            name: speaker_name(x, lang),
            who: who(lang, x),
            intro: x.intro.as_ref().map(|i| i.get(lang).to_owned()),
            passages: x.passages.iter().map(|p| p.get(lang).to_owned()).collect(),
        },
        Panel::Statistic(s) => Block::Figure {
            label: s.label.get(lang).to_owned(),
            value: with_unit(doc, s, lang),
            how: match &s.value {
                Value::Derived(expr) => Some(format!("= {}", derivation(doc, expr, lang))),
                _ => None,
            },
            context: s.context.as_ref().map(|c| c.get(lang).to_owned()),
            compared: match &s.chart {
                Some(Chart::Bars(ids)) => ids
                    .iter()
                    .filter_map(|id| doc.statistic(id))
                    .map(|o| (o.label.get(lang).to_owned(), with_unit(doc, o, lang)))
                    .collect(),
                _ => Vec::new(),
            },
            out_of: match &s.chart {
                Some(Chart::Gauge(Expr::Num(full))) => {
                    Some(crate::content::figures::format_number(*full, 0, lang))
                }
                _ => None,
            },
            source: s.source.get(lang).to_owned(),
        },
        Panel::Choice(ch) => Block::Choice(choice_block(doc, ch, lang, session)),
        Panel::Debate(d) => Block::Debate {
            heading: d.heading.get(lang).to_owned(),
            questions: d
                .questions
                .iter()
                .map(|q| QuestionBlock {
                    by: voice(&q.asked_by, lang),
                    text: q.text.get(lang).to_owned(),
                    answers: q
                        .answers
                        .iter()
                        .map(|a| (voice(&a.by, lang), a.text.get(lang).to_owned()))
                        .collect(),
                })
                .collect(),
        },
        Panel::Recap(r) => Block::Recap {
            heading: r.heading.get(lang).to_owned(),
            entries: recap_entries(doc, episode, lang),
        },
    }
}

fn choice_block(
    doc: &Documentary,
    ch: &Choice,
    lang: Lang,
    session: Option<&Session>,
) -> ChoiceBlock {
    let poll = session.and_then(|s| s.polls.get(&ch.id));
    let answer = session.and_then(|s| s.answers.get(&ch.id));
    let figure = match &ch.ask {
        Ask::Guess { figure, .. } => doc
            .statistic(figure)
            .map(|s| (s.label.get(lang).to_owned(), with_unit(doc, s, lang))),
        Ask::Options(_) => None,
    };
    let (options, room) = match &ch.ask {
        Ask::Options(opts) => {
            let tally = poll.map(|p| p.tally(opts.len())).unwrap_or_default();
            let options = opts
                .iter()
                .enumerate()
                .map(|(k, o)| (o.get(lang).to_owned(), tally.get(k).copied().unwrap_or(0)))
                .collect();
            // The room's answer is what it voted, never the option on screen.
            let leaders = poll.map(|p| p.leaders(opts.len())).unwrap_or_default();
            let room = (!leaders.is_empty()).then(|| {
                leaders
                    .iter()
                    .filter_map(|&k| opts.get(k).map(|o| o.get(lang)))
                    .collect::<Vec<_>>()
                    .join(" / ")
            });
            (options, room)
        }
        Ask::Guess { .. } => {
            let guesses = poll.map(Poll::guesses).unwrap_or_default();
            let room = match (guesses.first(), guesses.last()) {
                (Some(lo), Some(hi)) => Some(guess_spread(doc, ch, &guesses, *lo, *hi, lang)),
                _ => answer.map(|a: &Answer| answer_label(doc, ch, a, lang)),
            };
            (Vec::new(), room)
        }
    };
    let real = match (&figure, &ch.reveal) {
        (Some((label, value)), _) => Some(format!("{value} — {label}")),
        (None, Some(r)) => Some(r.get(lang).to_owned()),
        (None, None) => None,
    };
    ChoiceBlock {
        prompt: ch.prompt.get(lang).to_owned(),
        options,
        figure,
        reveal: ch.reveal.as_ref().map(|r| r.get(lang).to_owned()),
        room,
        real,
    }
}

/// A recap's entries: the episode's questions, each with the report's
/// answer (the real figure, else the reveal) when it gives one.
fn recap_entries(doc: &Documentary, episode: usize, lang: Lang) -> Vec<(String, Option<String>)> {
    doc.timeline
        .iter()
        .filter(|slot| slot.episode == episode)
        .filter_map(|slot| match doc.panel(*slot) {
            Panel::Choice(ch) => {
                let c = choice_block(doc, ch, lang, None);
                Some((c.prompt, c.real))
            }
            _ => None,
        })
        .collect()
}

/// The room's guesses: their median and range, in the figure's unit.
fn guess_spread(
    doc: &Documentary,
    ch: &Choice,
    guesses: &[f64],
    lo: f64,
    hi: f64,
    lang: Lang,
) -> String {
    let median = crate::app::median_of(guesses).unwrap_or(lo);
    let label = |v: f64| answer_label(doc, ch, &Answer::Guessed(v), lang);
    (words::of(lang).guess_spread)(&label(median), guesses.len(), &label(lo), &label(hi))
}
