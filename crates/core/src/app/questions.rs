//! The room's questions for the debate: asked by participants, put on the
//! projector one at a time by the facilitator, marked answered. Bounded in
//! number and length, so no participant can fill the screen's memory.

use serde::{Deserialize, Serialize};

/// Questions kept at once; past it, the oldest answered one goes, and when
/// none is answered a new question is refused.
pub const MAX_QUESTIONS: usize = 100;
/// Characters in one question; longer ones are cut.
pub const MAX_QUESTION_CHARS: usize = 280;
/// Characters in an asker's name.
pub const MAX_NAME_CHARS: usize = 32;
/// Open questions one asker may have waiting.
pub const MAX_OPEN_PER_ASKER: usize = 3;
/// Upvotes kept per question: more than a room.
pub const MAX_VOTERS: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable for the screening: the console and the projector name it by this.
    pub id: u32,
    pub from: String,
    pub text: String,
    pub answered: bool,
    /// How many upvoted it (each voter once).
    #[serde(default)]
    pub votes: u32,
    /// Who upvoted it, by their voter id: kept on the screen and in the log,
    /// never sent to followers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub voters: Vec<String>,
    /// The facilitator took it off the queue without projecting it: it
    /// reaches neither the projector nor the handout.
    #[serde(default)]
    pub hidden: bool,
    /// The panel on screen when it was asked, by id.
    #[serde(default)]
    pub asked_at: Option<String>,
    /// Asked without the asker's name: every view shows "anonymous"; the
    /// name stays on the screen only to bound the asker's share.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
    /// Who asked it, by what they hold (their key, or their seat's token),
    /// not by display name: a share is theirs across a new name, and a
    /// later participant given a freed name starts with none. Empty in
    /// logs from before it was kept: the name stands in.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub asker: String,
}

impl Question {
    /// Just asked: open, with no vote yet.
    pub fn new(id: u32, from: String, text: String, asker: String) -> Question {
        Question {
            id,
            from,
            text,
            answered: false,
            votes: 0,
            voters: Vec::new(),
            hidden: false,
            asked_at: None,
            anonymous: false,
            asker,
        }
    }

    /// Who asked it, as the room sees it.
    pub fn asker(&self, lang: crate::lang::Lang) -> &str {
        if self.anonymous {
            crate::words::of(lang).anonymous
        } else {
            &self.from
        }
    }

    /// Whose share it counts in.
    pub fn asked_by(&self) -> &str {
        if self.asker.is_empty() {
            &self.from
        } else {
            &self.asker
        }
    }
}

/// Characters in an asker's id (a name and what they hold).
pub const MAX_ASKER_CHARS: usize = MAX_NAME_CHARS * 3;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Questions {
    /// In the order they were asked.
    pub items: Vec<Question>,
    /// The question on the projector, by id.
    pub projected: Option<u32>,
    next_id: u32,
}

/// What the facilitator does with the queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionOp {
    /// Puts the next open question (after the one shown) on the projector;
    /// after the last, the projector goes back to the panel.
    ProjectNext,
    /// Puts a question on the projector by id, or takes it off.
    Project(Option<u32>),
    /// Marks a question answered (and takes it off the projector).
    Answered(u32),
    /// Hides a question: off the queue, the projector and the handout.
    Hide(u32),
}

/// Text as a terminal can show it safely: no control characters (an escape
/// sequence would drive the facilitator's terminal) nor anything else
/// [`shown`](crate::content::controls::shown) removes, spaces folded, bounded.
pub fn sanitise(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let text = crate::content::controls::shown_text(text);
    for word in text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.chars().take(max_chars).collect()
}

impl Questions {
    /// A participant's question asked while panel `at` was on screen, its
    /// share counted by `asker` (their id; their name when empty).
    pub fn ask_at(
        &mut self,
        (asker, from): (&str, &str),
        text: &str,
        at: Option<String>,
        anonymous: bool,
    ) -> bool {
        let asked = self.ask_as(asker, from, text);
        if asked && let Some(q) = self.items.last_mut() {
            q.asked_at = at;
            q.anonymous = anonymous;
        }
        asked
    }

    /// A question whose asker is known by name only.
    pub fn ask(&mut self, from: &str, text: &str) -> bool {
        self.ask_as("", from, text)
    }

