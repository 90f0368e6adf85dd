use super::action::Action;
use super::effect::{Effect, Via};
use super::msg::{Msg, Resume, ResumeAt, Setup};
use super::poll::Ballot;
use super::state::{Gate, Overlay, Progress, Screen, State, TocRow};
use crate::content::model::{Ask, Condition};
use crate::content::{Lang, Panel};
use crate::journey::Answer;

/// Applies one message and says what it did. The only function that changes
/// a [`State`].
pub fn update(state: &mut State, msg: impl Into<Msg>) -> Vec<Effect> {
    match msg.into() {
        Msg::Act(action) => act(state, action),
        Msg::Jump(i) => jump(state, i),
        Msg::Resume(r) => resume(state, r),
        Msg::Setup(s) => setup(state, s),
        Msg::Notice(text) => state.viewer.notice = Some(text),
        Msg::Witnessed(i) => {
            if let Some(seen) = state.viewer.seen.get_mut(i)
                && !*seen
            {
                *seen = true;
                touch(state);
            }
        }
        Msg::Ballot {
            panel,
            voter,
            ballot,
        } => cast(state, panel, &voter, ballot),
        Msg::Answer { panel, answer } => {
            if panel < state.doc.timeline.len()
                && state.viewer.answers.insert(panel, answer.clone()) != Some(answer)
            {
                state.effects.push(Effect::Answered(panel));
                touch(state);
            }
        }
        Msg::Ask { from, text } => {
            if state.room.questions.ask(&from, &text) {
                state.effects.push(Effect::QuestionsChanged);
            }
        }
        Msg::Question(op) => {
            if state.room.questions.apply(op) {
                state.effects.push(Effect::QuestionsChanged);
            }
        }
        Msg::Polls(polls) => {
            state
                .effects
                .extend(polls.keys().map(|&i| Effect::PollChanged(i)));
            state.room.polls = polls
                .into_iter()
                .filter(|(i, _)| *i < state.doc.timeline.len())
                .collect();
        }
    }
    let mut effects = std::mem::take(&mut state.effects);
    effects.dedup();
    effects
}

/// Records that something the journey keeps has changed.
fn touch(state: &mut State) {
    if state.effects.last() != Some(&Effect::JourneyChanged) {
        state.effects.push(Effect::JourneyChanged);
    }
}

fn jump(state: &mut State, i: usize) {
    if i >= state.doc.timeline.len() {
        return;
    }
    state.viewer.overlay = None;
    state.room.blank = false;
    state.viewer.notice = None;
    let from = state.effects.len();
    enter_forward(state, i);
    for effect in &mut state.effects[from..] {
        if let Effect::Shown { via, .. } = effect {
            *via = Via::Jump;
        }
    }
}

fn setup(state: &mut State, s: Setup) {
    state.viewer.theme = s.theme;
    state.viewer.present = s.present;
    state.room.workshop = s.workshop;
    if let Some(lang) = s.lang {
        state.viewer.lang = lang;
    }
}

/// Puts a saved journey back; indices out of range are dropped.
fn resume(state: &mut State, r: Resume) {
    let n = state.doc.timeline.len();
    for i in r.seen.into_iter().filter(|&i| i < n) {
        state.viewer.seen[i] = true;
    }
    state.viewer.bookmarks = r.bookmarks.into_iter().filter(|&i| i < n).collect();
    state.viewer.bookmarks.dedup();
    state.viewer.answers = r.answers.into_iter().filter(|(i, _)| *i < n).collect();
    for i in r.chapters_accepted.into_iter().filter(|&i| i < n) {
        state.room.accepted_chapters[i] = true;
    }
    for i in r.panels_accepted.into_iter().filter(|&i| i < n) {
        state.room.accepted_panels[i] = true;
    }
    if let Some(lang) = r.lang {
        state.viewer.lang = lang;
    }
    match r.at {
        ResumeAt::Title => {}
        ResumeAt::Panel(i) => enter_forward(state, i),
        ResumeAt::End => {
            state.room.screen = Screen::End;
            state.room.gate = None;
        }
    }
}

