//! A witness's identity card: their portrait (where an asset exists), their
//! name, and what the content says of them (age, place, role, platform), one
//! fact a line. Beside the passages on a wide screen, above them otherwise.

use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

use crate::content::model::Testimony;
use crate::ui::ctx::Ctx;
use crate::ui::text;

/// The card's width beside the passages: room for a portrait and a place name.
pub const CARD_WIDTH: u16 = 30;

/// The witness's name, or the word for an anonymous one.
pub fn name(ctx: &Ctx, t: &Testimony) -> String {
    t.speaker
        .name
        .clone()
        .unwrap_or_else(|| crate::words::of(ctx.lang).ui_anonymous.to_owned())
}

/// The portrait's lines when the testimony names one that was loaded,
/// cleaned of anything a terminal would act on.
pub fn portrait(ctx: &Ctx, t: &Testimony) -> Option<Vec<String>> {
    let art = t
        .portrait
        .as_ref()
        .and_then(|p| ctx.view.doc.assets.get(p))?;
    Some(art.lines().map(text::clean).collect())
}

/// The widest line of `art`, in columns.
pub fn art_width(art: &[String]) -> u16 {
    let w = art.iter().map(|l| l.width()).max().unwrap_or(0);
    u16::try_from(w).unwrap_or(u16::MAX)
}

/// The card beside the passages, `width` wide and at most `height` tall:
/// the name and one fact a line, under the portrait (in the family's accent)
/// when it fits (on a short screen the facts are kept, the portrait left out).
/// On the projector the name is drawn big above the passages instead.
pub fn card(ctx: &Ctx, t: &Testimony, width: u16, height: u16) -> Vec<Line<'static>> {
    let s = &t.speaker;
    let mut lines = Vec::new();
    if !ctx.view.viewer.present() {
        lines.extend(text::wrap(&name(ctx, t), width, ctx.theme.heading));
        lines.push(Line::styled("─".repeat(4), ctx.theme.dim));
    }
    let words = crate::words::of(ctx.lang);
    let facts = [
        s.age.map(|a| ((words.years_old)(a), ctx.theme.base)),
        s.place
            .as_ref()
            .map(|p| (p.get(ctx.lang).to_owned(), ctx.theme.base)),
        Some((s.role.get(ctx.lang).to_owned(), ctx.theme.base)),
        s.platform.as_ref().map(|p| (p.clone(), ctx.theme.base)),
    ];
    for (fact, style) in facts.into_iter().flatten() {
        lines.extend(text::wrap(&fact, width, style));
    }
    let room = usize::from(height).saturating_sub(lines.len());
    match portrait(ctx, t).filter(|a| art_width(a) <= width && a.len() < room) {
        Some(art) => art
            .into_iter()
            .map(|l| Line::styled(l, ctx.theme.accent))
            .chain(std::iter::once(Line::default()))
            .chain(lines)
            .collect(),
        None => lines,
    }
}

/// The card above the passages on a narrow screen: the name (unless drawn
/// big) and the facts on one line, as a caption.
pub fn heading(ctx: &Ctx, t: &Testimony, width: u16, with_name: bool) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if with_name {
        lines.push(Line::styled(name(ctx, t), ctx.theme.heading));
    }
    lines.extend(text::wrap(
        &crate::content::text::who(ctx.lang, t),
        width,
        ctx.theme.accent,
    ));
    lines
}
