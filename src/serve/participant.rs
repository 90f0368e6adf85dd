//! One participant at their own terminal, without any I/O: keys in, what
//! goes up to the screen out, frames drawn into any buffer. They follow the
//! live room (or, with no screen running, watch on their own like a kiosk
//! visitor), browse away and come back, vote on a question with their own
//! cursor, and write questions for the debate. Nothing they press moves the room.

use std::collections::BTreeMap;
use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::asks::NotSent;
use super::feed::Live;
use crate::app::{
    Action, Ballot, Effect, MAX_QUESTION_CHARS, Msg, Progress, Room, Screen, Setup, View,
};
use crate::content::model::Ask;
use crate::content::{Documentary, Lang, Panel};
use crate::input::{Key, KeyCode};
use crate::journey::{Answer, Journey};
use crate::keymap::{self, Mode};
use crate::runtime::Follower;
use crate::ui::theme::{Theme, ThemeKind};

/// What a participant sends to the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Up {
    /// Their ballot on a choice panel, by id.
    Ballot { panel: String, ballot: Ballot },
    /// A question for the debate.
    Ask(String),
}

/// What a key did.
#[derive(Debug, Default, PartialEq)]
pub struct Outcome {
    pub up: Vec<Up>,
    /// Their journey changed: save it.
    pub journey: bool,
    /// They left: close their channel (and only theirs).
    pub quit: bool,
}

pub struct Participant {
    name: String,
    follower: Follower,
    /// The room they browse from when no screen is live.
    alone: Room,
    /// Their own cursor on each choice panel they answered while following.
    cursors: BTreeMap<usize, Progress>,
    /// Their ballots while following: their answer once the screen reveals.
    ballots: BTreeMap<usize, Answer>,
    /// The question they are writing.
    asking: Option<String>,
    /// The figure they are typing on a guess.
    typed: String,
    /// A word for them about their last key ("vote sent").
    said: Option<Said>,
    /// The room as the screen last showed it: while the screen restarts,
    /// they keep following it and rejoin the new one by themselves.
    last: Option<Live>,
}

/// What the participant's header last said back to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    Voted,
    Asked,
    Alone,
    /// Their ballot was refused (the queue to the screen is full).
    NotCounted,
    /// Their question was not sent, and why.
    NotSent(NotSent),
}

impl Said {
    fn text(self, lang: Lang) -> &'static str {
        let words = crate::words::of(lang);
        match self {
            Said::Voted => words.room_voted,
            Said::Asked => words.room_asked,
            Said::Alone => words.room_alone,
            Said::NotCounted if lang == Lang::Fr => {
                "✗ vote non compté (la salle est saturée) : validez de nouveau"
            }
            Said::NotCounted => "✗ your vote was not counted (the room is busy): cast it again",
            Said::NotSent(why) => why.words(lang),
        }
    }
}

fn guess_max(ask: &Ask) -> u32 {
    match ask {
        Ask::Guess { min, max, step, .. } if *step > 0.0 && max > min => {
            let steps = ((max - min) / step).floor();
            if steps.is_finite() && steps >= 0.0 && steps < f64::from(u32::MAX) {
                // A finite value in range: the cast cannot truncate wrongly.
                steps as u32
            } else {
                0
            }
        }
        _ => 0,
    }
}

impl Participant {
    /// Their last ballot was not taken by the room: they are told so
    /// rather than that it counted.
    pub fn not_counted(&mut self) {
        self.said = Some(Said::NotCounted);
    }

    /// Their question was not sent, for this reason.
    pub fn not_sent(&mut self, why: NotSent) {
        self.said = Some(Said::NotSent(why));
    }

