//! A room's poll: a set of ballots, one per voter and changeable until the
//! poll closes, plus the hands the facilitator counts. Tallies are derived,
//! never stored, so the room's answer is what the room voted.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Hands counted per option at most: more is not a room.
pub const MAX_HANDS: u64 = 1_000_000;

/// One voter's ballot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Ballot {
    /// An option, counted from 0.
    Picked(usize),
    /// A guessed figure.
    Guessed(f64),
}

/// Who votes: a participant by name, or a hand raised in the room.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Poll {
    /// Raised hands the facilitator counted, per option.
    pub hands: Vec<u64>,
    /// One ballot per participant, by their name.
    pub ballots: BTreeMap<String, Ballot>,
    /// No more ballots are taken.
    pub closed: bool,
    /// The answer is on the projector: the room's beside the report's.
    pub revealed: bool,
}

/// What the room answered: the tally's leader, a tie, or the guesses'
/// median with their spread. Never the cursor: an answer nobody gave is none.
#[derive(Debug, Clone, PartialEq)]
pub enum RoomAnswer {
    Picked(usize),
    /// Several options with the most votes: no answer, and shown as a tie.
    Tie(Vec<usize>),
    Guessed {
        median: f64,
        low: f64,
        high: f64,
        count: usize,
    },
}

impl RoomAnswer {
    /// As one person's answer, for conditions: a tie is none.
    pub fn answer(&self) -> Option<crate::answer::Answer> {
        use crate::answer::Answer;
        match self {
            RoomAnswer::Picked(k) => Some(Answer::Picked(*k)),
            RoomAnswer::Tie(_) => None,
            RoomAnswer::Guessed { median, .. } => Some(Answer::Guessed(*median)),
        }
    }
}

impl Poll {
    /// Votes per option: hands plus ballots, for a question of `options` options.
    pub fn tally(&self, options: usize) -> Vec<u64> {
        let mut counts = vec![0u64; options];
        for (k, hands) in self.hands.iter().enumerate().take(options) {
            counts[k] = *hands;
        }
        for ballot in self.ballots.values() {
            if let Ballot::Picked(k) = ballot
                && let Some(c) = counts.get_mut(*k)
            {
                *c = c.saturating_add(1);
            }
        }
        counts
    }

    /// The options with the most votes: the room's answer (none without a vote).
    pub fn leaders(&self, options: usize) -> Vec<usize> {
        let tally = self.tally(options);
        let top = tally.iter().copied().max().unwrap_or(0);
        if top == 0 {
            return Vec::new();
        }
        (0..options).filter(|&k| tally[k] == top).collect()
    }

    /// The guesses cast, in ascending order.
    pub fn guesses(&self) -> Vec<f64> {
        let mut out: Vec<f64> = self
            .ballots
            .values()
            .filter_map(|b| match b {
                Ballot::Guessed(v) if v.is_finite() => Some(*v),
                _ => None,
            })
            .collect();
        out.sort_by(f64::total_cmp);
        out
    }

    /// The middle of the guesses cast (the mean of the two middle ones for
    /// an even count), with the lowest and highest; `None` without a guess.
    pub fn median(&self) -> Option<(f64, f64, f64)> {
        let g = self.guesses();
        Some((median_of(&g)?, *g.first()?, *g.last()?))
    }

    /// The room's answer to a question of `options` options (0 for a guess):
    /// the leader, a tie, or the median of the guesses; `None` without a vote.
    pub fn room_answer(&self, options: usize) -> Option<RoomAnswer> {
        if options == 0 {
            let (median, low, high) = self.median()?;
            return Some(RoomAnswer::Guessed {
                median,
                low,
                high,
                count: self.guesses().len(),
            });
        }
        match self.leaders(options).as_slice() {
            [] => None,
            [one] => Some(RoomAnswer::Picked(*one)),
            many => Some(RoomAnswer::Tie(many.to_vec())),
        }
    }

    /// One more (or one fewer) raised hand for option `k` of `options`, at
    /// most [`MAX_HANDS`]: a flood of console votes cannot go past what a log
    /// read back would keep.
    pub fn hand(&mut self, k: usize, delta: i64, options: usize) -> bool {
        if k >= options {
            return false;
        }
        if self.hands.len() < options {
            self.hands.resize(options, 0);
        }
        let before = self.hands[k];
        self.hands[k] = before.saturating_add_signed(delta).min(MAX_HANDS);
        self.hands[k] != before
    }

    /// Bounds what a file said: so many options and votes at most, finite guesses.
    pub fn fit(&mut self, max_options: usize, max_votes: u64) {
        self.hands.truncate(max_options);
        for n in &mut self.hands {
            *n = (*n).min(max_votes);
        }
        self.ballots.retain(|_, b| match b {
            Ballot::Picked(k) => *k < max_options,
            Ballot::Guessed(v) => v.is_finite(),
        });
        let max = usize::try_from(max_votes).unwrap_or(usize::MAX);
        while self.ballots.len() > max {
            self.ballots.pop_last();
        }
    }

