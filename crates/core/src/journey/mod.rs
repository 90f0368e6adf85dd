//! The viewer's journey: where they are, what they have seen, bookmarked and
//! answered, kept in a RON file by stable ids so it survives edits to the episodes.

pub mod checks;
pub mod record;

pub use record::{Answer, Journey, Position};