    /// A participant named `name`, reading in `lang`, resuming `journey`.
    pub fn new(doc: Arc<Documentary>, name: String, lang: Lang, journey: &Journey) -> Participant {
        let alone = Room::new(&doc);
        let mut follower = Follower::new(doc.clone(), lang);
        follower.apply(Msg::Participant);
        follower.apply(Msg::Resume(journey.resume(&doc)));
        follower.apply(Msg::Setup(Setup {
            theme: ThemeKind::default(),
            present: false,
            workshop: false,
            lang: Some(lang),
        }));
        Participant {
            name,
            follower,
            alone,
            cursors: BTreeMap::new(),
            ballots: BTreeMap::new(),
            asking: None,
            typed: String::new(),
            said: None,
            last: None,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn browsing(&self) -> bool {
        self.follower.browsing()
    }

    /// What their journey keeps now.
    pub fn journey(&self) -> Journey {
        Journey::capture(self.follower.state())
    }

    /// The room changed (or the screen came or went). Panels they see live
    /// count as seen; a question the screen answered becomes theirs (their
    /// ballot), so its reveal comes to them with the projector's.
    pub fn live(&mut self, live: Option<&Live>) -> bool {
        let Some(live) = live else {
            if self.last.is_none() && !self.follower.browsing() {
                // No screen at all (a kiosk): they go on from where they were, on their own.
                let from = self.follower.state().room.clone();
                self.follower.browse(&from);
            }
            // A screen that left (a restart): they keep what the room showed
            // last and follow the screen again as soon as it is back.
            return false;
        };
        let moved = self.last.as_ref().map(|l| l.room.screen) != Some(live.room.screen);
        if moved {
            // "Your vote is in" belongs to the panel it was said on.
            self.said = None;
        }
        self.last = Some(live.clone());
        let mut changed = false;
        for &i in &live.answered {
            if !self.follower.state().viewer.answers.contains_key(&i)
                && let Some(answer) = self.ballots.get(&i).cloned()
            {
                let effects = self.follower.apply(Msg::Answer { panel: i, answer });
                changed |= effects.contains(&Effect::JourneyChanged);
            }
        }
        if !self.follower.browsing()
            && let (Screen::Panel(i), None) = (live.room.screen, live.room.gate)
        {
            let effects = self.follower.apply(Msg::Witnessed(i));
            changed |= effects.contains(&Effect::JourneyChanged);
        }
        changed
    }

    /// One key; `live` is the room on the screen, if one is running.
    pub fn key(&mut self, live: Option<&Live>, key: Key) -> Outcome {
        let last = self.last.clone();
        let away = live.is_none() && last.is_some();
        let live = live.or(last.as_ref());
        let mut out = Outcome::default();
        self.said = None;
        // The black screen, or a screen restarting, takes no vote and no step:
        // only quitting (and writing or sending a question) still works.
        let held = away || live.is_some_and(|l| l.room.blank);
        if held
            && !self.follower.browsing()
            && self.asking.is_none()
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
        if let Some(text) = self.asking.as_mut() {
            match keymap::action_in(Mode::Asking, key) {
                Some(Action::Next) => {
                    let text = self.asking.take().unwrap_or_default();
                    if !text.trim().is_empty() {
                        out.up.push(Up::Ask(text));
                        self.said = Some(Said::Asked);
                    }
                }
                Some(Action::Back) => {
                    text.pop();
                }
                Some(Action::Close) => self.asking = None,
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
        match keymap::action_in(Mode::Participant, key) {
            Some(Action::Follow) => {
                match live {
                    Some(room) if self.follower.browsing() => {
                        self.follower.rejoin();
                        self.live(Some(room));
                    }
                    Some(room) => self.follower.browse(&room.room),
                    None => self.said = Some(Said::Alone),
                }
                return out;
            }
            // Questions are for a debate: with no screen, no one would read them.
            Some(Action::Ask) if live.is_none() => {
                self.said = Some(Said::Alone);
                return out;
            }
            Some(Action::Ask) => {
                self.asking = Some(String::new());
                return out;
            }
            _ => {}
        }
        if let Some(room) = live.filter(|_| !self.follower.browsing())
            && let Some(done) = self.vote(room, key)
        {
            return done;
        }
        let room = live.map_or(&self.alone, |l| &l.room);
        let mode = Mode::of(&self.follower.view(room));
        match keymap::action_in(mode, key) {
            Some(Action::ForceQuit) => out.quit = true,
            // Their terminal is not theirs to suspend: the channel goes on.
            Some(Action::Suspend) => {}
            _ => {
                let effects = self.follower.handle(room, key);
                out.quit = effects.contains(&Effect::Quit);
                out.journey = effects.contains(&Effect::JourneyChanged);
            }
        }
        out
    }

    /// Following, on a question: ↑/↓ move their own cursor, → or Enter casts
    /// (or changes) their ballot. `None` when the key is not about voting.
    fn vote(&mut self, live: &Live, key: Key) -> Option<Outcome> {
        let (Screen::Panel(i), None) = (live.room.screen, live.room.gate) else {
            return None;
        };
        // Revealed on the projector: their ballot stands, and keys are the player's again.
        if self.follower.state().viewer.overlay.is_some()
            || self.follower.state().viewer.answers.contains_key(&i)
        {
            return None;
        }
        let doc = self.follower.state().doc.clone();
        let Panel::Choice(ch) = doc.panel(*doc.timeline.get(i)?) else {
            return None;
        };
        if let Ask::Guess { min, max, step, .. } = &ch.ask
            && let Some(typed) = self.typing(key)
        {
            // Their typed figure, to the nearest step of the question's scale.
            let steps = typed
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && *step > 0.0)
                .map(|v| ((v.clamp(*min, *max) - min) / step).round())
                .filter(|s| s.is_finite() && *s >= 0.0 && *s < f64::from(u32::MAX));
            if let Some(steps) = steps {
                // In range after the checks: the cast cannot truncate wrongly.
                self.cursors.entry(i).or_default().guess_steps =
                    (steps as u32).min(guess_max(&ch.ask));
            }
            return Some(Outcome::default());
        }
        let action = keymap::action_in(Mode::Play, key)?;
        self.typed.clear();
        let cursor = self.cursors.entry(i).or_default();
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
                    cursor.guess_steps.saturating_add(1).min(guess_max(ask))
                } else {
                    cursor.guess_steps.saturating_sub(1)
                };
            }
            (Action::Next, ask) => {
                let (ballot, answer) = match ask {
                    Ask::Options(opts) => {
                        let k = cursor.selected.min(opts.len().saturating_sub(1));
                        (Ballot::Picked(k), Answer::Picked(k))
                    }
                    Ask::Guess { min, step, .. } => {
                        let v = min + step * f64::from(cursor.guess_steps);
                        (Ballot::Guessed(v), Answer::Guessed(v))
                    }
                };
                self.ballots.insert(i, answer);
                self.said = Some(Said::Voted);
                return Some(Outcome {
                    up: vec![Up::Ballot {
                        panel: ch.id.clone(),
                        ballot,
                    }],
                    journey: false,
                    quit: false,
                });
            }
            _ => return None,
        }
        Some(Outcome::default())
    }

