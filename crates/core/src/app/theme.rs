//! Which theme a viewer asked for; the colours themselves are the views'.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeKind {
    /// None asked for: dark, and high contrast in the projector view.
    #[default]
    Auto,
    Dark,
    Light,
    HighContrast,
    /// No colour at all (`NO_COLOR`): only bold, dim, italic and reverse.
    Mono,
}

impl ThemeKind {
    /// The theme a view draws with: projectors wash colours out, so the
    /// projector view is high contrast unless a theme was asked for.
    pub fn for_view(self, present: bool) -> ThemeKind {
        match (self, present) {
            (ThemeKind::Auto, true) => ThemeKind::HighContrast,
            (ThemeKind::Auto, false) => ThemeKind::Dark,
            (kind, _) => kind,
        }
    }
}

/// How many colours the viewer's terminal shows: true colour where it says
/// so, else the 256 indexed colours (every terminal worth the name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Depth {
    TrueColor,
    #[default]
    Indexed,
}

impl Depth {
    /// From `COLORTERM`, the variable terminals set to say they show true
    /// colour (`truecolor` or `24bit`); anything else gets the 256 colours.
    pub fn from_colorterm(colorterm: Option<&str>) -> Depth {
        match colorterm.map(str::trim) {
            Some(v) if v.eq_ignore_ascii_case("truecolor") || v.eq_ignore_ascii_case("24bit") => {
                Depth::TrueColor
            }
            _ => Depth::Indexed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Depth;

    #[test]
    fn only_truecolor_and_24bit_give_true_colour() {
        assert_eq!(Depth::from_colorterm(Some("truecolor")), Depth::TrueColor);
        assert_eq!(Depth::from_colorterm(Some("24bit")), Depth::TrueColor);
        assert_eq!(Depth::from_colorterm(Some("TrueColor")), Depth::TrueColor);
        assert_eq!(Depth::from_colorterm(Some("")), Depth::Indexed);
        assert_eq!(Depth::from_colorterm(Some("256")), Depth::Indexed);
        assert_eq!(Depth::from_colorterm(None), Depth::Indexed);
    }
}
