//! The interface's own words, one table per language, so no sentence of the
//! interface is written twice and both languages stay complete (the compiler
//! checks that each table fills every field).

mod en;
mod fr;
pub mod handout;
mod keys;
mod table;
mod web;

pub use keys::KeyWords;
pub use table::Words;
pub use web::{WebWords, web};

use crate::lang::Lang;

/// The words of `lang`.
pub fn of(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &en::EN,
        Lang::Fr => &fr::FR,
    }
}

#[cfg(test)]
mod tests {
    use super::of;
    use crate::input::Key;
    use crate::lang::Lang;

    #[test]
    fn keys_are_named_in_the_viewers_language() {
        for (name, en, fr) in [
            ("<right>", "→", "→"),
            ("<c-c>", "Ctrl-C", "Ctrl-C"),
            ("<space>", "Space", "Espace"),
            ("<enter>", "Enter", "Entrée"),
            ("<esc>", "Esc", "Échap"),
            ("<bs>", "Backspace", "Retour\u{a0}arrière"),
            ("<home>", "Home", "Début"),
            ("<end>", "End", "Fin"),
            ("<f12>", "F12", "F12"),
            ("?", "?", "?"),
            ("é", "é", "é"),
        ] {
            let key = Key::parse(name).unwrap_or_else(|| panic!("{name} does not parse"));
            assert_eq!(of(Lang::En).key(key), en);
            assert_eq!(of(Lang::Fr).key(key), fr);
        }
    }

    #[test]
    fn a_key_name_is_one_word_so_a_row_of_keys_stays_readable() {
        // Help lists a binding's keys separated by spaces.
        for lang in [Lang::En, Lang::Fr] {
            let k = &of(lang).keys;
            for name in [
                k.enter,
                k.esc,
                k.space,
                k.backspace,
                k.tab,
                k.back_tab,
                k.home,
                k.end,
                k.page_up,
                k.page_down,
                k.delete,
                k.insert,
                k.ctrl,
                k.alt,
            ] {
                assert!(!name.contains(' '), "{name:?} ({lang:?})");
            }
        }
    }
}
