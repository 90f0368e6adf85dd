//! `invisibles export`: a linear handout of what was screened, in Markdown or
//! as one self-contained printable HTML file (inline CSS, no script, no
//! network), and the room's results as CSV for a spreadsheet. The first two
//! are writers over the blocks `print` writes too; what content or the room
//! says is escaped for each format.

mod csv;
mod html;
mod markdown;

pub use csv::{HEADER as CSV_HEADER, csv};
pub use html::html;
pub use markdown::markdown;

use crate::app::{bar_cells, poll_total};
use crate::blocks::{RoomQuestion, Scope};
use crate::store::session_log::Session;
use crate::words::Words;

fn scope(session: Option<&Session>) -> Scope<'_> {
    Scope {
        episode: None,
        session,
    }
}

/// A tally row's bar: as many cells as its share of the votes.
fn bar(n: u64, counts: &[(String, u64)], width: usize) -> usize {
    let tally: Vec<u64> = counts.iter().map(|r| r.1).collect();
    bar_cells(n, poll_total(&tally), width)
}

/// How a question from the room fared: its upvotes, whether it was
/// answered, and where in the screening it was asked.
fn question_mark(q: &RoomQuestion, w: &Words) -> String {
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
fn planned(minutes: Option<u32>) -> String {
    minutes.map_or_else(|| "—".to_owned(), |m| format!("{m} min"))
}

/// The heading a list of skipped panels goes under, without its colon.
fn skipped_heading(w: &Words) -> &'static str {
    w.skipped_by_the_room.trim_end_matches([':', ' ', '\u{a0}'])
}