fn act(state: &mut State, action: Action) {
    if !matches!(action, Action::ScrollLimit(_)) {
        state.viewer.notice = None;
    }
    if state.room.blank && !matches!(action, Action::ScrollLimit(_) | Action::ForceQuit) {
        // Any key brings the picture back, and does nothing else.
        state.room.blank = false;
        return;
    }
    match action {
        Action::ForceQuit => return state.effects.push(Effect::Quit),
        Action::TogglePresent => return state.viewer.present = !state.viewer.present,
        Action::Blank => {
            state.room.blank = true;
            return;
        }
        Action::Suspend => return state.effects.push(Effect::Suspend),
        Action::ToggleLang => {
            state.viewer.lang = match state.viewer.lang {
                Lang::Fr => Lang::En,
                Lang::En => Lang::Fr,
            };
            return touch(state);
        }
        _ => {}
    }
    match state.viewer.overlay.clone() {
        Some(Overlay::Help { scroll }) => help(state, scroll, action),
        Some(Overlay::Contents { selected }) => contents(state, selected, action),
        Some(Overlay::Bookmarks { selected }) => bookmarks(state, selected, action),
        None => play(state, action),
    }
}

fn help(state: &mut State, scroll: u16, action: Action) {
    let scroll = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::ScrollLimit(max) => scroll.min(max),
        Action::Contents => {
            return state.viewer.overlay = Some(Overlay::Contents {
                selected: state.current_toc_row(),
            });
        }
        Action::Help | Action::Close | Action::Quit | Action::Back | Action::Next => {
            return state.viewer.overlay = None;
        }
        _ => return,
    };
    state.viewer.overlay = Some(Overlay::Help { scroll });
}

fn contents(state: &mut State, selected: usize, action: Action) {
    let rows = state.toc_rows();
    let last = rows.len().saturating_sub(1);
    let selected = match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => (selected + 1).min(last),
        Action::Next => {
            state.viewer.overlay = None;
            let target = match rows.get(selected) {
                Some(TocRow::Episode(e)) => state.doc.episode_start(*e),
                Some(TocRow::Chapter(e, c)) => chapter_start(state, *e, *c),
                None => None,
            };
            if let Some(i) = target {
                enter_forward(state, i);
            }
            return;
        }
        Action::Help => return state.viewer.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Contents | Action::Close | Action::Quit | Action::Back => {
            return state.viewer.overlay = None;
        }
        _ => return,
    };
    state.viewer.overlay = Some(Overlay::Contents { selected });
}

fn bookmarks(state: &mut State, selected: usize, action: Action) {
    let last = state.viewer.bookmarks.len().saturating_sub(1);
    let selected = match action {
        Action::Up => selected.saturating_sub(1),
        Action::Down => (selected + 1).min(last),
        Action::Next => {
            state.viewer.overlay = None;
            if let Some(&i) = state.viewer.bookmarks.get(selected) {
                enter_forward(state, i);
            }
            return;
        }
        Action::ToggleBookmark => {
            if selected < state.viewer.bookmarks.len() {
                state.viewer.bookmarks.remove(selected);
                touch(state);
            }
            selected.min(state.viewer.bookmarks.len().saturating_sub(1))
        }
        Action::Help => return state.viewer.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Contents => {
            return state.viewer.overlay = Some(Overlay::Contents {
                selected: state.current_toc_row(),
            });
        }
        Action::Bookmarks | Action::Close | Action::Quit | Action::Back => {
            return state.viewer.overlay = None;
        }
        _ => return,
    };
    state.viewer.overlay = Some(Overlay::Bookmarks { selected });
}