    /// A digit, a decimal separator or Backspace on a guess: the figure typed
    /// so far, or `None` for any other key.
    fn typing(&mut self, key: Key) -> Option<&str> {
        match key.code {
            KeyCode::Char(c)
                if !key.ctrl && !key.alt && (c.is_ascii_digit() || c == '.' || c == ',') =>
            {
                let separator = c == '.' || c == ',';
                if self.typed.chars().count() < 12
                    && !(separator && self.typed.contains(['.', ',']))
                {
                    self.typed.push(c);
                }
            }
            KeyCode::Backspace if !self.typed.is_empty() => {
                self.typed.pop();
            }
            _ => return None,
        }
        Some(&self.typed)
    }

    /// Draws their screen: a line of their own (name, mode, keys), then the
    /// documentary as they see it.
    pub fn render(&self, live: Option<&Live>, area: Rect, buf: &mut Buffer) {
        let away = live.is_none() && self.last.is_some();
        let live = live.or(self.last.as_ref());
        let lang = self.follower.state().viewer.lang;
        let theme = Theme::of(self.follower.state().viewer.theme);
        let Some(top) = area.rows().next() else {
            return;
        };
        let rest = Rect {
            y: area.y.saturating_add(1),
            height: area.height.saturating_sub(1),
            ..area
        };
        let room = live.map_or(&self.alone, |l| &l.room);
        let mut mine = None;
        if let (Some(live), false) = (live, self.follower.browsing())
            && let Screen::Panel(i) = live.room.screen
            && let Some(cursor) = self.cursors.get(&i)
        {
            // Their own cursor on the room's question.
            let mut room = live.room.clone();
            if let Some(p) = room.progress.get_mut(i) {
                p.selected = cursor.selected;
                p.guess_steps = cursor.guess_steps;
            }
            mine = Some(room);
        }
        let view: View<'_> = self.follower.view(mine.as_ref().unwrap_or(room));
        crate::ui::render(view, rest, buf);
        let state = match (live, self.follower.browsing()) {
            _ if away && !self.follower.browsing() => crate::words::of(lang).room_screen_away,
            (None, _) => crate::words::of(lang).room_on_your_own,
            (Some(_), false) => crate::words::of(lang).room_following_the_room,
            (Some(_), true) => crate::words::of(lang).room_browsing_on_your_own_f,
        };
        let mut spans = vec![
            Span::styled(
                format!(" {} ", self.name),
                theme.accent.add_modifier(Modifier::BOLD),
            ),
            Span::styled(format!("{state}  "), theme.heading),
        ];
        let (mode, said) = match &self.asking {
            Some(_) => (Mode::Asking, None),
            None => (Mode::Participant, self.said),
        };
        match said {
            Some(said) => spans.push(Span::styled(said.text(lang), theme.notice)),
            None => {
                for (k, hint) in keymap::hints(mode, lang) {
                    spans.push(Span::styled(k, theme.accent));
                    spans.push(Span::styled(format!(" {hint}  "), theme.dim));
                }
            }
        }
        buf.set_style(top, theme.chrome);
        Paragraph::new(Line::from(spans)).render(top, buf);
        if let Some(text) = &self.asking {
            self.render_question(text, lang, &theme, rest, buf);
        }
    }

    fn render_question(&self, text: &str, lang: Lang, theme: &Theme, area: Rect, buf: &mut Buffer) {
        let prompt = crate::words::of(lang).room_your_question;
        let width = usize::from(area.width.max(1));
        let line = format!("{prompt}{text}▏");
        // The end of what they type stays in view.
        let shown: String = {
            let chars: Vec<char> = line.chars().collect();
            let from = chars.len().saturating_sub(width.saturating_mul(3));
            chars.get(from..).unwrap_or_default().iter().collect()
        };
        let lines = crate::ui::text::wrap(&shown, area.width, theme.selected);
        let h = u16::try_from(lines.len())
            .unwrap_or(u16::MAX)
            .min(area.height);
        let rect = Rect {
            y: area.bottom().saturating_sub(h),
            height: h,
            ..area
        };
        ratatui::widgets::Clear.render(rect, buf);
        buf.set_style(rect, theme.selected);
        Paragraph::new(lines).render(rect, buf);
    }
}
