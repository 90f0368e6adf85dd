//! The documentary as authored in RON: manifest → episodes → chapters → panels.
//!
//! Nothing here knows about terminals. Every type denies unknown fields so a
//! typo in an episode file is an error, not a silently ignored line.

use serde::{Deserialize, Serialize};

pub use crate::lang::Lang;

/// A viewer-facing text, always in both languages.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub fr: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// `episodes/manifest.ron`: what the documentary is and in which order it plays.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub title: Text,
    pub subtitle: Text,
    #[serde(default)]
    pub credits: Vec<Text>,
    /// Episode file names, relative to the manifest, in playing order.
    pub episodes: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Episode {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub summary: Option<Text>,
    /// Whose work the episode shows: its panels take that family's accent
    /// colour. Left out, the episode is drawn in the neutral accent.
    #[serde(default)]
    pub family: Option<Family>,
    pub chapters: Vec<Chapter>,
}

/// The families of workers the documentary follows, and the debate: each
/// has its own accent colour, so a viewer knows by colour whose story runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Family {
    Riders,
    MicroWorkers,
    Moderators,
    Debate,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    pub id: String,
    pub title: Text,
    /// Shown before the chapter's first panel; the viewer may skip the chapter.
    #[serde(default)]
    pub notice: Option<Text>,
    #[serde(default)]
    pub facilitator: Option<Facilitator>,
    pub panels: Vec<Panel>,
}

/// Notes for a workshop facilitator; never shown to a lone viewer.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facilitator {
    /// Suggested duration of the chapter with its discussion, in minutes.
    pub minutes: u32,
    pub prompts: Vec<Text>,
}

/// One screen of the documentary. Each kind has its own view module.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Panel {
    Narration(Narration),
    Testimony(Testimony),
    Statistic(Statistic),
    Debate(Debate),
    Choice(Choice),
    Recap(Recap),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Narration {
    pub id: String,
    #[serde(default)]
    pub notice: Option<Text>,
    /// Shown only when this holds (an answer given, an option picked, a panel seen).
    #[serde(default)]
    pub when: Option<Condition>,
    pub heading: Text,
    pub body: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Testimony {
    pub id: String,
    #[serde(default)]
    pub notice: Option<Text>,
    /// Shown only when this holds (an answer given, an option picked, a panel seen).
    #[serde(default)]
    pub when: Option<Condition>,
    pub speaker: Speaker,
    /// Who the speaker is, shown above the passages.
    #[serde(default)]
    pub intro: Option<Text>,
    /// Retold passages, revealed one at a time.
    pub passages: Vec<Text>,
    /// A text file under `assets/`, drawn beside the passages when there is room.
    #[serde(default)]
    pub portrait: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    /// `None` for a person who testifies anonymously.
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub age: Option<u32>,
    #[serde(default)]
    pub place: Option<Text>,
    pub role: Text,
    #[serde(default)]
    pub platform: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statistic {
    /// Also the figure's name when another statistic derives from it.
    pub id: String,
    #[serde(default)]
    pub notice: Option<Text>,
    /// Shown only when this holds (an answer given, an option picked, a panel seen).
    #[serde(default)]
    pub when: Option<Condition>,
    pub label: Text,
    pub value: Value,
    /// Omitted for a year or a plain count that needs no unit.
    #[serde(default)]
    pub unit: Option<Text>,
    /// The unit's singular, where it differs: used below two in French
    /// (« 1,59 milliard »), at exactly one in English.
    #[serde(default)]
    pub unit_one: Option<Text>,
    /// Where the figure comes from: the report's section, or an outside source.
    pub source: Text,
    #[serde(default)]
    pub context: Option<Text>,
    #[serde(default)]
    pub chart: Option<Chart>,
    /// Decimals shown; derived figures default to two, given ones to as typed.
    #[serde(default)]
    pub decimals: Option<u8>,
}

/// A figure as the source gives it, or computed from other figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Exact(f64),
    /// "sixty to seventy hours": both ends kept, never averaged.
    Range(f64, f64),
    /// Computed by the app; the derivation is shown beside the result.
    Derived(Expr),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Expr {
    /// The value of another statistic, by id.
    Ref(String),
    Num(f64),
    Add(Box<Expr>, Box<Expr>),
    Sub(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
    Div(Box<Expr>, Box<Expr>),
}

/// How a statistic is set against others.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Chart {
    /// Horizontal bars: this figure, then each referenced statistic.
    Bars(Vec<String>),
    /// A gauge filled to this figure out of the given full scale.
    Gauge(Expr),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Debate {
    pub id: String,
    #[serde(default)]
    pub notice: Option<Text>,
    /// Shown only when this holds (an answer given, an option picked, a panel seen).
    #[serde(default)]
    pub when: Option<Condition>,
    pub heading: Text,
    pub questions: Vec<DebateQuestion>,
}

/// A question from the seminar's debate, as the report gives it (the room's
/// own questions are `app::Question`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Question")]
pub struct DebateQuestion {
    pub asked_by: Voice,
    pub text: Text,
    pub answers: Vec<DebateAnswer>,
}

/// An answer in the seminar's debate (a viewer's own answer to a choice is
/// `answer::Answer`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Answer")]
pub struct DebateAnswer {
    pub by: Voice,
    pub text: Text,
}

/// Who speaks in the debate, as the report names them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Voice {
    /// An audience member the report does not name.
    Participant,
    /// The audience member who asked the question, speaking again.
    SameParticipant,
    Named(String),
    /// A named person who speaks up from the room: an interjection, not an
    /// answer to the question.
    FromTheRoom(String),
}

/// A question put to the viewer; their answer is kept in the journey.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    #[serde(default)]
    pub notice: Option<Text>,
    #[serde(default)]
    pub when: Option<Condition>,
    pub prompt: Text,
    pub ask: Ask,
    /// Shown once the viewer has answered.
    #[serde(default)]
    pub reveal: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Ask {
    /// Pick one option ("Would you take this job?").
    Options(Vec<Text>),
    /// Guess a figure, then see the real one beside the guess.
    Guess {
        /// The statistic whose figure is the answer.
        figure: String,
        min: f64,
        max: f64,
        step: f64,
    },
}

/// The viewer's answers in this episode, beside the real figures.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recap {
    pub id: String,
    #[serde(default)]
    pub notice: Option<Text>,
    #[serde(default)]
    pub when: Option<Condition>,
    pub heading: Text,
}

/// When a panel is shown, from what the viewer has done so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    Seen(String),
    Answered(String),
    /// The choice panel and the option, counted from 0.
    Picked(String, usize),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
}

