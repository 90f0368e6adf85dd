//! The loaded documentary: the authored model plus what the app derives once
//! (the flat timeline of panels, every figure) so nothing is recomputed per frame.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use super::figures::Figure;
use super::model::{Chapter, Episode, Manifest, Panel, Statistic};
use crate::lang::Lang;

/// Where one panel sits: indices into episodes, chapters and panels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Slot {
    pub episode: usize,
    pub chapter: usize,
    pub panel: usize,
}

/// A panel as a search reads it: all it says, folded, and every number in it.
#[derive(Debug, Clone, Default)]
pub struct Searchable {
    pub text: String,
    pub values: Vec<f64>,
}

#[derive(Debug, Clone)]
pub struct Documentary {
    pub manifest: Manifest,
    pub episodes: Vec<Episode>,
    /// Text files from `assets/`, by path relative to it.
    pub assets: BTreeMap<String, String>,
    /// Every panel in playing order.
    pub timeline: Vec<Slot>,
    /// Computed figures, by statistic id.
    pub figures: HashMap<String, Figure>,
    /// Timeline index of each panel, by id.
    pub panel_index: HashMap<String, usize>,
    /// What a search looks through, per language: made at the first search
    /// in it, then kept (folding the whole text at every letter typed was
    /// most of a search's time).
    searchable: PerLang<Vec<Searchable>>,
    /// Each episode's reading time in minutes, per language: made when a
    /// list or card first says it, not at every frame.
    minutes: PerLang<Vec<u32>>,
}

/// Derived once per language, on first use, then kept with the documentary.
#[derive(Debug, Clone, Default)]
struct PerLang<T>([OnceLock<T>; 2]);

impl<T> PerLang<T> {
    fn get(&self, lang: Lang, make: impl FnOnce() -> T) -> &T {
        let at = match lang {
            Lang::En => 0,
            Lang::Fr => 1,
        };
        self.0[at].get_or_init(make)
    }
}

impl Documentary {
    /// Each panel's words as a search reads them in `lang`, by timeline
    /// index; `make` makes them the first time.
    pub fn searchable(&self, lang: Lang, make: impl FnOnce() -> Vec<Searchable>) -> &[Searchable] {
        self.searchable.get(lang, make)
    }

    /// Each episode's reading time in `lang`, in minutes; `make` makes them
    /// the first time.
    pub fn episode_minutes(&self, lang: Lang, make: impl FnOnce() -> Vec<u32>) -> &[u32] {
        self.minutes.get(lang, make)
    }

    /// The options of the choice panel at timeline index `i` (0 for a guess
    /// or any other panel).
    pub fn options_at(&self, i: usize) -> usize {
        match self.timeline.get(i).map(|s| self.panel(*s)) {
            Some(Panel::Choice(ch)) => match &ch.ask {
                super::model::Ask::Options(o) => o.len(),
                super::model::Ask::Guess { .. } => 0,
            },
            _ => 0,
        }
    }

    pub fn new(
        manifest: Manifest,
        episodes: Vec<Episode>,
        assets: BTreeMap<String, String>,
        figures: HashMap<String, Figure>,
    ) -> Self {
        let mut timeline = Vec::new();
        for (e, ep) in episodes.iter().enumerate() {
            for (c, ch) in ep.chapters.iter().enumerate() {
                for p in 0..ch.panels.len() {
                    timeline.push(Slot {
                        episode: e,
                        chapter: c,
                        panel: p,
                    });
                }
            }
        }
        let mut doc = Documentary {
            manifest,
            episodes,
            assets,
            timeline,
            figures,
            panel_index: HashMap::new(),
            searchable: PerLang::default(),
            minutes: PerLang::default(),
        };
        doc.panel_index = doc
            .timeline
            .iter()
            .enumerate()
            .map(|(i, s)| (doc.panel(*s).id().to_owned(), i))
            .collect();
        doc
    }

    pub fn panel(&self, slot: Slot) -> &Panel {
        &self.chapter(slot).panels[slot.panel]
    }

    pub fn chapter(&self, slot: Slot) -> &Chapter {
        &self.episodes[slot.episode].chapters[slot.chapter]
    }

    pub fn episode(&self, slot: Slot) -> &Episode {
        &self.episodes[slot.episode]
    }

    /// The statistic with this id, wherever it is.
    pub fn statistic(&self, id: &str) -> Option<&Statistic> {
        let i = *self.panel_index.get(id)?;
        match self.panel(self.timeline[i]) {
            Panel::Statistic(s) => Some(s),
            _ => None,
        }
    }

    /// Timeline index of the first panel of each chapter, in order.
    pub fn chapter_starts(&self) -> impl Iterator<Item = usize> + '_ {
        self.timeline
            .iter()
            .enumerate()
            .filter(|(_, s)| s.panel == 0)
            .map(|(i, _)| i)
    }

    /// Timeline index of the first panel of episode `e`, if it has one.
    pub fn episode_start(&self, e: usize) -> Option<usize> {
        self.timeline.iter().position(|s| s.episode == e)
    }
}
