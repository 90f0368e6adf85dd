//! Loading and validating: the embedded documentary, and generated ones of 10,
//! 100 and 1,000 episodes × 20 chapters × 10 panels read from disk. The cost
//! per panel should stay flat as the documentary grows (linear growth). And
//! a search typed on the shipped documentary.

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use invisibles::content::load::{Origin, load, load_pre_parsed};

const CHAPTERS: usize = 20;
const PANELS: usize = 10;

fn text(s: &str) -> String {
    format!(
        "(fr: \"{s} (fr), avec quelques mots de plus pour faire une phrase.\", en: \"{s}, with a few more words to make a sentence.\")"
    )
}

/// One episode: every chapter holds the same mix of the panel kinds.
fn episode(e: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Episode(\n    id: \"e{e}\",\n    title: {},\n    chapters: [",
        text(&format!("Episode {e}"))
    );
    for c in 0..CHAPTERS {
        let id = |p: usize| format!("e{e}-c{c}-p{p}");
        let _ = writeln!(
            out,
            "        Chapter(\n            id: \"e{e}-c{c}\",\n            title: {},\n            panels: [",
            text(&format!("Chapter {c}"))
        );
        let panels = [
            format!(
                "Narration(id: \"{}\", heading: {}, body: {})",
                id(0),
                text("Heading"),
                text("Body")
            ),
            format!(
                "Testimony(id: \"{}\", speaker: (name: \"Bilel\", age: 24, role: {}), passages: [{}, {}, {}])",
                id(1),
                text("rider"),
                text("One"),
                text("Two"),
                text("Three")
            ),
            format!(
                "Statistic(id: \"{}\", label: {}, value: Exact(400), unit: (fr: \"€\", en: \"€\"), source: {})",
                id(2),
                text("Pay"),
                text("Source")
            ),
            format!(
                "Statistic(id: \"{}\", label: {}, value: Range(60, 70), unit: (fr: \"h\", en: \"h\"), source: {})",
                id(3),
                text("Hours"),
                text("Source")
            ),
            format!(
                "Statistic(id: \"{}\", label: {}, value: Derived(Div(Ref(\"{}\"), Ref(\"{}\"))), unit: (fr: \"€/h\", en: \"€/h\"), source: {}, chart: Bars([\"{}\"]))",
                id(4),
                text("Hourly"),
                id(2),
                id(3),
                text("Computed"),
                id(2)
            ),
            format!(
                "Statistic(id: \"{}\", label: {}, value: Exact(95), unit: (fr: \"%\", en: \"%\"), source: {}, chart: Gauge(Num(100)))",
                id(5),
                text("Share"),
                text("Source")
            ),
            format!(
                "Debate(id: \"{}\", heading: {}, questions: [Question(asked_by: Participant, text: {}, answers: [Answer(by: Named(\"Henri Poulain\"), text: {})])])",
                id(6),
                text("Debate"),
                text("Question"),
                text("Answer")
            ),
            format!(
                "Choice(id: \"{}\", prompt: {}, ask: Options([{}, {}]), reveal: {})",
                id(7),
                text("Prompt"),
                text("Yes"),
                text("No"),
                text("Reveal")
            ),
            format!(
                "Narration(id: \"{}\", when: Picked(\"{}\", 0), heading: {}, body: {})",
                id(8),
                id(7),
                text("Heading"),
                text("Body")
            ),
            format!("Recap(id: \"{}\", heading: {})", id(9), text("Recap")),
        ];
        assert_eq!(panels.len(), PANELS);
        for p in panels {
            let _ = writeln!(out, "                {p},");
        }
        let _ = writeln!(out, "            ],\n        ),");
    }
    out.push_str("    ],\n)\n");
    out
}

/// Writes a documentary of `n` episodes under the temp folder, once.
fn generate(root: &Path, n: usize) -> PathBuf {
    let dir = root.join(format!("{n}-episodes"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let names: Vec<String> = (0..n).map(|e| format!("{e:04}.ron")).collect();
    for (e, name) in names.iter().enumerate() {
        std::fs::write(dir.join(name), episode(e)).expect("write episode");
    }
    let list: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    let manifest = format!(
        "Manifest(title: {}, subtitle: {}, episodes: [{}])",
        text("Generated"),
        text("Benchmark"),
        list.join(", ")
    );
    std::fs::write(dir.join("manifest.ron"), manifest).expect("write manifest");
    dir
}

fn loading(c: &mut Criterion) {
    c.bench_function("load_embedded", |b| {
        b.iter(|| black_box(load(&Origin::Embedded).expect("loads")))
    });
    // What a release start-up does (`load_to_play`): the form `build.rs`
    // pre-parsed, its figures computed, no validation (the tests do that).
    c.bench_function("load_pre_parsed_embedded", |b| {
        b.iter(|| black_box(load_pre_parsed().expect("loads")))
    });

    let root = std::env::temp_dir().join(format!("invisibles-bench-{}", std::process::id()));
    let mut group = c.benchmark_group("load_generated");
    group.sample_size(10);
    for n in [10, 100, 1000] {
        let dir = generate(&root, n);
        let origin = Origin::Dir(dir);
        // Sanity: it loads, with every panel.
        let doc = load(&origin).unwrap_or_else(|p| panic!("generated documentary: {p:#?}"));
        assert_eq!(doc.timeline.len(), n * CHAPTERS * PANELS);
        drop(doc);
        group.throughput(Throughput::Elements((n * CHAPTERS * PANELS) as u64));
        group.bench_function(format!("{n}_episodes"), |b| {
            b.iter(|| black_box(load(&origin).expect("loads")))
        });
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&root);
}

/// A search on the shipped documentary: the first in a language folds every
/// panel's text once (what each letter typed cost before it was kept); the
/// next letters read what was kept.
fn searching(c: &mut Criterion) {
    use invisibles::app::search::matches;
    use invisibles::content::Lang;
    let mut group = c.benchmark_group("search_embedded");
    group.bench_function("first_letters", |b| {
        b.iter_batched(
            || load_pre_parsed().unwrap_or_else(|e| panic!("{e:?}")),
            |doc| black_box(matches(&doc, Lang::Fr, black_box("livr"))),
            criterion::BatchSize::SmallInput,
        );
    });
    let doc = load_pre_parsed().unwrap_or_else(|e| panic!("{e:?}"));
    let _ = matches(&doc, Lang::Fr, "l");
    group.bench_function("next_letter", |b| {
        b.iter(|| black_box(matches(&doc, Lang::Fr, black_box("livre"))));
    });
    group.bench_function("next_figure", |b| {
        b.iter(|| black_box(matches(&doc, Lang::Fr, black_box("400"))));
    });
    group.finish();
}

criterion_group!(benches, loading, searching);
criterion_main!(benches);
