//! `invisibles export`: a linear handout of what was screened, in Markdown or
//! as one self-contained printable HTML file (inline CSS, no script, no
//! network), and the room's results as CSV for a spreadsheet. The first two
//! are writers over the blocks `print` writes too; what content or the room
//! says is escaped for each format.

mod csv;
mod html;
mod markdown;
mod parts;

pub use csv::{HEADER as CSV_HEADER, csv};
pub use html::html;
pub use markdown::markdown;
