//! The documentary as linear text: `print` (plain, for screen readers) and
//! the handout `export` (Markdown, HTML), writers over the core's blocks.

pub mod export;
pub mod print;
