/// Everything the viewer (or the event loop) can ask of the player.
///
/// Actions are intents, not keys: `Up` scrolls a long text but picks the
/// previous question in a debate; the state decides which.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Action {
    /// Scroll on through text below the fold, else reveal the next passage
    /// or answer, else the next panel; an unanswered question is passed.
    Next,
    /// Answer the question on screen with the option or figure chosen (on
    /// a screening's screen: reveal the room's answer).
    Answer,
    /// Undo the last step: exactly what `Next` did, in reverse.
    Back,
    Up,
    Down,
    /// Scroll the text, whatever the panel (j/k), even where ↑/↓ choose.
    ScrollUp,
    ScrollDown,
    NextChapter,
    PrevChapter,
    /// Jump to an episode, 1 being the first.
    Episode(u8),
    /// Open or close the table of contents.
    Contents,
    /// Open or close the key help.
    Help,
    /// Skip what a content notice announces.
    Skip,
    /// Bookmark the current panel, or remove its bookmark.
    ToggleBookmark,
    /// Open or close the list of bookmarks.
    Bookmarks,
    /// Switch the projector view (large text, wide margins, no key hints).
    TogglePresent,
    /// Black out the screen for a discussion; any key brings it back.
    Blank,
    /// Workshop: one more (or one fewer) vote from the room for the chosen option.
    Vote(i8),
    /// A character typed: a digit of a guess, a letter of a search.
    Type(char),
    /// Erase the last character typed.
    Erase,
    /// Answer an answered question again.
    AnswerAgain,
    /// The first (or last) panel of the current chapter.
    ChapterStart,
    ChapterEnd,
    /// Open the search: go to any panel by a few letters.
    Search,
    /// Bring the picture back from the black screen, and do nothing else.
    Unblank,
    /// The facilitator: start the chapter's discussion timer, or stop it.
    Timer,
    /// The facilitator: show the discussion timer in a corner of the
    /// projected screen, or hide it.
    ShowTimer,
    /// Autoplay's step: like `Next`, but never answers a question for the
    /// viewer and passes content notices by.
    Advance,
    /// Switch between French and English.
    ToggleLang,
    /// Close the open overlay.
    Close,
    /// Quit, closing an open overlay first.
    Quit,
    /// Quit now, whatever is open (Ctrl-C).
    ForceQuit,
    /// Suspend to the shell (Ctrl-Z); the event loop carries it out.
    Suspend,
    /// A click on row `n` of what is on screen: a question of a debate, a row
    /// of the contents or of the bookmarks (picked and opened).
    Pick(u16),
    /// The view's report of the current text: how far it can scroll, and
    /// how many of its lines show at once.
    ScrollLimit(u16, u16),
    /// A participant: browse on their own, or follow the room again.
    Follow,
    /// A participant: write a question for the debate.
    Ask,
    /// A participant: the room's questions, to read and upvote.
    RoomQuestions,
    /// The facilitator: the next open question on the projector (or none after the last).
    QuestionNext,
    /// The facilitator: the question on the projector is answered.
    QuestionAnswered,
    /// The facilitator: hide the question on the projector, else the first
    /// in line, without projecting it (off the queue and the handout).
    QuestionHide,
    /// The facilitator: how to join over SSH on the projector, or off it.
    ToggleInvitation,
    /// The facilitator: end the session for everyone (asked twice).
    EndSession,
    /// A participant writing a question: ask it without their name, or with it.
    Anonymous,
}
