//! The link's protocol on the wire: one line of RON per message, a hello
//! first, and the framing that keeps a message whole however the socket
//! splits it. Both ends buffer every connection, in and out, within bounds.

use std::collections::VecDeque;

use std::io::{self, Read, Write};

use serde::{Deserialize, Serialize};

/// The protocol's version: a screen and a client talk only when they agree
/// (2: the console's `Answer`, Enter on a question).
pub const PROTOCOL_VERSION: u32 = 2;

/// Who is connecting: a facilitator's console, or `invisibles serve`
/// relaying its participants (their ballots and questions go up, the room
/// comes down). Both run as the screen's own user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Console,
    Room,
}

/// A client's first message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hello {
    pub version: u32,
    pub role: Role,
}

/// Everything a client sends: a hello, then its messages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Upward<Up> {
    Hello(Hello),
    Msg(Up),
}

/// Everything the screen sends: its answer to the hello, then its messages,
/// or why it closes the link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Downward<Down> {
    Welcome { version: u32 },
    Refused { version: u32, reason: Reason },
    Msg(Down),
}

pub use crate::app::Reason;

/// One message as a line of RON. Compact RON escapes newlines inside
/// strings, so a raw newline can only mean a serializer change: refused.
pub fn encode<T: Serialize>(message: &T) -> io::Result<Vec<u8>> {
    let text = ron::to_string(message).map_err(io::Error::other)?;
    if text.contains('\n') {
        return Err(io::Error::other("a message serialized over several lines"));
    }
    let mut line = text.into_bytes();
    line.push(b'\n');
    Ok(line)
}

/// Reading a line failed the protocol: the connection must close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLong;

/// A connection's read buffer: bytes in, whole lines out.
#[derive(Debug)]
pub(crate) struct Inbox {
    buf: Vec<u8>,
    /// Where the unread bytes start.
    start: usize,
    max_message: usize,
    /// The peer closed its end; what is buffered may still be read.
    pub eof: bool,
}

impl Inbox {
    pub fn new(max_message: usize) -> Inbox {
        Inbox {
            buf: Vec::new(),
            start: 0,
            max_message,
            eof: false,
        }
    }

    fn pending(&self) -> &[u8] {
        self.buf.get(self.start..).unwrap_or_default()
    }

