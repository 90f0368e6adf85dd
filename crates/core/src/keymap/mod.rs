//! The keymap is data: one table from keys to actions, per mode. The footer
//! hints and the `?` help are generated from it, so they cannot disagree,
//! and every sentence that names a key takes it from here ([`fill`]).
//!
//! Each binding carries its own help text in both languages, while every
//! other sentence lives in `words`: a binding's description belongs to that
//! row (its keys, modes and words are added, moved or removed together, and
//! a table of a hundred names in `words` would pair them by name only). The
//! pair is still a table per language in effect: each row must give both.
//! Key names and the rows that stand for many keys are the words' (a French
//! help says Entrée and « n'importe quelle touche »).

mod binding;
#[cfg(test)]
mod check;
mod console;
mod global;
mod lookup;
mod overlays;
mod participant;
mod player;
mod sentences;

pub use binding::{Binding, Label, Mode};
pub use lookup::{
    action_in, all, bindings, hints, hints_where, is_workshop_only, key_for, player_bindings,
    tables,
};
pub use sentences::{fill, fill_offered, key_name, named_action};