    /// Casts (or changes) `voter`'s ballot; refused once the poll is closed.
    pub fn cast(&mut self, voter: &str, ballot: Ballot) -> bool {
        if self.closed || matches!(ballot, Ballot::Guessed(v) if !v.is_finite()) {
            return false;
        }
        self.ballots.insert(voter.to_owned(), ballot.clone()) != Some(ballot)
    }
}

/// The middle of ascending figures: the mean of the two middle ones for an
/// even count; `None` for none.
pub fn median_of(sorted: &[f64]) -> Option<f64> {
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted.get(mid).copied()
    } else {
        Some(sorted.get(mid.checked_sub(1)?)? / 2.0 + sorted.get(mid)? / 2.0)
    }
}

/// The sum of a tally, in 64 bits, saturating.
pub fn poll_total(counts: &[u64]) -> u64 {
    counts.iter().fold(0u64, |sum, &n| sum.saturating_add(n))
}

/// How many cells of a `width`-cell bar `n` votes of `total` fill: never more
/// than the bar, whatever the numbers.
pub fn bar_cells(n: u64, total: u64, width: usize) -> usize {
    if total == 0 {
        return 0;
    }
    let width64 = u64::try_from(width).unwrap_or(u64::MAX);
    let cells = u128::from(n.min(total)) * u128::from(width64);
    let cells = cells.div_ceil(u128::from(total));
    usize::try_from(cells).unwrap_or(width).min(width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tally_counts_hands_and_one_ballot_per_voter() {
        let mut poll = Poll::default();
        assert!(poll.hand(0, 2, 3));
        assert!(poll.cast("ana", Ballot::Picked(1)));
        assert!(poll.cast("ben", Ballot::Picked(1)));
        assert!(
            !poll.cast("ben", Ballot::Picked(1)),
            "the same ballot again"
        );
        assert!(poll.cast("ben", Ballot::Picked(2)), "a changed ballot");
        assert_eq!(poll.tally(3), [2, 1, 1]);
        assert_eq!(poll.leaders(3), [0]);
        assert!(!poll.hand(5, 1, 3), "no such option");
        assert!(!poll.hand(1, -1, 3), "no hand to take away");
        poll.closed = true;
        assert!(!poll.cast("cy", Ballot::Picked(0)));
        assert_eq!(Poll::default().leaders(3), Vec::<usize>::new());
    }

    #[test]
    fn huge_counts_neither_overflow_nor_overfill_a_bar() {
        let poll = Poll {
            hands: vec![u64::MAX, u64::MAX, 3],
            ..Poll::default()
        };
        let tally = poll.tally(3);
        let total = tally.iter().fold(0u64, |a, b| a.saturating_add(*b));
        assert_eq!(total, u64::MAX);
        assert_eq!(bar_cells(tally[0], total, 20), 20);
        assert_eq!(bar_cells(3, total, 20), 1);
        assert_eq!(bar_cells(5, 0, 20), 0);
        assert_eq!(bar_cells(7, 3, 20), 20);
    }

    #[test]
    fn the_rooms_answer_is_the_leader_a_tie_or_the_median() {
        let mut poll = Poll::default();
        assert_eq!(poll.room_answer(3), None, "nobody voted");
        poll.cast("a", Ballot::Picked(2));
        poll.hand(0, 1, 3);
        assert_eq!(poll.room_answer(3), Some(RoomAnswer::Tie(vec![0, 2])));
        assert_eq!(poll.room_answer(3).and_then(|a| a.answer()), None);
        poll.hand(2, 1, 3);
        assert_eq!(poll.room_answer(3), Some(RoomAnswer::Picked(2)));
        let mut guesses = Poll::default();
        for (who, v) in [("a", 7.0), ("b", 12.0), ("c", 5.5), ("d", 1.0)] {
            guesses.cast(who, Ballot::Guessed(v));
        }
        assert_eq!(
            guesses.room_answer(0),
            Some(RoomAnswer::Guessed {
                median: 6.25,
                low: 1.0,
                high: 12.0,
                count: 4
            })
        );
        guesses.cast("e", Ballot::Guessed(100.0));
        assert_eq!(guesses.median(), Some((7.0, 1.0, 100.0)));
    }

    #[test]
    fn guesses_are_sorted_and_finite() {
        let mut poll = Poll::default();
        poll.cast("a", Ballot::Guessed(8.0));
        poll.cast("b", Ballot::Guessed(2.5));
        assert!(!poll.cast("c", Ballot::Guessed(f64::NAN)));
        assert_eq!(poll.guesses(), [2.5, 8.0]);
    }
}
