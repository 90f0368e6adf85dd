//! What the Markdown and HTML handouts write alike: a tally's bar, how a
//! room's question fared, a planned duration, the skipped panels' heading.

use crate::app::{bar_cells, poll_total};
use crate::blocks::{RoomQuestion, Scope};
use crate::store::session_log::Session;
use crate::words::Words;

pub(super) fn scope(session: Option<&Session>) -> Scope<'_> {
    Scope {
        episode: None,
        session,
    }
}

/// A tally row's bar: as many cells as its share of the votes.
pub(super) fn bar(n: u64, counts: &[(String, u64)], width: usize) -> usize {
    let tally: Vec<u64> = counts.iter().map(|r| r.1).collect();
    bar_cells(n, poll_total(&tally), width)
}

/// How a question from the room fared: its upvotes, whether it was
/// answered, and where in the screening it was asked.
pub(super) fn question_mark(q: &RoomQuestion, w: &Words) -> String {
    let votes = (w.asked_upvotes)(q.votes);
    let mut mark = if q.answered {
        format!("{}, {votes}", w.asked_answered)
    } else {
        votes
    };
    if let Some(during) = &q.asked_during {
        mark.push_str("; ");
        mark.push_str(during);
    }
    mark
}

/// A planned duration in the timeline, or a dash where the chapter has none.
pub(super) fn planned(minutes: Option<u32>) -> String {
    minutes.map_or_else(|| "—".to_owned(), |m| format!("{m} min"))
}

/// The heading a list of skipped panels goes under, without its colon.
pub(super) fn skipped_heading(w: &Words) -> &'static str {
    w.skipped_by_the_room.trim_end_matches([':', ' ', '\u{a0}'])
}