fn play(state: &mut State, action: Action) {
    match action {
        Action::Next => next(state),
        Action::Back => back(state),
        Action::Up => up_down(state, -1),
        Action::Down => up_down(state, 1),
        Action::ScrollUp => state.viewer.scroll = state.viewer.scroll.saturating_sub(1),
        Action::ScrollDown => state.viewer.scroll = state.viewer.scroll.saturating_add(1),
        Action::ScrollLimit(max) => state.viewer.scroll = state.viewer.scroll.min(max),
        Action::NextChapter => next_chapter(state),
        Action::PrevChapter => prev_chapter(state),
        Action::Episode(n) => {
            if let Some(i) = (n as usize)
                .checked_sub(1)
                .and_then(|e| state.doc.episode_start(e))
            {
                enter_forward(state, i);
            }
        }
        Action::Contents => {
            state.viewer.overlay = Some(Overlay::Contents {
                selected: state.current_toc_row(),
            })
        }
        Action::Help => state.viewer.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Skip => skip(state),
        Action::ToggleBookmark => {
            if let Screen::Panel(i) = state.room.screen {
                match state.viewer.bookmarks.iter().position(|&b| b == i) {
                    Some(k) => {
                        state.viewer.bookmarks.remove(k);
                    }
                    None => state.viewer.bookmarks.push(i),
                }
                touch(state);
            }
        }
        Action::Bookmarks => {
            let selected = match state.room.screen {
                Screen::Panel(i) => state
                    .viewer
                    .bookmarks
                    .iter()
                    .position(|&b| b == i)
                    .unwrap_or(0),
                _ => 0,
            };
            state.viewer.overlay = Some(Overlay::Bookmarks { selected });
        }
        Action::Quit => state.effects.push(Effect::Quit),
        Action::Vote(delta) => vote(state, delta),
        Action::Advance => advance_auto(state),
        Action::Close
        | Action::ForceQuit
        | Action::Suspend
        | Action::ToggleLang
        | Action::TogglePresent
        | Action::Blank
        | Action::Timer
        | Action::Follow
        | Action::Ask
        | Action::QuestionNext
        | Action::QuestionAnswered => {}
    }
}

/// Workshop: counts a show of hands for the highlighted option.
fn vote(state: &mut State, delta: i8) {
    let Screen::Panel(i) = state.room.screen else {
        return;
    };
    if !state.room.workshop || state.room.gate.is_some() {
        return;
    }
    let doc = state.doc.clone();
    let Panel::Choice(ch) = doc.panel(doc.timeline[i]) else {
        return;
    };
    let Ask::Options(opts) = &ch.ask else {
        return;
    };
    // Hands are counted for the option under the cursor, whatever the screen answered.
    let option = state.room.progress[i]
        .selected
        .min(opts.len().saturating_sub(1));
    let poll = state.room.polls.entry(i).or_default();
    if poll.hand(option, i64::from(delta), opts.len()) {
        state.effects.push(Effect::PollChanged(i));
    }
}

/// A participant's ballot: an option of this question, or a guess in its range.
fn cast(state: &mut State, i: usize, voter: &str, ballot: Ballot) {
    let Some(Panel::Choice(ch)) = state.doc.timeline.get(i).map(|s| state.doc.panel(*s)) else {
        return;
    };
    let fits = match (&ch.ask, &ballot) {
        (Ask::Options(opts), Ballot::Picked(k)) => *k < opts.len(),
        (Ask::Guess { min, max, .. }, Ballot::Guessed(v)) => (*min..=*max).contains(v),
        _ => false,
    };
    if fits && state.room.polls.entry(i).or_default().cast(voter, ballot) {
        state.effects.push(Effect::PollChanged(i));
    }
}

/// Autoplay: reveals and moves on like `Next`, but leaves questions
/// unanswered, passes notices by, and starts over after the end.
fn advance_auto(state: &mut State) {
    let i = match state.room.screen {
        Screen::Title => return enter_forward(state, 0),
        Screen::End => {
            state.room.screen = Screen::Title;
            return touch(state);
        }
        Screen::Panel(i) => i,
    };
    if state.room.gate.is_some() {
        return skip(state);
    }
    match state.doc.clone().panel(state.doc.timeline[i]) {
        Panel::Choice(_) => advance(state, i),
        _ => next(state),
    }
}

