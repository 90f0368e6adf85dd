//! The room's questions as the facilitator's console lists them: the one on
//! the projector first, then the open ones in the order they were asked.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::app::{Invitation, Questions};
use crate::content::Lang;
use crate::ui::theme::Theme;
use crate::ui::tr;

/// Open questions listed at most; the rest are counted.
const SHOWN: usize = 5;

/// How to join over SSH, when `invisibles serve` follows this screen.
pub fn invitation(inv: Option<&Invitation>, lang: Lang, theme: &Theme) -> Vec<Line<'static>> {
    let Some(inv) = inv else {
        return Vec::new();
    };
    vec![
        Line::default(),
        Line::from(vec![
            Span::styled(tr(lang, "Over SSH: ", "Par SSH : "), theme.heading),
            Span::styled(inv.command.clone(), theme.accent),
            Span::styled(tr(lang, "  code ", "  code "), theme.dim),
            Span::styled(inv.code.clone(), theme.accent.add_modifier(Modifier::BOLD)),
            Span::styled(
                tr(lang, "  (I on the screen)", "  (I à l'écran)"),
                theme.dim,
            ),
        ]),
    ]
}

/// `waiting`: how many are open in all (the screen sends only the first few).
pub fn lines(
    questions: &Questions,
    waiting: usize,
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let open: Vec<_> = questions.open().collect();
    let waiting = waiting.max(open.len());
    if open.is_empty() {
        return Vec::new();
    }
    let t = |en, fr| tr(lang, en, fr);
    let mut out = vec![
        Line::default(),
        Line::styled(
            format!(
                "{} ({}) — {}",
                t("Questions from the room", "Questions de la salle"),
                waiting,
                t(
                    "Q next on the screen, A answered",
                    "Q la suivante à l'écran, A répondue"
                )
            ),
            theme.heading,
        ),
    ];
    for q in open.iter().take(SHOWN) {
        let on_screen = questions.projected == Some(q.id);
        let style = if on_screen {
            theme.selected
        } else {
            theme.base
        };
        out.push(Line::from(vec![
            Span::styled(
                format!("{} {}: ", if on_screen { "▶" } else { " " }, q.from),
                theme.accent.add_modifier(Modifier::BOLD),
            ),
            Span::styled(q.text.clone(), style),
        ]));
    }
    if waiting > SHOWN {
        out.push(Line::styled(
            format!(
                "  … {} {}",
                waiting.saturating_sub(SHOWN),
                t("more", "de plus")
            ),
            theme.dim,
        ));
    }
    out
}
