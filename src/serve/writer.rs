//! The task that writes to one participant's channel. A client that stops
//! reading makes `data_bytes` wait for window space, and a client that
//! vanishes makes it wait for ever: so the session never waits on the writer
//! without a bound, and a hang-up aborts it at once (its buffers go with it).

use std::time::Duration;

use russh::ChannelWriteHalf;
use russh::server::Msg;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::frame::{ENTER, LEAVE};
use crate::content::Lang;

/// How long a participant who is still there gets to receive their goodbye.
pub const GRACE: Duration = Duration::from_secs(2);

/// What the session hands the writer.
pub enum Out {
    /// The latest frame (the outbox holds one: latest state wins).
    Frame(Vec<u8>),
    /// Their terminal back, then these words, then the channel closes.
    Bye(String),
}

/// Why a session ended: what they are told, if they can still be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// They pressed `q`.
    Quit,
    /// Their channel or connection is gone: nobody to write to.
    HungUp,
    /// No key for the idle limit.
    Idle,
    /// The server stops (a signal).
    Stopped,
    /// Their terminal could not be drawn.
    Broken,
    /// The facilitator ended the session.
    Ended,
}

impl Ending {
    /// The last line on their terminal, after it is restored.
    pub fn words(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Ending::Quit | Ending::HungUp, _) => "",
            (Ending::Idle, Lang::Fr) => {
                "Invisibles : session terminée après une longue inactivité.\r\n"
            }
            (Ending::Idle, _) => "Invisibles: session ended after a long time without a key.\r\n",
            (Ending::Stopped, Lang::Fr) => {
                "Invisibles : la salle est fermée. Merci, au revoir !\r\n"
            }
            (Ending::Stopped, _) => "Invisibles: the room has closed. Thank you, goodbye!\r\n",
            (Ending::Broken, Lang::Fr) => {
                "Invisibles : votre terminal n'a pas pu être dessiné.\r\n"
            }
            (Ending::Broken, _) => "Invisibles: your terminal could not be drawn.\r\n",
            (Ending::Ended, Lang::Fr) => {
                "Invisibles : la séance est terminée. Merci d'y avoir pris part\u{a0}!\r\n"
            }
            (Ending::Ended, _) => {
                "Invisibles: the session has ended. Thank you for taking part!\r\n"
            }
        }
    }
}

/// Starts the writer: the alternate screen, then each frame it is handed.
pub fn spawn(write: ChannelWriteHalf<Msg>, mut outbox: mpsc::Receiver<Out>) -> JoinHandle<()> {
    tokio::spawn(async move {
        if write.data_bytes(ENTER).await.is_err() {
            return;
        }
        while let Some(out) = outbox.recv().await {
            match out {
                Out::Frame(bytes) => {
                    if write.data_bytes(bytes).await.is_err() {
                        return;
                    }
                }
                Out::Bye(words) => {
                    let mut last = LEAVE.to_vec();
                    last.extend_from_slice(words.as_bytes());
                    let _ = write.data_bytes(last).await;
                    let _ = write.exit_status(0).await;
                    let _ = write.eof().await;
                    let _ = write.close().await;
                    return;
                }
            }
        }
    })
}

/// Ends the writer: a goodbye within [`GRACE`] to someone still there,
/// nothing to someone gone; either way the task is over when this returns.
pub async fn finish(
    frames: mpsc::Sender<Out>,
    mut writer: JoinHandle<()>,
    ending: Ending,
    lang: Lang,
    handout: Option<&str>,
) {
    if ending != Ending::HungUp {
        let mut words = ending.words(lang).to_owned();
        if let Some(at) = handout.filter(|_| ending == Ending::Ended) {
            // Sanitised by the core when it came over the link.
            words.push_str(&(crate::words::web(lang).handout_at)(at));
            words.push_str("\r\n");
        }
        let bye = Out::Bye(words);
        let sent = tokio::time::timeout(GRACE, frames.send(bye)).await;
        drop(frames);
        if matches!(sent, Ok(Ok(()))) && tokio::time::timeout(GRACE, &mut writer).await.is_ok() {
            return;
        }
    }
    writer.abort();
    let _ = writer.await;
}
