//! The documentary's content: the RON model, loading with diagnostics,
//! validation, and the figures computed from it. No terminal code here.

pub mod controls;
pub mod diagnostic;
pub mod documentary;
pub mod figures;
pub mod limits;
pub mod load;
pub mod model;
mod ron_error;
pub mod source;
pub mod text;
pub mod validate;

pub use crate::lang::Lang;
pub use diagnostic::Diagnostic;
pub use documentary::{Documentary, Slot};
pub use model::{Family, Panel, Text};
