//! The room's server: `invisibles serve`, which the player hands over to
//! this binary so that it alone carries tokio, russh and axum.

fn main() -> std::process::ExitCode {
    invisibles::commands::entry::main(invisibles::commands::serve::here)
}
