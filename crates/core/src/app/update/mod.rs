//! `update`: the only place a [`State`] changes, and what it says it did.

mod choice;
mod moves;
mod overlays;
mod pick;

use super::action::Action;
use super::effect::{Effect, Via};
use super::msg::{Msg, Resume, ResumeAt, Setup};
use super::state::{Overlay, Screen, State};
use crate::content::Lang;

pub(crate) use choice::guess_steps_max;
pub use choice::typing_a_guess;
use choice::{cast, vote};
pub use moves::visible;
use moves::{advance_auto, back, enter_forward, next, next_chapter, prev_chapter, skip, up_down};
use overlays::{bookmarks, contents, help, search};

/// Applies one message and says what it did. The only function that changes
/// a [`State`].
pub fn update(state: &mut State, msg: impl Into<Msg>) -> Vec<Effect> {
    match msg.into() {
        Msg::Act(action) => act(state, action),
        Msg::Jump(i) => jump(state, i),
        Msg::Resume(r) => resume(state, r),
        Msg::Setup(s) => setup(state, s),
        Msg::Notice(text) => notice(state, text),
        Msg::Reload(doc) => reload(state, doc),
        Msg::Participant => state.viewer.participant = true,
        Msg::Problems(report) => {
            if state.viewer.problems != report {
                state.viewer.problems_scroll = 0;
            }
            state.viewer.problems = report;
        }
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
        Msg::Questions(items) => state.room.questions = super::Questions::restored(items),
        Msg::Invitation(inv) => {
            let inv = Some(inv.cleaned());
            state.room.invitation = inv;
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

/// A new notice joins the ones not yet read, so none hides another (a
/// bounded line: it is cleared by the next key).
fn notice(state: &mut State, text: String) {
    state.viewer.notice = Some(match state.viewer.notice.take() {
        Some(old) if old.contains(&text) => old,
        Some(old) if old.len() < 600 => format!("{old} {text}"),
        _ => text,
    });
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
    let progress = r.progress;
    let restore_progress = |state: &mut State| {
        for (i, p) in &progress {
            if let Some(slot) = state.doc.timeline.get(*i).copied() {
                let fitted = p.clone().fitted(state.doc.panel(slot));
                state.room.progress[*i] = fitted;
            }
        }
    };
    restore_progress(state);
    match r.at {
        ResumeAt::Title => {}
        ResumeAt::Panel(i) => {
            enter_forward(state, i);
            // Entering starts a panel over: put back how far it had gone.
            restore_progress(state);
            welcome_back(state);
        }
        ResumeAt::End => {
            state.room.screen = Screen::End;
            state.room.gate = None;
        }
    }
}

/// Plays a new documentary where the old one was: the journey, by ids, is
/// carried over (a vanished panel resumes at the nearest one), and so are
/// the viewer's settings and the room's polls.
fn reload(state: &mut State, doc: std::sync::Arc<crate::content::Documentary>) {
    let journey = crate::journey::Journey::capture(state);
    let polls: Vec<(String, super::Poll)> = state
        .room
        .polls
        .iter()
        .filter_map(|(&i, p)| {
            Some((
                state.doc.panel(*state.doc.timeline.get(i)?).id().to_owned(),
                p.clone(),
            ))
        })
        .collect();
    let mut fresh = State::new(doc, state.viewer.lang);
    fresh.viewer.theme = state.viewer.theme;
    fresh.viewer.present = state.viewer.present;
    fresh.room.workshop = state.room.workshop;
    for (id, poll) in polls {
        if let Some(&i) = fresh.doc.panel_index.get(&id) {
            fresh.room.polls.insert(i, poll);
        }
    }
    let resume = journey.resume(&fresh.doc);
    let effects = std::mem::take(&mut state.effects);
    *state = fresh;
    state.effects = effects;
    self::resume(state, resume);
    state.viewer.notice = None;
    state.viewer.problems = None;
    touch(state);
}

/// Says where a resumed journey lands, and how to start the chapter over.
fn welcome_back(state: &mut State) {
    let Some(slot) = state.slot() else {
        return;
    };
    let lang = state.viewer.lang;
    let chapter = state.doc.chapter(slot);
    let place = format!(
        "{} {} · {} ({}/{})",
        crate::words::of(lang).episode_short,
        slot.episode.saturating_add(1),
        chapter.title.get(lang),
        slot.panel.saturating_add(1),
        chapter.panels.len()
    );
    let key = crate::keymap::key_for(crate::keymap::Mode::Play, Action::ChapterStart)
        .map(|k| k.name())
        .unwrap_or_default();
    state.viewer.notice = Some((crate::words::of(lang).welcome_back)(&place, &key));
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
    // Problems over the screen (`--watch`) scroll; every other key still acts.
    if state.viewer.problems.is_some() {
        let scroll = &mut state.viewer.problems_scroll;
        match action {
            Action::Up | Action::ScrollUp => return *scroll = scroll.saturating_sub(1),
            Action::Down | Action::ScrollDown => return *scroll = scroll.saturating_add(1),
            Action::ScrollLimit(max) => return *scroll = (*scroll).min(max),
            _ => {}
        }
    }
    match state.viewer.overlay.clone() {
        Some(Overlay::Help { scroll }) => help(state, scroll, action),
        Some(Overlay::Contents { selected }) => contents(state, selected, action),
        Some(Overlay::Bookmarks { selected }) => bookmarks(state, selected, action),
        Some(Overlay::Search { query, selected }) => search(state, query, selected, action),
        None => play(state, action),
    }
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
            match usize::from(n)
                .checked_sub(1)
                .and_then(|e| state.doc.episode_start(e))
            {
                Some(i) => enter_forward(state, i),
                None => {
                    let words = crate::words::of(state.viewer.lang);
                    state.viewer.notice =
                        Some((words.no_such_episode)(n, state.doc.episodes.len()));
                }
            }
        }
        Action::Type(c) => {
            if typing_a_guess(&state.view()) {
                choice::type_guess(state, c);
            }
        }
        Action::Erase => {
            if !choice::erase_guess(state) {
                back(state);
            }
        }
        Action::AnswerAgain => choice::answer_again(state),
        Action::Pick(q) => pick::question(state, usize::from(q)),
        Action::ChapterStart => moves::chapter_edge(state, false),
        Action::ChapterEnd => moves::chapter_edge(state, true),
        Action::Search => {
            state.viewer.overlay = Some(Overlay::Search {
                query: String::new(),
                selected: 0,
            })
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
                let words = crate::words::of(state.viewer.lang);
                let said = match state.viewer.bookmarks.iter().position(|&b| b == i) {
                    Some(k) => {
                        state.viewer.bookmarks.remove(k);
                        words.bookmark_removed
                    }
                    None => {
                        state.viewer.bookmarks.push(i);
                        words.bookmark_added
                    }
                };
                state.viewer.notice = Some(said.to_owned());
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
        | Action::Unblank
        | Action::Timer
        | Action::ShowTimer
        | Action::Follow
        | Action::Ask
        | Action::QuestionNext
        | Action::QuestionAnswered => {}
        Action::ToggleInvitation => {
            state.room.invitation_shown =
                !state.room.invitation_shown && state.room.invitation.is_some();
        }
    }
}
