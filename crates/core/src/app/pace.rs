//! How long autoplay leaves each step on screen: enough to read it.

use std::time::Duration;

use super::room::Screen;
use super::state::State;
use crate::content::{Documentary, Lang, Panel};

/// Words a viewer reads per second, a calm pace for a screen seen from afar.
const WORDS_PER_SECOND: f64 = 3.0;

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The time to read what is on screen now, between 5 s and a minute.
pub fn reading_time(state: &State) -> Duration {
    let lang = state.viewer.lang;
    let count = match state.room.screen {
        Screen::Title => 20,
        Screen::End => 30,
        Screen::Panel(i) => {
            let doc = &state.doc;
            let p = &state.room.progress[i];
            match doc.panel(doc.timeline[i]) {
                _ if state.room.gate == Some(crate::app::room::Gate::Episode) => {
                    let ep = doc.episode(doc.timeline[i]);
                    let summary = ep.summary.as_ref().map_or(0, |s| words(s.get(lang)));
                    8 + words(ep.title.get(lang)) + summary
                }
                _ if state.room.gate.is_some() => 0,
                Panel::Testimony(t) => {
                    let newest = t
                        .passages
                        .get(p.revealed.saturating_sub(1))
                        .map_or(0, |x| words(x.get(lang)));
                    let intro = if p.revealed <= 1 {
                        t.intro.as_ref().map_or(0, |x| words(x.get(lang))) + 8
                    } else {
                        0
                    };
                    newest + intro
                }
                Panel::Debate(d) => {
                    let q = p.selected.min(d.questions.len().saturating_sub(1));
                    match (p.steps.last(), d.questions.get(q)) {
                        (Some(&(sq, _)), Some(question)) if sq == q => {
                            let shown = p.answers_shown(q);
                            question
                                .answers
                                .get(shown.saturating_sub(1))
                                .map_or(0, |a| words(a.text.get(lang)))
                        }
                        (_, Some(question)) => words(question.text.get(lang)),
                        _ => 0,
                    }
                }
                panel => one_step(panel, lang),
            }
        }
    };
    Duration::from_secs_f64((4.0 + count as f64 / WORDS_PER_SECOND).clamp(5.0, 60.0))
}

/// About how long reading episode `e` alone takes at the pace above, every
/// passage, answer and option read: in whole minutes, at least one (0 for
/// no such episode). The episode list and card say it instead of a count of
/// panels; it is counted once per language.
pub fn episode_minutes(doc: &Documentary, e: usize, lang: Lang) -> u32 {
    let all = doc.episode_minutes(lang, || {
        (doc.episodes.iter())
            .map(|episode| {
                let seconds: f64 = (episode.chapters.iter())
                    .flat_map(|c| &c.panels)
                    .map(|panel| {
                        // Each step read like autoplay's: 4 s to look, then the words.
                        let (steps, count) = read_whole(panel, lang);
                        4.0 * steps as f64 + count as f64 / WORDS_PER_SECOND
                    })
                    .sum();
                ((seconds / 60.0).ceil() as u32).max(1)
            })
            .collect()
    });
    all.get(e).copied().unwrap_or(0)
}

/// The steps of `panel` and its words, every step read.
fn read_whole(panel: &Panel, lang: Lang) -> (usize, usize) {
    let all = |texts: &mut dyn Iterator<Item = &str>| texts.map(words).sum::<usize>();
    match panel {
        Panel::Testimony(t) => {
            let passages = all(&mut t.passages.iter().map(|x| x.get(lang)));
            let intro = t.intro.as_ref().map_or(0, |x| words(x.get(lang)));
            (t.passages.len().max(1), 8 + intro + passages)
        }
        Panel::Debate(d) => {
            let asked = all(&mut d.questions.iter().map(|q| q.text.get(lang)));
            let answers = all(&mut (d.questions.iter())
                .flat_map(|q| &q.answers)
                .map(|a| a.text.get(lang)));
            let steps = d.questions.iter().map(|q| q.answers.len() + 1).sum();
            (steps, asked + answers)
        }
        _ => (1, one_step(panel, lang)),
    }
}

/// The words of a panel read in one step (a narration, a figure, a
/// question, a recap); 0 for the kinds read step by step.
fn one_step(panel: &Panel, lang: Lang) -> usize {
    match panel {
        Panel::Narration(n) => words(n.heading.get(lang)) + words(n.body.get(lang)),
        Panel::Statistic(s) => {
            15 + words(s.label.get(lang)) + s.context.as_ref().map_or(0, |c| words(c.get(lang)))
        }
        Panel::Choice(c) => 20 + words(c.prompt.get(lang)),
        Panel::Recap(_) => 30,
        Panel::Testimony(_) | Panel::Debate(_) => 0,
    }
}
