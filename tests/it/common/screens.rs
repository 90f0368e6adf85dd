//! Every screen kind of the sample documentary: the panel it is on (`@id`) and
//! the keys pressed there; shared by the robustness tests and the benchmarks.

pub const SCREENS: &[(&str, &str)] = &[
    ("title", ""),
    ("narration", "@rider-intro"),
    ("testimony", "@rider-voice <right> <right>"),
    ("statistic_exact", "@rider-weekly-pay"),
    ("statistic_range", "@rider-weekly-hours"),
    ("statistic_derived_bars", "@rider-hourly-pay"),
    ("statistic_gauge", "@share"),
    ("chapter_notice", "@hard-text"),
    ("debate", "@debate-icons <right> <right> <down> <right>"),
    ("choice_options", "@take-job <down>"),
    ("choice_guess", "@guess-pay <up> <up>"),
    (
        "recap",
        "@take-job <down> <enter> @guess-pay <up> <up> <enter> <right>",
    ),
    ("contents", "@rider-intro t"),
    ("help", "@rider-intro ?"),
    ("bookmarks", "@rider-intro b @debate-icons b B"),
    ("bookmarks_empty", "B"),
    ("end", "@choices-recap <right>"),
];
