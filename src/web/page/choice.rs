//! A question to the room on a phone: real radio buttons or a figure field
//! while the poll is open (their own ballot marked in words), the tally and
//! the report's answer once revealed.

use std::fmt::Write;

use super::html::{Html, text};
use crate::app::{Live, Participant};
use crate::content::Lang;
use crate::content::model::{Ask, Choice};
use crate::content::text::{guess_label, with_unit};
use crate::journey::Answer;

pub fn choice(h: &mut Html, p: &Participant, live: &Live, (i, ch): (usize, &Choice), lang: Lang) {
    let web = crate::words::web(lang);
    let doc = p.follower().state().doc().clone();
    // The question in the text's colour, as on the terminal: the accent is
    // for the marks around it.
    h.el(
        "h2",
        r#" id="screen-h" class="strong""#,
        ch.prompt.get(lang),
    );
    let poll = live.room.polls().get(&i);
    let revealed = live.answered.contains(&i) || poll.is_some_and(|p| p.revealed);
    let closed = revealed || poll.is_some_and(|p| p.closed);
    let mine = p.ballot(i);
    if closed {
        if let Some(mine) = mine {
            let label = crate::content::text::answer_label(&doc, ch, mine, lang);
            h.el(
                "p",
                r#" class="mine""#,
                &format!(
                    "● {}{}{label}",
                    web.your_choice,
                    crate::words::of(lang).colon
                ),
            );
        }
        if !revealed {
            h.el("p", r#" class="closed""#, web.poll_closed);
            return;
        }
        reveal(h, p, live, (i, ch), lang);
        return;
    }
    let id = text(&ch.id);
    match &ch.ask {
        Ask::Options(opts) => {
            let mut form = format!(
                r#"<form method="post" action="/do" class="vote"><input type="hidden" name="what" value="vote"><input type="hidden" name="panel" value="{id}"><fieldset><legend class="sr">{}</legend>"#,
                text(ch.prompt.get(lang))
            );
            for (k, option) in opts.iter().enumerate() {
                let picked = mine == Some(&Answer::Picked(k));
                let _ = write!(
                    form,
                    r#"<label class="option"><input type="radio" name="option" value="{k}"{} required> <span>{}</span>{}</label>"#,
                    if picked { " checked" } else { "" },
                    text(option.get(lang)),
                    if picked {
                        format!(
                            r#" <strong class="mine">● {}</strong>"#,
                            text(web.your_choice)
                        )
                    } else {
                        String::new()
                    }
                );
            }
            let _ = write!(
                form,
                r#"</fieldset><button type="submit">{}</button></form>"#,
                text(web.vote_button)
            );
            h.raw(&form);
        }
        Ask::Guess {
            figure, min, max, ..
        } => {
            let value = match mine {
                Some(Answer::Guessed(v)) => crate::content::figures::format_number(
                    *v,
                    crate::content::figures::natural_decimals(*v),
                    lang,
                ),
                _ => String::new(),
            };
            let range = (web.guess_range)(
                &guess_label(&doc, figure, *min, lang),
                &guess_label(&doc, figure, *max, lang),
            );
            let mut form = format!(
                r#"<form method="post" action="/do" class="guess"><input type="hidden" name="what" value="guess"><input type="hidden" name="panel" value="{id}"><label for="figure">{}</label><input id="figure" name="figure" inputmode="decimal" autocomplete="off" maxlength="12" required value="{}" aria-describedby="range"><p id="range" class="hint">{}</p>"#,
                text(web.your_guess),
                text(&value),
                text(&range)
            );
            if let Some(mine) = mine {
                let label = crate::content::text::answer_label(&doc, ch, mine, lang);
                let _ = write!(
                    form,
                    r#"<p class="mine">● {}{}{}</p>"#,
                    text(web.your_choice),
                    text(crate::words::of(lang).colon),
                    text(&label)
                );
            }
            let _ = write!(
                form,
                r#"<button type="submit">{}</button></form>"#,
                text(web.guess_button)
            );
            h.raw(&form);
        }
    }
}

/// The room's tally (or guesses) beside the report's answer.
fn reveal(h: &mut Html, p: &Participant, live: &Live, (i, ch): (usize, &Choice), lang: Lang) {
    let view = p.view(&live.room);
    let doc = view.doc;
    let words = crate::words::of(lang);
    let poll = live.room.polls().get(&i);
    if let Ask::Options(opts) = &ch.ask {
        let tally = poll.map_or_else(|| vec![0; opts.len()], |p| p.tally(opts.len()));
        let total: u64 = tally.iter().sum();
        h.raw(r#"<ul class="tally">"#);
        for (option, n) in opts.iter().zip(&tally) {
            let row = format!(
                r#"<li><span>{}</span> <meter min="0" max="{}" value="{n}"></meter> <span class="n">{n}</span></li>"#,
                text(option.get(lang)),
                total.max(1)
            );
            h.raw(&row);
        }
        h.raw("</ul>");
    }
    let said = format!(
        "{} {}",
        words.rooms_answer,
        view.room_answer_words(ch, i, lang)
    );
    h.el("p", r#" class="room""#, said.trim());
    if let Ask::Guess { figure, .. } = &ch.ask
        && let Some(stat) = doc.statistic(figure)
    {
        let real = format!("{} {}", words.in_reality, with_unit(doc, stat, lang));
        h.el("p", r#" class="real""#, &real);
    }
    if let Some(reveal) = &ch.reveal {
        h.paragraphs(r#" class="reveal""#, reveal.get(lang));
    }
}
