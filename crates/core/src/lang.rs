//! The two languages the documentary and its interface speak.

use serde::{Deserialize, Serialize};

/// The language the viewer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    Fr,
    #[default]
    En,
}
