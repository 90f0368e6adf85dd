//! Snapshots of every screen, panel kind and overlay, reached through the real
//! keymap, at 80x24 and at a projector-like 160x48.

use crate::common;

use common::{SCREENS as COMMON_SCREENS, press, render, screen, state};
use invisibles::content::Lang;
use invisibles::ui::theme::ThemeKind;
use ratatui::style::Modifier;

mod help_and_marks;
mod reading;
mod screens;
mod styled;
mod styles;
