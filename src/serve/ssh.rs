//! The SSH side: who gets in and what they may open. Password = the room
//! code; the user name is the display name; only one interactive session
//! per connection (no exec, no subsystem, no forwarding, no agent, no X11);
//! bounded connections per address and participants in all.

use std::net::IpAddr;
use std::sync::Arc;

use tokio::time::Instant;

use russh::keys::HashAlg;
use russh::server::{Auth, ChannelOpenHandle, Handler, Msg, PublicKeyOffer, Session};
use russh::{Channel, ChannelId, MethodKind, MethodSet};

use super::lobby::{Pending, Refusing};
use super::progress::Stage;
pub use super::seats::{AddressSlot, Seat, ServerLimits, Shared, display_name};
use super::tries::{Turn, locked_words};

/// The room code, compared in time that does not depend on where it
/// differs (`subtle`), and whatever the case (a projector may show it in
/// capitals).
pub fn same_code(given: &str, code: &str) -> bool {
    use subtle::ConstantTimeEq;
    let given = given.trim().to_ascii_lowercase();
    let code = code.to_ascii_lowercase();
    bool::from(given.as_bytes().ct_eq(code.as_bytes()))
}

/// The ways in: a key is asked for only to be named (it finds a
/// participant's journey again), then the room code as the password.
pub fn methods() -> MethodSet {
    MethodSet::from(&[MethodKind::PublicKey, MethodKind::Password][..])
}

/// One SSH connection.
pub struct Conn {
    shared: Arc<Shared>,
    addr: IpAddr,
    _slot: Option<AddressSlot>,
    /// Its place among the connections outside the room, until the code is right.
    pending: Option<Pending>,
    /// Why it is refused whatever it sends (its address is over its share).
    refused: Option<String>,
    _refusing: Option<Refusing>,
    /// Why it was just refused: told by keyboard-interactive, which OpenSSH shows.
    telling: Option<String>,
    told: Option<String>,
    seat: Option<Seat>,
    fingerprint: Option<String>,
    failures: usize,
    channel: Option<ChannelId>,
    progress: Arc<Stage>,
}

impl Conn {
    /// `progress` tells the connection's watcher how far it got.
    pub fn new(
        shared: Arc<Shared>,
        (addr, slot, pending): (IpAddr, AddressSlot, Pending),
        progress: Arc<Stage>,
    ) -> Conn {
        Conn {
            _slot: Some(slot),
            pending: Some(pending),
            ..Conn::blank(shared, addr, progress)
        }
    }

    /// A connection that is only told `why` it cannot come in.
    pub fn refusing(
        shared: Arc<Shared>,
        addr: IpAddr,
        (why, guard): (String, Refusing),
        progress: Arc<Stage>,
    ) -> Conn {
        Conn {
            refused: Some(why),
            _refusing: Some(guard),
            ..Conn::blank(shared, addr, progress)
        }
    }

    fn blank(shared: Arc<Shared>, addr: IpAddr, progress: Arc<Stage>) -> Conn {
        Conn {
            shared,
            addr,
            _slot: None,
            pending: None,
            refused: None,
            _refusing: None,
            telling: None,
            told: None,
            seat: None,
            fingerprint: None,
            failures: 0,
            channel: None,
            progress,
        }
    }

    fn reject(&self) -> Auth {
        Auth::Reject {
            proceed_with_methods: Some(methods()),
            partial_success: false,
        }
    }

    /// Refuses, and says why on the next step (keyboard-interactive).
    fn refuse(&mut self, why: String) -> Auth {
        self.telling = Some(why);
        Auth::Reject {
            proceed_with_methods: Some(MethodSet::from(&[MethodKind::KeyboardInteractive][..])),
            partial_success: false,
        }
    }

    fn full(&self) -> String {
        format!(
            "the room is full ({} participants): ask the facilitator",
            self.shared.limits.participants
        )
    }

    /// Why this connection cannot come in right now, if it cannot.
    fn closed(&self) -> Option<String> {
        if let Some(why) = &self.refused {
            return Some(why.clone());
        }
        if let Turn::Locked(left) = self.shared.tries.peek(self.addr, Instant::now()) {
            return Some(locked_words(left));
        }
        if self.shared.ended() {
            return Some(ENDED.to_owned());
        }
        (self.shared.participants() >= self.shared.limits.participants).then(|| self.full())
    }
}

/// What someone arriving after the facilitator ended the session is told.
const ENDED: &str = "this session has ended: the room is closed";

/// Why a connection ends early.
#[derive(Debug)]
pub struct EarlyEnd(pub String);

impl From<russh::Error> for EarlyEnd {
    fn from(e: russh::Error) -> EarlyEnd {
        EarlyEnd(e.to_string())
    }
}

impl Handler for Conn {
    type Error = EarlyEnd;

