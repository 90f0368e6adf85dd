//! `invisibles console`: the facilitator's second screen. It follows the
//! projected session live (notes, prompts, next panel, clocks, polls) and
//! drives it; it never disturbs the screen, and reconnects by itself.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};

use super::link::{Client, Command, Reason, Status};
use crate::app::Action;
use crate::content::model::Ask;
use crate::content::{Documentary, Lang, Panel};
use crate::input::Key;
use crate::keymap::{self, Mode};
use crate::runtime::{Flow, Input, MAX_TIMER_MINUTES, Program};
use crate::term::{self, Exit};
use crate::ui::theme::{Theme, ThemeKind};
use crate::ui::tr;

/// The discussion timer the facilitator starts with `T` where the chapter
/// suggests no duration, in minutes.
pub const TIMER_MINUTES: u32 = 10;
/// The timer warns this long before it ends: time to invite the quiet voices.
pub const TIMER_WARNING_SECS: u64 = 120;

pub struct Console {
    pub doc: Arc<Documentary>,
    pub lang: Lang,
    pub session: Option<String>,
    pub status: Option<Status>,
    pub connected: bool,
    /// Why the screen refused this console, while it is not connected.
    pub refusal: Option<Reason>,
    /// The chapter list, open with its selection.
    pub list: Option<usize>,
    pub quit: bool,
}

/// What a key does in the console: a command for the screen, or the console's own.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Send(Command),
    None,
}

impl Console {
    pub fn new(doc: Arc<Documentary>, lang: Lang, session: Option<String>) -> Console {
        Console {
            doc,
            lang,
            session,
            status: None,
            connected: false,
            refusal: None,
            list: None,
            quit: false,
        }
    }

    /// Chapters as (episode, chapter, first panel id), for jumping.
    fn chapters(&self) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        for s in &self.doc.timeline {
            if s.panel == 0 {
                out.push((s.episode, s.chapter, self.doc.panel(*s).id().to_owned()));
            }
        }
        out
    }

    /// The keymap's mode for the console as it stands.
    pub fn mode(&self) -> Mode {
        if self.list.is_some() {
            Mode::ConsoleList
        } else {
            Mode::Console
        }
    }

    /// The console's reaction to a key, through the keymap's console modes.
    pub fn key(&mut self, key: Key, now: u64) -> Effect {
        let Some(action) = keymap::action_in(self.mode(), key) else {
            return Effect::None;
        };
        if let Some(sel) = self.list {
            let last = self.chapters().len().saturating_sub(1);
            match action {
                Action::Up => self.list = Some(sel.saturating_sub(1)),
                Action::Down => self.list = Some(sel.saturating_add(1).min(last)),
                Action::Next => {
                    self.list = None;
                    if let Some((_, _, id)) = self.chapters().get(sel) {
                        return Effect::Send(Command::Jump(id.clone()));
                    }
                }
                Action::ForceQuit => self.quit = true,
                _ => self.list = None,
            }
            return Effect::None;
        }
        match action {
            Action::Quit | Action::ForceQuit => {
                self.quit = true;
                Effect::None
            }
            Action::Contents => {
                self.list = Some(self.current_chapter_row());
                Effect::None
            }
            Action::Timer => {
                let running = self
                    .status
                    .as_ref()
                    .and_then(|s| s.timer_end)
                    .is_some_and(|end| end > now);
                Effect::Send(Command::Timer((!running).then(|| self.chapter_minutes())))
            }
            Action::QuestionAnswered => {
                let shown = self
                    .status
                    .as_ref()
                    .and_then(|s| s.room.questions.projected);
                shown.map_or(Effect::None, |id| {
                    Effect::Send(Command::Question(crate::app::QuestionOp::Answered(id)))
                })
            }
            other => match Command::from_action(other) {
                Some(command) => Effect::Send(command),
                None => Effect::None,
            },
        }
    }

    /// The discussion time the chapter on screen suggests, else the default.
    fn chapter_minutes(&self) -> u32 {
        self.status
            .as_ref()
            .and_then(|s| s.panel.as_ref())
            .and_then(|id| self.doc.panel_index.get(id))
            .and_then(|&i| self.doc.chapter(self.doc.timeline[i]).facilitator.as_ref())
            .map_or(TIMER_MINUTES, |f| f.minutes.clamp(1, MAX_TIMER_MINUTES))
    }

    fn current_chapter_row(&self) -> usize {
        let Some(id) = self.status.as_ref().and_then(|s| s.panel.as_ref()) else {
            return 0;
        };
        let Some(&i) = self.doc.panel_index.get(id) else {
            return 0;
        };
        let slot = self.doc.timeline[i];
        self.chapters()
            .iter()
            .position(|(e, c, _)| (*e, *c) == (slot.episode, slot.chapter))
            .unwrap_or(0)
    }
}