fn next(state: &mut State) {
    let i = match state.room.screen {
        Screen::Title => return enter_forward(state, 0),
        Screen::End => return,
        Screen::Panel(i) => i,
    };
    if let Some(gate) = state.room.gate {
        match gate {
            Gate::Chapter => state.room.accepted_chapters[i] = true,
            Gate::Panel => state.room.accepted_panels[i] = true,
        }
        touch(state);
        return show(state, i);
    }
    let doc = state.doc.clone();
    let Some(slot) = doc.timeline.get(i) else {
        return;
    };
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
                state.viewer.scroll = 0;
                touch(state);
            } else {
                advance(state, i);
            }
        }
        Panel::Choice(ch) if !state.viewer.answers.contains_key(&i) => {
            let answer = match &ch.ask {
                Ask::Options(opts) => {
                    Answer::Picked(progress.selected.min(opts.len().saturating_sub(1)))
                }
                Ask::Guess { min, step, .. } => {
                    Answer::Guessed(min + step * f64::from(progress.guess_steps))
                }
            };
            state.viewer.answers.insert(i, answer);
            state.effects.push(Effect::Answered(i));
            touch(state);
        }
        _ => advance(state, i),
    }
}

/// Leaves panel `i` forward: the next panel, or the end.
fn advance(state: &mut State, i: usize) {
    if let Some(j) = (i + 1..state.doc.timeline.len()).find(|&j| visible(state, j)) {
        enter_forward(state, j);
    } else {
        state.room.screen = Screen::End;
        state.room.gate = None;
        state.viewer.scroll = 0;
        touch(state);
    }
}

fn back(state: &mut State) {
    let i = match state.room.screen {
        Screen::Title => return,
        Screen::End => return retreat(state, state.doc.timeline.len()),
        Screen::Panel(i) => i,
    };
    let chapter_gate = chapter_notice(state, i);
    match state.room.gate {
        Some(Gate::Chapter) => return retreat(state, i),
        Some(Gate::Panel) if chapter_gate && state.room.accepted_chapters[i] => {
            state.room.accepted_chapters[i] = false;
            state.room.gate = Some(Gate::Chapter);
            return touch(state);
        }
        Some(Gate::Panel) => return retreat(state, i),
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
    if panel.notice().is_some() && state.room.accepted_panels[i] {
        state.room.accepted_panels[i] = false;
        state.room.gate = Some(Gate::Panel);
        touch(state);
    } else if chapter_gate && state.room.accepted_chapters[i] {
        state.room.accepted_chapters[i] = false;
        state.room.gate = Some(Gate::Chapter);
        touch(state);
    } else {
        retreat(state, i);
    }
}

/// Goes back from panel `i` (or from the end, `i == len`) to the panel before it.
fn retreat(state: &mut State, i: usize) {
    match (0..i).rev().find(|&j| visible(state, j)) {
        Some(prev) => enter_backward(state, prev),
        None => {
            state.room.screen = Screen::Title;
            state.room.gate = None;
            state.viewer.scroll = 0;
            touch(state);
        }
    }
}

fn up_down(state: &mut State, delta: i32) {
    if state.room.gate.is_none()
        && let Screen::Panel(i) = state.room.screen
        // In a workshop the cursor still moves once answered, to count hands.
        && (!state.viewer.answers.contains_key(&i) || state.room.workshop)
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
                // Up raises the guess.
                let max = guess_steps_max(&ch.ask);
                p.guess_steps = if delta < 0 {
                    p.guess_steps.saturating_add(1).min(max)
                } else {
                    p.guess_steps.saturating_sub(1)
                };
            }
        }
        return touch(state);
    }
    if state.room.gate.is_none()
        && let Some(slot) = state.slot()
        && let Panel::Debate(d) = state.doc.clone().panel(slot)
        && let Screen::Panel(i) = state.room.screen
    {
        let p = &mut state.room.progress[i];
        let last = d.questions.len().saturating_sub(1);
        p.selected = if delta < 0 {
            p.selected.saturating_sub(1)
        } else {
            (p.selected + 1).min(last)
        };
        state.viewer.scroll = 0;
        return touch(state);
    }
    state.viewer.scroll = if delta < 0 {
        state.viewer.scroll.saturating_sub(1)
    } else {
        state.viewer.scroll.saturating_add(1)
    };
}

