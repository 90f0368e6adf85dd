//! A problem in a content file, pinned to `file:line:column` with the line
//! shown. The caret display is drawn by `annotate-snippets` (pure: no terminal
//! code); the JSON form is for editors and CI.

use std::fmt;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::controls::strip;

/// How bad a problem is: an error stops the load; a warning tells what was
/// not checked because of one (it is listed, not counted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// The name JSON reports carry.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    /// 1-based; 0 when the problem is about the file as a whole.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
    pub severity: Severity,
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
            severity: Severity::Error,
            source_line,
        }
    }

    /// A problem at a byte offset of `text`.
    pub fn at_offset(path: &str, text: &str, offset: usize, message: String) -> Self {
        let (line, column) = line_column(text, offset);
        Self::at(path, text, line, column, message)
    }

    /// A problem with a whole file (unreadable, missing).
    pub fn file(path: &str, message: String) -> Self {
        Diagnostic {
            path: path.to_owned(),
            line: 0,
            column: 0,
            message,
            severity: Severity::Error,
            source_line: None,
        }
    }

    /// The same problem as a warning: told, not stopping the load.
    pub fn warning(self) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..self
        }
    }

    /// The caret display, coloured when `styled` (the edge decides: a
    /// terminal without NO_COLOR). Content's control characters never reach
    /// the terminal: the file's own are removed before any style is added.
    pub fn render(&self, styled: bool) -> String {
        self.render_within(styled, WIDTH)
    }

    /// [`Self::render`], a long source line cut around the caret to `width`
    /// columns (the header is left whole, for the caller to wrap).
    pub fn render_within(&self, styled: bool, width: usize) -> String {
        let (path, message) = (one_line(&self.path), one_line(&self.message));
        if self.line == 0 {
            return strip(&format!("{path}: {message}")).into_owned();
        }
        let title = strip(&format!("{path}:{}:{}: {message}", self.line, self.column)).into_owned();
        let Some(src) = &self.source_line else {
            return title;
        };
        // Tabs would shift the caret: each control character is shown as one
        // space, as the column counts it.
        let shown: String = (src.chars())
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let at = (shown.char_indices())
            .nth(self.column.saturating_sub(1))
            .map_or(shown.len(), |(i, _)| i);
        let end = shown[at..].chars().next().map_or(at, |c| at + c.len_utf8());
        let snippet = Snippet::source(shown.as_str())
            .line_start(self.line)
            .annotation(AnnotationKind::Primary.span(at..end));
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let report = [Group::with_title(level.no_name().primary_title(title)).element(snippet)];
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        renderer.term_width(width).render(&report)
    }

    /// One JSON object: file, line, column, severity, message.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "file": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity.name(),
            "message": self.message,
        })
    }
}

/// The widest a shown line gets: a longer one is cut around the caret.
const WIDTH: usize = 100;

/// The 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..floor_char_boundary(text, offset.min(text.len()))];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl std::error::Error for Diagnostic {}

impl fmt::Display for Diagnostic {
    /// `path:line:column: message`, then the line and a caret under the column.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// A name or message on one line, whatever it holds: a line break in a file
/// name must not print a line of its own (a fake "ok: …").
fn one_line(s: &str) -> String {
    s.replace('\n', "\\n")
        .replace('\r', "\\r")
        .replace('\t', " ")
}

/// All diagnostics, one after another, as `check` prints them.
pub fn report(diagnostics: &[Diagnostic]) -> String {
    report_styled(diagnostics, false)
}

/// [`report`], coloured or not.
pub fn report_styled(diagnostics: &[Diagnostic], styled: bool) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&d.render(styled));
        out.push('\n');
    }
    let errors = (diagnostics.iter())
        .filter(|d| d.severity == Severity::Error)
        .count();
    out.push_str(&count(errors));
    out.push('\n');
    out
}

/// "1 problem found", "3 problems found": warnings are listed, not counted.
pub fn count(n: usize) -> String {
    format!("{n} problem{} found", if n == 1 { "" } else { "s" })
}

/// All diagnostics as a JSON array, one object each (`check --format json`).
pub fn report_json(diagnostics: &[Diagnostic]) -> String {
    let all: Vec<serde_json::Value> = diagnostics.iter().map(Diagnostic::to_json).collect();
    let mut out = serde_json::Value::Array(all).to_string();
    out.push('\n');
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
            "f.ron:2:11: unexpected x\n  |\n2 |   second: x\n  |           ^"
        );
    }

    #[test]
    fn offset_counts_characters_not_bytes() {
        let text = "é\nàb c";
        let d = Diagnostic::at_offset("f", text, text.find('c').unwrap_or(0), "m".into());
        assert_eq!((d.line, d.column), (2, 4));
    }

    #[test]
    fn a_caret_after_the_end_of_the_line_is_shown() {
        let d = Diagnostic::at("f", "ab", 1, 3, "m".into());
        assert_eq!(d.to_string(), "f:1:3: m\n  |\n1 | ab\n  |   ^");
    }

    #[test]
    fn control_characters_never_reach_the_report() {
        let d = Diagnostic::at("f\n", "a\x1b[2Jb", 1, 2, "m\x07".into());
        let shown = d.render(false);
        assert!(
            !shown.contains('\x1b') && !shown.contains('\x07'),
            "{shown:?}"
        );
        assert!(shown.starts_with("f\\n:1:2: m"), "{shown:?}");
    }

    #[test]
    fn json_names_every_field() {
        let d = Diagnostic::at("f.ron", "x", 1, 1, "a \"quoted\" word".into());
        assert_eq!(
            report_json(&[d]),
            "[{\"column\":1,\"file\":\"f.ron\",\"line\":1,\"message\":\"a \\\"quoted\\\" word\",\"severity\":\"error\"}]\n"
        );
    }
}
