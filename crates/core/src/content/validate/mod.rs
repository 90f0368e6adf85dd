//! Semantic checks that parsing cannot do: ids, translations, references,
//! assets, derivations. Every problem is reported, not only the first.

use std::collections::{BTreeMap, HashMap};

use super::diagnostic::Diagnostic;
use super::figures::{self, Figure, FigureError};
use super::limits;
use super::load::SourceFile;
use super::model::{
    Ask, Chart, Choice, Condition, Episode, Manifest, Panel, Statistic, Text, Value, Voice,
};

/// Collects problems for one file, pinning each to where its item is written.
struct Checker<'a> {
    file: &'a SourceFile,
    out: &'a mut Vec<Diagnostic>,
}

impl Checker<'_> {
    /// Reports at the `nth` definition `id: "<id>"` in the file (or its start).
    fn at_id(&mut self, id: &str, nth: usize, message: String) {
        let offset = find_id(&self.file.text, id, nth).unwrap_or(0);
        self.out.push(Diagnostic::at_offset(
            &self.file.path,
            &self.file.text,
            offset,
            message,
        ));
    }

    /// Checks both translations of a text that belongs to the item `owner`.
    fn text(&mut self, owner: &str, field: &str, text: &Text) {
        for (lang, name, value) in [("fr", "French", &text.fr), ("en", "English", &text.en)] {
            if value.trim().is_empty() {
                let from = find_id(&self.file.text, owner, 0).unwrap_or(0);
                let offset = find_empty(&self.file.text, from, lang).unwrap_or(from);
                self.out.push(Diagnostic::at_offset(
                    &self.file.path,
                    &self.file.text,
                    offset,
                    format!("`{owner}`: {field} has no {name} text ({lang} is empty)"),
                ));
            }
        }
    }
}

/// Byte offset of the `nth` place where `id: "<id>"` is written.
fn find_id(text: &str, id: &str, nth: usize) -> Option<usize> {
    let quoted = format!("\"{id}\"");
    text.match_indices(&quoted)
        .filter(|(i, _)| text[..*i].trim_end().ends_with("id:"))
        .nth(nth)
        .map(|(i, _)| i)
}

/// Byte offset of the first `lang: ""` (an empty translation) at or after `from`.
fn find_empty(text: &str, from: usize, lang: &str) -> Option<usize> {
    let key = format!("{lang}:");
    let mut start = from;
    while let Some(rel) = text.get(start..)?.find(&key) {
        let at = start + rel;
        let rest = text[at + key.len()..].trim_start();
        if let Some(inner) = rest.strip_prefix('"') {
            let end = inner.find('"').unwrap_or(inner.len());
            if inner[..end].trim().is_empty() {
                return Some(at);
            }
        }
        start = at + key.len();
    }
    None
}

mod conditions;
use conditions::{check_condition, voice};

