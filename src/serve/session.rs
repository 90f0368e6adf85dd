//! One participant's session: waits for their terminal (size, `LANG`), then
//! turns their bytes into keys and the room's changes into frames. Frames go
//! out through a writer task that takes one at a time: while a slow client
//! is still receiving, changes pile up as "draw again", and the next frame
//! is the latest state, never a queue. Whatever ends the session (quit,
//! hang-up, idle, a panic), the writer restores their terminal and closes
//! only their channel.

use std::sync::Arc;
use std::time::Duration;

use russh::server::Msg;
use russh::{Channel, ChannelMsg};
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep, sleep_until, timeout};

use super::asks::Asking;
use super::frame::{self, ChannelTerminal};
use super::keys::KeyParser;
use super::progress::Stage;
use super::seats::{Seat, Shared};
use super::writer::{self, Ending, GRACE, Out};
use crate::app::{Participant, ParticipantMsg, participant};
use crate::content::Lang;
use crate::journey::Journey;
use crate::runtime::{Remote, now_millis};
use crate::store::journey;

/// What a client said before asking for its shell.
struct Terminal {
    size: Option<(u16, u16)>,
    lang: Lang,
}

/// Reads the requests before the shell; `None` if the client gives up,
/// asks for something else, or takes too long.
async fn setup(read: &mut russh::ChannelReadHalf, limit: Duration) -> Option<Terminal> {
    let mut term = Terminal {
        size: None,
        lang: Lang::En,
    };
    let deadline = Instant::now().checked_add(limit)?;
    loop {
        let msg = timeout(
            deadline.saturating_duration_since(Instant::now()),
            read.wait(),
        )
        .await;
        match msg.ok()?? {
            ChannelMsg::RequestPty {
                col_width,
                row_height,
                ..
            }
            | ChannelMsg::WindowChange {
                col_width,
                row_height,
                ..
            } => term.size = Some(frame::clamp(col_width, row_height)),
            ChannelMsg::SetEnv {
                variable_name,
                variable_value,
                ..
            } if matches!(variable_name.as_str(), "LANG" | "LC_ALL" | "LC_MESSAGES") => {
                term.lang = if variable_value.starts_with("fr") {
                    Lang::Fr
                } else {
                    Lang::En
                };
            }
            ChannelMsg::RequestShell { .. } => return Some(term),
            ChannelMsg::Exec { .. }
            | ChannelMsg::RequestSubsystem { .. }
            | ChannelMsg::Eof
            | ChannelMsg::Close => return None,
            _ => {}
        }
    }
}

/// Journeys kept in all: each is a file and a lock file, made by anyone who
/// connects with a new name or key; past this, newcomers' are not kept.
const MAX_JOURNEYS: usize = 2000;

/// Their journey's file: by name and key fingerprint, in the serve's folder.
/// Without a key nothing tells two visitors of one name apart, so theirs is
/// not kept (two `ana`s would share one); nor is a new one past [`MAX_JOURNEYS`].
fn journey_path(
    shared: &Shared,
    name: &str,
    fingerprint: Option<&str>,
) -> Option<std::path::PathBuf> {
    let dir = shared.journeys.as_ref()?;
    let key: String = fingerprint?
        .trim_start_matches("SHA256:")
        .chars()
        .take(16)
        .collect();
    let file = journey::safe_name(&format!("{name}-{key}"));
    let path = dir.join(format!("{file}.ron"));
    if path.exists() {
        return Some(path);
    }
    let kept = std::fs::read_dir(dir).map_or(0, |entries| {
        entries
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
            .take(MAX_JOURNEYS)
            .count()
    });
    (kept < MAX_JOURNEYS).then_some(path)
}

pub async fn run(
    shared: Arc<Shared>,
    channel: Channel<Msg>,
    seat: Seat,
    fingerprint: Option<String>,
    progress: Arc<Stage>,
) {
    run_channel(shared, channel, seat, fingerprint, &progress).await;
    // Whatever ended it, the connection goes too.
    progress.end();
}

