//! `invisibles console`: the facilitator's second screen. It follows the
//! projected session live (notes, prompts, next panel, clocks, polls) and
//! drives it; it never disturbs the screen, and reconnects by itself.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};

use super::link::{Client, Command, Status};
use super::session::unix_now;
use crate::app::Action;
use crate::content::limits::{bar_cells, poll_total};
use crate::content::model::Ask;
use crate::content::{Documentary, Lang, Panel};
use crate::term::{self, Exit, Signals};
use crate::ui::theme::{Theme, ThemeKind};
use crate::ui::tr;

/// The discussion timer the facilitator starts with `T`, in minutes.
pub const TIMER_MINUTES: u32 = 10;
/// The timer warns this long before it ends: time to invite the quiet voices.
pub const TIMER_WARNING_SECS: u64 = 120;

pub struct Console {
    pub doc: Arc<Documentary>,
    pub lang: Lang,
    pub session: Option<String>,
    pub status: Option<Status>,
    pub connected: bool,
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

    /// The console's reaction to a key.
    pub fn key(&mut self, key: KeyEvent, now: u64) -> Effect {
        if key.kind == KeyEventKind::Release {
            return Effect::None;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        if let Some(sel) = self.list {
            let last = self.chapters().len().saturating_sub(1);
            match key.code {
                KeyCode::Up | KeyCode::Char('k') => self.list = Some(sel.saturating_sub(1)),
                KeyCode::Down | KeyCode::Char('j') => self.list = Some((sel + 1).min(last)),
                KeyCode::Enter => {
                    self.list = None;
                    if let Some((_, _, id)) = self.chapters().get(sel) {
                        return Effect::Send(Command::Jump(id.clone()));
                    }
                }
                KeyCode::Esc | KeyCode::Char('t') | KeyCode::Tab | KeyCode::Char('q') => {
                    self.list = None
                }
                KeyCode::Char('c') if ctrl => self.quit = true,
                _ => {}
            }
            return Effect::None;
        }
        let act = |a| Effect::Send(Command::Act(a));
        match key.code {
            KeyCode::Char('c') if ctrl => {
                self.quit = true;
                Effect::None
            }
            KeyCode::Char('q') => {
                self.quit = true;
                Effect::None
            }
            KeyCode::Right | KeyCode::Enter | KeyCode::PageDown | KeyCode::Char(' ' | 'l') => {
                act(Action::Next)
            }
            KeyCode::Left | KeyCode::Backspace | KeyCode::PageUp | KeyCode::Char('h') => {
                act(Action::Back)
            }
            KeyCode::Up | KeyCode::Char('k') => act(Action::Up),
            KeyCode::Down | KeyCode::Char('j') => act(Action::Down),
            KeyCode::Char('.') | KeyCode::Char('b') => act(Action::Blank),
            KeyCode::Char('n') => act(Action::NextChapter),
            KeyCode::Char('p') => act(Action::PrevChapter),
            KeyCode::Char('s') => act(Action::Skip),
            KeyCode::Char('+' | '=') => act(Action::Vote(1)),
            KeyCode::Char('-') => act(Action::Vote(-1)),
            KeyCode::Char('P') => act(Action::TogglePresent),
            KeyCode::Char('L') => act(Action::ToggleLang),
            KeyCode::Char(c @ '1'..='9') => act(Action::Episode(c as u8 - b'0')),
            KeyCode::Char('t') | KeyCode::Tab => {
                let current = self.current_chapter_row();
                self.list = Some(current);
                Effect::None
            }
            KeyCode::Char('T') => {
                let running = self
                    .status
                    .as_ref()
                    .and_then(|s| s.timer_end)
                    .is_some_and(|end| end > now);
                Effect::Send(Command::Timer((!running).then_some(TIMER_MINUTES)))
            }
            _ => Effect::None,
        }
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
    let link = if c.connected {
        t("● following the screen", "● relié à l'écran")
    } else {
        t("○ waiting for the screen…", "○ en attente de l'écran…")
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
    let help = t(
        "→ next  ← back  ↑↓ choose  . black screen  n/p chapter  t jump  +/- votes  s skip notice  T timer  P projector  q quit",
        "→ suivant  ← retour  ↑↓ choisir  . écran noir  n/p chapitre  t aller à  +/- votes  s passer  T minuteur  P projecteur  q quitter",
    );
    Paragraph::new(help)
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
                let total = poll_total(&counts);
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
                    let bar = "█".repeat(bar_cells(n, total, 20, false));
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
            if let Some(next) = doc.timeline.get(i + 1) {
                lines.push(Line::default());
                lines.push(Line::from(vec![
                    Span::styled(t("Next: ", "Ensuite : "), theme.dim),
                    Span::styled(panel_name(doc, doc.panel(*next), lang), theme.dim),
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
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(body, buf);
}

/// Runs the console until `q`: connects (and reconnects) to the screen's socket.
pub fn run(
    doc: Arc<Documentary>,
    lang: Lang,
    path: PathBuf,
    session: Option<String>,
) -> io::Result<Exit> {
    let signals = Signals::register()?;
    term::watch_hangup();
    let mut terminal = term::enter()?;
    let mut console = Console::new(doc, lang, session);
    let mut client = Client::new(path);
    let result = (|| -> io::Result<Exit> {
        event::poll(Duration::ZERO)?;
        loop {
            if let Some(sig) = signals.pending() {
                return Ok(Exit::Signal(sig));
            }
            for status in client.poll() {
                console.status = Some(status);
            }
            console.connected = client.connected();
            if !console.connected {
                console.status = None;
            }
            let now = unix_now();
            terminal.draw(|f| render(&console, now, f.area(), f.buffer_mut()))?;
            if console.quit {
                return Ok(Exit::Quit);
            }
            // Keys, and a tick for the screen's news and the clocks.
            let input = event::poll(term::TICK)?;
            while input && event::poll(Duration::ZERO)? {
                match event::read()? {
                    Event::Key(key) => {
                        if let Effect::Send(cmd) = console.key(key, unix_now()) {
                            client.send(&cmd);
                        }
                    }
                    Event::Resize(..) => {
                        let size = terminal.size()?;
                        terminal.resize(Rect::new(0, 0, size.width, size.height))?;
                    }
                    _ => {}
                }
            }
        }
    })();
    term::restore();
    result
}