pub fn validate(
    manifest_file: &SourceFile,
    manifest: &Manifest,
    episodes: &[(SourceFile, Episode)],
    assets: &BTreeMap<String, String>,
    asset_errors: &BTreeMap<String, String>,
) -> (HashMap<String, Figure>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    {
        let mut c = Checker {
            file: manifest_file,
            out: &mut out,
        };
        if manifest.episodes.is_empty() {
            let offset = manifest_file.text.find("episodes").unwrap_or(0);
            c.out.push(Diagnostic::at_offset(
                &manifest_file.path,
                &manifest_file.text,
                offset,
                "the manifest lists no episode".into(),
            ));
        }
        c.text("manifest", "title", &manifest.title);
        c.text("manifest", "subtitle", &manifest.subtitle);
        for t in &manifest.credits {
            c.text("manifest", "a credit", t);
        }
    }

    // Ids are one namespace: episodes, chapters and panels are all addressed by id
    // (by the journey, the table of contents and derived figures).
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut stats: HashMap<&str, &Statistic> = HashMap::new();
    let mut stat_file: HashMap<&str, usize> = HashMap::new();
    let mut choices: HashMap<&str, &Choice> = HashMap::new();
    let mut conditions: Vec<(usize, &str, &Condition)> = Vec::new();
    for (fi, (file, episode)) in episodes.iter().enumerate() {
        let mut c = Checker {
            file,
            out: &mut out,
        };
        let mut per_file: HashMap<String, usize> = HashMap::new();
        let mut id = |c: &mut Checker, id: &str| {
            let nth = per_file.entry(id.to_owned()).or_default();
            if id.trim().is_empty() {
                c.at_id(id, *nth, "an id is empty".into());
            } else if seen.contains_key(id) {
                c.at_id(id, *nth, format!("duplicate id `{id}`"));
            }
            *nth += 1;
            seen.insert(id.to_owned(), fi);
        };
        id(&mut c, &episode.id);
        c.text(&episode.id, "the episode title", &episode.title);
        if let Some(s) = &episode.summary {
            c.text(&episode.id, "the summary", s);
        }
        if episode.chapters.is_empty() {
            c.at_id(
                &episode.id,
                0,
                format!("episode `{}` has no chapter", episode.id),
            );
        }
        for chapter in &episode.chapters {
            id(&mut c, &chapter.id);
            let cid = chapter.id.as_str();
            c.text(cid, "the chapter title", &chapter.title);
            if let Some(n) = &chapter.notice {
                c.text(cid, "the content notice", n);
            }
            if let Some(f) = &chapter.facilitator {
                if f.minutes == 0 || f.minutes > limits::MAX_MINUTES {
                    c.at_id(
                        cid,
                        0,
                        format!(
                            "chapter `{cid}`: facilitator minutes must be from 1 to {}",
                            limits::MAX_MINUTES
                        ),
                    );
                }
                if f.prompts.is_empty() {
                    c.at_id(
                        cid,
                        0,
                        format!("chapter `{cid}`: facilitator notes have no prompt"),
                    );
                }
                for p in &f.prompts {
                    c.text(cid, "a facilitator prompt", p);
                }
            }
            if chapter.panels.is_empty() {
                c.at_id(cid, 0, format!("chapter `{cid}` has no panel"));
            }
            for panel in &chapter.panels {
                let pid = panel.id();
                id(&mut c, pid);
                if let Some(n) = panel.notice() {
                    c.text(pid, "the content notice", n);
                }
                check_panel(&mut c, panel, assets, asset_errors);
                if let Panel::Statistic(s) = panel {
                    stats.entry(pid).or_insert(s);
                    stat_file.entry(pid).or_insert(fi);
                }
                if let Panel::Choice(ch) = panel {
                    choices.entry(pid).or_insert(ch);
                }
                if let Some(cond) = panel.when() {
                    conditions.push((fi, pid, cond));
                }
            }
        }
    }

    // Conditions name panels that exist, and choices that can answer them.
    for (fi, pid, cond) in conditions {
        let mut c = Checker {
            file: &episodes[fi].0,
            out: &mut out,
        };
        check_condition(&mut c, pid, cond, &seen, &choices);
    }
    // A guess is checked against a real figure.
    for (&cid, choice) in &choices {
        if let Ask::Guess { figure, .. } = &choice.ask
            && !stats.contains_key(figure.as_str())
        {
            let fi = seen.get(cid).copied().unwrap_or(0);
            Checker {
                file: &episodes[fi].0,
                out: &mut out,
            }
            .at_id(
                cid,
                0,
                format!("`{cid}`: the guessed figure `{figure}` is not a statistic"),
            );
        }
    }

    // References between statistics, then the figures themselves.
    for (&sid, stat) in &stats {
        let (file, _) = &episodes[stat_file[sid]];
        let mut c = Checker {
            file,
            out: &mut out,
        };
        let mut read = Vec::new();
        match &stat.chart {
            Some(Chart::Bars(ids)) => read.extend(ids.iter().cloned()),
            Some(Chart::Gauge(scale)) => figures::refs(scale, &mut read),
            None => {}
        }
        for r in read {
            if !stats.contains_key(r.as_str()) {
                let what = if seen.contains_key(&r) {
                    "is not a statistic"
                } else {
                    "is unknown"
                };
                c.at_id(sid, 0, format!("`{sid}`: the chart's figure `{r}` {what}"));
            }
        }
    }
    let (figures, errors) = figures::compute_all(&stats);
    let mut cycles_seen: Vec<Vec<String>> = Vec::new();
    for (sid, err) in errors {
        // A cycle fails for each of its members: report it once.
        if let FigureError::Cycle(path) = &err {
            let mut members = path.clone();
            members.sort();
            members.dedup();
            if cycles_seen.contains(&members) {
                continue;
            }
            cycles_seen.push(members);
        }
        let (file, _) = &episodes[stat_file[sid.as_str()]];
        let mut c = Checker {
            file,
            out: &mut out,
        };
        let msg = match &err {
            FigureError::UnknownRef(r) if seen.contains_key(r) => {
                format!("`{sid}`: derives from `{r}`, which is not a statistic")
            }
            _ => format!("`{sid}`: {err}"),
        };
        // A broken input makes every figure built on it fail too: report the root once.
        if !matches!(&err, FigureError::UnknownRef(r) if stats.contains_key(r.as_str())) {
            c.at_id(&sid, 0, msg);
        }
    }
    for (&sid, stat) in &stats {
        if let Some(Chart::Gauge(scale)) = &stat.chart {
            let mut read = Vec::new();
            figures::refs(scale, &mut read);
            let Some(message) = super::figures::gauge_problem(scale, &figures) else {
                continue;
            };
            let (file, _) = &episodes[stat_file[sid]];
            Checker {
                file,
                out: &mut out,
            }
            .at_id(sid, 0, format!("`{sid}`: {message}"));
        }
    }
    out.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    out.dedup();
    (figures, out)
}

