//! Every colour and style comes from here. Selection and focus always carry a
//! marker or a modifier too, so they survive `NO_COLOR` and washed-out projectors.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeKind {
    #[default]
    Dark,
    Light,
    HighContrast,
    /// No colour at all (`NO_COLOR`): only bold, dim, italic and reverse.
    Mono,
}

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

impl Theme {
    pub fn of(kind: ThemeKind) -> Theme {
        match kind {
            ThemeKind::Dark => Theme {
                base: Style::new().fg(Color::Gray),
                dim: Style::new().fg(Color::DarkGray),
                heading: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
                accent: Style::new().fg(Color::Yellow),
                figure: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                bar: Style::new().fg(Color::Yellow),
                bar_ref: Style::new().fg(Color::Cyan),
                selected: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(Modifier::BOLD),
                border: Style::new().fg(Color::DarkGray),
                notice: Style::new()
                    .fg(Color::LightRed)
                    .add_modifier(Modifier::BOLD),
                chrome: Style::new().fg(Color::Gray).bg(Color::Indexed(236)),
            },
            ThemeKind::Light => Theme {
                base: Style::new().fg(Color::Black),
                dim: Style::new().fg(Color::DarkGray),
                heading: Style::new().fg(Color::Black).add_modifier(Modifier::BOLD),
                accent: Style::new().fg(Color::Blue),
                figure: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
                bar: Style::new().fg(Color::Blue),
                bar_ref: Style::new().fg(Color::Magenta),
                selected: Style::new()
                    .fg(Color::White)
                    .bg(Color::Blue)
                    .add_modifier(Modifier::BOLD),
                border: Style::new().fg(Color::DarkGray),
                notice: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
                chrome: Style::new().fg(Color::Black).bg(Color::Indexed(252)),
            },
            ThemeKind::HighContrast => Theme {
                base: Style::new().fg(Color::White).bg(Color::Black),
                dim: Style::new().fg(Color::White).bg(Color::Black),
                heading: Style::new()
                    .fg(Color::White)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                accent: Style::new().fg(Color::LightYellow).bg(Color::Black),
                figure: Style::new()
                    .fg(Color::LightYellow)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                bar: Style::new().fg(Color::LightYellow).bg(Color::Black),
                bar_ref: Style::new().fg(Color::White).bg(Color::Black),
                selected: Style::new()
                    .fg(Color::Black)
                    .bg(Color::White)
                    .add_modifier(Modifier::BOLD),
                border: Style::new().fg(Color::White).bg(Color::Black),
                notice: Style::new()
                    .fg(Color::LightYellow)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                chrome: Style::new().fg(Color::Black).bg(Color::White),
            },
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
