//! One participant at their own terminal: they follow the live room (or,
//! with no screen running, watch on their own like a kiosk visitor), browse
//! away and come back, vote on a question with their own cursor, and write
//! questions for the debate. Nothing they press moves the room: what they
//! send goes up to the screen as [`Up`], and the screen's `update` decides.
//! Their state changes only through the participant arm of `update`.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use super::follower::Follower;
use super::poll::Ballot;
use super::room::{Room, Screen};
use super::state::View;
use crate::answer::Answer;
use crate::content::Lang;
use crate::journey::Journey;
use crate::progress::Progress;

/// What participants follow: the room, and the questions the screen has
/// answered (their reveal is on the projector, so it may be on theirs).
#[derive(Debug, Clone, PartialEq)]
pub struct Live {
    pub room: Room,
    pub answered: BTreeSet<usize>,
    /// Open questions on the screen in all (the room carries only the first).
    pub waiting: usize,
}

impl Live {
    /// A room nobody answered anything in yet.
    pub fn of(room: Room) -> Live {
        Live {
            room,
            answered: BTreeSet::new(),
            waiting: 0,
        }
    }
}

/// What a participant sends to the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Up {
    /// Their ballot on a choice panel, by id.
    Ballot { panel: String, ballot: Ballot },
    /// A question for the debate, with or without their name.
    Ask { text: String, anonymous: bool },
    /// An upvote on one of the room's questions, by id.
    Upvote(u32),
}

/// What a participant's message did.
#[derive(Debug, Default, PartialEq)]
pub struct Outcome {
    pub up: Vec<Up>,
    /// Their journey changed: save it.
    pub journey: bool,
    /// They left: close their channel (and only theirs).
    pub quit: bool,
}

/// What a participant does with a form rather than a key (a web page): each
/// names what it is about, so a form left open after the screen moved on
/// cannot count on the next question.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Doing<'a> {
    /// Option `option` on the choice panel `panel` (by id).
    Pick { panel: &'a str, option: usize },
    /// A figure as typed (either decimal separator) on the guess `panel`.
    Guess { panel: &'a str, figure: &'a str },
    /// A question for the debate, with or without their name.
    Ask { text: &'a str, anonymous: bool },
    /// An upvote on one of the room's questions.
    Upvote(u32),
}

/// Why a question is not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotSent {
    /// No screen to send it to (a kiosk, or the screen is restarting).
    NoScreen,
    /// The facilitator's list is full.
    Full,
    /// They have as many open questions as anyone may.
    Yours,
    /// Their last one is still on its way.
    OnItsWay,
    /// The queue to the screen is full.
    Busy,
}

impl NotSent {
    pub fn words(self, lang: Lang) -> &'static str {
        let w = crate::words::of(lang);
        match self {
            NotSent::NoScreen => w.room_not_sent_no_screen,
            NotSent::Full => w.room_not_sent_full,
            NotSent::Yours => w.room_not_sent_yours,
            NotSent::OnItsWay => w.room_not_sent_on_its_way,
            NotSent::Busy => w.room_not_sent_busy,
        }
    }
}

/// What the participant's header last said back to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    Voted,
    Asked,
    Alone,
    /// Their ballot came after the facilitator closed the poll.
    Closed,
    /// Their upvote went to the screen.
    Upvoted,
    /// They pressed a key that would move while following: the room moves.
    Following,
    /// Their ballot was refused (the queue to the screen is full).
    NotCounted,
    /// Their question was not sent, and why.
    NotSent(NotSent),
    /// What they answered is no longer on the screen (it moved on, or is black).
    Moved,
    /// What they typed is not a figure.
    NotAFigure,
    /// What they typed on a guess was not taken, and why.
    Refused(crate::app::typed::Refused),
}

impl Said {
    pub fn text(self, lang: Lang) -> &'static str {
        let words = crate::words::of(lang);
        match self {
            Said::Voted => words.room_voted,
            Said::Asked => words.room_asked,
            Said::Alone => words.room_alone,
            Said::Closed => words.room_poll_closed,
            Said::Upvoted => words.room_upvote_sent,
            Said::Following => words.room_following_moves,
            Said::NotCounted => words.room_vote_not_counted,
            Said::NotSent(why) => why.words(lang),
            Said::Moved => crate::words::web(lang).moved,
            Said::NotAFigure => crate::words::web(lang).not_a_figure,
            Said::Refused(why) => {
                use crate::app::typed::Refused;
                match why {
                    Refused::AboveRange => words.room_guess_above,
                    Refused::BelowRange => words.room_guess_below,
                    Refused::SecondSeparator => words.room_guess_separator,
                    Refused::TooLong => words.room_guess_too_long,
                }
            }
        }
    }
}

