//! How far a panel has been revealed.

/// How far the viewer has gone inside one panel; kept when they leave it,
/// so coming back shows the panel as they left it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Progress {
    /// Testimony: passages shown (at least one once entered).
    pub revealed: usize,
    /// Debate: the question picked.
    pub selected: usize,
    /// Debate: answers revealed, in order, as (question, selection before the step).
    pub steps: Vec<(usize, usize)>,
    /// Choice: the guess, in steps above the minimum.
    pub guess_steps: u32,
}

impl Progress {
    /// Answers revealed for question `q` of a debate.
    pub fn answers_shown(&self, q: usize) -> usize {
        self.steps.iter().filter(|(sq, _)| *sq == q).count()
    }

    /// The same progress made to fit `panel`: a saved file may say anything.
    pub fn fitted(mut self, panel: &crate::content::Panel) -> Progress {
        use crate::content::Panel;
        use crate::content::model::Ask;
        match panel {
            Panel::Testimony(t) => self.revealed = self.revealed.clamp(1, t.passages.len().max(1)),
            Panel::Debate(d) => {
                let n = d.questions.len();
                self.selected = self.selected.min(n.saturating_sub(1));
                let mut shown = vec![0usize; n];
                self.steps.retain(|&(q, before)| {
                    let fits = q < n && before < n && shown[q] < d.questions[q].answers.len();
                    if fits {
                        shown[q] += 1;
                    }
                    fits
                });
            }
            Panel::Choice(ch) => {
                if let Ask::Options(opts) = &ch.ask {
                    self.selected = self.selected.min(opts.len().saturating_sub(1));
                }
                self.guess_steps = self.guess_steps.min(ch.ask.steps());
            }
            _ => {}
        }
        self
    }
}
