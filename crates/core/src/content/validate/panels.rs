//! Checks of one chapter's or panel's own fields, each problem at its field.

use std::collections::BTreeMap;

use super::super::limits;
use super::super::model::{Ask, Chapter, Panel, Value, Voice};
use super::conditions::voice;
use super::locate::{Checker, Place};

pub(super) fn chapter(c: &mut Checker, here: Place, chapter: &Chapter) {
    let cid = here.id;
    c.text(here, "the chapter title", &chapter.title);
    if let Some(n) = &chapter.notice {
        c.text(here, "the content notice", n);
    }
    if let Some(f) = &chapter.facilitator {
        if f.minutes == 0 || f.minutes > limits::MAX_MINUTES {
            let max = limits::MAX_MINUTES;
            let message = format!("chapter `{cid}`: facilitator minutes must be from 1 to {max}");
            c.at_token(here, "minutes:", 0, message);
        }
        if f.prompts.is_empty() {
            let message = format!("chapter `{cid}`: facilitator notes have no prompt");
            c.at_token(here, "prompts:", 0, message);
        }
        for p in &f.prompts {
            c.text(here, "a facilitator prompt", p);
        }
    }
    if chapter.panels.is_empty() {
        c.at_token(here, "panels:", 0, format!("chapter `{cid}` has no panel"));
    }
}

pub(super) fn check_panel(
    c: &mut Checker,
    here: Place,
    panel: &Panel,
    assets: &BTreeMap<String, String>,
    asset_errors: &BTreeMap<String, String>,
) {
    let pid = here.id;
    match panel {
        Panel::Narration(n) => {
            c.text(here, "the heading", &n.heading);
            c.text(here, "the body", &n.body);
        }
        Panel::Testimony(t) => {
            c.text(here, "the speaker's role", &t.speaker.role);
            if let Some(p) = &t.speaker.place {
                c.text(here, "the speaker's place", p);
            }
            if let Some(i) = &t.intro {
                c.text(here, "the introduction", i);
            }
            if t.passages.is_empty() {
                let message = format!("testimony `{pid}` has no passage");
                c.at_token(here, "passages:", 0, message);
            }
            for p in &t.passages {
                c.text(here, "a passage", p);
            }
            if let Some(portrait) = &t.portrait
                && !assets.contains_key(portrait)
            {
                let message = match asset_errors.get(portrait) {
                    Some(why) => format!("`{pid}`: asset `{portrait}`: {why}"),
                    None => format!("`{pid}`: unknown asset `{portrait}` (not in assets/)"),
                };
                c.at_ref(here, portrait, message);
            }
        }
        Panel::Statistic(s) => {
            c.text(here, "the label", &s.label);
            if let Some(u) = &s.unit {
                c.text(here, "the unit", u);
            }
            if let Some(u) = &s.unit_one {
                c.text(here, "the singular unit", u);
                if s.unit.is_none() {
                    let message = format!("`{pid}`: a singular unit but no unit");
                    c.at_token(here, "unit_one:", 0, message);
                }
            }
            c.text(here, "the source", &s.source);
            if let Some(t) = &s.context {
                c.text(here, "the context", t);
            }
            if let Some(message) = limits::value_problem(&s.value) {
                c.at_token(here, "value:", 0, format!("`{pid}`: {message}"));
            } else if let Value::Range(a, b) = s.value
                && a > b
            {
                let message = format!("`{pid}`: the range starts above its end ({a} > {b})");
                c.at_token(here, "Range", 0, message);
            }
            if s.decimals.is_some_and(|d| d > 6) {
                let message = format!("`{pid}`: at most 6 decimals can be shown");
                c.at_token(here, "decimals:", 0, message);
            }
        }
        Panel::Choice(ch) => {
            c.text(here, "the prompt", &ch.prompt);
            if let Some(r) = &ch.reveal {
                c.text(here, "the reveal", r);
            }
            match &ch.ask {
                Ask::Options(opts) => {
                    if opts.len() < 2 {
                        let message = format!("`{pid}`: a choice needs at least two options");
                        c.at_token(here, "Options", 0, message);
                    }
                    for o in opts {
                        c.text(here, "an option", o);
                    }
                }
                Ask::Guess { min, max, step, .. } => guess(c, here, *min, *max, *step),
            }
        }
        Panel::Recap(r) => c.text(here, "the heading", &r.heading),
        Panel::Debate(d) => {
            c.text(here, "the heading", &d.heading);
            if d.questions.is_empty() {
                let message = format!("debate `{pid}` has no question");
                c.at_token(here, "questions:", 0, message);
            }
            // "The same participant" needs an unnamed participant before it.
            let mut participant_spoke = false;
            for (i, q) in d.questions.iter().enumerate() {
                let n = i.saturating_add(1);
                c.text(here, &format!("question {n}"), &q.text);
                voice(c, here, &q.asked_by, participant_spoke);
                participant_spoke |= q.asked_by == Voice::Participant;
                if q.answers.is_empty() {
                    let message = format!("`{pid}`: question {n} has no answer");
                    c.at_token(here, "answers:", i, message);
                }
                for a in &q.answers {
                    c.text(here, &format!("an answer to question {n}"), &a.text);
                    voice(c, here, &a.by, participant_spoke);
                }
            }
        }
    }
}

/// A guess's range, each problem at the number at fault.
fn guess(c: &mut Checker, here: Place, min: f64, max: f64, step: f64) {
    let pid = here.id;
    let size = format!(
        "a finite number of at most {:e} in size",
        limits::MAX_MAGNITUDE
    );
    let (token, message) = if !limits::sane(min) {
        ("min:", format!("the guess's `min` must be {size}"))
    } else if !limits::sane(max) {
        ("max:", format!("the guess's `max` must be {size}"))
    } else if min >= max {
        (
            "min:",
            format!("the guess's `min` ({min}) must be below its `max` ({max})"),
        )
    } else if !limits::sane(step) {
        ("step:", format!("the guess's `step` must be {size}"))
    } else if step <= 0.0 {
        (
            "step:",
            format!("the guess's `step` must be above 0 (it is {step})"),
        )
    } else if (max - min) / step > 100_000.0 {
        (
            "step:",
            format!("the guess's `step` ({step}) makes more than 100000 steps from `min` to `max`"),
        )
    } else {
        return;
    };
    c.at_token(here, token, 0, format!("`{pid}`: {message}"));
}