    /// Reads what the socket has, but no more than one message past what is
    /// buffered: a peer that floods waits in the kernel, not in our memory.
    /// An error ends the input like end of file (a peer that closes with
    /// unread data resets the link): what came before it is still read.
    pub fn fill(&mut self, source: &mut impl Read) -> io::Result<()> {
        let mut chunk = [0u8; 8192];
        while !self.eof && self.pending().len() <= self.max_message {
            match source.read(&mut chunk) {
                Ok(0) => self.eof = true,
                Ok(n) => self
                    .buf
                    .extend_from_slice(chunk.get(..n).unwrap_or_default()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) => {
                    self.eof = true;
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// The next whole line, without its newline; blank lines are skipped.
    pub fn next_line(&mut self) -> Result<Option<Vec<u8>>, TooLong> {
        loop {
            let pending = self.pending();
            let Some(end) = pending.iter().position(|&b| b == b'\n') else {
                return if pending.len() > self.max_message {
                    Err(TooLong)
                } else {
                    Ok(None)
                };
            };
            if end > self.max_message {
                return Err(TooLong);
            }
            let line = pending.get(..end).unwrap_or_default().to_vec();
            self.start = self.start.saturating_add(end).saturating_add(1);
            self.compact();
            if !line.iter().all(u8::is_ascii_whitespace) {
                return Ok(Some(line));
            }
        }
    }

    /// Whether a whole line waits (or an overlong one, which must be reported).
    pub fn ready(&self) -> bool {
        let pending = self.pending();
        pending.contains(&b'\n') || pending.len() > self.max_message
    }

    fn compact(&mut self) {
        if self.start >= self.buf.len() {
            self.buf.clear();
            self.start = 0;
        } else if self.start > self.buf.len() / 2 {
            self.buf.drain(..self.start);
            self.start = 0;
        }
    }
}

/// The peer is not reading: its write buffer would pass the bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

/// A connection's bounded write buffer, flushed without ever blocking.
#[derive(Debug)]
pub(crate) struct Outbox {
    buf: VecDeque<u8>,
    max: usize,
}

impl Outbox {
    pub fn new(max: usize) -> Outbox {
        Outbox {
            buf: VecDeque::new(),
            max,
        }
    }

    pub fn push(&mut self, bytes: &[u8]) -> Result<(), Full> {
        if self.buf.len().saturating_add(bytes.len()) > self.max {
            return Err(Full);
        }
        self.buf.extend(bytes);
        Ok(())
    }

    /// Writes what the socket takes now; the rest waits for the next flush.
    pub fn flush(&mut self, sink: &mut impl Write) -> io::Result<()> {
        while !self.buf.is_empty() {
            let (front, _) = self.buf.as_slices();
            match sink.write(front) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => {
                    self.buf.drain(..n.min(self.buf.len()));
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A source that hands out its bytes in fixed pieces, then would block.
    struct Pieces(VecDeque<Vec<u8>>);

    impl Read for Pieces {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let Some(piece) = self.0.pop_front() else {
                return Err(io::ErrorKind::WouldBlock.into());
            };
            let n = piece.len().min(out.len());
            out[..n].copy_from_slice(&piece[..n]);
            if n < piece.len() {
                self.0.push_front(piece[n..].to_vec());
            }
            Ok(n)
        }
    }

    #[test]
    fn a_line_split_across_reads_comes_out_whole() {
        let mut inbox = Inbox::new(64);
        inbox
            .fill(&mut Pieces(VecDeque::from([b"Msg(Ju".to_vec()])))
            .unwrap();
        assert_eq!(inbox.next_line(), Ok(None));
        inbox
            .fill(&mut Pieces(VecDeque::from(
                [b"mp(\"a\"))\n\nMsg(".to_vec()],
            )))
            .unwrap();
        assert_eq!(inbox.next_line(), Ok(Some(b"Msg(Jump(\"a\"))".to_vec())));
        assert_eq!(inbox.next_line(), Ok(None));
        assert!(!inbox.ready());
    }

    #[test]
    fn a_line_over_the_limit_is_an_error_with_or_without_its_newline() {
        let mut inbox = Inbox::new(8);
        inbox
            .fill(&mut Pieces(VecDeque::from([b"123456789".to_vec()])))
            .unwrap();
        assert_eq!(inbox.next_line(), Err(TooLong));
        let mut inbox = Inbox::new(8);
        inbox
            .fill(&mut Pieces(VecDeque::from([
                b"12345678\n123456789\n".to_vec()
            ])))
            .unwrap();
        assert_eq!(inbox.next_line(), Ok(Some(b"12345678".to_vec())));
        assert_eq!(inbox.next_line(), Err(TooLong));
    }

    #[test]
    fn a_flood_is_read_no_further_than_one_message_ahead() {
        let mut inbox = Inbox::new(16);
        let flood = VecDeque::from(vec![b"abc\n".to_vec(); 1000]);
        let mut source = Pieces(flood);
        inbox.fill(&mut source).unwrap();
        assert!(inbox.pending().len() <= 20, "{}", inbox.pending().len());
        assert!(source.0.len() > 900);
    }

    #[test]
    fn the_write_buffer_refuses_past_its_bound() {
        let mut out = Outbox::new(10);
        assert_eq!(out.push(b"123456"), Ok(()));
        assert_eq!(out.push(b"12345"), Err(Full));
        let mut sink = Vec::new();
        out.flush(&mut sink).unwrap();
        assert_eq!(sink, b"123456");
        assert_eq!(out.push(b"1234567890"), Ok(()));
    }

    #[test]
    fn messages_are_one_line_even_with_newlines_inside() {
        let line = encode(&Upward::Msg("two\nlines".to_owned())).unwrap();
        assert_eq!(line.iter().filter(|&&b| b == b'\n').count(), 1);
        assert_eq!(line.last(), Some(&b'\n'));
        let back: Upward<String> =
            ron::from_str(std::str::from_utf8(&line).unwrap().trim()).unwrap();
        assert_eq!(back, Upward::Msg("two\nlines".to_owned()));
    }
}
