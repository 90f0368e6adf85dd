//! The player. Everything but `serve` runs in this process; `serve` is
//! handed to `invisibles-serve` beside it (see `commands::serve`).

fn main() -> std::process::ExitCode {
    invisibles::commands::entry::main(invisibles::commands::serve::elsewhere)
}
