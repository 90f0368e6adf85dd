//! ron's parse errors in an author's words, pointing at the token at fault:
//! "this text has no English translation" rather than "Unexpected missing
//! field named `en` in `Text`", "this string is not closed" rather than
//! "Expected comma".

use super::diagnostic::{Diagnostic, line_column};
use super::limits::MAX_DEPTH;
use super::source::SourceFile;

/// The diagnostic for ron's error `e` in `file`.
pub fn diagnose(file: &SourceFile, e: &ron::error::SpannedError) -> Diagnostic {
    let text = &file.text;
    let pos = e.span.start;
    let at = offset_of(text, pos.line, pos.col);
    if expects_more(&e.code)
        && let Some(open) = unclosed_string(text, at)
    {
        let (line, col) = line_column(text, open);
        let message =
            "this string is not closed: its closing `\"` is missing, so it runs into what follows";
        return Diagnostic::at(&file.path, text, line, col, message.into());
    }
    // ron may stop on the blank before a token: point at the token itself.
    let token = (text[at..].char_indices())
        .find(|(_, c)| !c.is_whitespace())
        .map_or(at, |(i, _)| at + i);
    let (line, col) = line_column(text, token);
    Diagnostic::at(&file.path, text, line, col, message(&e.code))
}

/// Errors where ron wanted a separator or an end and found more text: what
/// an unclosed string looks like once ron has taken the next `"` for its end.
fn expects_more(code: &ron::Error) -> bool {
    use ron::Error as E;
    matches!(
        code,
        E::ExpectedComma
            | E::ExpectedStructLikeEnd
            | E::ExpectedArrayEnd
            | E::ExpectedMapEnd
            | E::ExpectedMapColon
            | E::ExpectedIdentifier
            | E::ExpectedStringEnd
            | E::Eof
            | E::UnexpectedChar(_)
    )
}

/// The byte offset of a 1-based line and column (in characters).
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let start: usize = (text.split_inclusive('\n'))
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = text.get(start..).unwrap_or_default();
    start
        + (rest.char_indices())
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

/// Where the string that was never closed opens, if the text before `at`
/// shows one: ron's error follows a string that spans lines, or its line
/// holds an odd number of quotes (one of them unmatched).
fn unclosed_string(text: &str, at: usize) -> Option<usize> {
    let before = text.get(..at)?;
    let quotes = quote_offsets(before);
    // The string ron read last, if the error follows it directly.
    let last_end = *quotes.last()?;
    let between = before.get(last_end + 1..)?;
    if !between.chars().all(char::is_alphanumeric) {
        return None;
    }
    let (&open, _) = quotes
        .split_last()
        .and_then(|(_, rest)| rest.split_last())?;
    let spans_lines = text.get(open..last_end)?.contains('\n');
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let odd = quote_offsets(&text[line_start..line_end]).len() % 2 == 1;
    (spans_lines || odd).then_some(open)
}

/// Offsets of the unescaped `"` in `s`.
fn quote_offsets(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => out.push(i),
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    out
}

/// ron's message in plain words, cut to one short line: it can quote the file
/// (a long string, an identifier), and a file that is not RON at all may be secret.
fn message(code: &ron::Error) -> String {
    use ron::Error as E;
    const MAX: usize = 240;
    let full = match code {
        E::ExceededRecursionLimit => format!("nesting is deeper than {MAX_DEPTH} levels"),
        E::MissingStructField { field, outer } if outer.as_deref() == Some("Text") => {
            let language = match *field {
                "en" => "English",
                "fr" => "French",
                other => other,
            };
            format!("this text has no {language} translation: `{field}: \"…\"` is missing")
        }
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("this `{outer}` has no `{field}:`, which it needs"),
            None => format!("the required field `{field}:` is missing"),
        },
        E::DuplicateStructField { field, .. } => format!("`{field}:` is given twice"),
        E::ExpectedComma => "a comma is missing before this".into(),
        E::ExpectedMapColon => "a colon `:` is missing before this".into(),
        E::ExpectedArray => "a list is expected here, written `[…]`".into(),
        E::ExpectedString => "a text in quotes is expected here, written `\"…\"`".into(),
        E::ExpectedInteger | E::ExpectedFloat => "a number is expected here".into(),
        E::ExpectedStructLikeEnd => "a closing `)` is missing before this".into(),
        E::ExpectedArrayEnd => "a closing `]` is missing before this".into(),
        E::ExpectedStringEnd => "this string is not closed: its closing `\"` is missing".into(),
        E::Eof => "the file ends too early: a closing `)` or `]` is missing".into(),
        other => other.to_string(),
    };
    let line = full.lines().next().unwrap_or_default();
    if line.chars().count() > MAX || line.len() < full.len() {
        let cut: String = line.chars().take(MAX).collect();
        format!("{cut}…")
    } else {
        line.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_odd_quote_on_the_line_is_an_unclosed_string() {
        let text = "(fr: \"Texte, en: \"Text\")";
        let at = text.find("Text\"").unwrap_or(0);
        assert_eq!(unclosed_string(text, at), Some(5));
        let closed = "(fr: \"Texte\" en: \"Text\")";
        assert_eq!(
            unclosed_string(closed, closed.find("en").unwrap_or(0)),
            None
        );
    }

    #[test]
    fn escaped_quotes_are_not_quotes() {
        assert_eq!(quote_offsets(r#""a\"b" \\"#), vec![0, 5]);
    }
}