pub struct Participant {
    pub(crate) name: String,
    /// What they hold (their key, their seat's token): their questions are
    /// theirs by this, not by a display name someone else may get later.
    pub(crate) id: String,
    pub(crate) follower: Follower,
    /// The room they browse from when no screen is live.
    pub(crate) alone: Room,
    /// Their own cursor on each choice panel they answered while following.
    pub(crate) cursors: BTreeMap<usize, Progress>,
    /// Their ballots while following: their answer once the screen reveals.
    pub(crate) ballots: BTreeMap<usize, Answer>,
    /// The question they are writing.
    pub(crate) asking: Option<String>,
    /// It goes without their name.
    pub(crate) anonymous: bool,
    /// The figure they are typing on a guess.
    pub(crate) typed: String,
    /// The room's questions are open, with the one chosen (by id: the
    /// ranking moves under the cursor as votes come in).
    pub(crate) questions: Option<Option<u32>>,
    /// The questions they upvoted, by id (once each).
    pub(crate) upvoted: BTreeSet<u32>,
    /// A word for them about their last key ("vote sent").
    pub(crate) said: Option<Said>,
    /// The room as the screen last showed it: while the screen restarts,
    /// they keep following it and rejoin the new one by themselves.
    pub(crate) last: Option<Live>,
    /// They watch on their own only because no screen was running when
    /// they came: they follow the screening as soon as it starts.
    pub(crate) early: bool,
}

impl Participant {
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The same participant, known by `id` (what they hold).
    pub fn known_as(mut self, id: String) -> Participant {
        self.id = id;
        self
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Whether they asked `q`.
    pub fn asked(&self, q: &super::questions::Question) -> bool {
        q.asked_by() == self.id
    }

    pub fn browsing(&self) -> bool {
        self.follower.browsing()
    }

    /// What their journey keeps now.
    pub fn journey(&self) -> Journey {
        Journey::capture(self.follower.state())
    }

    /// Their own viewer (language, theme, overlays).
    pub fn follower(&self) -> &Follower {
        &self.follower
    }

    /// The question they are writing, if they are.
    pub fn asking(&self) -> Option<&str> {
        self.asking.as_deref()
    }

    /// The question they are writing goes without their name.
    pub fn anonymous(&self) -> bool {
        self.anonymous
    }

    /// The room's questions are open, with the one chosen (by id).
    pub fn questions(&self) -> Option<Option<u32>> {
        self.questions
    }

    /// Whether they upvoted question `id`.
    pub fn upvoted(&self, id: u32) -> bool {
        self.upvoted.contains(&id)
    }

    /// Their ballot on timeline panel `i`, as the room took it.
    pub fn ballot(&self, i: usize) -> Option<&Answer> {
        self.ballots.get(&i)
    }

    pub fn said(&self) -> Option<Said> {
        self.said
    }

    /// The screen went away and they wait for it (they follow what it showed last).
    pub fn away(&self, live: Option<&Live>) -> bool {
        live.is_none() && self.last.is_some()
    }

    /// The room they follow: the live one, else the last one shown.
    pub fn following<'a>(&'a self, live: Option<&'a Live>) -> Option<&'a Live> {
        live.or(self.last.as_ref())
    }

    /// What they see: the room they follow with their own cursor on its
    /// question, or their own room while browsing or alone.
    pub fn room_seen<'a>(&'a self, live: Option<&'a Live>) -> Cow<'a, Room> {
        let live = self.following(live);
        if let (Some(live), false) = (live, self.follower.browsing())
            && let Screen::Panel(i) = live.room.screen()
            && let Some(cursor) = self.cursors.get(&i)
        {
            return Cow::Owned(
                live.room
                    .with_cursor(i, cursor.selected, cursor.guess_steps),
            );
        }
        Cow::Borrowed(live.map_or(&self.alone, |l| &l.room))
    }

    /// What a view draws for them, over `room` (see [`Participant::room_seen`]).
    pub fn view<'a>(&'a self, room: &'a Room) -> View<'a> {
        self.follower.view(room)
    }
}