fn check_panel(
    c: &mut Checker,
    panel: &Panel,
    assets: &BTreeMap<String, String>,
    asset_errors: &BTreeMap<String, String>,
) {
    let pid = panel.id();
    match panel {
        Panel::Narration(n) => {
            c.text(pid, "the heading", &n.heading);
            c.text(pid, "the body", &n.body);
        }
        Panel::Testimony(t) => {
            c.text(pid, "the speaker's role", &t.speaker.role);
            if let Some(p) = &t.speaker.place {
                c.text(pid, "the speaker's place", p);
            }
            if let Some(i) = &t.intro {
                c.text(pid, "the introduction", i);
            }
            if t.passages.is_empty() {
                c.at_id(pid, 0, format!("testimony `{pid}` has no passage"));
            }
            for p in &t.passages {
                c.text(pid, "a passage", p);
            }
            if let Some(portrait) = &t.portrait
                && !assets.contains_key(portrait)
            {
                let message = match asset_errors.get(portrait) {
                    Some(why) => format!("`{pid}`: asset `{portrait}`: {why}"),
                    None => format!("`{pid}`: unknown asset `{portrait}` (not in assets/)"),
                };
                c.at_id(pid, 0, message);
            }
        }
        Panel::Statistic(s) => {
            c.text(pid, "the label", &s.label);
            if let Some(u) = &s.unit {
                c.text(pid, "the unit", u);
            }
            if let Some(u) = &s.unit_one {
                c.text(pid, "the singular unit", u);
                if s.unit.is_none() {
                    c.at_id(pid, 0, format!("`{pid}`: a singular unit but no unit"));
                }
            }
            c.text(pid, "the source", &s.source);
            if let Some(t) = &s.context {
                c.text(pid, "the context", t);
            }
            if let Some(message) = limits::value_problem(&s.value) {
                c.at_id(pid, 0, format!("`{pid}`: {message}"));
            } else if let Value::Range(a, b) = s.value
                && a > b
            {
                c.at_id(
                    pid,
                    0,
                    format!("`{pid}`: the range starts above its end ({a} > {b})"),
                );
            }
            if s.decimals.is_some_and(|d| d > 6) {
                c.at_id(pid, 0, format!("`{pid}`: at most 6 decimals can be shown"));
            }
        }
        Panel::Choice(ch) => {
            c.text(pid, "the prompt", &ch.prompt);
            if let Some(r) = &ch.reveal {
                c.text(pid, "the reveal", r);
            }
            match &ch.ask {
                Ask::Options(opts) => {
                    if opts.len() < 2 {
                        c.at_id(
                            pid,
                            0,
                            format!("`{pid}`: a choice needs at least two options"),
                        );
                    }
                    for o in opts {
                        c.text(pid, "an option", o);
                    }
                }
                Ask::Guess { min, max, step, .. } => {
                    let sane = [*min, *max, *step].into_iter().all(limits::sane)
                        && min < max
                        && *step > 0.0
                        && (max - min) / step <= 100_000.0;
                    if !sane {
                        c.at_id(
                            pid,
                            0,
                            format!("`{pid}`: a guess needs min < max and a step above 0 (at most 100000 steps)"),
                        );
                    }
                }
            }
        }
        Panel::Recap(r) => c.text(pid, "the heading", &r.heading),
        Panel::Debate(d) => {
            c.text(pid, "the heading", &d.heading);
            if d.questions.is_empty() {
                c.at_id(pid, 0, format!("debate `{pid}` has no question"));
            }
            // "The same participant" needs an unnamed participant before it.
            let mut participant_spoke = false;
            for (i, q) in d.questions.iter().enumerate() {
                c.text(pid, &format!("question {}", i + 1), &q.text);
                voice(c, pid, &q.asked_by, participant_spoke);
                participant_spoke |= q.asked_by == Voice::Participant;
                if q.answers.is_empty() {
                    c.at_id(pid, 0, format!("`{pid}`: question {} has no answer", i + 1));
                }
                for a in &q.answers {
                    c.text(pid, &format!("an answer to question {}", i + 1), &a.text);
                    voice(c, pid, &a.by, participant_spoke);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_definitions_not_references() {
        let text = "Ref(\"a\")\n  id: \"a\",\n id:\"a\"";
        assert_eq!(find_id(text, "a", 0), Some(15));
        assert_eq!(find_id(text, "a", 1), Some(24));
    }

    #[test]
    fn finds_empty_translations() {
        let text = "id: \"x\", t: (fr: \"oui\", en: \"\")";
        assert_eq!(find_empty(text, 0, "en"), Some(24));
        assert_eq!(find_empty(text, 0, "fr"), None);
    }
}