    /// A participant's question; `false` when refused (empty, too many).
    fn ask_as(&mut self, asker: &str, from: &str, text: &str) -> bool {
        let from = sanitise(from, MAX_NAME_CHARS);
        let text = sanitise(text, MAX_QUESTION_CHARS);
        let asker = sanitise(asker, MAX_ASKER_CHARS);
        if text.is_empty() {
            return false;
        }
        let key = if asker.is_empty() { &from } else { &asker };
        let open_by_asker = self
            .items
            .iter()
            .filter(|q| !q.answered && q.asked_by() == key)
            .count();
        if open_by_asker >= MAX_OPEN_PER_ASKER {
            return false;
        }
        if self.items.len() >= MAX_QUESTIONS {
            let projected = self.projected;
            let Some(k) = self
                .items
                .iter()
                .position(|q| q.answered && Some(q.id) != projected)
            else {
                return false;
            };
            self.items.remove(k);
        }
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        self.items.push(Question::new(id, from, text, asker));
        true
    }

    /// The questions waiting: not answered, not hidden, in the order asked.
    pub fn open(&self) -> impl Iterator<Item = &Question> {
        self.items.iter().filter(|q| !q.answered && !q.hidden)
    }

    /// The questions waiting, the most upvoted first (then the oldest).
    pub fn ranked(&self) -> Vec<&Question> {
        let mut open: Vec<&Question> = self.open().collect();
        open.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.id.cmp(&b.id)));
        open
    }

    /// The question a facilitator's hide applies to: the one on the
    /// projector, else the first in line.
    pub fn next_to_hide(&self) -> Option<u32> {
        self.projected
            .or_else(|| self.ranked().first().map(|q| q.id))
    }

    /// `voter` upvotes question `id`, once; `false` when refused (unknown,
    /// answered, hidden, already upvoted by them, or too many votes).
    pub fn upvote(&mut self, id: u32, voter: &str) -> bool {
        let Some(q) = self.items.iter_mut().find(|q| q.id == id) else {
            return false;
        };
        if q.answered || q.hidden || q.voters.len() >= MAX_VOTERS {
            return false;
        }
        let voter = sanitise(voter, MAX_NAME_CHARS * 3);
        if q.voters.contains(&voter) {
            return false;
        }
        q.voters.push(voter);
        q.votes = u32::try_from(q.voters.len()).unwrap_or(u32::MAX);
        true
    }

    pub fn get(&self, id: u32) -> Option<&Question> {
        self.items.iter().find(|q| q.id == id)
    }

    /// The question on the projector, if any.
    pub fn shown(&self) -> Option<&Question> {
        self.projected.and_then(|id| self.get(id))
    }

    /// Applies a facilitator's operation; says whether anything changed.
    pub fn apply(&mut self, op: QuestionOp) -> bool {
        let before = self.clone();
        match op {
            QuestionOp::ProjectNext => {
                // In the order of the ranking, after the one shown.
                let ranked: Vec<u32> = self.ranked().iter().map(|q| q.id).collect();
                let next = match self
                    .projected
                    .and_then(|p| ranked.iter().position(|&id| id == p))
                {
                    Some(k) => ranked.get(k.saturating_add(1)).copied(),
                    None if self.projected.is_some() => None,
                    None => ranked.first().copied(),
                };
                self.projected = next;
            }
            QuestionOp::Project(id) => {
                let known = id.filter(|&id| self.get(id).is_some());
                self.projected = known;
            }
            QuestionOp::Answered(id) => {
                if let Some(q) = self.items.iter_mut().find(|q| q.id == id) {
                    q.answered = true;
                }
                if self.projected == Some(id) {
                    self.projected = None;
                }
            }
            QuestionOp::Hide(id) => {
                if let Some(q) = self.items.iter_mut().find(|q| q.id == id) {
                    q.hidden = true;
                }
                if self.projected == Some(id) {
                    self.projected = None;
                }
            }
        }
        *self != before
    }

    /// Back from a log: cleaned and bounded like new ones, the ids going on
    /// after the highest kept.
    pub fn restored(items: Vec<Question>) -> Questions {
        let items: Vec<Question> = items
            .into_iter()
            .rev()
            .take(MAX_QUESTIONS)
            .rev()
            .map(|mut q| {
                q.voters.truncate(MAX_VOTERS);
                q.votes = u32::try_from(q.voters.len())
                    .unwrap_or(u32::MAX)
                    .max(q.votes.min(1_000_000));
                Question {
                    from: sanitise(&q.from, MAX_NAME_CHARS),
                    text: sanitise(&q.text, MAX_QUESTION_CHARS),
                    asker: sanitise(&q.asker, MAX_ASKER_CHARS),
                    ..q
                }
            })
            .collect();
        let next_id = items
            .iter()
            .map(|q| q.id.saturating_add(1))
            .max()
            .unwrap_or(0);
        Questions {
            items,
            projected: None,
            next_id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_are_cleaned_bounded_and_limited_per_asker() {
        let mut q = Questions::default();
        assert_eq!(sanitise("ana\x1b[2J", MAX_NAME_CHARS), "ana [2J");
        assert!(q.ask("ana", "Who  checks\nthe\x1b[31m labels?"));
        assert_eq!(q.items[0].text, "Who checks the [31m labels?");
        assert!(!q.ask("ana", " \n\t "), "an empty question is refused");
        assert!(q.ask("ana", &"x".repeat(1000)));
        assert_eq!(q.items[1].text.chars().count(), MAX_QUESTION_CHARS);
        assert!(q.ask("ana", "third"));
        assert!(!q.ask("ana", "fourth"), "three open questions per asker");
        assert!(q.ask("ben", "mine"));
    }

    #[test]
    fn a_share_is_the_participants_not_the_names() {
        let mut q = Questions::default();
        for k in 0..3 {
            assert!(q.ask_at(("ana 1a2b", "ana"), &format!("q{k}"), None, false));
        }
        // The same participant under a new name has no new share.
        assert!(!q.ask_at(("ana 1a2b", "ana 2"), "more?", None, false));
        // Someone else given the freed name starts with none used.
        assert!(q.ask_at(("ana #77", "ana"), "mine?", None, false));
        assert_eq!(q.items.last().map(Question::asked_by), Some("ana #77"));
    }

    #[test]
    fn the_queue_keeps_its_bound_by_dropping_answered_questions_first() {
        let mut q = Questions::default();
        for k in 0..MAX_QUESTIONS {
            assert!(q.ask(&format!("p{k}"), "why?"));
        }
        assert!(!q.ask("late", "and me?"), "full of open questions");
        assert!(q.apply(QuestionOp::Answered(5)));
        assert!(q.ask("late", "and me?"));
        assert_eq!(q.items.len(), MAX_QUESTIONS);
        assert!(q.get(5).is_none());
        assert_eq!(q.items.last().map(|q| q.id), Some(MAX_QUESTIONS as u32));
    }

    #[test]
    fn an_upvoted_question_comes_first_and_a_hidden_one_is_gone() {
        let mut q = Questions::default();
        q.ask("a", "one");
        q.ask("b", "two");
        q.ask("troll", "<script>");
        assert!(q.upvote(1, "key-a"));
        assert!(!q.upvote(1, "key-a"), "once per voter");
        assert!(q.upvote(1, "key-c"));
        assert!(!q.upvote(9, "key-a"), "no such question");
        let ranked: Vec<u32> = q.ranked().iter().map(|q| q.id).collect();
        assert_eq!(ranked, [1, 0, 2]);
        assert_eq!(q.items[1].votes, 2);
        assert!(q.apply(QuestionOp::ProjectNext));
        assert_eq!(q.shown().map(|q| q.id), Some(1), "the most upvoted first");
        assert!(q.apply(QuestionOp::Hide(2)));
        assert!(q.open().all(|q| q.id != 2));
        assert!(!q.upvote(2, "key-b"), "a hidden question takes no vote");
    }

    #[test]
    fn the_facilitator_projects_in_turn_and_marks_answered() {
        let mut q = Questions::default();
        q.ask("a", "one");
        q.ask("b", "two");
        q.ask("c", "three");
        assert!(q.apply(QuestionOp::ProjectNext));
        assert_eq!(q.shown().map(|q| q.text.as_str()), Some("one"));
        assert!(q.apply(QuestionOp::Answered(0)));
        assert_eq!(q.shown(), None);
        assert_eq!(q.open().count(), 2);
        q.apply(QuestionOp::ProjectNext);
        q.apply(QuestionOp::ProjectNext);
        assert_eq!(q.shown().map(|q| q.id), Some(2));
        q.apply(QuestionOp::ProjectNext);
        assert_eq!(q.shown(), None, "after the last, back to the panel");
        assert!(!q.apply(QuestionOp::Project(Some(99))), "no such question");
        let back = Questions::restored(q.items.clone());
        let mut back2 = back.clone();
        back2.ask("d", "four");
        assert_eq!(back2.items.last().map(|q| q.id), Some(3));
    }
}
