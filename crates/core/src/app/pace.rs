//! How long autoplay leaves each step on screen: enough to read it.

use std::time::Duration;

use super::room::Screen;
use super::state::State;
use crate::content::Panel;

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
                Panel::Narration(n) => words(n.heading.get(lang)) + words(n.body.get(lang)),
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
                Panel::Statistic(s) => {
                    15 + words(s.label.get(lang))
                        + s.context.as_ref().map_or(0, |c| words(c.get(lang)))
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
                Panel::Choice(c) => 20 + words(c.prompt.get(lang)),
                Panel::Recap(_) => 30,
            }
        }
    };
    Duration::from_secs_f64((4.0 + count as f64 / WORDS_PER_SECOND).clamp(5.0, 60.0))
}
