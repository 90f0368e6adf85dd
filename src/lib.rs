//! Invisibles: a terminal documentary about the click workers.
//!
//! The core ([`invisibles_core`]: the documentary, the state and the one
//! `update`) is a crate of its own; this crate holds what surrounds it:
//! [`ui`] draws a view into any ratatui backend; [`store`] keeps journeys and
//! session logs on disk; [`runtime`] feeds every input (a key as the core's
//! own `Key`, a resize, a tick with the time passed in, a console's command)
//! to the core and hands its effects to the stores and the consoles' link;
//! front ends are pumps around it: [`term`] for the local terminal (the only
//! module that touches it), the console, and [`serve`] for participants over SSH.

pub use invisibles_core::{app, blocks, content, input, journey, keymap, session_log, words};
pub use invisibles_fsio as fsio;

pub mod cli;
pub mod commands;
pub mod console;
pub mod link;
pub mod palette;
pub mod palette_css;
pub mod publish;
pub mod runtime;
pub mod serve;
pub mod store;
pub mod term;
pub mod ui;
pub mod web;
