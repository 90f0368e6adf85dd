//! The panel on the screen now, as a phone shows it: the same panel as the
//! projector's, revealed as far as the room has gone, in the visitor's
//! language, as headings, paragraphs and lists a screen reader follows.

use super::html::Html;
use crate::app::{Gate, Live, Participant, Screen};
use crate::content::model::{Debate, Narration, Recap, Statistic, Testimony, Value};
use crate::content::text::{derivation, speaker_name, voice, who, with_unit};
use crate::content::{Documentary, Lang, Panel};

/// Where the screening is and what is on the screen, for `p`.
pub fn screen(h: &mut Html, p: &Participant, live: Option<&Live>, lang: Lang) {
    let web = crate::words::web(lang);
    let doc = p.follower().state().doc().clone();
    // The screen takes the accent of the episode on it.
    let family = p
        .following(live)
        .and_then(|l| match l.room.screen() {
            Screen::Panel(i) => doc.timeline.get(i),
            _ => None,
        })
        .and_then(|s| doc.episodes.get(s.episode))
        .and_then(|e| e.family);
    h.raw(&format!(
        r#"<section id="screen" class="{}" aria-labelledby="screen-h">"#,
        crate::palette::css_class(family)
    ));
    let Some(room) = p.following(live) else {
        h.el("h2", r#" id="screen-h""#, web.waiting);
        h.raw("</section>");
        return;
    };
    let state = if p.away(live) {
        web.away
    } else {
        web.following
    };
    h.el("p", r#" class="state""#, state);
    if room.room.blank() {
        h.el(
            "h2",
            r#" id="screen-h" class="dark""#,
            crate::words::of(lang).room_discussion,
        );
        h.raw("</section>");
        return;
    }
    match room.room.screen() {
        Screen::Title => {
            h.el("h2", r#" id="screen-h""#, doc.manifest.title.get(lang));
            h.el("p", r#" class="lead""#, doc.manifest.subtitle.get(lang));
        }
        Screen::End => {
            h.el("h2", r#" id="screen-h""#, crate::words::of(lang).credits);
            h.raw("<ul class=\"credits\">");
            for line in &doc.manifest.credits {
                h.el("li", "", line.get(lang));
            }
            h.raw("</ul>");
        }
        Screen::Panel(i) => panel(h, p, room, i, &doc, lang),
    }
    h.raw("</section>");
}

fn panel(h: &mut Html, p: &Participant, live: &Live, i: usize, doc: &Documentary, lang: Lang) {
    let Some(slot) = doc.timeline.get(i).copied() else {
        return;
    };
    let episode = doc.episodes.get(slot.episode);
    let chapter = doc.chapter(slot);
    let where_ = format!(
        "{} {} · {} · {}",
        crate::words::of(lang).episode_short,
        slot.episode.saturating_add(1),
        episode.map_or("", |e| e.title.get(lang)),
        chapter.title.get(lang)
    );
    h.el("p", r#" class="where""#, &where_);
    let this = doc.panel(slot);
    if live.room.gate() == Some(Gate::Episode) {
        // The episode's title card: its title and what it is about.
        if let Some(e) = episode {
            h.el("h2", r#" id="screen-h""#, e.title.get(lang));
            if let Some(summary) = &e.summary {
                h.paragraphs(r#" class="lead""#, summary.get(lang));
            }
        }
        return;
    }
    if let Some(gate) = live.room.gate() {
        let notice = match gate {
            Gate::Chapter => chapter.notice.as_ref(),
            Gate::Panel | Gate::Episode => this.notice(),
        };
        let web = crate::words::web(lang);
        h.el("h2", r#" id="screen-h""#, web.notice_on_screen);
        if let Some(notice) = notice {
            h.paragraphs(r#" class="notice""#, notice.get(lang));
        }
        return;
    }
    let progress = live.room.progress(i);
    match this {
        Panel::Narration(n) => narration(h, n, lang),
        Panel::Testimony(t) => testimony(h, t, progress.revealed, lang),
        Panel::Statistic(s) => statistic(h, doc, s, lang),
        Panel::Debate(d) => debate(h, d, progress, lang),
        Panel::Choice(ch) => super::choice::choice(h, p, live, (i, ch), lang),
        Panel::Recap(r) => recap(h, &p.view(&live.room), (slot.episode, r), lang),
    }
}

fn narration(h: &mut Html, n: &Narration, lang: Lang) {
    h.el("h2", r#" id="screen-h""#, n.heading.get(lang));
    h.paragraphs("", n.body.get(lang));
}

/// The passages the room has reached, the newest marked as new.
fn testimony(h: &mut Html, t: &Testimony, revealed: usize, lang: Lang) {
    let web = crate::words::web(lang);
    h.el(
        "h2",
        r#" id="screen-h" class="speaker""#,
        &speaker_name(t, lang),
    );
    h.el("p", r#" class="who""#, &who(lang, t));
    if let Some(intro) = &t.intro {
        h.paragraphs(r#" class="intro""#, intro.get(lang));
    }
    let shown = revealed.clamp(1, t.passages.len().max(1));
    h.raw(r#"<ol class="passages">"#);
    for (k, passage) in t.passages.iter().take(shown).enumerate() {
        let newest = k.saturating_add(1) == shown;
        h.raw(if newest {
            r#"<li class="newest" id="newest">"#
        } else {
            "<li>"
        });
        h.el("blockquote", "", passage.get(lang));
        if newest && shown > 1 {
            h.el("span", r#" class="new""#, web.newest);
        }
        h.raw("</li>");
    }
    h.raw("</ol>");
    let of = (web.passage_of)(shown, t.passages.len());
    h.el("p", r#" class="count""#, &of);
}

fn statistic(h: &mut Html, doc: &Documentary, s: &Statistic, lang: Lang) {
    let words = crate::words::of(lang);
    h.el("h2", r#" id="screen-h" class="strong""#, s.label.get(lang));
    h.el("p", r#" class="figure""#, &with_unit(doc, s, lang));
    if let Value::Derived(expr) = &s.value {
        h.el("p", r#" class="derivation""#, &derivation(doc, expr, lang));
    }
    if let Some(context) = &s.context {
        h.paragraphs("", context.get(lang));
    }
    let source = format!("{} {}", words.source_label, s.source.get(lang));
    h.el("p", r#" class="source""#, &source);
}

/// The question on the screen and the answers the room has heard so far.
fn debate(h: &mut Html, d: &Debate, progress: &crate::app::Progress, lang: Lang) {
    h.el("h2", r#" id="screen-h""#, d.heading.get(lang));
    for (q, question) in d.questions.iter().enumerate() {
        let heard = progress.answers_shown(q);
        if q != progress.selected && heard == 0 {
            continue;
        }
        h.raw(r#"<div class="question">"#);
        h.el("h3", "", &voice(&question.asked_by, lang));
        h.paragraphs("", question.text.get(lang));
        for answer in question.answers.iter().take(heard) {
            h.el("h4", "", &voice(&answer.by, lang));
            h.paragraphs("", answer.text.get(lang));
        }
        h.raw("</div>");
    }
}

/// An episode's questions with what the room answered, once revealed.
fn recap(h: &mut Html, view: &crate::app::View<'_>, (episode, r): (usize, &Recap), lang: Lang) {
    let doc = view.doc;
    h.el("h2", r#" id="screen-h""#, r.heading.get(lang));
    h.raw(r#"<dl class="recap">"#);
    for (i, slot) in doc.timeline.iter().enumerate() {
        let Panel::Choice(ch) = doc.panel(*slot) else {
            continue;
        };
        if slot.episode != episode {
            continue;
        }
        h.el("dt", "", ch.prompt.get(lang));
        h.el("dd", "", &view.room_answer_words(ch, i, lang));
    }
    h.raw("</dl>");
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::app::{Live, Msg, Participant, ParticipantMsg, State, participant, update};
    use crate::content::load::{Origin, load};
    use crate::content::{Family, Lang};
    use crate::palette::css_class;

    /// The phone's screen section carries the class of the episode's family,
    /// which sets its accent (`crate::palette_css`).
    #[test]
    fn the_screen_carries_the_episode_s_accent_class() {
        let doc = Arc::new(load(&Origin::Embedded).unwrap_or_else(|e| panic!("{e:?}")));
        for (panel, family) in [
            ("riders-ask-sign-up", Some(Family::Riders)),
            ("debate-icons-intro", Some(Family::Debate)),
        ] {
            let mut screen = State::new(doc.clone(), Lang::En);
            let i = doc.panel_index.get(panel).copied().unwrap_or(usize::MAX);
            update(&mut screen, Msg::Jump(i));
            let live = Live::of(screen.room().clone());
            let journey = crate::journey::Journey::default();
            let mut p = Participant::new(doc.clone(), "mia".to_owned(), Lang::En, &journey);
            participant(&mut p, ParticipantMsg::Live(Some(&live)));
            let page = super::super::live_part(&p, Some(&live), Lang::En, false);
            let section = format!(r#"<section id="screen" class="{}""#, css_class(family));
            assert!(page.contains(&section), "{panel}: {page}");
            // The question is in the text's colour, as on the terminal.
            if panel == "riders-ask-sign-up" {
                assert!(
                    page.contains(r#"<h2 id="screen-h" class="strong">"#),
                    "{page}"
                );
                let css = include_str!("../assets/app.css");
                assert!(css.contains("#screen h2.strong { color: var(--fg); }"));
            }
        }
    }
}
