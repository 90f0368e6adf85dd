//! The end of a session, as the facilitator decides it (`Remote::EndSession`):
//! read by every view and front end that lets participants go.

use super::room::Room;

impl Room {
    /// The facilitator ended the session.
    pub fn ended(&self) -> bool {
        self.ended
    }

    /// Where the handout is, if the facilitator said when ending.
    pub fn handout(&self) -> Option<&str> {
        self.handout.as_deref()
    }
}