fn clock(secs: u64) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

fn panel_name(doc: &Documentary, panel: &Panel, lang: Lang) -> String {
    let (kind_en, kind_fr, name) = match panel {
        Panel::Narration(p) => ("Narration", "Narration", p.heading.get(lang).to_owned()),
        Panel::Testimony(p) => (
            "Testimony",
            "Témoignage",
            p.speaker
                .name
                .clone()
                .unwrap_or_else(|| tr(lang, "Anonymous", "Anonyme").into()),
        ),
        Panel::Statistic(p) => (
            "Figure",
            "Chiffre",
            format!(
                "{} — {}",
                crate::ui::panels::statistic_with_unit(doc, p, lang),
                p.label.get(lang)
            ),
        ),
        Panel::Debate(p) => ("Debate", "Débat", p.heading.get(lang).to_owned()),
        Panel::Choice(p) => ("Question", "Question", p.prompt.get(lang).to_owned()),
        Panel::Recap(p) => ("Recap", "Bilan", p.heading.get(lang).to_owned()),
    };
    format!("[{}] {name}", tr(lang, kind_en, kind_fr))
}

/// Draws the console. Pure: the clock comes in as `now`.
pub fn render(c: &Console, now: u64, area: Rect, buf: &mut Buffer) {
    let theme = Theme::of(ThemeKind::Dark);
    let lang = c.lang;
    let t = |en, fr| tr(lang, en, fr);
    buf.set_style(area, theme.base);
    let link = match (&c.connected, &c.refusal) {
        (true, _) => t("● following the screen", "● relié à l'écran").to_owned(),
        (false, Some(r)) => format!(
            "{} {}",
            t("○ refused by the screen:", "○ refusée par l'écran :"),
            r.message(lang == Lang::Fr)
        ),
        (false, None) => t("○ waiting for the screen…", "○ en attente de l'écran…").to_owned(),
    };
    let title = match &c.session {
        Some(s) => format!(
            " {} « {s} » — {link} ",
            t(
                "Facilitator console, session",
                "Console d'animation, séance"
            )
        ),
        None => format!(
            " {} — {link} ",
            t("Facilitator console", "Console d'animation")
        ),
    };
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(if c.connected { theme.accent } else { theme.dim })
        .title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    let [body, keys] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(2),
    ]));
    let hints: Vec<Span> = keymap::hints(c.mode(), lang)
        .into_iter()
        .flat_map(|(key, hint)| {
            [
                Span::styled(key, theme.accent.add_modifier(Modifier::BOLD)),
                Span::styled(format!(" {hint}  "), theme.dim),
            ]
        })
        .collect();
    Paragraph::new(Line::from(hints))
        .style(theme.dim)
        .wrap(Wrap { trim: true })
        .render(keys, buf);

    if let Some(sel) = c.list {
        let rows: Vec<Line> = c
            .chapters()
            .iter()
            .enumerate()
            .map(|(k, (e, ch, _))| {
                let title = format!(
                    "{} {} · {}",
                    if k == sel { "›" } else { " " },
                    e + 1,
                    c.doc.episodes[*e].chapters[*ch].title.get(lang)
                );
                Line::styled(title, if k == sel { theme.selected } else { theme.base })
            })
            .collect();
        let h = usize::from(body.height);
        let top = sel.saturating_sub(h.saturating_sub(1));
        Paragraph::new(rows.into_iter().skip(top).take(h).collect::<Vec<_>>()).render(body, buf);
        return;
    }

    let Some(status) = &c.status else {
        Paragraph::new(t(
            "Start the screen in another terminal (invisibles --session NAME); this console follows it as soon as it is there.",
            "Lancez l'écran dans un autre terminal (invisibles --session NOM) ; cette console le suit dès qu'il est là.",
        ))
        .wrap(Wrap { trim: true })
        .render(body, buf);
        return;
    };
    let doc = &c.doc;
    let mut lines: Vec<Line> = Vec::new();
    let session_secs = now.saturating_sub(status.session_started);
    let chapter_secs = now.saturating_sub(status.chapter_started);
    let current = status
        .panel
        .as_ref()
        .and_then(|id| doc.panel_index.get(id).copied());
    let state_word = if status.blank {
        t("BLACK SCREEN", "ÉCRAN NOIR")
    } else if status.notice {
        t("content notice on screen", "avertissement à l'écran")
    } else {
        ""
    };
    lines.push(Line::from(vec![
        Span::styled(
            format!("{} {}", t("Session", "Séance"), clock(session_secs)),
            theme.accent,
        ),
        Span::styled(format!("   {state_word}"), theme.notice),
    ]));
    match current {
        None => lines.push(Line::styled(
            if status.at_end {
                t("The end (credits)", "Fin (générique)")
            } else {
                t("Title screen", "Écran titre")
            },
            theme.heading,
        )),
        Some(i) => {
            let slot = doc.timeline[i];
            let chapter = doc.chapter(slot);
            lines.push(Line::styled(
                format!(
                    "{} {} · {} — {} {}/{}",
                    t("Ep.", "Ép."),
                    slot.episode + 1,
                    chapter.title.get(lang),
                    t("panel", "panneau"),
                    slot.panel + 1,
                    chapter.panels.len()
                ),
                theme.heading,
            ));
            lines.push(Line::styled(
                panel_name(doc, doc.panel(slot), lang),
                theme.base,
            ));
            if let Some(f) = &chapter.facilitator {
                let over = chapter_secs > u64::from(f.minutes) * 60;
                lines.push(Line::default());
                lines.push(Line::styled(
                    format!(
                        "{} {} / {}:00{}",
                        t("Chapter", "Chapitre"),
                        clock(chapter_secs),
                        f.minutes,
                        if over {
                            t(
                                "  — over the suggested time",
                                "  — au-delà du temps suggéré",
                            )
                        } else {
                            ""
                        }
                    ),
                    if over { theme.notice } else { theme.accent },
                ));
                lines.push(Line::styled(
                    t("To discuss:", "À discuter :"),
                    theme.heading,
                ));
                for p in &f.prompts {
                    lines.push(Line::styled(format!("  • {}", p.get(lang)), theme.base));
                }
            }
            if let Panel::Choice(ch) = doc.panel(slot)
                && let Ask::Options(opts) = &ch.ask
            {
                let counts = status.polls.get(&ch.id).cloned().unwrap_or_default();
                let total = counts.iter().fold(0u64, |a, n| a.saturating_add(*n));
                lines.push(Line::default());
                lines.push(Line::styled(
                    format!(
                        "{} ({total})",
                        t(
                            "Room poll — ↑↓ choose, +/- count hands",
                            "Vote de la salle — ↑↓ choisir, +/- compter les mains"
                        )
                    ),
                    theme.heading,
                ));
                for (k, o) in opts.iter().enumerate() {
                    let n = counts.get(k).copied().unwrap_or(0);
                    let bar = "█".repeat(crate::app::bar_cells(n, total, 20));
                    let pointer = if k == status.selected { "›" } else { " " };
                    lines.push(Line::from(vec![
                        Span::styled(
                            format!("{pointer} {:>3} ", n),
                            theme.accent.add_modifier(Modifier::BOLD),
                        ),
                        Span::styled(bar, theme.bar),
                        Span::styled(format!(" {}", o.get(lang)), theme.base),
                    ]));
                }
            }
            if let Some(next) = status.next.as_ref().and_then(|id| doc.panel_index.get(id)) {
                lines.push(Line::default());
                lines.push(Line::from(vec![
                    Span::styled(t("Next: ", "Ensuite : "), theme.dim),
                    Span::styled(
                        panel_name(doc, doc.panel(doc.timeline[*next]), lang),
                        theme.dim,
                    ),
                ]));
            }
        }
    }
    if let Some(end) = status.timer_end {
        lines.push(Line::default());
        if end > now {
            let left = end - now;
            let warn = left <= TIMER_WARNING_SECS;
            lines.push(Line::styled(
                format!(
                    "⏱ {} {}{}",
                    clock(left),
                    t("left in the discussion", "de discussion restantes"),
                    if warn {
                        t(
                            " — invite the quiet voices",
                            " — donnez la parole à ceux qui ne l'ont pas prise",
                        )
                    } else {
                        ""
                    }
                ),
                if warn { theme.notice } else { theme.accent },
            ));
        } else {
            lines.push(Line::styled(
                t("⏱ Time is up.", "⏱ Le temps est écoulé."),
                theme.notice,
            ));
        }
    }
    lines.extend(super::queue::lines(&status.room.questions, lang, &theme));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(body, buf);
}

