//! `check --size WxH`: draws every panel off-screen, fully revealed, and finds
//! the text that would not fit without scrolling, before the room fills.

use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{Progress, State};
use crate::content::model::Ask;
use crate::content::{Documentary, Lang, Panel};
use crate::journey::Answer;

/// A panel whose text overflows: its id and how many lines do not fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overflow {
    pub panel: String,
    pub lines: u16,
    pub lang: Lang,
    pub present: bool,
}

/// The smallest screen the projector view is laid out for: a projected
/// image is big, and its text is meant to be read from the back of the room.
/// Below it the projector view still works, scrolling, but is not checked.
pub const PROJECTOR_MIN: (u16, u16) = (120, 36);

/// Whether `check` looks at the projector view at this size.
pub fn checks_projector(width: u16, height: u16) -> bool {
    width >= PROJECTOR_MIN.0 && height >= PROJECTOR_MIN.1
}

/// Every panel, in both languages, in the normal view and (from
/// [`PROJECTOR_MIN`]) the projector view.
pub fn check(doc: &Arc<Documentary>, width: u16, height: u16) -> Vec<Overflow> {
    let mut out = Vec::new();
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    let views: &[bool] = if checks_projector(width, height) {
        &[false, true]
    } else {
        &[false]
    };
    for lang in [Lang::Fr, Lang::En] {
        for &present in views {
            for (i, slot) in doc.timeline.iter().enumerate() {
                let panel = doc.panel(*slot);
                let mut worst = 0;
                for state in revealed_states(doc, i, panel, lang, present) {
                    buf.reset();
                    worst = worst.max(crate::ui::render(state.view(), area, &mut buf).overflow);
                }
                if worst > 0 {
                    out.push(Overflow {
                        panel: panel.id().to_owned(),
                        lines: worst,
                        lang,
                        present,
                    });
                }
            }
        }
    }
    out
}

/// A debate view with only answer `a` of question `q` revealed: the
/// documentary is cloned with the earlier answers left out.
fn only_answer(state: &State, i: usize, q: usize, a: usize) -> State {
    let mut doc = (**state.doc()).clone();
    let slot = doc.timeline[i];
    if let Panel::Debate(d) =
        &mut doc.episodes[slot.episode].chapters[slot.chapter].panels[slot.panel]
    {
        let kept = d.questions[q].answers[a].clone();
        d.questions[q].answers = vec![kept];
    }
    let progress = Progress {
        selected: q,
        steps: vec![(q, q)],
        ..Progress::default()
    };
    State::still(
        Arc::new(doc),
        state.viewer().lang(),
        state.viewer().present(),
        i,
        progress,
        None,
    )
}

/// The panel's fullest views: everything revealed (each debate question in turn).
fn revealed_states(
    doc: &Arc<Documentary>,
    i: usize,
    panel: &Panel,
    lang: Lang,
    present: bool,
) -> Vec<State> {
    let still = |progress: Progress, answer: Option<Answer>| {
        State::still(doc.clone(), lang, present, i, progress, answer)
    };
    match panel {
        // A testimony scrolls to each passage as it is revealed: what must
        // fit is the speaker with the first passage, then each passage.
        Panel::Testimony(t) => (1..=t.passages.len().max(1))
            .map(|k| {
                let progress = Progress {
                    revealed: k,
                    ..Progress::default()
                };
                still(progress, None)
            })
            .collect(),
        // A debate scrolls to each answer as it is revealed, so what must fit
        // is a question with any one of its answers.
        Panel::Debate(d) => (0..d.questions.len())
            .flat_map(|q| (0..d.questions[q].answers.len()).map(move |a| (q, a)))
            .map(|(q, a)| only_answer(&still(Progress::default(), None), i, q, a))
            .collect(),
        Panel::Choice(ch) => {
            let answer = match &ch.ask {
                Ask::Options(_) => Answer::Picked(0),
                Ask::Guess { min, .. } => Answer::Guessed(*min),
            };
            vec![still(Progress::default(), Some(answer))]
        }
        _ => vec![still(Progress::default(), None)],
    }
}
