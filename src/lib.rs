//! Invisibles: a terminal documentary about the click workers.
//!
//! The core (`content`, `app`, `ui`) takes events in and draws frames to any
//! ratatui backend; only `term` touches the real terminal.

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
