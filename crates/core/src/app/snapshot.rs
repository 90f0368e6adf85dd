//! The screening as the screen publishes it to followers (`invisibles
//! serve`): everything a [`Room`] holds, by panel id rather than timeline
//! index, so a follower draws exactly what the room sees. Polls travel as
//! their tallies and guesses, not their voters' names.

use serde::{Deserialize, Serialize};

use super::invitation::Invitation;
use super::poll::{Ballot, Poll};
use super::questions::Questions;
use super::room::{Gate, Room, Screen};
use crate::progress::Progress;

use crate::content::Documentary;

/// Guesses sent for the question on screen: enough for the spread, bounded
/// for the link (other polls travel as tallies only).
pub const MAX_GUESSES: usize = 500;
/// Open questions sent (the one on the projector always is): the console
/// lists a few, and the link's messages stay far under their bound.
pub const MAX_QUESTIONS_SENT: usize = 20;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum At {
    #[default]
    Title,
    Panel(String),
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SnapshotGate {
    Chapter,
    Panel,
    /// The episode's title card (added after the notices: older peers never send it).
    Episode,
}

/// How far one panel has been revealed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Revealed {
    pub revealed: usize,
    pub selected: usize,
    pub steps: Vec<(usize, usize)>,
    pub guess_steps: u32,
}

/// A poll as followers draw it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tally {
    /// Votes per option, hands and ballots together.
    pub counts: Vec<u64>,
    /// The guesses cast, ascending (at most [`MAX_GUESSES`], evenly picked).
    pub guesses: Vec<f64>,
    pub closed: bool,
    /// The answer is on the projector.
    pub revealed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoomSnapshot {
    pub at: At,
    pub notice: Option<SnapshotGate>,
    /// Panels revealed past their start, by id.
    pub progress: Vec<(String, Revealed)>,
    pub chapters_accepted: Vec<String>,
    pub panels_accepted: Vec<String>,
    pub blank: bool,
    pub workshop: bool,
    pub polls: Vec<(String, Tally)>,
    /// The one on the projector and the first open ones.
    pub questions: Questions,
    /// Open questions in all, listed or not.
    pub questions_waiting: usize,
    pub invitation: Option<Invitation>,
    pub invitation_shown: bool,
    /// Choice panels the screen has answered: their reveal is on the projector.
    pub answered: Vec<String>,
    /// The facilitator ended the session, and where the handout is.
    pub ended: bool,
    pub handout: Option<String>,
}

fn id_of(doc: &Documentary, i: usize) -> Option<String> {
    Some(doc.panel(*doc.timeline.get(i)?).id().to_owned())
}

/// Bytes the questions may take in one status, as encoded: RON writes
/// some characters as `\u{…}` escapes, up to ten bytes each, so their count
/// alone does not keep a status under the link's 64 KiB.
pub const QUESTIONS_BUDGET: usize = 24 * 1024;

/// The questions worth sending: the one on the projector, the first open
/// ones, the last answered ones (so their askers see them answered), as many
/// as [`MAX_QUESTIONS_SENT`] and [`QUESTIONS_BUDGET`] allow. Who upvoted
/// stays on the screen: followers get the counts only.
fn sent_questions(all: &Questions) -> Questions {
    let mut kept = all.clone();
    let mut open = 0usize;
    let mut bytes = 0usize;
    let all_answered = all.items.iter().filter(|q| q.answered && !q.hidden).count();
    let mut skip_answered = all_answered.saturating_sub(MAX_QUESTIONS_SENT);
    kept.items.retain(|q| {
        if q.hidden {
            return false;
        }
        if Some(q.id) == all.projected {
            return true;
        }
        if q.answered && skip_answered > 0 {
            skip_answered -= 1;
            return false;
        }
        if !q.answered && open >= MAX_QUESTIONS_SENT {
            return false;
        }
        // Counted without its voters, which are not sent.
        let size =
            ron::to_string(&(q.id, &q.from, &q.text, &q.asker)).map_or(usize::MAX, |t| t.len());
        if bytes.saturating_add(size) > QUESTIONS_BUDGET {
            return false;
        }
        bytes = bytes.saturating_add(size);
        if !q.answered {
            open = open.saturating_add(1);
        }
        true
    });
    for q in &mut kept.items {
        q.voters.clear();
    }
    kept
}

/// Every `len / max`-th value, so a long list keeps its shape within bounds.
fn thinned(values: Vec<f64>, max: usize) -> Vec<f64> {
    if values.len() <= max || max == 0 {
        return values;
    }
    let len = values.len();
    (0..max)
        .filter_map(|k| values.get(k.saturating_mul(len) / max).copied())
        .collect()
}

