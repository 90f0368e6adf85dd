//! Finding a panel by a few letters of anything it says (titles, names,
//! text) or by a figure's value in either number style, accents and case
//! folded; and the words that matched, for the list to highlight.

mod numbers;

use crate::content::documentary::Searchable;
use crate::content::model::Ask;
use crate::content::{Documentary, Lang, Panel};
use numbers::Reading;

/// At most this many matches are listed.
pub const MAX_MATCHES: usize = 50;

/// Lowercase, without accents: "Élise" and "elise" are the same search.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            // No-break spaces in figures match a typed space.
            '\u{a0}' | '\u{202f}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Everything a panel says, in reading order: its heading, speaker, label or
/// prompt first, then its text, its figure as shown, and its chapter's title.
fn texts(doc: &Documentary, i: usize, lang: Lang) -> Vec<String> {
    let Some(&slot) = doc.timeline.get(i) else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    let mut add = |t: &str| out.push(t.to_owned());
    match doc.panel(slot) {
        Panel::Narration(n) => {
            add(n.heading.get(lang));
            add(n.body.get(lang));
        }
        Panel::Testimony(t) => {
            add(t.speaker.name.as_deref().unwrap_or_default());
            add(t.speaker.role.get(lang));
            add(t.speaker.place.as_ref().map_or("", |p| p.get(lang)));
            add(t.speaker.platform.as_deref().unwrap_or_default());
            add(t.intro.as_ref().map_or("", |x| x.get(lang)));
            t.passages.iter().for_each(|p| add(p.get(lang)));
        }
        Panel::Statistic(st) => {
            add(st.label.get(lang));
            if let Some(f) = doc.figures.get(&st.id) {
                let unit = st.unit_for(Some(f), lang).unwrap_or("");
                let value = f.format(crate::content::text::decimals(st), lang);
                add(&crate::content::figures::join_unit(&value, unit, lang));
            }
            add(st.context.as_ref().map_or("", |x| x.get(lang)));
            add(st.source.get(lang));
        }
        Panel::Debate(d) => {
            add(d.heading.get(lang));
            for q in &d.questions {
                add(q.text.get(lang));
                q.answers.iter().for_each(|a| add(a.text.get(lang)));
            }
        }
        Panel::Choice(c) => {
            add(c.prompt.get(lang));
            if let Ask::Options(opts) = &c.ask {
                opts.iter().for_each(|o| add(o.get(lang)));
            }
        }
        Panel::Recap(r) => add(r.heading.get(lang)),
    }
    add(doc.chapter(slot).title.get(lang));
    out.retain(|t| !t.trim().is_empty());
    out
}

/// One term of a query: letters to find in a word, or a figure by value.
enum Term {
    Letters(String),
    Figure(Vec<Reading>),
}

fn terms(query: &str) -> Vec<Term> {
    words(&fold(query))
        .into_iter()
        .map(|w| {
            // "€400", "30,000", "24%": the figure, whatever sign is around it.
            let core = w.trim_matches(|c: char| !c.is_ascii_digit());
            let figure = !core.is_empty()
                && core
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' '));
            match figure {
                true => Term::Figure(numbers::readings(core)),
                false => Term::Letters(w),
            }
        })
        .collect()
}

/// The query's words, a figure typed in French groups ("1 539,42",
/// "300 000") kept as one: a group of three digits joins the number
/// before it when that number starts with one to three digits.
fn words(folded: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in folded.split_whitespace() {
        if let Some(last) = out.last_mut()
            && continues_number(last, w)
        {
            last.push(' ');
            last.push_str(w);
        } else {
            out.push(w.to_owned());
        }
    }
    out
}

fn continues_number(before: &str, next: &str) -> bool {
    let digits = |s: &str| s.chars().take_while(char::is_ascii_digit).count();
    let number = before.trim_start_matches(|c: char| !c.is_ascii_digit());
    let first = number.split(' ').next().map_or(0, digits);
    let whole = number.chars().all(|c| c.is_ascii_digit() || c == ' ');
    whole && (1..=3).contains(&first) && digits(next) == 3
}

