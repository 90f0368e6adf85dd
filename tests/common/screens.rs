//! Every screen kind of the sample documentary, and the keys that reach it from
//! launch: shared by the robustness tests and the benchmarks.

pub const SCREENS: &[(&str, &str)] = &[
    ("title", ""),
    ("narration", "<right>"),
    ("testimony", "<right> <right> <right> <right>"),
    ("statistic_exact", "<right> <right> <right> <right> <right>"),
    (
        "statistic_range",
        "<right> <right> <right> <right> <right> <right>",
    ),
    (
        "statistic_derived_bars",
        "<right> <right> <right> <right> <right> <right> <right>",
    ),
    (
        "statistic_gauge",
        "n <right> <right> <right> <right> <right> <right> <right> <right>",
    ),
    ("chapter_notice", "n n"),
    ("debate", "2 <right> <right> <down> <right>"),
    ("choice_options", "3 <down>"),
    ("choice_guess", "3 <down> <right> <right> <up> <up>"),
    (
        "recap",
        "3 <down> <right> <right> <up> <up> <right> <right>",
    ),
    ("contents", "<right> t"),
    ("help", "<right> ?"),
    ("bookmarks", "<right> b 2 b B"),
    ("bookmarks_empty", "B"),
    ("end", "3 <right> <right> <right> <right> <right> <right>"),
];