impl RoomSnapshot {
    pub fn of(doc: &Documentary, room: &Room) -> RoomSnapshot {
        let ids = |flags: &[bool]| -> Vec<String> {
            flags
                .iter()
                .enumerate()
                .filter(|(_, on)| **on)
                .filter_map(|(i, _)| id_of(doc, i))
                .collect()
        };
        RoomSnapshot {
            at: match room.screen() {
                Screen::Title => At::Title,
                Screen::End => At::End,
                Screen::Panel(i) => id_of(doc, i).map_or(At::Title, At::Panel),
            },
            notice: room.gate().map(|g| match g {
                Gate::Chapter => SnapshotGate::Chapter,
                Gate::Panel => SnapshotGate::Panel,
                Gate::Episode => SnapshotGate::Episode,
            }),
            progress: room
                .progress
                .iter()
                .enumerate()
                .filter(|(_, p)| **p != Progress::default())
                .filter_map(|(i, p)| {
                    let revealed = Revealed {
                        revealed: p.revealed,
                        selected: p.selected,
                        steps: p.steps.clone(),
                        guess_steps: p.guess_steps,
                    };
                    Some((id_of(doc, i)?, revealed))
                })
                .collect(),
            chapters_accepted: ids(&room.accepted_chapters),
            panels_accepted: ids(&room.accepted_panels),
            blank: room.blank,
            workshop: room.workshop,
            polls: room
                .polls
                .iter()
                .filter_map(|(&i, poll)| {
                    let options = doc.options_at(i);
                    let on_screen = room.screen() == Screen::Panel(i);
                    let tally = Tally {
                        counts: poll.tally(options),
                        guesses: if on_screen {
                            thinned(poll.guesses(), MAX_GUESSES)
                        } else {
                            Vec::new()
                        },
                        closed: poll.closed,
                        revealed: poll.revealed,
                    };
                    Some((id_of(doc, i)?, tally))
                })
                .collect(),
            questions: sent_questions(&room.questions),
            questions_waiting: room.questions.open().count(),
            invitation: room.invitation.clone(),
            invitation_shown: room.invitation_shown,
            answered: Vec::new(),
            ended: room.ended,
            handout: room.handout.clone(),
        }
    }

    /// With the choice panels the screen answered (its viewer's answers).
    pub fn with_answered(
        mut self,
        doc: &Documentary,
        answered: impl Iterator<Item = usize>,
    ) -> Self {
        self.answered = answered.filter_map(|i| id_of(doc, i)).collect();
        self
    }

    /// The answered choice panels, by timeline index.
    pub fn answered(&self, doc: &Documentary) -> std::collections::BTreeSet<usize> {
        (self.answered.iter())
            .filter_map(|id| doc.panel_index.get(id).copied())
            .collect()
    }

    /// The room again, on the follower's side; ids it does not know are left out.
    pub fn room(&self, doc: &Documentary) -> Room {
        let mut room = Room::new(doc);
        let index = |id: &str| doc.panel_index.get(id).copied();
        room.screen = match &self.at {
            At::Title => Screen::Title,
            At::End => Screen::End,
            At::Panel(id) => index(id).map_or(Screen::Title, Screen::Panel),
        };
        if matches!(room.screen(), Screen::Panel(_)) {
            room.gate = self.notice.map(|n| match n {
                SnapshotGate::Chapter => Gate::Chapter,
                SnapshotGate::Panel => Gate::Panel,
                SnapshotGate::Episode => Gate::Episode,
            });
        }
        for (id, r) in &self.progress {
            if let Some(p) = index(id).and_then(|i| room.progress.get_mut(i)) {
                *p = Progress {
                    revealed: r.revealed,
                    selected: r.selected,
                    steps: r.steps.clone(),
                    guess_steps: r.guess_steps,
                };
            }
        }
        for (ids, flags) in [
            (&self.chapters_accepted, &mut room.accepted_chapters),
            (&self.panels_accepted, &mut room.accepted_panels),
        ] {
            for id in ids {
                if let Some(flag) = index(id).and_then(|i| flags.get_mut(i)) {
                    *flag = true;
                }
            }
        }
        room.blank = self.blank;
        room.workshop = self.workshop;
        for (id, tally) in &self.polls {
            let Some(i) = index(id) else { continue };
            // The counts come back as hands: the view draws tallies, never names.
            let poll = Poll {
                hands: tally.counts.clone(),
                ballots: tally
                    .guesses
                    .iter()
                    .take(MAX_GUESSES)
                    .enumerate()
                    .map(|(k, v)| (format!("#{k:04}"), Ballot::Guessed(*v)))
                    .collect(),
                closed: tally.closed,
                revealed: tally.revealed,
            };
            room.polls.insert(i, poll);
        }
        room.questions = self.questions.clone();
        room.invitation = self.invitation.clone();
        room.invitation_shown = self.invitation_shown && self.invitation.is_some();
        room.ended = self.ended;
        room.handout = (self.handout.as_deref())
            .map(|h| crate::app::questions::sanitise(h, crate::app::room::MAX_HANDOUT_CHARS));
        room
    }
}
