//! Every colour and style comes from here. Selection and focus always carry a
//! marker or a modifier too, so they survive `NO_COLOR` and washed-out projectors.

use ratatui::style::{Color, Modifier, Style};

pub use invisibles_core::app::ThemeKind;

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub base: Style,
    pub dim: Style,
    pub heading: Style,
    pub accent: Style,
    pub figure: Style,
    pub bar: Style,
    pub bar_ref: Style,
    pub selected: Style,
    pub border: Style,
    pub notice: Style,
    pub chrome: Style,
}

/// `fg` on `bg`: every coloured theme sets both, so no text depends on
/// the terminal's own background (black on a dark terminal, grey on white).
const fn on(fg: Color, bg: Color) -> Style {
    Style::new().fg(fg).bg(bg)
}

/// Greys of the 256-colour ramp for text that recedes (read passages,
/// hints): terminals leave these fixed where they re-colour the 16 named
/// ones (a "bright black" is the background in some palettes), so their
/// contrast holds (`tests/it/contrast.rs` computes it).
/// #8a8a8a on black: 6.1:1.
const RECEDE_ON_BLACK: Color = Color::Indexed(245);
/// #6c6c6c on white: 5.3:1.
const RECEDE_ON_WHITE: Color = Color::Indexed(242);
/// #a8a8a8 on black: 8.8:1, still apart from white text on a projector.
const RECEDE_HIGH_CONTRAST: Color = Color::Indexed(248);

impl Theme {
    /// Every style of the theme, for the tests that check them all.
    pub fn styles(&self) -> [Style; 11] {
        [
            self.base,
            self.dim,
            self.heading,
            self.accent,
            self.figure,
            self.bar,
            self.bar_ref,
            self.selected,
            self.border,
            self.notice,
            self.chrome,
        ]
    }

    pub fn of(kind: ThemeKind) -> Theme {
        let bold = Modifier::BOLD;
        match kind {
            ThemeKind::Auto | ThemeKind::Dark => {
                let bg = Color::Black;
                Theme {
                    base: on(Color::Gray, bg),
                    dim: on(RECEDE_ON_BLACK, bg),
                    heading: on(Color::White, bg).add_modifier(bold),
                    accent: on(Color::Yellow, bg),
                    figure: on(Color::Yellow, bg).add_modifier(bold),
                    bar: on(Color::Yellow, bg),
                    bar_ref: on(Color::Cyan, bg),
                    selected: on(Color::Black, Color::Yellow).add_modifier(bold),
                    border: on(RECEDE_ON_BLACK, bg),
                    notice: on(Color::LightRed, bg).add_modifier(bold),
                    chrome: on(Color::Gray, Color::Indexed(236)),
                }
            }
            ThemeKind::Light => {
                let bg = Color::White;
                Theme {
                    base: on(Color::Black, bg),
                    dim: on(RECEDE_ON_WHITE, bg),
                    heading: on(Color::Black, bg).add_modifier(bold),
                    accent: on(Color::Blue, bg),
                    figure: on(Color::Blue, bg).add_modifier(bold),
                    bar: on(Color::Blue, bg),
                    bar_ref: on(Color::Magenta, bg),
                    selected: on(Color::White, Color::Blue).add_modifier(bold),
                    border: on(RECEDE_ON_WHITE, bg),
                    notice: on(Color::Red, bg).add_modifier(bold),
                    chrome: on(Color::Black, Color::Indexed(252)),
                }
            }
            ThemeKind::HighContrast => {
                let bg = Color::Black;
                Theme {
                    base: on(Color::White, bg),
                    dim: on(RECEDE_HIGH_CONTRAST, bg),
                    heading: on(Color::White, bg).add_modifier(bold),
                    accent: on(Color::LightYellow, bg),
                    figure: on(Color::LightYellow, bg).add_modifier(bold),
                    bar: on(Color::LightYellow, bg),
                    bar_ref: on(Color::White, bg),
                    selected: on(Color::Black, Color::White).add_modifier(bold),
                    border: on(Color::White, bg),
                    notice: on(Color::LightYellow, bg).add_modifier(bold),
                    chrome: on(Color::Black, Color::White),
                }
            }
            ThemeKind::Mono => Theme {
                base: Style::new(),
                dim: Style::new().add_modifier(Modifier::DIM),
                heading: Style::new().add_modifier(Modifier::BOLD),
                accent: Style::new().add_modifier(Modifier::BOLD),
                figure: Style::new().add_modifier(Modifier::BOLD),
                bar: Style::new(),
                bar_ref: Style::new().add_modifier(Modifier::DIM),
                selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                border: Style::new(),
                notice: Style::new().add_modifier(Modifier::BOLD),
                chrome: Style::new().add_modifier(Modifier::REVERSED),
            },
        }
    }
}
