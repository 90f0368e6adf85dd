//! A problem in a content file, pinned to `file:line:column` with the line shown.

use std::fmt;

use super::controls::strip;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    /// 1-based; 0 when the problem is about the file as a whole.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
    /// The offending line, for the caret display.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// A problem at a 1-based line and column of `text`.
    pub fn at(path: &str, text: &str, line: usize, column: usize, message: String) -> Self {
        let source_line = line
            .checked_sub(1)
            .and_then(|i| text.lines().nth(i))
            .map(str::to_owned);
        Diagnostic {
            path: path.to_owned(),
            line,
            column,
            message,
            source_line,
        }
    }

    /// A problem at a byte offset of `text`.
    pub fn at_offset(path: &str, text: &str, offset: usize, message: String) -> Self {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Self::at(path, text, line, column, message)
    }

    /// A problem with a whole file (unreadable, missing).
    pub fn file(path: &str, message: String) -> Self {
        Diagnostic {
            path: path.to_owned(),
            line: 0,
            column: 0,
            message,
            source_line: None,
        }
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Diagnostic {
    /// `path:line:column: message`, then the line and a caret under the column.
    /// Content's control characters never reach the terminal (see [`strip`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.write(&mut out)?;
        f.write_str(&strip(&out))
    }
}

/// A name or message on one line, whatever it holds: a line break in a file
/// name must not print a line of its own (a fake "ok: …").
fn one_line(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            '\n' => "\\n".chars().collect::<Vec<_>>(),
            '\r' => "\\r".chars().collect(),
            '\t' => vec![' '],
            c => vec![c],
        })
        .collect()
}

impl Diagnostic {
    fn write(&self, f: &mut String) -> fmt::Result {
        use fmt::Write;
        let (path, message) = (one_line(&self.path), one_line(&self.message));
        if self.line == 0 {
            return write!(f, "{path}: {message}");
        }
        write!(f, "{path}:{}:{}: {message}", self.line, self.column)?;
        if let Some(src) = &self.source_line {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            // Tabs would shift the caret; show them as one space, as the column counts them.
            let chars: Vec<char> = src
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            // A very long line is shown as a window around the column.
            const WINDOW: usize = 60;
            let col = self.column.saturating_sub(1).min(chars.len());
            let start = col.saturating_sub(WINDOW);
            let end = (col + WINDOW).min(chars.len());
            let lead = if start > 0 { "…" } else { "" };
            let trail = if end < chars.len() { "…" } else { "" };
            let shown: String = chars[start..end].iter().collect();
            let shown = format!("{lead}{shown}{trail}");
            let caret_pad: String = shown
                .chars()
                .take(col - start + lead.chars().count())
                .map(|c| if unicode_wide(c) { "  " } else { " " })
                .collect();
            write!(f, "\n {number} | {shown}\n {pad} | {caret_pad}^")?;
        }
        Ok(())
    }
}

fn unicode_wide(c: char) -> bool {
    unicode_width::UnicodeWidthChar::width(c).unwrap_or(1) > 1
}

/// All diagnostics, one after another, as `check` prints them.
pub fn report(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&d.to_string());
        out.push('\n');
    }
    let n = diagnostics.len();
    out.push_str(&format!(
        "{n} problem{} found\n",
        if n == 1 { "" } else { "s" }
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_line_and_caret() {
        let text = "first\n  second: x\n";
        let d = Diagnostic::at("f.ron", text, 2, 11, "unexpected x".into());
        assert_eq!(
            d.to_string(),
            "f.ron:2:11: unexpected x\n 2 |   second: x\n   |           ^"
        );
    }

    #[test]
    fn offset_counts_characters_not_bytes() {
        let text = "é\nàb c";
        let d = Diagnostic::at_offset("f", text, text.find('c').unwrap_or(0), "m".into());
        assert_eq!((d.line, d.column), (2, 4));
    }
}
