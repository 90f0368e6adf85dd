//! The journey as saved, and how it maps to and from the player's state.
//!
//! Unlike authored content, the state file is lenient: unknown fields are
//! ignored and missing ones take defaults, so older and newer files both load.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

pub use crate::answer::Answer;

use crate::content::Lang;
use crate::progress::Progress;

/// Bumped when a change would be misread by an older version of the app.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Journey {
    pub version: u32,
    pub position: Position,
    pub lang: Option<Lang>,
    /// Panel ids the viewer has been shown.
    pub seen: BTreeSet<String>,
    /// Panel ids, in the order they were bookmarked.
    pub bookmarks: Vec<String>,
    /// Answers to choice panels, by panel id.
    pub answers: BTreeMap<String, Answer>,
    /// Content notices the viewer chose to see past: panel ids, and chapter
    /// ids for chapter notices. A resumed journey does not ask again.
    pub notices_seen: BTreeSet<String>,
    /// How far each panel was revealed (passages, debate answers, the guess),
    /// by panel id: a relaunch finds them as they were.
    pub progress: BTreeMap<String, Progress>,
}

impl Default for Journey {
    fn default() -> Self {
        Journey {
            version: VERSION,
            position: Position::Title,
            lang: None,
            seen: BTreeSet::new(),
            bookmarks: Vec::new(),
            answers: BTreeMap::new(),
            notices_seen: BTreeSet::new(),
            progress: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub enum Position {
    #[default]
    Title,
    Panel {
        episode: String,
        chapter: String,
        panel: String,
        /// The panel's place in its chapter, to resume nearby if it is gone.
        #[serde(default)]
        index: usize,
    },
    End,
}
