//! Moving through the documentary: steps, reveals, chapters, notices, and
//! the conditions that show or hide panels.

use super::card;
use super::marks::touch;
use crate::app::conditions::visible;
use crate::app::effect::{Effect, Via};
use crate::app::room::{Gate, Screen};
use crate::app::state::State;
use crate::content::Panel;
use crate::content::model::Ask;
use crate::progress::Progress;

pub(super) fn next(state: &mut State) {
    // Text below the fold is read first, like a pager.
    if super::scroll::page_on(state) {
        return;
    }
    let i = match state.room.screen {
        Screen::Title => return enter_forward(state, 0),
        Screen::End => return,
        Screen::Panel(i) => i,
    };
    if let Some(gate) = state.room.gate {
        match gate {
            Gate::Episode => {}
            Gate::Chapter => state.room.accepted_chapters[i] = true,
            Gate::Panel => state.room.accepted_panels[i] = true,
        }
        state.room.passed_here = gate != Gate::Episode;
        touch(state);
        return show(state, i);
    }
    let doc = state.doc.clone();
    let Some(slot) = doc.timeline.get(i) else {
        return;
    };
    let (room_answers, revealed) = (state.view().room_answers(), state.view().revealed(i));
    // An unanswered question is passed: only Enter answers (`choice::answer`).
    let progress = &mut state.room.progress[i];
    match doc.panel(*slot) {
        Panel::Testimony(t) if progress.revealed < t.passages.len() => {
            progress.revealed += 1;
            // Bring the new passage into view; the view clamps.
            state.viewer.scroll = u16::MAX;
            touch(state);
        }
        Panel::Debate(d) => {
            let q = progress.selected.min(d.questions.len().saturating_sub(1));
            let open = |p: &Progress, q: usize| p.answers_shown(q) < d.questions[q].answers.len();
            if d.questions.is_empty() {
                advance(state, i);
            } else if open(progress, q) {
                progress.steps.push((q, progress.selected));
                state.viewer.scroll = u16::MAX;
                touch(state);
            } else if let Some(nq) = (1..d.questions.len())
                .map(|k| (q + k) % d.questions.len())
                .find(|&nq| open(progress, nq))
            {
                progress.steps.push((nq, progress.selected));
                progress.selected = nq;
                super::scroll::start(state, 0);
                touch(state);
            } else {
                advance(state, i);
            }
        }
        // In a screening the room answers: the facilitator closes the poll
        // and reveals the room's answer beside the report's.
        Panel::Choice(_) if room_answers => {
            if revealed {
                advance(state, i);
            } else {
                super::choice::reveal(state, i);
            }
        }
        _ => advance(state, i),
    }
}

/// Leaves panel `i` forward: the next panel, or the end.
pub(super) fn advance(state: &mut State, i: usize) {
    if let Some(j) = (i + 1..state.doc.timeline.len()).find(|&j| visible(state, j)) {
        enter_forward(state, j);
    } else {
        state.room.screen = Screen::End;
        state.room.gate = None;
        super::scroll::start(state, 0);
        touch(state);
    }
}

pub(super) fn back(state: &mut State) {
    let i = match state.room.screen {
        Screen::Title => return,
        Screen::End => return retreat(state, state.doc.timeline.len()),
        Screen::Panel(i) => i,
    };
    let chapter_gate = chapter_notice(state, i);
    match state.room.gate {
        Some(Gate::Episode) => return retreat(state, i),
        Some(Gate::Chapter) => return back_out(state, i),
        Some(Gate::Panel)
            if chapter_gate && state.room.accepted_chapters[i] && state.room.passed_here =>
        {
            state.room.accepted_chapters[i] = false;
            state.room.gate = Some(Gate::Chapter);
            return touch(state);
        }
        Some(Gate::Panel) => return back_out(state, i),
        None => {}
    }
    let doc = state.doc.clone();
    let Some(slot) = doc.timeline.get(i) else {
        return;
    };
    let panel = doc.panel(*slot);
    let progress = &mut state.room.progress[i];
    match panel {
        Panel::Testimony(_) if progress.revealed > 1 => {
            progress.revealed -= 1;
            return touch(state);
        }
        Panel::Debate(_) if !progress.steps.is_empty() => {
            if let Some((_, before)) = progress.steps.pop() {
                progress.selected = before;
            }
            return touch(state);
        }
        _ => {}
    }
    // Nothing left to hide: undo the notice the viewer accepted, else go back a panel.
    let here = std::mem::take(&mut state.room.passed_here);
    if here && panel.notice().is_some() && state.room.accepted_panels[i] {
        state.room.accepted_panels[i] = false;
        state.room.gate = Some(Gate::Panel);
        touch(state);
    } else if here && chapter_gate && state.room.accepted_chapters[i] {
        state.room.accepted_chapters[i] = false;
        state.room.gate = Some(Gate::Chapter);
        touch(state);
    } else {
        back_out(state, i);
    }
}

/// Goes back from panel `i` (or from the end, `i == len`) to the panel before it.
pub(super) fn retreat(state: &mut State, i: usize) {
    state.room.passed_here = false;
    match (0..i).rev().find(|&j| visible(state, j)) {
        Some(prev) => enter_backward(state, prev),
        None => {
            state.room.screen = Screen::Title;
            state.room.gate = None;
            super::scroll::start(state, 0);
            touch(state);
        }
    }
}

/// Going back from panel `i` with nothing left to undo there: its episode's
/// card if it opens the episode, else the panel before.
fn back_out(state: &mut State, i: usize) {
    if card::first_of_episode(state, i) {
        card::show(state, i);
    } else {
        retreat(state, i);
    }
}

