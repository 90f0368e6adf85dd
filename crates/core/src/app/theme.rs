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
