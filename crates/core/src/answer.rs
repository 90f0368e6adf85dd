//! An answer to a choice panel: an option picked or a figure guessed.

use serde::{Deserialize, Serialize};

/// What the viewer answered on a choice panel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Answer {
    /// The option picked, counted from 0.
    Picked(usize),
    /// The figure guessed.
    Guessed(f64),
}
