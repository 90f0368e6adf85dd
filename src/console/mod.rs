//! `invisibles console`: the facilitator's second screen. It follows the
//! projected session live (notes, prompts, next panel, clocks, polls) and
//! drives it; it never disturbs the screen, and reconnects by itself. Its
//! state and what its keys do are the core's ([`crate::app::Console`]); this
//! is the pump between the keyboard, the link and that state.

mod program;

pub use crate::app::console::TIMER_MINUTES;
pub use crate::app::{Console, ConsoleEffect as Effect, TIMER_WARNING_SECS};
pub use crate::ui::console::render;
pub use program::{ConsoleProgram, Followed, run};