/// Whether `word` (as written) is what `term` looks for.
fn hit(term: &Term, word: &str) -> bool {
    match term {
        Term::Letters(l) => fold(word).contains(l.as_str()),
        Term::Figure(typed) => numbers::numbers(word)
            .iter()
            .flatten()
            .any(|r| typed.iter().any(|t| numbers::matches(r.value, *t))),
    }
}

/// Whether panel `i` says what every term asks for, `said` being what it
/// says (see [`searchable`]).
fn found(doc: &Documentary, i: usize, terms: &[Term], said: &Searchable) -> bool {
    let figure = |typed: &[Reading]| {
        let shown = (said.values.iter()).any(|&v| typed.iter().any(|x| numbers::matches(v, *x)));
        // A computed figure matches by its value as well as as shown.
        let computed = doc.timeline.get(i).and_then(|s| match doc.panel(*s) {
            Panel::Statistic(st) => doc.figures.get(&st.id),
            _ => None,
        });
        shown
            || computed.is_some_and(|f| {
                typed
                    .iter()
                    .any(|x| numbers::matches(f.lo, *x) || numbers::matches(f.hi, *x))
            })
    };
    terms.iter().all(|term| match term {
        Term::Letters(l) => said.text.contains(l.as_str()),
        Term::Figure(typed) => figure(typed),
    })
}

/// Every panel's texts folded, one line each (a term, being one word,
/// never runs across two), and the numbers they say, in timeline order.
fn searchable(doc: &Documentary, lang: Lang) -> &[Searchable] {
    doc.searchable(lang, || {
        (0..doc.timeline.len())
            .map(|i| {
                let texts = texts(doc, i, lang);
                Searchable {
                    text: texts.iter().map(|t| fold(t)).collect::<Vec<_>>().join("\n"),
                    values: (texts.iter())
                        .flat_map(|t| numbers::numbers(t).into_iter().flatten())
                        .map(|r| r.value)
                        .collect(),
                }
            })
            .collect()
    })
}

/// Panels that say every word or figure of `query`, in documentary order.
pub fn matches(doc: &Documentary, lang: Lang, query: &str) -> Vec<usize> {
    let terms = terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    let said = searchable(doc, lang);
    (0..doc.timeline.len())
        .filter(|&i| said.get(i).is_some_and(|s| found(doc, i, &terms, s)))
        .take(MAX_MATCHES)
        .collect()
}

/// A few words of panel `i` around the first one `query` finds, each marked
/// when it is a match, for the list to show why the panel is there.
pub fn snippet(doc: &Documentary, lang: Lang, i: usize, query: &str) -> Vec<(String, bool)> {
    const BEFORE: usize = 3;
    const WORDS: usize = 14;
    let terms = terms(query);
    // Words split on plain spaces only: "1 539,42" (no-break spaces) stays one word.
    let words: Vec<String> = texts(doc, i, lang)
        .iter()
        .flat_map(|t| {
            t.split([' ', '\n', '\t'])
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let marks: Vec<bool> = words
        .iter()
        .map(|w| terms.iter().any(|t| hit(t, w)))
        .collect();
    let first = marks.iter().position(|&m| m).unwrap_or(0);
    let from = first.saturating_sub(BEFORE);
    let mut out: Vec<(String, bool)> = words
        .into_iter()
        .zip(marks)
        .skip(from)
        .take(WORDS)
        .collect();
    if from > 0 {
        out.insert(0, ("…".to_owned(), false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn a_figure_in_french_groups_is_one_word() {
        assert_eq!(super::words("1 539,42 €"), ["1 539,42", "€"]);
        assert_eq!(super::words("300 000 euros"), ["300 000", "euros"]);
        assert_eq!(super::words("2020 400"), ["2020", "400"]);
        assert_eq!(super::words("bilel 400"), ["bilel", "400"]);
    }

    #[test]
    fn accents_and_case_fold() {
        assert_eq!(fold("Élise À L'ŒUVRE"), "elise a l'oeuvre");
        assert_eq!(fold("1\u{202f}539,42\u{a0}€"), "1 539,42 €");
    }
}
