//! The room's server: `invisibles serve`, which the player hands over to
//! this binary so that it alone carries tokio, russh and axum.

fn main() -> std::process::ExitCode {
    use invisibles::commands::{entry, serve};
    entry::main(entry::Serving::Here(serve::here))
}