    /// Before the code is asked: a full room, a locked-out address, an
    /// address over its share are told at once.
    async fn authentication_banner(&mut self) -> Result<Option<String>, EarlyEnd> {
        Ok(self.closed().map(|why| format!("Invisibles: {why}.\r\n")))
    }

    async fn auth_none(&mut self, _user: &str) -> Result<Auth, EarlyEnd> {
        Ok(self.reject())
    }

    /// The key a client offers names its journey (it is not checked: the
    /// room code is what lets them in, the key only finds their place again).
    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        offer: PublicKeyOffer<'_>,
    ) -> Result<Auth, EarlyEnd> {
        if self.fingerprint.is_none() {
            let fp = offer.public_key.fingerprint(HashAlg::Sha256).to_string();
            self.fingerprint = Some(fp);
        }
        Ok(self.reject())
    }

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, EarlyEnd> {
        if let Some(why) = self.refused.clone() {
            return Ok(self.refuse(why));
        }
        if self.shared.ended() {
            return Ok(self.refuse(ENDED.to_owned()));
        }
        // Every try waits its turn before its verdict.
        match self.shared.tries.turn(self.addr, Instant::now()) {
            Turn::Locked(left) => return Ok(self.refuse(locked_words(left))),
            Turn::Wait(wait) => tokio::time::sleep(wait).await,
        }
        if !same_code(password, &self.shared.code) {
            self.failures = self.failures.saturating_add(1);
            if let Some(lockout) = self.shared.tries.wrong(self.addr, Instant::now()) {
                return Ok(self.refuse(locked_words(lockout)));
            }
            if self.failures >= self.shared.limits.auth_attempts {
                let why = format!(
                    "{} wrong room codes: connect again to try once more",
                    self.failures
                );
                return Ok(self.refuse(why));
            }
            return Ok(self.reject());
        }
        match self.shared.join(user) {
            Some(seat) => {
                self.seat = Some(seat);
                self.progress.join();
                self.pending = None;
                Ok(Auth::Accept)
            }
            None => {
                let why = self.full();
                Ok(self.refuse(why))
            }
        }
    }

    /// Only ever used to say why a connection was refused: the reason,
    /// then no way left in.
    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        _user: &str,
        _submethods: &str,
        response: Option<russh::server::Response<'a>>,
    ) -> Result<Auth, EarlyEnd> {
        match (response, self.telling.take()) {
            (None, Some(why)) => {
                self.told = Some(why.clone());
                Ok(Auth::Partial {
                    name: "Invisibles".into(),
                    instructions: format!("{why}.").into(),
                    prompts: Vec::new().into(),
                })
            }
            // Told: the connection ends (an empty list of methods makes
            // OpenSSH try them all again).
            (Some(_), _) => Err(EarlyEnd(self.told.take().unwrap_or_default())),
            (None, None) => Ok(Auth::Reject {
                proceed_with_methods: Some(methods()),
                partial_success: false,
            }),
        }
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), EarlyEnd> {
        let Some(seat) = self.seat.take().filter(|_| self.channel.is_none()) else {
            // One participant, one session: a second channel is refused.
            drop(reply);
            return Ok(());
        };
        self.channel = Some(channel.id());
        reply.accept().await;
        let shared = self.shared.clone();
        let fingerprint = self.fingerprint.clone();
        let progress = self.progress.clone();
        tokio::spawn(super::session::run(
            shared,
            channel,
            seat,
            fingerprint,
            progress,
        ));
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        _cols: u32,
        _rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(russh::Pty, u32)],
        session: &mut Session,
    ) -> Result<(), EarlyEnd> {
        Ok(session.channel_success(channel)?)
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), EarlyEnd> {
        Ok(session.channel_success(channel)?)
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _data: &[u8],
        session: &mut Session,
    ) -> Result<(), EarlyEnd> {
        session.channel_failure(channel)?;
        Ok(session.close(channel)?)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), EarlyEnd> {
        session.channel_failure(channel)?;
        Ok(session.close(channel)?)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _single: bool,
        _protocol: &str,
        _cookie: &str,
        _screen: u32,
        session: &mut Session,
    ) -> Result<(), EarlyEnd> {
        Ok(session.channel_failure(channel)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_compare_whole_and_names_are_cleaned() {
        assert!(same_code("k3x9pq", "k3x9pq"));
        assert!(same_code(" k3x9pq\n", "k3x9pq"));
        assert!(!same_code("k3x9p", "k3x9pq"));
        assert!(!same_code("k3x9pqq", "k3x9pq"));
        assert!(!same_code("", "k3x9pq"));
        assert!(same_code("TUESDAY", "tuesday"));
        assert_eq!(display_name("join"), "guest");
        assert_eq!(display_name("\x1b[31mana"), "[31mana");
        assert_eq!(
            display_name(&"z".repeat(100)).len(),
            crate::app::MAX_NAME_CHARS
        );
    }
}
