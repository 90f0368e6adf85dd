//! The pages the server writes: the join form, a refusal, and a visitor's
//! room. The room's live part (`#live`: a word about their last action,
//! the screen, the room's questions) is also what the event stream sends,
//! so the page without script and the page with it show the same thing.

mod choice;
pub mod html;
mod panel;

use crate::app::{Live, MAX_QUESTION_CHARS, Participant};
use crate::content::Lang;
use html::{Html, text};

/// The whole document around `body`, in `lang`.
fn document(lang: Lang, title: &str, body: &str) -> String {
    format!(
        r#"<!doctype html><html lang="{}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>{}</title><link rel="stylesheet" href="/app.css"><script src="/app.js" defer></script></head><body>{body}</body></html>"#,
        lang.code(),
        text(title)
    )
}

fn title(doc_title: &str, lang: Lang) -> String {
    format!("{} — {}", doc_title, crate::words::web(lang).the_room)
}

/// The form to join: the room code (filled from the QR code's link) and a name.
pub fn join(doc_title: &str, lang: Lang, code: &str, refusal: Option<&str>) -> String {
    let web = crate::words::web(lang);
    let mut h = Html::new();
    h.raw("<main class=\"join\">");
    h.el("h1", "", &title(doc_title, lang));
    h.el("h2", "", web.join_heading);
    h.el("p", r#" class="lead""#, web.join_lead);
    if let Some(why) = refusal {
        h.el("p", r#" class="refusal" role="alert""#, why);
    }
    let form = format!(
        r#"<form method="post" action="/join"><input type="hidden" name="lang" value="{lang}"><label for="code">{}</label><input id="code" name="code" autocomplete="off" autocapitalize="none" spellcheck="false" maxlength="32" required value="{}"><label for="name">{}</label><input id="name" name="name" autocomplete="nickname" maxlength="32" required><button type="submit">{}</button></form>"#,
        text(web.code_label),
        text(code),
        text(web.name_label),
        text(web.join_button),
        lang = lang.code(),
    );
    h.raw(&form);
    h.raw("</main>");
    document(lang, &title(doc_title, lang), &h.finish())
}

/// A page that only says why: nothing of the room is on it.
pub fn refusal(doc_title: &str, lang: Lang, why: &str) -> String {
    let mut h = Html::new();
    h.raw("<main class=\"join\">");
    h.el("h1", "", &title(doc_title, lang));
    h.el("p", r#" class="refusal" role="alert""#, why);
    h.raw("</main>");
    document(lang, &title(doc_title, lang), &h.finish())
}

/// The room as `p` sees it now: their name and language, the live part,
/// the question they may write, and a way out.
pub fn room(p: &Participant, live: Option<&Live>, lang: Lang, ended: bool) -> String {
    let web = crate::words::web(lang);
    let doc_title = p
        .follower()
        .state()
        .doc()
        .manifest
        .title
        .get(lang)
        .to_owned();
    let mut h = Html::new();
    h.raw("<header>");
    h.el("h1", "", &title(&doc_title, lang));
    h.el("p", r#" class="me""#, &(web.you_are)(p.name()));
    let other = match lang {
        Lang::En => Lang::Fr,
        Lang::Fr => Lang::En,
    };
    let switch = format!(
        r#"<form method="post" action="/do" class="lang"><input type="hidden" name="what" value="lang"><button type="submit" name="lang" value="{}" lang="{}" aria-label="{}: {}">{}</button></form>"#,
        other.code(),
        other.code(),
        text(web.language),
        text(web.other_language),
        text(web.other_language)
    );
    h.raw(&switch);
    h.raw("</header><main>");
    h.raw(r#"<div id="live" aria-live="polite">"#)
        .raw(&live_part(p, live, lang, ended))
        .raw("</div>");
    if !ended {
        let ask = format!(
            r#"<section id="ask" aria-labelledby="ask-h"><h2 id="ask-h">{}</h2><form method="post" action="/do"><input type="hidden" name="what" value="ask"><label for="question">{}</label><textarea id="question" name="text" rows="3" maxlength="{MAX_QUESTION_CHARS}" required></textarea><label class="check"><input type="checkbox" name="anonymous"> {}</label><button type="submit">{}</button></form></section>"#,
            text(web.ask_heading),
            text(&(web.ask_label)(MAX_QUESTION_CHARS)),
            text(web.ask_anonymous),
            text(web.ask_button)
        );
        h.raw(&ask);
    }
    let foot = format!(
        r#"<footer><noscript><p>{}</p></noscript><form method="get" action="/" class="latest"><button type="submit">{}</button></form><form method="post" action="/do"><input type="hidden" name="what" value="leave"><button type="submit" class="quiet">{}</button></form></footer>"#,
        text(web.no_script),
        text(web.refresh),
        text(web.leave_button)
    );
    h.raw("</main>");
    h.raw(&foot);
    document(lang, &title(&doc_title, lang), &h.finish())
}

/// The part of the room that changes while the page is open.
pub fn live_part(p: &Participant, live: Option<&Live>, lang: Lang, ended: bool) -> String {
    let web = crate::words::web(lang);
    let mut h = Html::new();
    if ended {
        h.el("h2", r#" class="ended""#, web.ended);
        let handout = p.following(live).and_then(|l| l.room.handout());
        if let Some(at) = handout {
            h.el("p", r#" class="handout""#, &(web.handout_at)(at));
        }
        return h.finish();
    }
    if let Some(said) = p.said() {
        let said = crate::keymap::fill(said.text(lang), crate::keymap::Mode::Participant, lang);
        h.el("p", r#" id="said" role="status""#, &said);
    }
    panel::screen(&mut h, p, live, lang);
    questions(&mut h, p, live, lang);
    h.finish()
}

/// The room's questions, the most upvoted first, each with its upvote.
fn questions(h: &mut Html, p: &Participant, live: Option<&Live>, lang: Lang) {
    let web = crate::words::web(lang);
    let Some(live) = p.following(live) else {
        return;
    };
    let all = live.room.questions();
    let ranked = all.ranked();
    let mine_answered: Vec<_> = all
        .items
        .iter()
        .filter(|q| q.answered && !q.hidden && p.asked(q))
        .collect();
    h.raw(r#"<section id="questions" aria-labelledby="questions-h">"#);
    h.el("h2", r#" id="questions-h""#, web.questions_heading);
    if ranked.is_empty() && mine_answered.is_empty() {
        h.el("p", r#" class="quiet""#, web.no_questions);
    }
    h.raw("<ol>");
    for q in ranked.iter().chain(mine_answered.iter()) {
        h.raw("<li>");
        h.el("p", r#" class="q""#, &q.text);
        let mut meta = vec![q.asker(lang).to_owned(), (web.votes)(q.votes)];
        if p.asked(q) {
            meta.push(web.yours.to_owned());
        }
        if q.answered {
            meta.push(format!("✓ {}", web.answered));
        }
        h.el("p", r#" class="meta""#, &meta.join(" · "));
        if !q.answered {
            let done = p.upvoted(q.id);
            let form = format!(
                r#"<form method="post" action="/do"><input type="hidden" name="what" value="upvote"><input type="hidden" name="id" value="{}"><button type="submit"{}>{}</button></form>"#,
                q.id,
                if done {
                    r#" disabled aria-pressed="true""#
                } else {
                    ""
                },
                text(if done { web.upvoted } else { web.upvote_button })
            );
            h.raw(&form);
        }
        h.raw("</li>");
    }
    h.raw("</ol></section>");
}