/// The console as a program for the terminal pump: keys go to the keymap's
/// console modes, the screen's news come from the link.
pub struct ConsoleProgram {
    console: Console,
    client: Client,
    dirty: bool,
    /// The second last drawn, so the clocks tick once a second.
    drawn: u64,
}

impl ConsoleProgram {
    pub fn new(console: Console, client: Client) -> ConsoleProgram {
        ConsoleProgram {
            console,
            client,
            dirty: true,
            drawn: 0,
        }
    }
}

impl Program for ConsoleProgram {
    fn input(&mut self, input: Input, now: u64) -> Flow {
        match input {
            Input::Key(key) => {
                if let Effect::Send(cmd) = self.console.key(key, now / 1000) {
                    self.client.send(&cmd);
                }
                self.dirty = true;
            }
            Input::Resize => self.dirty = true,
            Input::Tick => self.dirty |= now / 1000 != self.drawn,
            Input::Remote(_) => {}
        }
        if self.console.quit {
            Flow::Quit
        } else {
            Flow::Go
        }
    }

    fn poll(&mut self, _now: u64) -> Vec<Input> {
        for status in self.client.poll() {
            self.console.status = Some(status);
            self.dirty = true;
        }
        let connected = self.client.connected();
        if connected != self.console.connected {
            self.console.connected = connected;
            self.dirty = true;
        }
        if !connected {
            self.console.status = None;
        }
        let refusal = self.client.refusal();
        if refusal != self.console.refusal.as_ref() {
            self.console.refusal = refusal.cloned();
            self.dirty = true;
        }
        Vec::new()
    }

    fn dirty(&self) -> bool {
        self.dirty
    }

    fn draw<B: Backend>(&mut self, terminal: &mut Terminal<B>, now: u64) -> Result<(), B::Error> {
        let secs = now / 1000;
        terminal.draw(|f| render(&self.console, secs, f.area(), f.buffer_mut()))?;
        self.drawn = secs;
        self.dirty = false;
        Ok(())
    }

    fn deadline(&self, _now: u64) -> Option<u64> {
        None
    }
}

/// Runs the console until `q`: connects (and reconnects) to the screen's socket.
pub fn run(
    doc: Arc<Documentary>,
    lang: Lang,
    path: PathBuf,
    session: Option<String>,
) -> io::Result<Exit> {
    let console = Console::new(doc, lang, session);
    let mut program = ConsoleProgram::new(console, Client::new(path));
    term::run(&mut program)
}
