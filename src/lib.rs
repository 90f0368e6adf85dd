//! Invisibles: a terminal documentary about the click workers.
//!
//! One runtime, thin front ends: every input (a key as the core's own
//! [`input::Key`], a resize, a tick with the time passed in, a console's
//! command) goes to a [`runtime::Player`], whose [`app::update`] changes the
//! state and says what it did; stores, the session log and the consoles'
//! link consume those effects; [`ui`] draws a view into any ratatui backend.
//! Front ends are pumps around it: [`term`] for the local terminal (the only
//! module that touches it), the console, and [`serve`] for participants over SSH.

pub mod app;
pub mod blocks;
pub mod cli;
pub mod content;
pub mod fsio;
pub mod input;
pub mod journey;
pub mod keymap;
pub mod print;
pub mod runtime;
pub mod serve;
pub mod store;
pub mod term;
pub mod ui;
pub mod words;
pub mod workshop;
