//! One view per panel kind; this `match` is the only place that dispatches.

mod choice;
mod debate;
mod guess;
mod narration;
mod recap;
mod spread;
mod statistic;
mod testimony;
mod witness;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub use crate::content::text::{
    answer_label, derivation, voice as debate_voice, who as testimony_who,
    with_unit as statistic_with_unit,
};

use super::ctx::Ctx;
use crate::app::Screen;
use crate::content::Panel;

/// Draws the current panel; returns how far its text can scroll.
pub fn render(ctx: &Ctx, area: Rect, buf: &mut Buffer) -> u16 {
    let (Screen::Panel(i), Some(slot)) = (ctx.view.room.screen(), ctx.view.slot()) else {
        return 0;
    };
    let progress = ctx.view.room.progress(i).clone();
    match ctx.view.doc.panel(slot) {
        Panel::Narration(p) => narration::render(ctx, p, area, buf),
        Panel::Testimony(p) => testimony::render(ctx, p, &progress, area, buf),
        Panel::Statistic(p) => statistic::render(ctx, p, area, buf),
        Panel::Debate(p) => debate::render(ctx, p, &progress, area, buf),
        Panel::Choice(p) => {
            let votes = match &p.ask {
                crate::content::model::Ask::Options(o) => ctx
                    .view
                    .room
                    .polls()
                    .get(&i)
                    .map(|poll| poll.tally(o.len())),
                crate::content::model::Ask::Guess { .. } => None,
            };
            choice::render(ctx, p, i, &progress, votes.as_deref(), area, buf)
        }
        Panel::Recap(p) => recap::render(ctx, p, slot.episode, area, buf),
    }
}
