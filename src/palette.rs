//! The palette: every colour the documentary is drawn in, in one table that
//! the terminal themes, the phones' stylesheet and the handout all read, so
//! the three cannot drift apart.
//!
//! A low-saturation base (a warm off-white on a blue-black, or ink on paper)
//! and one accent per family of workers, plus a neutral one for the
//! prologue and the sources. Each colour is given twice: its true value, and
//! the 256-colour index chosen by hand to stand for it where a terminal
//! shows no true colour (the cube and the grey ramp, never the 16 named
//! colours a terminal may re-colour). `tests/it/contrast.rs` measures both.

use crate::content::Family;

/// One colour: its sRGB value and its stand-in among the 256 indexed ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Swatch {
    pub rgb: (u8, u8, u8),
    pub index: u8,
}

const fn sw(r: u8, g: u8, b: u8, index: u8) -> Swatch {
    Swatch {
        rgb: (r, g, b),
        index,
    }
}

impl Swatch {
    /// `#rrggbb`, for stylesheets.
    pub fn hex(self) -> String {
        let (r, g, b) = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// The accent of each family, and the neutral one for episodes of none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accents {
    pub neutral: Swatch,
    pub riders: Swatch,
    pub micro_workers: Swatch,
    pub moderators: Swatch,
    pub debate: Swatch,
}

impl Accents {
    pub fn of(&self, family: Option<Family>) -> Swatch {
        match family {
            None => self.neutral,
            Some(Family::Riders) => self.riders,
            Some(Family::MicroWorkers) => self.micro_workers,
            Some(Family::Moderators) => self.moderators,
            Some(Family::Debate) => self.debate,
        }
    }

    /// Every accent with the family it stands for.
    pub fn all(&self) -> [(Option<Family>, Swatch); 5] {
        FAMILIES.map(|f| (f, self.of(f)))
    }
}

/// Every family, and none (the neutral accent).
pub const FAMILIES: [Option<Family>; 5] = [
    None,
    Some(Family::Riders),
    Some(Family::MicroWorkers),
    Some(Family::Moderators),
    Some(Family::Debate),
];

/// One theme's colours. Text, recede, notice, reference and every accent
/// read against `bg`, and `bg` against every accent (a selection, a button);
/// `on_surface` reads against `surface` (the header and status lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub bg: Swatch,
    /// The header's and status line's band, a step off the background.
    pub surface: Swatch,
    /// The text on that band.
    pub on_surface: Swatch,
    pub text: Swatch,
    /// What recedes: read passages, hints, sources, borders.
    pub dim: Swatch,
    /// Warnings: a timer running out, a refusal.
    pub notice: Swatch,
    /// The reference a figure is set against (the minimum wage's bar).
    pub reference: Swatch,
    pub accents: Accents,
}

/// Ink-blue night with a warm off-white text.
pub const DARK: Palette = Palette {
    bg: sw(0x1a, 0x1c, 0x21, 234),
    surface: sw(0x27, 0x2a, 0x31, 236),
    on_surface: sw(0xd9, 0xd5, 0xcc, 252),
    text: sw(0xd9, 0xd5, 0xcc, 252),
    dim: sw(0x8e, 0x92, 0x9b, 246),
    notice: sw(0xe8, 0x86, 0x7a, 174),
    reference: sw(0x9d, 0xa2, 0xab, 247),
    accents: Accents {
        neutral: sw(0xcd, 0xbf, 0xa3, 187),
        riders: sw(0xdc, 0xa6, 0x5e, 179),
        micro_workers: sw(0x96, 0xc0, 0x8a, 108),
        moderators: sw(0xb5, 0xa3, 0xdc, 140),
        debate: sw(0x8d, 0xb5, 0xdc, 110),
    },
};

/// Ink on warm paper; the accents darkened to read on it.
pub const LIGHT: Palette = Palette {
    bg: sw(0xf6, 0xf4, 0xef, 255),
    // A step the eye sees against the page (1.5:1), even projected.
    surface: sw(0xcf, 0xc8, 0xba, 251),
    on_surface: sw(0x23, 0x25, 0x2a, 235),
    text: sw(0x23, 0x25, 0x2a, 235),
    dim: sw(0x62, 0x65, 0x6d, 241),
    notice: sw(0xa3, 0x32, 0x2b, 124),
    reference: sw(0x5c, 0x60, 0x68, 240),
    accents: Accents {
        neutral: sw(0x6a, 0x5c, 0x44, 95),
        riders: sw(0x8a, 0x57, 0x10, 94),
        micro_workers: sw(0x3d, 0x6b, 0x35, 22),
        moderators: sw(0x67, 0x50, 0x9a, 60),
        debate: sw(0x2d, 0x5d, 0x8c, 24),
    },
};

/// Black and white for projectors, the accents pale enough for 7:1.
pub const HIGH_CONTRAST: Palette = Palette {
    bg: sw(0x00, 0x00, 0x00, 16),
    // A dark band: a light one was the brightest thing on a projected screen.
    surface: sw(0x26, 0x26, 0x26, 235),
    on_surface: sw(0xff, 0xff, 0xff, 231),
    text: sw(0xff, 0xff, 0xff, 231),
    dim: sw(0xb2, 0xb2, 0xb2, 249),
    notice: sw(0xff, 0xa5, 0x8f, 216),
    reference: sw(0xd0, 0xd0, 0xd0, 252),
    accents: Accents {
        // Gold, 10:1 on black and 2.1:1 against the white text: the
        // prologue and the title keep a colour of their own.
        neutral: sw(0xd7, 0xaf, 0x00, 178),
        riders: sw(0xff, 0xc8, 0x66, 221),
        micro_workers: sw(0xa8, 0xe3, 0x9b, 151),
        moderators: sw(0xd3, 0xc2, 0xff, 183),
        // Deeper than the moderators' lavender (1.43:1 apart in lightness,
        // not by hue alone), still 9:1 on black.
        debate: sw(0x5f, 0xaf, 0xff, 75),
    },
};

/// The blacked-out screen (the room talks): black in every theme.
pub const BLACKOUT: Swatch = sw(0x00, 0x00, 0x00, 16);

/// The handout on paper: the light theme's ink and accents on white.
pub const PRINT_BG: Swatch = sw(0xff, 0xff, 0xff, 231);

/// The name a stylesheet gives a family's accent class (`f-riders`…).
pub fn css_class(family: Option<Family>) -> &'static str {
    match family {
        None => "f-neutral",
        Some(Family::Riders) => "f-riders",
        Some(Family::MicroWorkers) => "f-micro-workers",
        Some(Family::Moderators) => "f-moderators",
        Some(Family::Debate) => "f-debate",
    }
}
