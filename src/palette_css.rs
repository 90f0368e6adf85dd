//! The palette as stylesheets: the custom properties the phones' page
//! reads (`src/web/assets/app.css` uses only `var(--…)` for colour), and
//! the handout's print colours. Both come from [`crate::palette`], so a
//! colour changed there changes everywhere.

use std::fmt::Write;

use crate::palette::{self, FAMILIES, Palette, css_class};

/// One scheme's custom properties, `--accent` the neutral one.
fn properties(p: &Palette) -> String {
    let accent = p.accents.neutral;
    format!(
        "--bg:{};--fg:{};--muted:{};--line:{};--card:{};--accent:{};--accent-fg:{};--mine:{};--notice:{};",
        p.bg.hex(),
        p.text.hex(),
        p.dim.hex(),
        p.surface.hex(),
        p.bg.hex(),
        accent.hex(),
        p.bg.hex(),
        p.text.hex(),
        p.notice.hex(),
    )
}

/// `.f-riders{--accent:…}` for each family: the page marks the screen's
/// section with the class of the episode on it.
fn families(p: &Palette) -> String {
    let mut out = String::new();
    for family in FAMILIES {
        let _ = write!(
            out,
            ".{}{{--accent:{};}}",
            css_class(family),
            p.accents.of(family).hex()
        );
    }
    out
}

/// The page's colours: the light theme, or the dark one where the phone
/// prefers it; then each family's accent in both.
pub fn web_root() -> String {
    format!(
        ":root{{color-scheme:light dark;{}}}\n{}\n@media (prefers-color-scheme: dark){{:root{{{}}}\n{}}}\n",
        properties(&palette::LIGHT),
        families(&palette::LIGHT),
        properties(&palette::DARK),
        families(&palette::DARK),
    )
}

/// The handout's colours: the light theme's ink on white paper; accents
/// only on headings and bars, so it prints as well in grey.
pub fn print_root() -> String {
    let ink = &palette::LIGHT;
    format!(
        ":root{{--paper:{};--ink:{};--quiet:{};--rule:{};--tint:{};--accent:{};}}\n{}",
        palette::PRINT_BG.hex(),
        ink.text.hex(),
        ink.dim.hex(),
        ink.surface.hex(),
        ink.bg.hex(),
        ink.accents.neutral.hex(),
        families(ink),
    )
}