pub(super) fn up_down(state: &mut State, delta: i32) {
    if state.room.gate.is_none()
        && let Screen::Panel(i) = state.room.screen
        // On a screening's screen the cursor still moves once answered, to
        // count hands; anyone else's stays on their answer.
        && (!state.view().revealed(i) || state.view().room_answers())
        && let Panel::Choice(ch) = state.doc.clone().panel(state.doc.timeline[i])
    {
        let p = &mut state.room.progress[i];
        match &ch.ask {
            Ask::Options(opts) => {
                let last = opts.len().saturating_sub(1);
                p.selected = if delta < 0 {
                    p.selected.saturating_sub(1)
                } else {
                    (p.selected + 1).min(last)
                };
            }
            Ask::Guess { .. } => {
                // The figure moves by steps now: what was typed no longer counts.
                state.viewer.typed.clear();
                // Up raises the guess.
                let max = ch.ask.steps();
                p.guess_steps = if delta < 0 {
                    p.guess_steps.saturating_add(1).min(max)
                } else {
                    p.guess_steps.saturating_sub(1)
                };
            }
        }
        return touch(state);
    }
    // In a debate ↑/↓ choose another question, when there is one that way;
    // else (a single question, the first or the last) they scroll.
    if state.room.gate.is_none()
        && let Some(slot) = state.slot()
        && let Panel::Debate(d) = state.doc.clone().panel(slot)
        && let Screen::Panel(i) = state.room.screen
    {
        let p = &mut state.room.progress[i];
        let last = d.questions.len().saturating_sub(1);
        let target = if delta < 0 {
            p.selected.checked_sub(1)
        } else {
            (p.selected < last).then(|| p.selected.saturating_add(1))
        };
        if let Some(q) = target {
            p.selected = q;
            super::scroll::start(state, 0);
            return touch(state);
        }
    }
    super::scroll::by(state, delta);
}

/// Whether panel `i` opens a chapter that carries a content notice.
pub(super) fn chapter_notice(state: &State, i: usize) -> bool {
    state
        .doc
        .timeline
        .get(i)
        .is_some_and(|s| s.panel == 0 && state.doc.chapter(*s).notice.is_some())
}

pub(super) fn gate_for(state: &State, i: usize) -> Option<Gate> {
    let slot = state.doc.timeline.get(i)?;
    if chapter_notice(state, i) && !state.room.accepted_chapters[i] {
        Some(Gate::Chapter)
    } else if state.doc.panel(*slot).notice().is_some() && !state.room.accepted_panels[i] {
        Some(Gate::Panel)
    } else {
        None
    }
}

/// Arrives at panel `i` going forward (or the next one shown, if its
/// condition hides it): its reveals start over. Entering an episode at its
/// start, by any route, shows its title card first.
pub(super) fn enter_forward(state: &mut State, i: usize) {
    enter_at(state, i, true);
}

/// As [`enter_forward`], without the title card: a resumed journey, a jump
/// to a panel by index.
pub(super) fn enter_quietly(state: &mut State, i: usize) {
    enter_at(state, i, false);
}

fn enter_at(state: &mut State, i: usize, card: bool) {
    if i >= state.doc.timeline.len() {
        return;
    }
    state.room.passed_here = false;
    if !visible(state, i) {
        return advance(state, i);
    }
    // Only what a panel kind uses is set, so untouched panels stay default
    // (and a journey keeps only the panels that moved).
    state.room.progress[i] = match state.doc.panel(state.doc.timeline[i]) {
        // A guess keeps its value when the viewer comes back to it.
        Panel::Choice(ch) => Progress {
            guess_steps: if state.viewer.seen[i] {
                state.room.progress[i].guess_steps
            } else {
                ch.ask.steps() / 2
            },
            ..Progress::default()
        },
        Panel::Testimony(_) => Progress {
            revealed: 1,
            ..Progress::default()
        },
        _ => Progress::default(),
    };
    if card && card::opens_episode(state, i) {
        card::show(state, i);
    } else {
        arrive(state, i);
    }
}

/// Arrives at panel `i` going back: it shows as the viewer left it, or whole.
pub(super) fn enter_backward(state: &mut State, i: usize) {
    if i >= state.doc.timeline.len() {
        return;
    }
    if !visible(state, i) {
        return retreat(state, i);
    }
    if state.room.progress[i].revealed == 0
        && let Panel::Testimony(t) = state.doc.panel(state.doc.timeline[i])
    {
        state.room.progress[i].revealed = t.passages.len();
    }
    arrive(state, i);
}

pub(super) fn arrive(state: &mut State, i: usize) {
    touch(state);
    state.viewer.typed.clear();
    state.room.screen = Screen::Panel(i);
    super::scroll::start(state, 0);
    state.room.gate = gate_for(state, i);
    if state.room.gate.is_none() {
        show(state, i);
    }
}

/// The panel itself is on screen now (no notice left before it).
pub(super) fn show(state: &mut State, i: usize) {
    state.room.gate = gate_for(state, i);
    if state.room.gate.is_some() {
        return;
    }
    state.viewer.seen[i] = true;
    state.effects.push(Effect::Shown {
        panel: i,
        via: Via::Step,
    });
}

/// Goes to panel `i`; with `card`, entering an episode at its start shows
/// its title card first (a console's jump does, a jump by index does not).
pub(super) fn jump(state: &mut State, i: usize, card: bool) {
    if i >= state.doc.timeline.len() {
        return;
    }
    state.viewer.overlay = None;
    state.room.blank = false;
    state.viewer.notes.clear();
    let from = state.effects.len();
    if card {
        enter_forward(state, i);
    } else {
        enter_quietly(state, i);
    }
    for effect in &mut state.effects[from..] {
        if let Effect::Shown { via, .. } = effect {
            *via = Via::Jump;
        }
    }
}
