//! Finding a panel by a few letters of its title, a speaker's name or a
//! figure's label, accents and case folded.

use crate::content::{Documentary, Lang, Panel};

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

/// What a search looks at in a panel: its heading, speaker, label or prompt,
/// and its chapter's title.
fn haystack(doc: &Documentary, i: usize, lang: Lang) -> String {
    let Some(&slot) = doc.timeline.get(i) else {
        return String::new();
    };
    let mut text = match doc.panel(slot) {
        Panel::Narration(n) => n.heading.get(lang).to_owned(),
        Panel::Testimony(t) => format!(
            "{} {}",
            t.speaker.name.as_deref().unwrap_or_default(),
            t.speaker.role.get(lang)
        ),
        Panel::Statistic(s) => s.label.get(lang).to_owned(),
        Panel::Debate(d) => d.heading.get(lang).to_owned(),
        Panel::Choice(c) => c.prompt.get(lang).to_owned(),
        Panel::Recap(r) => r.heading.get(lang).to_owned(),
    };
    text.push(' ');
    text.push_str(doc.chapter(slot).title.get(lang));
    fold(&text)
}

/// Panels whose text holds every word of `query`, in documentary order.
pub fn matches(doc: &Documentary, lang: Lang, query: &str) -> Vec<usize> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
    if words.is_empty() {
        return Vec::new();
    }
    (0..doc.timeline.len())
        .filter(|&i| {
            let text = haystack(doc, i, lang);
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .take(MAX_MATCHES)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn accents_and_case_fold() {
        assert_eq!(fold("Élise À L'ŒUVRE"), "elise a l'oeuvre");
        assert_eq!(fold("1\u{202f}539,42\u{a0}€"), "1 539,42 €");
    }
}
