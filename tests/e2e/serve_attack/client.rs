//! An in-process SSH client (russh) that can misbehave: it can stop reading,
//! vanish without a word, or come from any 127.0.0.0/8 address.

use std::net::{Ipv4Addr, Shutdown, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use russh::client::{self, AuthResult, Handle, KeyboardInteractiveAuthResponse};
use russh::keys::PublicKeyOrCertificate;
use russh::{Channel, ChannelMsg};
use tokio::net::{TcpSocket, TcpStream};

/// What the server told this client before letting it in (or not).
#[derive(Clone, Default)]
pub struct Told(Arc<Mutex<Vec<String>>>);

impl Told {
    pub fn text(&self) -> String {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .join("\n")
    }
    fn push(&self, text: &str) {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(text.to_owned());
    }
}

pub struct Client {
    told: Told,
}

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }

    async fn auth_banner(
        &mut self,
        banner: &str,
        _session: &mut client::Session,
    ) -> Result<(), Self::Error> {
        self.told.push(banner);
        Ok(())
    }
}

/// One connection: its handle, a way to cut its socket, and what it was told.
pub struct Conn {
    pub handle: Handle<Client>,
    socket: std::net::TcpStream,
    pub told: Told,
}

/// A TCP connection to `port` from `from` (any address in 127.0.0.0/8).
pub async fn tcp(from: Ipv4Addr, port: u16) -> std::io::Result<TcpStream> {
    assert!(from.is_loopback(), "loopback only");
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::from((from, 0)))?;
    socket
        .connect(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
        .await
}

/// Connects and completes the key exchange. `window`: how many bytes it lets
/// the server send ahead of what it has handed on (small: it stops reading soon).
pub async fn connect(from: Ipv4Addr, port: u16, window: u32) -> Result<Conn, String> {
    let stream = tcp(from, port).await.map_err(|e| e.to_string())?;
    let std = stream.into_std().map_err(|e| e.to_string())?;
    let socket = std.try_clone().map_err(|e| e.to_string())?;
    let stream = TcpStream::from_std(std).map_err(|e| e.to_string())?;
    let config = Arc::new(client::Config {
        window_size: window,
        channel_buffer_size: 1,
        inactivity_timeout: None,
        ..Default::default()
    });
    let told = Told::default();
    let handler = Client { told: told.clone() };
    let handle = client::connect_stream(config, stream, handler)
        .await
        .map_err(|e| e.to_string())?;
    Ok(Conn {
        handle,
        socket,
        told,
    })
}

impl Conn {
    /// Tries the code as a password; `true` when let in. A refusal told by
    /// keyboard-interactive is read and kept in [`Conn::told`].
    pub async fn login(&mut self, user: &str, code: &str) -> Result<bool, String> {
        let result = self
            .handle
            .authenticate_password(user, code)
            .await
            .map_err(|e| e.to_string())?;
        match result {
            AuthResult::Success => Ok(true),
            AuthResult::Failure {
                remaining_methods, ..
            } => {
                if remaining_methods.contains(&russh::MethodKind::KeyboardInteractive) {
                    self.hear_why(user).await;
                }
                Ok(false)
            }
        }
    }

    async fn hear_why(&mut self, user: &str) {
        let reply = self
            .handle
            .authenticate_keyboard_interactive_start(user, None)
            .await;
        if let Ok(KeyboardInteractiveAuthResponse::InfoRequest {
            name, instructions, ..
        }) = reply
        {
            self.told.push(&format!("{name}: {instructions}"));
            let _ = self
                .handle
                .authenticate_keyboard_interactive_respond(Vec::new())
                .await;
        }
    }

    /// A session with a terminal of `cols`×`rows` and a shell.
    pub async fn shell(&self, cols: u32, rows: u32) -> Result<Channel<client::Msg>, String> {
        let channel = self
            .handle
            .channel_open_session()
            .await
            .map_err(|e| e.to_string())?;
        let e = |e: russh::Error| e.to_string();
        channel
            .request_pty(false, "xterm", cols, rows, 0, 0, &[])
            .await
            .map_err(e)?;
        channel.request_shell(false).await.map_err(e)?;
        Ok(channel)
    }

    /// Gone without a word, as a killed client: the socket closes under it.
    pub fn vanish(&self) {
        let _ = self.socket.shutdown(Shutdown::Both);
    }
}

/// Reads what the server sends on `channel` for `time` or until it closes;
/// `(bytes, closed)`.
pub async fn read_for(channel: &mut Channel<client::Msg>, time: Duration) -> (Vec<u8>, bool) {
    let mut bytes = Vec::new();
    let deadline = tokio::time::Instant::now() + time;
    loop {
        match tokio::time::timeout_at(deadline, channel.wait()).await {
            Err(_) => return (bytes, false),
            Ok(None | Some(ChannelMsg::Close)) => return (bytes, true),
            Ok(Some(ChannelMsg::Data { data })) => bytes.extend_from_slice(&data),
            Ok(Some(_)) => {}
        }
    }
}

/// Reads until `wanted` appears in what was sent (escapes included), or
/// `time` passes; returns everything read.
pub async fn read_until(
    channel: &mut Channel<client::Msg>,
    wanted: &[u8],
    time: Duration,
) -> Vec<u8> {
    let mut bytes = Vec::new();
    let deadline = tokio::time::Instant::now() + time;
    while !bytes.windows(wanted.len().max(1)).any(|w| w == wanted) {
        match tokio::time::timeout_at(deadline, channel.wait()).await {
            Err(_) | Ok(None | Some(ChannelMsg::Close)) => break,
            Ok(Some(ChannelMsg::Data { data })) => bytes.extend_from_slice(&data),
            Ok(Some(_)) => {}
        }
    }
    bytes
}
