//! A participant's forms (a web page): the same ballots, questions and
//! upvotes their keys make, checked against the room on the screen now, so
//! a form left open after the screen moved on never counts elsewhere.

use crate::answer::Answer;
use crate::app::participant::{Doing, Live, NotSent, Outcome, Participant, Said, Up};
use crate::app::poll::Ballot;
use crate::app::questions::MAX_QUESTION_CHARS;
use crate::app::room::Screen;
use crate::app::typed::{self, Refused};
use crate::content::Panel;
use crate::content::model::Ask;

/// Applies one form of theirs; `live` is the room on the screen, if one runs.
pub(super) fn act(p: &mut Participant, live: Option<&Live>, doing: Doing<'_>) -> Outcome {
    p.said = None;
    let Some(live) = live else {
        p.said = Some(Said::NotSent(NotSent::NoScreen));
        return Outcome::default();
    };
    match doing {
        Doing::Ask { text, anonymous } => ask(p, text, anonymous),
        Doing::Upvote(id) => upvote(p, live, id),
        Doing::Pick { panel, option } => ballot(p, live, panel, |ask| match ask {
            Ask::Options(opts) if option < opts.len() => Ok(Cursor::Option(option)),
            _ => Err(Said::Moved),
        }),
        Doing::Guess { panel, figure } => ballot(p, live, panel, |ask| {
            figure_steps(figure, ask).map(Cursor::Steps)
        }),
    }
}

/// Where a form puts their cursor before the ballot is cast from it.
enum Cursor {
    Option(usize),
    Steps(u32),
}

fn ballot(
    p: &mut Participant,
    live: &Live,
    panel: &str,
    cursor: impl FnOnce(&Ask) -> Result<Cursor, Said>,
) -> Outcome {
    let doc = p.follower.state().doc().clone();
    let chosen = open_choice(p, live, panel).and_then(|i| {
        match doc.timeline.get(i).map(|s| doc.panel(*s)) {
            Some(Panel::Choice(ch)) => cursor(&ch.ask).map(|c| (i, ch, c)),
            _ => Err(Said::Moved),
        }
    });
    match chosen {
        Ok((i, ch, c)) => {
            let at = p.cursors.entry(i).or_default();
            match c {
                Cursor::Option(k) => at.selected = k,
                Cursor::Steps(steps) => at.guess_steps = steps,
            }
            cast(p, i, ch)
        }
        Err(why) => said(p, why),
    }
}

fn said(p: &mut Participant, why: Said) -> Outcome {
    p.said = Some(why);
    Outcome::default()
}

/// The choice panel `panel` if the screen shows it now and takes ballots.
fn open_choice(p: &Participant, live: &Live, panel: &str) -> Result<usize, Said> {
    let (Screen::Panel(i), None, false) = (live.room.screen(), live.room.gate(), live.room.blank())
    else {
        return Err(Said::Moved);
    };
    let doc = p.follower.state().doc();
    let Some(Panel::Choice(ch)) = doc.timeline.get(i).map(|s| doc.panel(*s)) else {
        return Err(Said::Moved);
    };
    if ch.id != panel {
        return Err(Said::Moved);
    }
    let poll = live.room.polls().get(&i);
    let revealed = p.follower.state().viewer().answers().contains_key(&i);
    if revealed || poll.is_some_and(|poll| poll.closed || poll.revealed) {
        return Err(Said::Closed);
    }
    Ok(i)
}

/// A typed figure as steps of the guess's scale, checked as the player
/// checks what is typed: refused, not bent, when it is not a figure or lies
/// outside the range the question shows.
fn figure_steps(figure: &str, ask: &Ask) -> Result<u32, Said> {
    let figure = figure.trim();
    if figure.is_empty()
        || !figure
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(Said::NotAFigure);
    }
    let mut typed = String::new();
    for c in figure.chars() {
        typed::push(&mut typed, c, ask).map_err(Said::Refused)?;
    }
    if typed::below_range(&typed, ask) {
        return Err(Said::Refused(Refused::BelowRange));
    }
    typed::steps_of(&typed, ask).ok_or(Said::NotAFigure)
}

fn ask(p: &mut Participant, text: &str, anonymous: bool) -> Outcome {
    let text: String = text
        .chars()
        .filter_map(crate::content::controls::shown)
        .take(MAX_QUESTION_CHARS)
        .collect();
    let text = text.trim();
    if text.is_empty() {
        return Outcome::default();
    }
    p.said = Some(Said::Asked);
    Outcome {
        up: vec![Up::Ask {
            text: text.to_owned(),
            anonymous,
        }],
        ..Outcome::default()
    }
}

fn upvote(p: &mut Participant, live: &Live, id: u32) -> Outcome {
    let open = live.room.questions().ranked().iter().any(|q| q.id == id);
    if !open {
        return said(p, Said::Moved);
    }
    if !p.upvoted.insert(id) {
        return Outcome::default();
    }
    p.said = Some(Said::Upvoted);
    Outcome {
        up: vec![Up::Upvote(id)],
        ..Outcome::default()
    }
}

/// Casts (or changes) their ballot on timeline panel `i` from their own
/// cursor there: the only place a participant's ballot is made.
pub(super) fn cast(p: &mut Participant, i: usize, ch: &crate::content::model::Choice) -> Outcome {
    let cursor = p.cursors.entry(i).or_default();
    let (ballot, answer) = match &ch.ask {
        Ask::Options(opts) => {
            let k = cursor.selected.min(opts.len().saturating_sub(1));
            (Ballot::Picked(k), Answer::Picked(k))
        }
        Ask::Guess { min, step, .. } => {
            let v = min + step * f64::from(cursor.guess_steps);
            (Ballot::Guessed(v), Answer::Guessed(v))
        }
    };
    p.ballots.insert(i, answer);
    p.said = Some(Said::Voted);
    Outcome {
        up: vec![Up::Ballot {
            panel: ch.id.clone(),
            ballot,
        }],
        journey: false,
        quit: false,
    }
}