fn next_chapter(state: &mut State) {
    let from = match state.room.screen {
        Screen::Title => return enter_forward(state, 0),
        Screen::End => return,
        Screen::Panel(i) => i,
    };
    let target = state.doc.chapter_starts().find(|&s| s > from);
    match target {
        Some(s) => enter_forward(state, s),
        None => {
            state.room.screen = Screen::End;
            state.room.gate = None;
            touch(state);
        }
    }
}

fn prev_chapter(state: &mut State) {
    let at = match state.room.screen {
        Screen::Title => return,
        Screen::End => state.doc.timeline.len(),
        Screen::Panel(i) => i,
    };
    let starts: Vec<usize> = state.doc.chapter_starts().collect();
    let current = starts.iter().copied().rfind(|&s| s <= at);
    let target = match current {
        Some(s) if s < at => Some(s),
        _ => starts.iter().copied().rfind(|&s| s < at),
    };
    if let Some(s) = target {
        enter_forward(state, s);
    }
}

fn skip(state: &mut State) {
    let Screen::Panel(i) = state.room.screen else {
        return;
    };
    if state.room.gate.is_some() {
        state.effects.push(Effect::Skipped(i));
    }
    match state.room.gate {
        Some(Gate::Chapter) => next_chapter(state),
        Some(Gate::Panel) => advance(state, i),
        None => {}
    }
}

fn chapter_start(state: &State, e: usize, c: usize) -> Option<usize> {
    state
        .doc
        .timeline
        .iter()
        .position(|s| s.episode == e && s.chapter == c)
}

/// Whether panel `i` opens a chapter that carries a content notice.
fn chapter_notice(state: &State, i: usize) -> bool {
    state
        .doc
        .timeline
        .get(i)
        .is_some_and(|s| s.panel == 0 && state.doc.chapter(*s).notice.is_some())
}

fn gate_for(state: &State, i: usize) -> Option<Gate> {
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
/// condition hides it): its reveals start over.
fn enter_forward(state: &mut State, i: usize) {
    if i >= state.doc.timeline.len() {
        return;
    }
    if !visible(state, i) {
        return advance(state, i);
    }
    let guess_steps = match state.doc.panel(state.doc.timeline[i]) {
        Panel::Choice(ch) => guess_steps_max(&ch.ask) / 2,
        _ => 0,
    };
    state.room.progress[i] = Progress {
        revealed: 1,
        guess_steps,
        ..Progress::default()
    };
    arrive(state, i);
}

/// How many steps a guess has between its minimum and maximum.
pub(crate) fn guess_steps_max(ask: &Ask) -> u32 {
    match ask {
        Ask::Guess { min, max, step, .. } if *step > 0.0 && max > min => {
            ((max - min) / step).floor().min(f64::from(u32::MAX)) as u32
        }
        _ => 0,
    }
}

/// Whether panel `i` is shown, given what the viewer has done so far.
pub fn visible(state: &State, i: usize) -> bool {
    state
        .doc
        .timeline
        .get(i)
        .is_some_and(|s| state.doc.panel(*s).when().is_none_or(|c| holds(state, c)))
}

fn holds(state: &State, cond: &Condition) -> bool {
    let index = |id: &str| state.doc.panel_index.get(id).copied();
    match cond {
        Condition::Seen(id) => index(id).is_some_and(|i| state.viewer.seen[i]),
        Condition::Answered(id) => index(id).is_some_and(|i| state.viewer.answers.contains_key(&i)),
        Condition::Picked(id, option) => index(id)
            .is_some_and(|i| state.viewer.answers.get(&i) == Some(&Answer::Picked(*option))),
        Condition::Not(inner) => !holds(state, inner),
        Condition::All(list) => list.iter().all(|c| holds(state, c)),
        Condition::Any(list) => list.iter().any(|c| holds(state, c)),
    }
}

/// Arrives at panel `i` going back: it shows as the viewer left it, or whole.
fn enter_backward(state: &mut State, i: usize) {
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

fn arrive(state: &mut State, i: usize) {
    touch(state);
    state.room.screen = Screen::Panel(i);
    state.viewer.scroll = 0;
    state.room.gate = gate_for(state, i);
    if state.room.gate.is_none() {
        show(state, i);
    }
}

/// The panel itself is on screen now (no notice left before it).
fn show(state: &mut State, i: usize) {
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
