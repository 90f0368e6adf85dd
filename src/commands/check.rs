//! `check`: validates a documentary and reports every problem, as text
//! (`file:line:column: message`, the line and a caret) or as JSON for editors
//! and CI; with `--size`, also the panels whose text would not fit.

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use crate::cli::ReportFormat;
use crate::content::diagnostic::{self, Diagnostic, Severity};
use crate::content::load::{self, Origin};
use crate::content::{Documentary, controls};
use crate::ui::overflow;

/// What `check` was asked for.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub origin: Origin,
    pub size: Option<(u16, u16)>,
    pub format: ReportFormat,
}

pub fn run(loaded: Result<Documentary, Vec<Diagnostic>>, opts: &CheckOptions) -> ExitCode {
    let (out, ok) = match loaded {
        Ok(doc) => report(&Arc::new(doc), opts),
        Err(problems) => {
            if opts.format == ReportFormat::Json {
                (diagnostic::report_json(&problems), false)
            } else {
                let text = diagnostic::report_styled(&problems, super::colour_on_stderr());
                let _ = std::io::stderr().write_all(text.as_bytes());
                return ExitCode::FAILURE;
            }
        }
    };
    // Panel ids and paths are content: no control character reaches the
    // terminal. A closed pipe (`| head`) is not an error worth a message.
    let out = match opts.format {
        ReportFormat::Json => out,
        ReportFormat::Text => controls::strip(&out).into_owned(),
    };
    let _ = std::io::stdout().write_all(out.as_bytes());
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The report on a documentary that loaded, and whether it passes.
pub fn report(doc: &Arc<Documentary>, opts: &CheckOptions) -> (String, bool) {
    let overflows = match opts.size {
        Some((w, h)) => overflows(doc, &opts.origin, w, h),
        None => Vec::new(),
    };
    let ok = overflows.is_empty();
    if opts.format == ReportFormat::Json {
        return (diagnostic::report_json(&overflows), ok);
    }
    let chapters: usize = doc.episodes.iter().map(|e| e.chapters.len()).sum();
    let (episodes, panels) = (doc.episodes.len(), doc.timeline.len());
    let mut out = String::new();
    for o in &overflows {
        out.push_str(&o.render(false));
        out.push('\n');
    }
    let summary = match opts.size {
        None => format!("ok: {episodes} episodes, {chapters} chapters, {panels} panels"),
        Some((w, h)) if ok => {
            let views = if overflow::checks_projector(w, h) {
                ""
            } else {
                " (normal view; the projector view is checked from 120x36)"
            };
            format!(
                "ok: {episodes} episodes, {chapters} chapters, {panels} panels; every panel fits {w}x{h}{views}"
            )
        }
        Some((w, h)) => overflow_summary(overflows.len(), w, h),
    };
    out.push_str(&summary);
    out.push('\n');
    (out, ok)
}

/// "1 panel view overflows 60x20", "3 panel views overflow 60x20".
fn overflow_summary(n: usize, w: u16, h: u16) -> String {
    match n {
        1 => format!("1 panel view overflows {w}x{h}"),
        n => format!("{n} panel views overflow {w}x{h}"),
    }
}

/// Each panel view whose text would need scrolling at `w`x`h`, pinned to
/// where the panel is written.
pub fn overflows(doc: &Arc<Documentary>, origin: &Origin, w: u16, h: u16) -> Vec<Diagnostic> {
    let places = load::locate_panels(origin, doc);
    let found = overflow::check(doc, w, h);
    found
        .iter()
        .map(|o| {
            let (path, line, column) = places.get(&o.panel).cloned().unwrap_or_default();
            let view = if o.present {
                "projector view"
            } else {
                "normal view"
            };
            let more = if o.lines == 1 { "line" } else { "lines" };
            let message = format!(
                "`{}` needs {} more {more} at {w}x{h} ({view}, {:?})",
                o.panel, o.lines, o.lang
            );
            Diagnostic {
                path,
                line,
                column,
                message,
                severity: Severity::Error,
                source_line: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Arc<Documentary> {
        let origin = Origin::Dir("tests/fixtures/sample".into());
        Arc::new(load::load(&origin).unwrap_or_else(|p| panic!("{p:?}")))
    }

    #[test]
    fn the_overflow_count_agrees_with_its_verb() {
        assert_eq!(overflow_summary(1, 60, 20), "1 panel view overflows 60x20");
        assert_eq!(overflow_summary(2, 60, 20), "2 panel views overflow 60x20");
    }

    #[test]
    fn a_documentary_that_fits_says_so_and_json_is_empty() {
        let mut opts = CheckOptions {
            origin: Origin::Dir("tests/fixtures/sample".into()),
            size: Some((60, 20)),
            format: ReportFormat::Text,
        };
        let (text, ok) = report(&sample(), &opts);
        assert!(ok, "{text}");
        assert!(
            text.ends_with(
                "every panel fits 60x20 (normal view; the projector view is checked from 120x36)\n"
            ),
            "{text}"
        );
        opts.format = ReportFormat::Json;
        assert_eq!(report(&sample(), &opts), ("[]\n".to_owned(), true));
    }
}
