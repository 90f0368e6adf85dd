//! A participant's screen: a line of their own (name, whether they follow
//! the room, their keys or a word about their last one), then the
//! documentary as they see it, and the question they are writing.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::theme::Theme;
use crate::app::{Action, Live, Participant};
use crate::content::Lang;
use crate::keymap::{self, Mode};

/// Draws `p`'s screen; `live` is the room on the screen, if one runs.
pub fn render(p: &Participant, live: Option<&Live>, area: Rect, buf: &mut Buffer) {
    let away = p.away(live);
    let following = p.following(live);
    let viewer = p.follower().state().viewer();
    let lang = viewer.lang();
    let Some(top) = area.rows().next() else {
        return;
    };
    let rest = Rect {
        y: area.y.saturating_add(1),
        height: area.height.saturating_sub(1),
        ..area
    };
    let room = p.room_seen(live);
    // Their own line takes the accent of the episode they see.
    let theme = Theme::of_view(p.view(&room));
    super::render(p.view(&room), rest, buf);
    if !p.browsing() && following.is_some_and(|l| l.room.blank()) {
        // The projector is black: say why, rather than a blank screen.
        let text = crate::words::of(lang).room_discussion;
        let lines = super::text::wrap(text, rest.width.saturating_sub(4), theme.dim);
        let h = u16::try_from(lines.len()).unwrap_or(u16::MAX);
        let at = Rect {
            x: rest.x.saturating_add(2),
            y: rest.y.saturating_add(rest.height.saturating_sub(h) / 2),
            width: rest.width.saturating_sub(4),
            height: h.min(rest.height),
        };
        Paragraph::new(lines).centered().render(at, buf);
    }
    let words = crate::words::of(lang);
    let state = match (following, p.browsing()) {
        _ if away && !p.browsing() => words.room_screen_away,
        (None, _) => words.room_on_your_own,
        (Some(_), false) => words.room_following_the_room,
        (Some(_), true) => words.room_browsing_on_your_own_f,
    };
    let state = keymap::fill(state, Mode::Participant, lang);
    let mut spans = vec![
        Span::styled(
            format!(" {} ", p.name()),
            theme.accent.add_modifier(Modifier::BOLD),
        ),
        Span::styled(format!("{state}  "), theme.heading),
    ];
    // Their own ballot on the question on the screen, in words, whatever
    // their cursor (colour alone would not say it).
    if let Some(mine) = own_ballot(p, following) {
        let web = crate::words::web(lang);
        spans.push(Span::styled(
            format!(
                "● {}{}{mine}  ",
                web.your_choice,
                crate::words::of(lang).colon
            ),
            theme.accent,
        ));
    }
    let (mode, said) = match p.asking() {
        Some(_) => (Mode::Asking, None),
        None => (Mode::Participant, p.said()),
    };
    match said {
        Some(said) => {
            let said = keymap::fill(said.text(lang), Mode::Participant, lang);
            spans.push(Span::styled(said, theme.notice));
        }
        None => {
            // With no screening live, no question would be read: not offered.
            let alone = following.is_none();
            let offered = |a| !(alone && matches!(a, Action::Ask | Action::RoomQuestions));
            for (k, hint) in keymap::hints_where(mode, lang, offered) {
                spans.push(Span::styled(k, theme.accent));
                spans.push(Span::styled(format!(" {hint}  "), theme.dim));
            }
        }
    }
    buf.set_style(top, theme.chrome);
    Paragraph::new(Line::from(spans)).render(top, buf);
    if let Some(text) = p.asking() {
        question((text, p.anonymous()), lang, &theme, rest, buf);
    }
    if let Some(chosen) = p.questions() {
        room_questions(p, following, chosen, lang, &theme, rest, buf);
    }
}

/// The room's questions over their screen: the most upvoted first, theirs
/// and the ones they upvoted marked in words, the chosen one pointed at.
fn room_questions(
    p: &Participant,
    live: Option<&Live>,
    chosen: Option<u32>,
    lang: Lang,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let words = crate::words::of(lang);
    ratatui::widgets::Clear.render(area, buf);
    buf.set_style(area, theme.base);
    let mut lines = vec![
        Line::styled(words.room_questions_title, theme.heading),
        Line::styled(
            keymap::fill(words.room_questions_keys, Mode::Play, lang),
            theme.dim,
        ),
        Line::default(),
    ];
    let questions = live.map(|l| l.room.questions());
    let ranked = questions.map(|q| q.ranked()).unwrap_or_default();
    if ranked.is_empty() {
        let none = keymap::fill(words.room_questions_none, Mode::Participant, lang);
        lines.push(Line::styled(none, theme.dim));
    }
    let chosen = chosen
        .and_then(|id| ranked.iter().position(|q| q.id == id))
        .unwrap_or(0);
    for (k, q) in ranked.iter().enumerate() {
        let pointer = if k == chosen { "›" } else { " " };
        let mut marks = Vec::new();
        if p.asked(q) {
            marks.push(words.room_question_yours);
        }
        if p.upvoted(q.id) {
            marks.push("✓");
        }
        let marks = if marks.is_empty() {
            String::new()
        } else {
            format!(" ({})", marks.join(", "))
        };
        let style = if k == chosen {
            theme.selected
        } else {
            theme.base
        };
        let text = format!(
            "{pointer} ▲{} {} — {}{marks}",
            q.votes,
            q.text,
            q.asker(lang)
        );
        lines.extend(super::text::wrap(&text, area.width, style));
    }
    // Theirs, once answered, so they see it was.
    for q in questions
        .into_iter()
        .flat_map(|q| q.items.iter())
        .filter(|q| q.answered && p.asked(q))
    {
        let text = format!("  ✓ {} ({})", q.text, words.room_question_answered);
        lines.extend(super::text::wrap(&text, area.width, theme.dim));
    }
    Paragraph::new(lines).render(area, buf);
}

/// The question being written, at the foot of the screen.
/// The question being written, at the bottom; `anonymous` says it goes
/// without their name.
fn question(
    (text, anonymous): (&str, bool),
    lang: Lang,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let words = crate::words::of(lang);
    let prompt = if anonymous {
        format!("[{}] {}", words.anonymous, words.room_your_question)
    } else {
        words.room_your_question.to_owned()
    };
    let width = usize::from(area.width.max(1));
    let line = format!("{prompt}{text}▏");
    // The end of what they type stays in view.
    let shown: String = {
        let chars: Vec<char> = line.chars().collect();
        let from = chars.len().saturating_sub(width.saturating_mul(3));
        chars.get(from..).unwrap_or_default().iter().collect()
    };
    let lines = super::text::wrap(&shown, area.width, theme.selected);
    let h = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    let rect = Rect {
        y: area.bottom().saturating_sub(h),
        height: h,
        ..area
    };
    ratatui::widgets::Clear.render(rect, buf);
    buf.set_style(rect, theme.selected);
    Paragraph::new(lines).render(rect, buf);
}

/// Their ballot on the question the room is on, in words, while following.
fn own_ballot(p: &Participant, following: Option<&Live>) -> Option<String> {
    let live = following.filter(|_| !p.browsing())?;
    let crate::app::Screen::Panel(i) = live.room.screen() else {
        return None;
    };
    let doc = p.follower().state().doc();
    let crate::content::Panel::Choice(ch) = doc.panel(*doc.timeline.get(i)?) else {
        return None;
    };
    let mine = p.ballot(i)?;
    let lang = p.follower().state().viewer().lang();
    Some(crate::content::text::answer_label(doc, ch, mine, lang))
}