impl Panel {
    pub fn id(&self) -> &str {
        match self {
            Panel::Narration(p) => &p.id,
            Panel::Testimony(p) => &p.id,
            Panel::Statistic(p) => &p.id,
            Panel::Debate(p) => &p.id,
            Panel::Choice(p) => &p.id,
            Panel::Recap(p) => &p.id,
        }
    }

    pub fn when(&self) -> Option<&Condition> {
        match self {
            Panel::Narration(p) => p.when.as_ref(),
            Panel::Testimony(p) => p.when.as_ref(),
            Panel::Statistic(p) => p.when.as_ref(),
            Panel::Debate(p) => p.when.as_ref(),
            Panel::Choice(p) => p.when.as_ref(),
            Panel::Recap(p) => p.when.as_ref(),
        }
    }

    pub fn notice(&self) -> Option<&Text> {
        match self {
            Panel::Narration(p) => p.notice.as_ref(),
            Panel::Testimony(p) => p.notice.as_ref(),
            Panel::Statistic(p) => p.notice.as_ref(),
            Panel::Debate(p) => p.notice.as_ref(),
            Panel::Choice(p) => p.notice.as_ref(),
            Panel::Recap(p) => p.notice.as_ref(),
        }
    }

    /// How many reveal steps the panel has beyond its first view.
    pub fn steps(&self) -> usize {
        match self {
            Panel::Testimony(t) => t.passages.len().saturating_sub(1),
            Panel::Debate(d) => d.questions.iter().map(|q| q.answers.len()).sum(),
            _ => 0,
        }
    }

    pub fn kind_name(&self) -> &'static str {
        match self {
            Panel::Narration(_) => "narration",
            Panel::Testimony(_) => "testimony",
            Panel::Statistic(_) => "statistic",
            Panel::Debate(_) => "debate",
            Panel::Choice(_) => "choice",
            Panel::Recap(_) => "recap",
        }
    }
}

impl Ask {
    /// How many steps a guess has between its minimum and maximum (0 for options).
    pub fn steps(&self) -> u32 {
        match self {
            Ask::Guess { min, max, step, .. } if *step > 0.0 && max > min => {
                // `as` saturates on floats; the `min` keeps it in range.
                ((max - min) / step).floor().min(f64::from(u32::MAX)) as u32
            }
            _ => 0,
        }
    }
}
