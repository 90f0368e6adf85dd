//! Every figure of the source has its box, with the right value, kind and
//! comparison; guesses reveal the real figure.

use super::*;

/// Every figure of the source, by statistic id, with the value the app shows
/// (derived ones computed). Losing one, or changing its value, fails here.
const FIGURES: &[(&str, f64, f64)] = &[
    // Prologue: the three families, the series.
    ("prologue-episodes", 4.0, 4.0),
    ("prologue-director-france5-years", 10.0, 10.0),
    ("prologue-director-advertising-years", 10.0, 10.0),
    ("prologue-riders-france", 30_000.0, 30_000.0),
    ("prologue-drivers-france", 20_000.0, 20_000.0),
    // In millions: "90 million people", not "90,000,000 people".
    ("prologue-microworkers-world", 90.0, 90.0),
    ("prologue-microworkers-france", 300_000.0, 300_000.0),
    // Riders: Bilel and Zlat.
    ("riders-bilel-hours", 60.0, 70.0),
    ("riders-bilel-pay", 400.0, 400.0),
    ("riders-bilel-hourly", 400.0 / 70.0, 400.0 / 60.0),
    ("riders-bilel-urssaf-rate", 24.0, 24.0),
    ("riders-bilel-urssaf-amount", 96.0, 96.0),
    ("riders-bilel-after-urssaf", 304.0, 304.0),
    ("riders-bilel-deposit", 80.0, 80.0),
    ("riders-bilel-span", 17.0, 17.0),
    ("riders-bilel-wait", 3.0, 3.0),
    ("riders-zlat-months", 6.0, 6.0),
    ("riders-zlat-daily-pay", 100.0, 100.0),
    ("riders-zlat-span", 17.0, 17.0),
    ("riders-zlat-hourly", 100.0 / 17.0, 100.0 / 17.0),
    ("riders-zlat-week-span", 119.0, 119.0),
    ("riders-zlat-weekly-hours", 70.0, 70.0),
    ("riders-zlat-weekly-pay", 700.0, 700.0),
    ("riders-zlat-hourly-stated", 10.0, 10.0),
    ("riders-zlat-bonus", 40.0, 40.0),
    ("riders-zlat-bonus-deliveries", 15.0, 15.0),
    ("riders-zlat-minutes-per-delivery", 12.0, 12.0),
    // Micro-workers.
    ("micro-workers-rater-career-break", 12.0, 12.0),
    ("micro-workers-rater-years-intro", 3.0, 3.0),
    ("micro-workers-rater-years-own", 3.5, 3.5),
    ("micro-workers-rater-planned-hours", 2.0, 2.0),
    ("micro-workers-nomena-days", 6.0, 6.0),
    ("micro-workers-nomena-weekly-hours", 48.0, 48.0),
    ("micro-workers-nomena-monthly-pay", 200.0, 200.0),
    ("micro-workers-nomena-promised-rate", 2.86, 2.86),
    ("micro-workers-nomena-monthly-hours", 208.0, 208.0),
    (
        "micro-workers-nomena-hourly-pay",
        200.0 / 208.0,
        200.0 / 208.0,
    ),
    ("micro-workers-marolafy-tasks", 812.0, 812.0),
    ("micro-workers-marolafy-pay", 30.0, 30.0),
    (
        "micro-workers-marolafy-pay-per-task",
        3000.0 / 812.0,
        3000.0 / 812.0,
    ),
    // Moderators.
    ("moderators-barcelona-operators", 800.0, 800.0),
    ("moderators-barcelona-reviews", 300.0, 600.0),
    ("moderators-facebook-monthly-users", 2.38, 2.38),
    ("moderators-facebook-daily-users", 1.59, 1.59),
    ("moderators-chris-reading-hours", 6.0, 6.0),
    ("moderators-chris-tickets", 500.0, 500.0),
    ("moderators-chris-ugly-high", 50.0, 50.0),
    ("moderators-chris-ugly-low", 5.0, 5.0),
    ("moderators-chris-ugly-share-high", 10.0, 10.0),
    ("moderators-chris-ugly-share-low", 1.0, 1.0),
    ("moderators-chris-jobs", 3.0, 3.0),
    // Debate: only the cards that carry the argument (issue 20); its other
    // figures are in the text, pinned by `figures_without_a_card_stay_in_the_text`.
    ("debate-riders-undocumented-share", 30.0, 30.0),
    ("debate-moderators-depression-share", 95.0, 95.0),
    ("debate-christchurch-minutes", 18.0, 18.0),
    // The one outside figure, with its source on the sources page.
    ("sources-smic-2020-hourly", 10.15, 10.15),
    ("sources-smic-2020-monthly", 1539.42, 1539.42),
];
#[test]
fn every_figure_of_the_source_has_its_statistic_box() {
    let doc = shipped();
    for (id, lo, hi) in FIGURES {
        let Some(stat) = doc.statistic(id) else {
            panic!("no statistic box `{id}`");
        };
        let f = doc.figures[*id];
        assert!(
            (f.lo - lo).abs() < 1e-9 && (f.hi - hi).abs() < 1e-9,
            "`{id}` ({}) is {}–{}, expected {lo}–{hi}",
            stat.label.en,
            f.lo,
            f.hi
        );
        assert!(!stat.source.en.is_empty() && !stat.source.fr.is_empty());
    }
}
#[test]
fn hourly_pay_is_set_against_the_minimum_wage() {
    let doc = shipped();
    for id in [
        "riders-bilel-hourly",
        "riders-zlat-hourly",
        "riders-zlat-hourly-stated",
        "micro-workers-nomena-hourly-pay",
    ] {
        let stat = doc.statistic(id).unwrap_or_else(|| panic!("no `{id}`"));
        assert!(
            matches!(stat.value, invisibles::content::model::Value::Derived(_)),
            "{id} is computed"
        );
        assert!(
            matches!(&stat.chart, Some(invisibles::content::model::Chart::Bars(ids)) if ids.iter().any(|i| i == "sources-smic-2020-hourly")),
            "{id} is compared with the SMIC"
        );
    }
    let smic = doc
        .statistic("sources-smic-2020-hourly")
        .unwrap_or_else(|| panic!("no SMIC"));
    assert!(smic.source.en.contains("Outside the report"));
}
/// Ordinals are written in the text, never drawn as headline figures.
#[test]
fn no_ordinal_is_a_headline_figure() {
    let doc = shipped();
    for s in &doc.timeline {
        if let Panel::Statistic(st) = doc.panel(*s)
            && let Some(u) = &st.unit
        {
            for suffix in ["e ", "er ", "th ", "st ", "nd ", "rd "] {
                assert!(
                    !u.fr.starts_with(suffix) && !u.en.starts_with(suffix),
                    "`{}`",
                    st.id
                );
            }
        }
    }
}
/// Issue 20: the figures whose cards went (trivial, or near-duplicates) are
/// still told in the text.
#[test]
fn figures_without_a_card_stay_in_the_text() {
    let doc = shipped();
    let fr = words(&doc, Lang::Fr);
    for needle in [
        "trois frères",
        "depuis plus de deux ans",
        "créé en 2008",
        "depuis 2016",
        "l'automne 2019",
        "la moitié de leur recette",
        "deux ans plus tôt",
        "dix fois moins cher",
        "entrepôts français un mois",
        "au bout de quatre mois",
        "six images",
        "plus de 2 milliards de comptes",
        "2007 et 2008",
        "trois sortes de chauffeurs",
        "sauf les deux Malgaches",
        "Vers 2018, deux ans avant la séance",
    ] {
        assert!(fr.contains(needle), "{needle} is missing");
    }
}
/// Issue 20: polls and guesses. A guess in the prologue on a figure of the
/// report; reveals for the guesses; "both" among the answers to who checks.
#[test]
fn guesses_reveal_and_who_checks_has_both() {
    let doc = shipped();
    let prologue = doc
        .episodes
        .iter()
        .find(|e| e.id == "prologue")
        .unwrap_or_else(|| panic!("no prologue"));
    assert!(
        prologue
            .chapters
            .iter()
            .flat_map(|c| &c.panels)
            .any(|p| matches!(p, Panel::Choice(c) if matches!(c.ask, Ask::Guess { .. }))),
        "no guess in the prologue"
    );
    for id in [
        "prologue-guess-microworkers-france",
        "riders-guess-bilel-hourly",
        "micro-workers-guess-nomena-hourly",
    ] {
        match doc.panel(doc.timeline[doc.panel_index[id]]) {
            Panel::Choice(c) => {
                let reveal = c
                    .reveal
                    .as_ref()
                    .unwrap_or_else(|| panic!("{id}: no reveal"));
                assert!(
                    reveal.fr.chars().any(|c| c.is_ascii_digit()),
                    "{id}: the reveal gives the figure"
                );
            }
            _ => panic!("{id} is a choice"),
        }
    }
    match doc.panel(doc.timeline[doc.panel_index["micro-workers-ask-who-checks"]]) {
        Panel::Choice(c) => match &c.ask {
            Ask::Options(opts) => {
                assert!(opts.iter().any(|o| o.fr == "Les deux" && o.en == "Both"));
                let reveal = c.reveal.as_ref().map(|r| r.fr.as_str()).unwrap_or("");
                assert!(reveal.contains("la machine a le dernier mot"));
            }
            _ => panic!("who-checks offers options"),
        },
        _ => panic!("micro-workers-ask-who-checks is a choice"),
    }
}