async fn run_channel(
    shared: Arc<Shared>,
    channel: Channel<Msg>,
    seat: Seat,
    fingerprint: Option<String>,
    progress: &Stage,
) {
    let (mut read, write) = channel.split();
    let Some(term) = setup(&mut read, shared.limits.setup).await else {
        let _ = write.close().await;
        return;
    };
    progress.open();
    let Some((cols, rows)) = term.size else {
        let said = format!("{}\r\n", crate::words::of(term.lang).needs_a_terminal);
        let _ = timeout(GRACE, write.data_bytes(said.into_bytes())).await;
        let _ = timeout(GRACE, write.exit_status(1)).await;
        let _ = write.close().await;
        return;
    };
    let (frames, outbox) = mpsc::channel::<Out>(1);
    // The writer restores their terminal and closes the channel, however the
    // session ends; it is never waited for without a bound.
    let writer = writer::spawn(write, outbox);
    // The journey's own store: locked, atomic, bad files moved aside, saved
    // on its background saver so no key waits on the disk.
    // Off the workers only when there is a journey to look for: each
    // block_in_place hands the worker's duties to another thread.
    let store = fingerprint.as_deref().and_then(|fp| {
        tokio::task::block_in_place(|| {
            journey_path(&shared, &seat.name, Some(fp))
                .map(|path| journey::Store::open(path, journey::StoreOptions::default()))
        })
    });
    let (mut store, journey) = match store {
        Some((store, journey, _troubles)) => (Some(store), journey.unwrap_or_default()),
        None => (None, Journey::default()),
    };
    let voter = match &fingerprint {
        Some(fp) => format!(
            "{} {}",
            seat.name,
            fp.trim_start_matches("SHA256:")
                .chars()
                .take(8)
                .collect::<String>()
        ),
        // Without a key nothing they hold outlasts the connection: a
        // token of this connection's, so a later `ana` never gets her ballots.
        None => format!("{} #{}", seat.name, super::code::new_code()),
    };
    let mut me = Participant::new(shared.doc.clone(), seat.name.clone(), term.lang, &journey)
        .known_as(voter.clone());
    // Who is there: the console counts them, the session log keeps it.
    let present = |here| Remote::Present {
        name: seat.name.clone(),
        here,
    };
    let _ = shared.up.try_send(present(true));
    let mut live = shared.live.clone();
    let mut stop = shared.stop.clone();
    let mut room = live.borrow_and_update().clone();
    participant(&mut me, ParticipantMsg::Live(room.as_deref()));
    let Ok(mut screen) = ChannelTerminal::new(cols, rows) else {
        let _ = shared.up.try_send(present(false));
        writer::finish(frames, writer, Ending::Broken, term.lang, None).await;
        return;
    };
    let mut parser = KeyParser::new();
    let mut asking = Asking::default();
    let mut dirty = true;
    let mut last_key = Instant::now();
    let ending = loop {
        let esc = parser.deadline(now_millis()).map(Duration::from_millis);
        let idle = last_key
            .checked_add(shared.limits.idle)
            .unwrap_or_else(Instant::now);
        tokio::select! {
            msg = read.wait() => {
                let mut keys = Vec::new();
                match msg {
                    Some(ChannelMsg::Data { data }) => {
                        let data = data.get(..shared.limits.input.min(data.len())).unwrap_or_default();
                        keys = parser.feed(data, now_millis());
                        last_key = Instant::now();
                    }
                    Some(ChannelMsg::WindowChange { col_width, row_height, .. }) => {
                        let (c, r) = frame::clamp(col_width, row_height);
                        if screen.resize(c, r).is_err() {
                            break Ending::Broken;
                        }
                    }
                    None | Some(ChannelMsg::Eof | ChannelMsg::Close) => break Ending::HungUp,
                    Some(_) => {}
                }
                if handle(&mut me, room.as_deref(), keys, &shared, (&voter, &mut asking), &mut store) {
                    break Ending::Quit;
                }
                dirty = true;
            }
            changed = live.changed() => {
                if changed.is_err() {
                    break Ending::Stopped;
                }
                room = live.borrow_and_update().clone();
                if participant(&mut me, ParticipantMsg::Live(room.as_deref())).journey {
                    save(&me, &mut store);
                }
                dirty = true;
                if room.as_ref().is_some_and(|l| l.room.ended()) {
                    break Ending::Ended;
                }
            }
            () = sleep(esc.unwrap_or(Duration::from_secs(3600))), if esc.is_some() => {
                let keys = parser.flush(now_millis());
                if handle(&mut me, room.as_deref(), keys, &shared, (&voter, &mut asking), &mut store) {
                    break Ending::Quit;
                }
                dirty = true;
            }
            () = sleep_until(idle) => break Ending::Idle,
            _ = stop.changed() => break Ending::Stopped,
            permit = frames.reserve(), if dirty => {
                // The writer ended: their channel is gone.
                let Ok(permit) = permit else { break Ending::HungUp };
                let area = screen.area();
                match screen.draw(|f| crate::ui::participant::render(&me, room.as_deref(), area, f.buffer_mut())) {
                    Ok(bytes) => permit.send(Out::Frame(bytes)),
                    Err(_) => break Ending::Broken,
                }
                dirty = false;
            }
        }
    };
    let _ = shared.up.try_send(present(false));
    let handout = room
        .as_ref()
        .and_then(|l| l.room.handout().map(str::to_owned));
    writer::finish(frames, writer, ending, term.lang, handout.as_deref()).await;
    // The last save is written before the store (and its lock) goes, off the workers.
    if let Some(store) = store {
        let _ = tokio::task::spawn_blocking(move || drop(store)).await;
    }
    drop(seat);
}

/// Applies their keys; `true` when they quit.
fn handle(
    me: &mut Participant,
    room: Option<&crate::app::Live>,
    keys: Vec<crate::input::Key>,
    shared: &Shared,
    (voter, asking): (&str, &mut Asking),
    store: &mut Option<journey::Store>,
) -> bool {
    let mut journey = false;
    for key in keys {
        let out = participant(me, ParticipantMsg::Key(key, room));
        journey |= out.journey;
        // Refused (a queue is full): they are told, not left believing it counted.
        super::up::send(me, room, out.up, shared, (voter, &mut *asking));
        if out.quit {
            if journey {
                save(me, store);
            }
            return true;
        }
    }
    if journey {
        save(me, store);
    }
    false
}

/// Hands their journey to its store's saver: no session waits on the disk.
fn save(me: &Participant, store: &mut Option<journey::Store>) {
    if let Some(store) = store.as_mut() {
        store.save(&me.journey());
    }
}
