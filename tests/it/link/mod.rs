//! The console link: framing, the hello, the bounds, and who may connect.

mod common;
mod console;
mod protocol;
mod room;
mod screening;
mod socket;
