//! Every test but the end-to-end ones, in one binary (one link on a 2-core
//! CI): the core through `update`, the views in `TestBackend` snapshots, the
//! stores, the link, the command line, hostile input.

mod common;
mod hostile;

mod answering;
mod card;
mod chrome;
mod cli;
mod content;
mod contrast;
mod corner;
mod ending;
mod figures;
mod fuzz_corpus;
mod handout;
mod hostile_content;
mod hostile_export;
mod hostile_files;
mod hostile_numbers;
mod hostile_output;
mod hostile_sessions;
mod hostile_state;
mod journey;
mod layouts;
mod link;
mod markers;
mod mouse;
mod navigation;
mod palette;
mod participant;
mod portraits;
mod print;
mod questions;
mod render;
mod robustness;
mod room;
mod runtime;
mod scrolling;
mod search;
mod small;
mod title;
mod web;
mod workshop;
