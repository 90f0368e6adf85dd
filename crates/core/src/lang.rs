//! The two languages the documentary and its interface speak.

use serde::{Deserialize, Serialize};

/// The language the viewer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    Fr,
    #[default]
    En,
}

impl Lang {
    /// The language's tag (BCP 47), as HTML's `lang` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}
