//! Semantic checks that parsing cannot do: ids, translations, references,
//! assets, derivations. Every problem is reported, not only the first, each
//! at the token at fault (see `locate.rs`).

use std::collections::{BTreeMap, HashMap};

use super::diagnostic::Diagnostic;
use super::figures::{self, Figure, FigureError};
use super::model::{Ask, Chart, Choice, Condition, Episode, Manifest, Panel, Statistic};
use super::source::SourceFile;

mod conditions;
mod locate;
mod panels;

use conditions::check_condition;
use locate::{Checker, Place, Site};

/// Checks everything a parsed documentary refers to. `complete` is false
/// when an episode file could not be read: a reference that finds nothing
/// may then point into that file, so it is not reported as unknown.
pub fn validate(
    manifest_file: &SourceFile,
    manifest: &Manifest,
    episodes: &[(SourceFile, Episode)],
    assets: &BTreeMap<String, String>,
    asset_errors: &BTreeMap<String, String>,
    complete: bool,
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
        let place = Place {
            id: "manifest",
            nth: 0,
        };
        c.text(place, "title", &manifest.title);
        c.text(place, "subtitle", &manifest.subtitle);
        for t in &manifest.credits {
            c.text(place, "a credit", t);
        }
    }

    // Ids are one namespace: episodes, chapters and panels are all addressed by id
    // (by the journey, the table of contents and derived figures).
    let mut seen: HashMap<String, Site> = HashMap::new();
    let mut stats: HashMap<&str, (&Statistic, Site)> = HashMap::new();
    let mut choices: HashMap<&str, (&Choice, Site)> = HashMap::new();
    let mut conditions: Vec<(Site, &str, &Condition)> = Vec::new();
    for (fi, (file, episode)) in episodes.iter().enumerate() {
        let mut c = Checker {
            file,
            out: &mut out,
        };
        let mut per_file: HashMap<String, usize> = HashMap::new();
        // Registers a definition of `id`; returns which one of the file it is.
        let mut define = |c: &mut Checker, id: &str| -> usize {
            let nth = per_file.get(id).copied().unwrap_or(0);
            per_file.insert(id.to_owned(), nth.saturating_add(1));
            let place = Place { id, nth };
            if id.trim().is_empty() {
                c.at_id(place, "an id is empty".into());
            } else if let Some(&(ffi, fnth)) = seen.get(id) {
                let first = locate::where_is(&episodes[ffi].0, Place { id, nth: fnth }, file);
                c.at_id(
                    place,
                    format!("duplicate id `{id}` (first used at {first})"),
                );
            } else {
                seen.insert(id.to_owned(), (fi, nth));
            }
            nth
        };
        let nth = define(&mut c, &episode.id);
        let here = Place {
            id: &episode.id,
            nth,
        };
        c.text(here, "the episode title", &episode.title);
        if let Some(s) = &episode.summary {
            c.text(here, "the summary", s);
        }
        if episode.chapters.is_empty() {
            let id = &episode.id;
            c.at_token(
                here,
                "chapters:",
                0,
                format!("episode `{id}` has no chapter"),
            );
        }
        for chapter in &episode.chapters {
            let nth = define(&mut c, &chapter.id);
            let here = Place {
                id: &chapter.id,
                nth,
            };
            panels::chapter(&mut c, here, chapter);
            for panel in &chapter.panels {
                let pid = panel.id();
                let nth = define(&mut c, pid);
                let here = Place { id: pid, nth };
                if let Some(n) = panel.notice() {
                    c.text(here, "the content notice", n);
                }
                panels::check_panel(&mut c, here, panel, assets, asset_errors);
                if let Panel::Statistic(s) = panel {
                    stats.entry(pid).or_insert((s, (fi, nth)));
                }
                if let Panel::Choice(ch) = panel {
                    choices.entry(pid).or_insert((ch, (fi, nth)));
                }
                if let Some(cond) = panel.when() {
                    conditions.push(((fi, nth), pid, cond));
                }
            }
        }
    }
    // A reference that finds nothing is worth reporting only if every file was read.
    let known = |id: &str| complete || seen.contains_key(id);

    // Conditions name panels that exist, and choices that can answer them.
    let refs = conditions::Refs {
        ids: &seen,
        choices: &choices,
        complete,
    };
    for ((fi, nth), pid, cond) in conditions {
        let place = Place { id: pid, nth };
        check_condition(&mut checker(episodes, &mut out, fi), place, cond, &refs);
    }
    // A guess is checked against a real figure.
    for (&cid, &(choice, (fi, nth))) in &choices {
        if let Ask::Guess { figure, .. } = &choice.ask
            && !stats.contains_key(figure.as_str())
            && known(figure)
        {
            let what = if seen.contains_key(figure) {
                "is not a statistic"
            } else {
                "is unknown"
            };
            checker(episodes, &mut out, fi).at_ref(
                Place { id: cid, nth },
                figure,
                format!("`{cid}`: the guessed figure `{figure}` {what}"),
            );
        }
    }

    // References between statistics, then the figures themselves.
    let lone: HashMap<&str, &Statistic> = stats.iter().map(|(&k, &(s, _))| (k, s)).collect();
    for (&sid, &(stat, (fi, nth))) in &stats {
        let mut read = Vec::new();
        match &stat.chart {
            Some(Chart::Bars(ids)) => read.extend(ids.iter().cloned()),
            Some(Chart::Gauge(scale)) => figures::refs(scale, &mut read),
            None => {}
        }
        for r in read {
            if !stats.contains_key(r.as_str()) && known(&r) {
                let what = if seen.contains_key(&r) {
                    "is not a statistic"
                } else {
                    "is unknown"
                };
                let message = format!("`{sid}`: the chart's figure `{r}` {what}");
                checker(episodes, &mut out, fi).at_ref(Place { id: sid, nth }, &r, message);
            }
        }
    }
    let (figures, errors) = figures::compute_all(&lone);
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
        let Some(&(_, (fi, nth))) = stats.get(sid.as_str()) else {
            continue;
        };
        let place = Place { id: &sid, nth };
        let mut c = checker(episodes, &mut out, fi);
        match &err {
            // A broken input makes every figure built on it fail too: report the root once.
            FigureError::UnknownRef(r) if stats.contains_key(r.as_str()) => {}
            FigureError::UnknownRef(r) if !known(r) => {}
            FigureError::UnknownRef(r) if seen.contains_key(r) => c.at_ref(
                place,
                r,
                format!("`{sid}`: derives from `{r}`, which is not a statistic"),
            ),
            FigureError::UnknownRef(r) => c.at_ref(place, r, format!("`{sid}`: {err}")),
            // The cycle closes at the reference to the next statistic in it.
            FigureError::Cycle(path) => match path.get(1) {
                Some(next) => c.at_ref(place, next, format!("`{sid}`: {err}")),
                None => c.at_id(place, format!("`{sid}`: {err}")),
            },
            _ => c.at_token(place, "value:", 0, format!("`{sid}`: {err}")),
        }
    }
    for (&sid, &(stat, (fi, nth))) in &stats {
        if let Some(Chart::Gauge(scale)) = &stat.chart
            && let Some(message) = super::figures::gauge_problem(scale, &figures)
        {
            let place = Place { id: sid, nth };
            checker(episodes, &mut out, fi).at_token(
                place,
                "Gauge",
                0,
                format!("`{sid}`: {message}"),
            );
        }
    }
    out.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    out.dedup();
    (figures, out)
}

/// A checker for the `fi`th episode file.
fn checker<'a>(
    episodes: &'a [(SourceFile, Episode)],
    out: &'a mut Vec<Diagnostic>,
    fi: usize,
) -> Checker<'a> {
    Checker {
        file: &episodes[fi].0,
        out,
    }
}
