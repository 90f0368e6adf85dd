//! A participant's messages: the room they follow changed, or they pressed a
//! key. Keys go through the keymap's participant modes (asking, following,
//! their own player when browsing); votes and questions go up as [`Up`].

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::doing::cast;
use crate::action::Action;
use crate::app::effect::Effect;
use crate::app::follower::Follower;
use crate::app::msg::{Msg, Setup};
use crate::app::participant::{Doing, Live, NotSent, Outcome, Participant, Said, Up};
use crate::app::questions::MAX_QUESTION_CHARS;
use crate::app::room::{Room, Screen};
use crate::app::theme::ThemeKind;
use crate::app::typed::{self, steps_of};
use crate::content::Panel;
use crate::content::model::Ask;
use crate::content::{Documentary, Lang};
use crate::input::{Key, KeyCode};
use crate::journey::Journey;
use crate::keymap::{self, Mode};

/// What reaches a participant: the room on the screen (if one runs) changed,
/// or a key of theirs, with that room.
#[derive(Debug, Clone, Copy)]
pub enum ParticipantMsg<'a> {
    Live(Option<&'a Live>),
    Key(Key, Option<&'a Live>),
    /// Their last ballot did not reach the room: they are told so, rather
    /// than that it counted.
    NotCounted,
    /// Their question was not sent, for this reason.
    NotSent(NotSent),
    /// They used a form (a web page), with the room on the screen.
    Do(Doing<'a>, Option<&'a Live>),
}

impl Participant {
    /// A participant named `name`, reading in `lang`, resuming `journey`.
    pub fn new(doc: Arc<Documentary>, name: String, lang: Lang, journey: &Journey) -> Participant {
        let alone = Room::new(&doc);
        let mut follower = Follower::new(doc.clone(), lang);
        follower.apply(Msg::Participant);
        follower.apply(Msg::Resume(journey.resume(&doc)));
        follower.apply(Msg::Setup(Setup {
            theme: ThemeKind::default(),
            // A terminal over SSH does not say it shows true colour.
            depth: crate::app::theme::Depth::Indexed,
            present: false,
            workshop: false,
            lang: Some(lang),
        }));
        Participant {
            id: name.clone(),
            name,
            follower,
            alone,
            cursors: BTreeMap::new(),
            ballots: BTreeMap::new(),
            asking: None,
            anonymous: false,
            typed: String::new(),
            questions: None,
            upvoted: BTreeSet::new(),
            said: None,
            last: None,
            early: false,
        }
    }
}

/// Applies one message to a participant: the only function that changes one.
pub fn participant(p: &mut Participant, msg: ParticipantMsg<'_>) -> Outcome {
    match msg {
        ParticipantMsg::Live(live) => Outcome {
            journey: follow(p, live),
            ..Outcome::default()
        },
        ParticipantMsg::Key(key, live) => self::key(p, live, key),
        ParticipantMsg::NotCounted => {
            p.said = Some(Said::NotCounted);
            Outcome::default()
        }
        ParticipantMsg::NotSent(why) => {
            p.said = Some(Said::NotSent(why));
            Outcome::default()
        }
        ParticipantMsg::Do(doing, live) => super::doing::act(p, live, doing),
    }
}

/// The room changed (or the screen came or went). Panels they see live
/// count as seen; a question the screen answered becomes theirs (their
/// ballot), so its reveal comes to them with the projector's. Says whether
/// their journey changed.
fn follow(p: &mut Participant, live: Option<&Live>) -> bool {
    let Some(live) = live else {
        if p.last.is_none() && !p.follower.browsing() {
            // No screen at all (a kiosk): they go on from where they were, on their own.
            let from = p.follower.state().room().clone();
            p.follower.browse(&from);
            p.early = true;
        }
        // A screen that left (a restart): they keep what the room showed
        // last and follow the screen again as soon as it is back.
        return false;
    };
    if std::mem::take(&mut p.early) {
        // Here before the screen: the screening starts, and they follow it.
        p.follower.rejoin();
    }
    let moved = p.last.as_ref().map(|l| l.room.screen()) != Some(live.room.screen());
    if moved {
        // "Your vote is in", and their own notes ("Answer again…"), belong
        // to the panel they were said on.
        p.said = None;
        p.follower.apply(Msg::NotesRead);
    }
    p.last = Some(live.clone());
    let mut changed = false;
    for &i in &live.answered {
        if !p.follower.state().viewer().answers().contains_key(&i)
            && let Some(answer) = p.ballots.get(&i).cloned()
        {
            let effects = p.follower.apply(Msg::Answer { panel: i, answer });
            changed |= effects.contains(&Effect::JourneyChanged);
        }
    }
    if !p.follower.browsing()
        && let (Screen::Panel(i), None) = (live.room.screen(), live.room.gate())
    {
        let effects = p.follower.apply(Msg::Witnessed(i));
        changed |= effects.contains(&Effect::JourneyChanged);
    }
    changed
}

/// One key; `live` is the room on the screen, if one is running.
fn key(p: &mut Participant, live: Option<&Live>, key: Key) -> Outcome {
    let last = p.last.clone();
    let away = live.is_none() && last.is_some();
    let live = live.or(last.as_ref());
    let mut out = Outcome::default();
    p.said = None;
    // The black screen, or a screen restarting, takes no vote and no step:
    // only quitting (and writing or sending a question) still works.
    let held = away || live.is_some_and(|l| l.room.blank());
    if held
        && !p.follower.browsing()
        && p.asking.is_none()
        && !matches!(keymap::action_in(Mode::Participant, key), Some(Action::Ask))
    {
        if matches!(
            keymap::action_in(Mode::Play, key),
            Some(Action::Quit | Action::ForceQuit)
        ) {
            out.quit = true;
        }
        return out;
    }
    if let Some(text) = p.asking.as_mut() {
        match keymap::action_in(Mode::Asking, key) {
            Some(Action::Next) => {
                let text = p.asking.take().unwrap_or_default();
                if !text.trim().is_empty() {
                    out.up.push(Up::Ask {
                        text,
                        anonymous: p.anonymous,
                    });
                    p.said = Some(Said::Asked);
                }
            }
            Some(Action::Back) => {
                text.pop();
            }
            Some(Action::Close) => p.asking = None,
            Some(Action::Anonymous) => p.anonymous = !p.anonymous,
            _ => {
                if let KeyCode::Char(c) = key.code
                    && !key.ctrl
                    && !key.alt
                    && crate::content::controls::shown(c) == Some(c)
                    && text.chars().count() < MAX_QUESTION_CHARS
                {
                    text.push(c);
                }
            }
        }
        return out;
    }
    if let Some(chosen) = p.questions {
        return questions(p, live, key, chosen);
    }
    match keymap::action_in(Mode::Participant, key) {
        Some(Action::RoomQuestions) => {
            p.questions = Some(None);
            return out;
        }
        Some(Action::Follow) => {
            match live {
                Some(room) if p.follower.browsing() => {
                    p.early = false;
                    p.follower.rejoin();
                    follow(p, Some(room));
                }
                Some(room) => p.follower.browse(&room.room),
                None => p.said = Some(Said::Alone),
            }
            return out;
        }
        // Questions are for a debate: with no screen, no one would read them.
        Some(Action::Ask) if live.is_none() => {
            p.said = Some(Said::Alone);
            return out;
        }
        Some(Action::Ask) => {
            p.asking = Some(String::new());
            return out;
        }
        _ => {}
    }
    if let Some(room) = live.filter(|_| !p.follower.browsing())
        && let Some(done) = vote(p, room, key)
    {
        return done;
    }
    let room = live.map_or(&p.alone, |l| &l.room);
    let mode = crate::app::keys::mode_of(&p.follower.view(room));
    let action = keymap::action_in(mode, key);
    // Following, a key that would move them is the facilitator's to press:
    // they are told so, and stay with the room (f browses on their own).
    let moves = action.is_some_and(crate::app::keys::moves_the_room);
    let playing = matches!(mode, Mode::Play | Mode::Ask | Mode::Guess);
    if live.is_some() && !p.follower.browsing() && moves && playing {
        p.said = Some(Said::Following);
        return out;
    }
    match action {
        Some(Action::ForceQuit) => out.quit = true,
        // Their terminal is not theirs to suspend: the channel goes on.
        Some(Action::Suspend) => {}
        _ => {
            let effects = p.follower.handle(room, key);
            out.quit = effects.contains(&Effect::Quit);
            out.journey = effects.contains(&Effect::JourneyChanged);
        }
    }
    out
}

/// The room's questions are open: ↑/↓ choose, → or Enter upvotes (once per
/// question), Esc, ← or q closes; the list is the live room's, ranked.
fn questions(p: &mut Participant, live: Option<&Live>, key: Key, chosen: Option<u32>) -> Outcome {
    let ranked: Vec<u32> = live.map_or_else(Vec::new, |l| {
        l.room.questions().ranked().iter().map(|q| q.id).collect()
    });
    let at = chosen
        .and_then(|id| ranked.iter().position(|&r| r == id))
        .unwrap_or(0);
    let last = ranked.len().saturating_sub(1);
    let mut out = Outcome::default();
    match keymap::action_in(Mode::Play, key) {
        Some(Action::Up) => p.questions = Some(ranked.get(at.saturating_sub(1)).copied()),
        Some(Action::Down) => {
            p.questions = Some(ranked.get(at.saturating_add(1).min(last)).copied());
        }
        Some(Action::Next) => {
            if let Some(&id) = ranked.get(at)
                && p.upvoted.insert(id)
            {
                out.up.push(Up::Upvote(id));
                p.said = Some(Said::Upvoted);
            }
        }
        Some(Action::ForceQuit) => out.quit = true,
        Some(Action::Close | Action::Back | Action::Quit) => p.questions = None,
        _ if keymap::action_in(Mode::Participant, key) == Some(Action::RoomQuestions) => {
            p.questions = None;
        }
        _ => {}
    }
    out
}

/// Following, on a question: ↑/↓ move their own cursor, Enter casts (or
/// changes) their ballot. `None` when the key is not about voting.
fn vote(p: &mut Participant, live: &Live, key: Key) -> Option<Outcome> {
    let (Screen::Panel(i), None) = (live.room.screen(), live.room.gate()) else {
        return None;
    };
    // Revealed on the projector: their ballot stands, and keys are the player's again.
    let viewer = p.follower.state().viewer();
    if viewer.overlay().is_some() || viewer.answers().contains_key(&i) {
        return None;
    }
    let poll = live.room.polls().get(&i);
    if poll.is_some_and(|poll| poll.closed || poll.revealed) {
        // Closed: a ballot now would not count, and they are told so.
        if matches!(keymap::action_in(Mode::Play, key), Some(Action::Next)) {
            p.said = Some(Said::Closed);
            return Some(Outcome::default());
        }
        return None;
    }
    let doc = p.follower.state().doc().clone();
    let Panel::Choice(ch) = doc.panel(*doc.timeline.get(i)?) else {
        return None;
    };
    if matches!(ch.ask, Ask::Guess { .. })
        && let Some(typed) = typing(p, key, &ch.ask)
    {
        // Their typed figure, to the nearest step of the question's scale.
        if let Some(steps) = steps_of(&typed, &ch.ask) {
            p.cursors.entry(i).or_default().guess_steps = steps;
        }
        return Some(Outcome::default());
    }
    // Enter casts, as it answers anywhere; → is the facilitator's to press.
    let mode = match ch.ask {
        Ask::Guess { .. } => Mode::Guess,
        Ask::Options(_) => Mode::Ask,
    };
    let action = keymap::action_in(mode, key)?;
    if !matches!(action, Action::Up | Action::Down | Action::Answer) {
        return None;
    }
    if action == Action::Answer && typed::below_range(&p.typed, &ch.ask) {
        p.said = Some(Said::Refused(typed::Refused::BelowRange));
        return Some(Outcome::default());
    }
    p.typed.clear();
    // Their cursor starts where the screen shows it: the value they see.
    let cursor = p
        .cursors
        .entry(i)
        .or_insert_with(|| live.room.progress(i).clone());
    match (action, &ch.ask) {
        (Action::Up | Action::Down, Ask::Options(opts)) => {
            let last = opts.len().saturating_sub(1);
            cursor.selected = if action == Action::Up {
                cursor.selected.saturating_sub(1)
            } else {
                cursor.selected.saturating_add(1).min(last)
            };
        }
        (Action::Up | Action::Down, ask @ Ask::Guess { .. }) => {
            cursor.guess_steps = if action == Action::Up {
                cursor.guess_steps.saturating_add(1).min(ask.steps())
            } else {
                cursor.guess_steps.saturating_sub(1)
            };
        }
        (Action::Answer, _) => return Some(cast(p, i, ch)),
        _ => return None,
    }
    Some(Outcome::default())
}

/// A digit, a decimal separator or Backspace on a guess: the figure typed
/// so far, or `None` for any other key.
fn typing(p: &mut Participant, key: Key, ask: &Ask) -> Option<String> {
    match key.code {
        KeyCode::Char(c)
            if !key.ctrl && !key.alt && (c.is_ascii_digit() || c == '.' || c == ',') =>
        {
            // A figure past the range is not taken, and they are told so.
            if let Err(why) = typed::push(&mut p.typed, c, ask) {
                p.said = Some(Said::Refused(why));
            }
        }
        KeyCode::Backspace if !p.typed.is_empty() => {
            p.typed.pop();
        }
        _ => return None,
    }
    Some(p.typed.clone())
}
