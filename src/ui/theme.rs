//! Every colour and style comes from here, and every colour from
//! [`crate::palette`]. Selection and focus always carry a marker or a
//! modifier too, so they survive `NO_COLOR` and washed-out projectors.

use ratatui::style::{Color, Modifier, Style};

use crate::app::View;
use crate::content::Family;
use crate::palette::{self, Palette, Swatch};

pub use invisibles_core::app::{Depth, ThemeKind};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub base: Style,
    pub dim: Style,
    /// Headings carry the episode's accent.
    pub heading: Style,
    /// The sentence a screen is about (a question put to the viewer or the
    /// room): the text's own colour in bold, read first; the accent stays
    /// for the marks around it, where a long sentence in it would read as
    /// a warning and lose contrast.
    pub strong: Style,
    pub accent: Style,
    pub figure: Style,
    pub bar: Style,
    pub bar_ref: Style,
    pub selected: Style,
    pub border: Style,
    pub notice: Style,
    pub chrome: Style,
    /// The blacked-out screen, and the timer on it.
    pub blackout: Style,
    /// What it was made from, for [`Theme::with_family`].
    kind: ThemeKind,
    depth: Depth,
}

impl Theme {
    /// Every style of the theme, for the tests that check them all.
    pub fn styles(&self) -> [Style; 13] {
        [
            self.base,
            self.dim,
            self.heading,
            self.strong,
            self.accent,
            self.figure,
            self.bar,
            self.bar_ref,
            self.selected,
            self.border,
            self.notice,
            self.chrome,
            self.blackout,
        ]
    }

    /// The names of [`Theme::styles`], in its order, for failures' sake.
    pub const STYLE_NAMES: [&str; 13] = [
        "base", "dim", "heading", "strong", "accent", "figure", "bar", "bar_ref", "selected",
        "border", "notice", "chrome", "blackout",
    ];

    /// The theme a view draws with: the kind the viewer asked for (high
    /// contrast on the projector unless another was), their terminal's
    /// colours, the accent of the episode on screen.
    pub fn of_view(view: View<'_>) -> Theme {
        let viewer = view.viewer;
        let family = view.slot().and_then(|s| view.doc.episode(s).family);
        let mut theme = Theme::of(
            viewer.theme().for_view(viewer.present()),
            viewer.depth(),
            family,
        );
        if viewer.present() {
            // On a projector the bands above and below would outweigh the
            // documentary: where it is, in quiet text on the page.
            theme.chrome = theme.dim;
        }
        theme
    }

    /// The same theme with `family`'s accent: a list of episodes gives
    /// each its own colour.
    pub fn with_family(&self, family: Option<Family>) -> Theme {
        Theme::of(self.kind, self.depth, family)
    }

    /// `kind` in `depth` colours with `family`'s accent (`None`: the neutral one).
    pub fn of(kind: ThemeKind, depth: Depth, family: Option<Family>) -> Theme {
        let palette = match kind {
            ThemeKind::Auto | ThemeKind::Dark => &palette::DARK,
            ThemeKind::Light => &palette::LIGHT,
            ThemeKind::HighContrast => &palette::HIGH_CONTRAST,
            ThemeKind::Mono => return Theme::mono(depth),
        };
        Theme::coloured(palette, (kind, depth), family)
    }

    /// Every colour set, text and background, so no text depends on the
    /// terminal's own background (black on a dark terminal, grey on white).
    fn coloured(p: &Palette, (kind, depth): (ThemeKind, Depth), family: Option<Family>) -> Theme {
        let high = kind == ThemeKind::HighContrast;
        let c = |s: Swatch| colour(s, depth);
        let bg = c(p.bg);
        let on = |fg: Swatch| Style::new().fg(c(fg)).bg(bg);
        let accent = p.accents.of(family);
        let bold = Modifier::BOLD;
        Theme {
            base: on(p.text),
            dim: on(p.dim),
            heading: on(accent).add_modifier(bold),
            strong: on(p.text).add_modifier(bold),
            accent: on(accent),
            figure: on(accent).add_modifier(bold),
            bar: on(accent),
            bar_ref: on(p.reference),
            selected: Style::new().fg(bg).bg(c(accent)).add_modifier(bold),
            // High contrast draws its lines in full white: a projector loses greys.
            border: on(if high { p.text } else { p.dim }),
            notice: on(p.notice).add_modifier(bold),
            chrome: Style::new().fg(c(p.on_surface)).bg(c(p.surface)),
            blackout: Style::new()
                .fg(c(palette::DARK.reference))
                .bg(c(palette::BLACKOUT)),
            kind,
            depth,
        }
    }

    /// No colour at all (`NO_COLOR`): only bold, dim and reverse.
    fn mono(depth: Depth) -> Theme {
        Theme {
            base: Style::new(),
            dim: Style::new().add_modifier(Modifier::DIM),
            heading: Style::new().add_modifier(Modifier::BOLD),
            strong: Style::new().add_modifier(Modifier::BOLD),
            accent: Style::new().add_modifier(Modifier::BOLD),
            figure: Style::new().add_modifier(Modifier::BOLD),
            bar: Style::new(),
            bar_ref: Style::new().add_modifier(Modifier::DIM),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            border: Style::new(),
            notice: Style::new().add_modifier(Modifier::BOLD),
            chrome: Style::new().add_modifier(Modifier::REVERSED),
            // The one exception: a blacked-out screen is black.
            blackout: Style::new().fg(Color::Gray).bg(Color::Black),
            kind: ThemeKind::Mono,
            depth,
        }
    }
}

/// A swatch as the terminal is told it: its true value, or its hand-picked index.
pub fn colour(s: Swatch, depth: Depth) -> Color {
    match depth {
        Depth::TrueColor => Color::Rgb(s.rgb.0, s.rgb.1, s.rgb.2),
        Depth::Indexed => Color::Indexed(s.index),
    }
}
