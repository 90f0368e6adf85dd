//! The room's questions as the facilitator's console lists them: the one on
//! the projector first, then the open ones in the order they were asked.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::app::{Invitation, Questions};
use crate::content::Lang;
use crate::keymap::{self, Mode};
use crate::ui::theme::Theme;
use crate::words;

/// Open questions listed at most; the rest are counted.
const SHOWN: usize = 5;

/// The rows `lines` take wrapped at `width`, each at least one.
pub fn rows_of(lines: &[Line], width: usize) -> usize {
    (lines.iter())
        .map(|l| l.width().div_ceil(width.max(1)).max(1))
        .sum()
}

/// How to join over SSH, when `invisibles serve` follows this screen.
pub fn invitation(inv: Option<&Invitation>, lang: Lang, theme: &Theme) -> Vec<Line<'static>> {
    let Some(inv) = inv else {
        return Vec::new();
    };
    let phones = inv.web.as_ref().map(|url| {
        Line::from(vec![
            Span::styled(
                format!("{}: ", crate::words::web(lang).phone_label),
                theme.heading,
            ),
            Span::styled(url.clone(), theme.accent),
        ])
    });
    let mut lines = vec![
        Line::default(),
        Line::from(vec![
            Span::styled(crate::words::of(lang).room_over_ssh, theme.heading),
            Span::styled(inv.command.clone(), theme.accent),
            Span::styled(crate::words::of(lang).room_code, theme.dim),
            Span::styled(inv.code.clone(), theme.accent.add_modifier(Modifier::BOLD)),
            Span::styled(
                keymap::fill(words::of(lang).room_i_on_the_screen, Mode::Console, lang),
                theme.dim,
            ),
        ]),
    ];
    lines.extend(phones);
    lines
}

/// `waiting`: how many are open in all (the screen sends only the first few).
/// As many questions as fit in `rows` rows of `width` are listed, and the
/// line that counts the others always fits with them.
pub fn lines(
    questions: &Questions,
    waiting: usize,
    (rows, width): (usize, usize),
    lang: Lang,
    theme: &Theme,
) -> Vec<Line<'static>> {
    // The most upvoted first, as the projector takes them.
    let open = questions.ranked();
    let waiting = waiting.max(open.len());
    if open.is_empty() {
        return Vec::new();
    }
    let mut out = vec![
        Line::default(),
        Line::styled(
            format!(
                "{} ({}) — {}",
                crate::words::of(lang).room_questions_from_the_room,
                waiting,
                keymap::fill(
                    words::of(lang).room_q_next_on_the_screen,
                    Mode::Console,
                    lang
                )
            ),
            theme.heading,
        ),
    ];
    let hide = questions.next_to_hide();
    let height = |l: &Line| rows_of(std::slice::from_ref(l), width);
    let mut used = rows_of(&out, width);
    let mut shown = 0;
    for q in open.iter().take(SHOWN) {
        let on_screen = questions.projected == Some(q.id);
        let style = if on_screen {
            theme.selected
        } else {
            theme.base
        };
        // ▶ on the projector; › the one the hide key would take.
        let mark = match (on_screen, hide == Some(q.id)) {
            (true, _) => "▶",
            (false, true) => "›",
            _ => " ",
        };
        let line = Line::from(vec![
            Span::styled(
                format!("{mark} ▲{:<2} {}: ", q.votes, q.asker(lang)),
                theme.accent.add_modifier(Modifier::BOLD),
            ),
            Span::styled(q.text.clone(), style),
        ]);
        // Room kept for the count of the others, if any are left out.
        let more_row = usize::from(waiting > shown + 1);
        if shown > 0 && used + height(&line) + more_row > rows {
            break;
        }
        used += height(&line);
        shown += 1;
        out.push(line);
    }
    if waiting > shown {
        out.push(Line::styled(
            format!(
                "  … {} {}",
                waiting.saturating_sub(shown),
                crate::words::of(lang).room_more
            ),
            theme.dim,
        ));
    }
    out
}
