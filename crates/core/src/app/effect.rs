//! What an update did, said by `update` itself so the session log, the
//! journey store and the front ends consume it instead of diffing states.

/// How a panel came on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Via {
    #[default]
    /// The viewer (or facilitator) stepped there: next, back, a chapter key.
    Step,
    /// A jump to a panel chosen by id (a console's chapter list).
    Jump,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Panel `panel` (timeline index) is on screen, no notice left before it.
    Shown { panel: usize, via: Via },
    /// The content notice before panel `panel` was skipped.
    Skipped(usize),
    /// The choice panel `panel` was answered (or answered again).
    Answered(usize),
    /// The room's poll on choice panel `panel` changed.
    PollChanged(usize),
    /// The room's questions changed (asked, projected, answered).
    QuestionsChanged,
    /// A participant joined (`true`) or left the room.
    Present { name: String, here: bool },
    /// The facilitator ended the session.
    SessionEnded,
    /// Something the journey keeps changed: save it.
    JourneyChanged,
    /// The discussion timer, which the runtime keeps, was started, stopped,
    /// shown or hidden: the session log keeps it for a restarted screen.
    TimerChanged,
    /// The viewer asked to quit.
    Quit,
    /// The viewer asked to suspend to the shell (Ctrl-Z).
    Suspend,
}
