use super::Words;

pub static EN: Words = Words {
    anonymous: "Anonymous",
    episode_short: "Ep.",
    bookmark_added: "Bookmarked: B lists your bookmarks.",
    bookmark_removed: "Bookmark removed.",
    bookmarked_mark: "bookmarked",
    answer_again: "Answer again: choose, then →.",
    no_such_episode: |n, count| format!("There is no episode {n}: this documentary has {count}."),
    welcome_back: |place, key| format!("Welcome back: {place}. {key}: the start of the chapter."),
    search_title: "Go to a panel",
    search_prompt: "Type a few letters of a title, a name or a figure",
    search_none: "Nothing matches.",
    guess_right: "Right on: that is the figure.",
    guess_typed: "typed",
    console_unknown_panel: |id| format!("A console asked for an unknown panel `{id}`."),
    colon: ":",
    help_at_end: "↑ back up",
    autoplay_mark: "▶ autoplay",
    timer_over: "time is up",
};
