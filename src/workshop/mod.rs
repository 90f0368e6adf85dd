//! Workshop screenings: the session log, the handout, the facilitator console's link.

pub mod console;
pub mod export;
pub mod link;
pub mod queue;
