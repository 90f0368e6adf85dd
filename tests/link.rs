//! The console link: framing, the hello, the bounds, and who may connect.

#[path = "link/common.rs"]
mod common;
#[path = "link/console.rs"]
mod console;
#[path = "link/protocol.rs"]
mod protocol;
#[path = "link/room.rs"]
mod room;
#[path = "link/screening.rs"]
mod screening;
#[path = "link/socket.rs"]
mod socket;
