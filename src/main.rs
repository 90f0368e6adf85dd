//! The player. Everything but `serve` runs in this process; `serve` is
//! handed to `invisibles-serve` beside it (see `commands::serve`).

use invisibles::commands::entry::{Serving, main as entry};

fn main() -> std::process::ExitCode {
    entry(Serving::Elsewhere)
}
