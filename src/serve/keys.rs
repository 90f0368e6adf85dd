//! Keys from the raw bytes a participant's SSH client sends: the core's own
//! [`Key`]s come out, whatever way the bytes were split across reads. A lone
//! Esc is told from the start of a sequence by time: if nothing follows
//! within [`ESC_WAIT_MS`], it was the Esc key.

use crate::input::{Key, KeyCode};

/// How long a lone Esc waits for the rest of a sequence.
pub const ESC_WAIT_MS: u64 = 50;

/// The longest escape sequence kept; anything longer is garbage and dropped.
const MAX_SEQUENCE: usize = 16;

/// The parser's memory between reads: an unfinished sequence or character.
#[derive(Debug, Default)]
pub struct KeyParser {
    pending: Vec<u8>,
    /// When the pending bytes arrived (Unix milliseconds).
    since: u64,
}

/// What a run of bytes says.
enum Parse {
    Key(Key, usize),
    /// Bytes that mean nothing we know: skipped.
    Skip(usize),
    /// The bytes so far are the start of something: wait for more.
    Incomplete,
}

impl KeyParser {
    pub fn new() -> KeyParser {
        KeyParser::default()
    }

    /// The keys in `bytes` (received at `now`), after what was pending.
    pub fn feed(&mut self, bytes: &[u8], now: u64) -> Vec<Key> {
        if self.pending.is_empty() {
            self.since = now;
        }
        self.pending.extend_from_slice(bytes);
        let mut keys = Vec::new();
        let mut at = 0;
        while at < self.pending.len() {
            let rest = self.pending.get(at..).unwrap_or_default();
            match parse(rest) {
                Parse::Key(key, n) => {
                    keys.push(key);
                    at = at.saturating_add(n.max(1));
                }
                Parse::Skip(n) => at = at.saturating_add(n.max(1)),
                // Garbage that never ends: dropped whole.
                Parse::Incomplete if rest.len() > MAX_SEQUENCE => at = self.pending.len(),
                Parse::Incomplete => break,
            }
        }
        self.pending.drain(..at.min(self.pending.len()));
        if !self.pending.is_empty() && at > 0 {
            self.since = now;
        }
        keys
    }

    /// Milliseconds until pending bytes must be taken as they are (a lone Esc).
    pub fn deadline(&self, now: u64) -> Option<u64> {
        if self.pending.is_empty() {
            return None;
        }
        Some(self.since.saturating_add(ESC_WAIT_MS).saturating_sub(now))
    }

    /// Time passed: a pending Esc that nothing followed is the Esc key (and
    /// Alt with what came after it); an unfinished character is dropped.
    pub fn flush(&mut self, now: u64) -> Vec<Key> {
        if self.deadline(now) != Some(0) {
            return Vec::new();
        }
        let pending = std::mem::take(&mut self.pending);
        match pending.as_slice() {
            [0x1b] => vec![Key::new(KeyCode::Esc)],
            [0x1b, b'[' | b'O'] => vec![Key {
                code: KeyCode::Char(if pending.get(1) == Some(&b'[') {
                    '['
                } else {
                    'O'
                }),
                ctrl: false,
                alt: true,
            }],
            _ => Vec::new(),
        }
    }
}

fn parse(bytes: &[u8]) -> Parse {
    let Some(&first) = bytes.first() else {
        return Parse::Incomplete;
    };
    match first {
        0x1b => escape(bytes),
        b'\r' | b'\n' => {
            // A client that sends CR LF for Enter gives one key, not two.
            let n = if first == b'\r' && bytes.get(1) == Some(&b'\n') {
                2
            } else {
                1
            };
            Parse::Key(Key::new(KeyCode::Enter), n)
        }
        b'\t' => Parse::Key(Key::new(KeyCode::Tab), 1),
        0x7f | 0x08 => Parse::Key(Key::new(KeyCode::Backspace), 1),
        0x00 => Parse::Key(Key::ctrl(' '), 1),
        0x01..=0x1a => {
            let c = char::from(b'a'.saturating_add(first.saturating_sub(1)));
            Parse::Key(Key::ctrl(c), 1)
        }
        0x1c..=0x1f => Parse::Skip(1),
        _ => text(bytes),
    }
}

/// One UTF-8 character.
fn text(bytes: &[u8]) -> Parse {
    let len = match bytes.first() {
        Some(0x00..=0x7f) => 1,
        Some(0xc2..=0xdf) => 2,
        Some(0xe0..=0xef) => 3,
        Some(0xf0..=0xf4) => 4,
        _ => return Parse::Skip(1),
    };
    let Some(chunk) = bytes.get(..len) else {
        // The rest may come in the next read, unless what came is already wrong.
        let continuing = bytes.iter().skip(1).all(|b| b & 0xc0 == 0x80);
        return if continuing {
            Parse::Incomplete
        } else {
            Parse::Skip(1)
        };
    };
    match std::str::from_utf8(chunk)
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => Parse::Key(Key::char(c), len),
        None => Parse::Skip(1),
    }
}

/// Esc, Alt with a key, or a CSI / SS3 sequence.
fn escape(bytes: &[u8]) -> Parse {
    match bytes.get(1) {
        None => Parse::Incomplete,
        Some(b'[') => csi(bytes),
        Some(b'O') => match bytes.get(2) {
            None => Parse::Incomplete,
            Some(&final_byte) => match ss3(final_byte) {
                Some(code) => Parse::Key(Key::new(code), 3),
                None => Parse::Skip(3),
            },
        },
        // Esc Esc: the first is the key; the second starts anew.
        Some(0x1b) => Parse::Key(Key::new(KeyCode::Esc), 1),
        Some(_) => match parse(bytes.get(1..).unwrap_or_default()) {
            Parse::Key(key, n) => Parse::Key(Key { alt: true, ..key }, n.saturating_add(1)),
            Parse::Skip(n) => Parse::Skip(n.saturating_add(1)),
            Parse::Incomplete => Parse::Incomplete,
        },
    }
}

fn ss3(final_byte: u8) -> Option<KeyCode> {
    Some(match final_byte {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    })
}

/// `Esc [ params final`: parameters are digits and `;`, the final byte is
/// in `@`..`~`.
fn csi(bytes: &[u8]) -> Parse {
    let body = bytes.get(2..).unwrap_or_default();
    let Some(end) = body.iter().position(|b| (0x40..=0x7e).contains(b)) else {
        return if body.iter().all(|b| (0x20..=0x3f).contains(b)) {
            Parse::Incomplete
        } else {
            Parse::Skip(2)
        };
    };
    let len = end.saturating_add(3);
    let params = body.get(..end).unwrap_or_default();
    let final_byte = body.get(end).copied().unwrap_or(0);
    let mut fields = params.split(|&b| b == b';').map(number);
    let first = fields.next().flatten();
    let modifier = fields.next().flatten().unwrap_or(1);
    let code = match final_byte {
        b'~' => match first {
            Some(1 | 7) => Some(KeyCode::Home),
            Some(2) => Some(KeyCode::Insert),
            Some(3) => Some(KeyCode::Delete),
            Some(4 | 8) => Some(KeyCode::End),
            Some(5) => Some(KeyCode::PageUp),
            Some(6) => Some(KeyCode::PageDown),
            Some(n @ 11..=15) => u8::try_from(n.saturating_sub(10)).ok().map(KeyCode::F),
            Some(n @ 17..=21) => u8::try_from(n.saturating_sub(11)).ok().map(KeyCode::F),
            Some(n @ 23..=24) => u8::try_from(n.saturating_sub(12)).ok().map(KeyCode::F),
            _ => None,
        },
        b'Z' => Some(KeyCode::BackTab),
        other => ss3(other),
    };
    match code {
        Some(code) => {
            // xterm's modifier parameter: 1 + (shift 1, alt 2, ctrl 4).
            let bits = modifier.saturating_sub(1);
            Parse::Key(
                Key {
                    code,
                    ctrl: bits & 4 != 0,
                    alt: bits & 2 != 0,
                },
                len,
            )
        }
        None => Parse::Skip(len),
    }
}

fn number(digits: &[u8]) -> Option<u32> {
    std::str::from_utf8(digits).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> Vec<Key> {
        let mut parser = KeyParser::new();
        let mut out = parser.feed(bytes, 0);
        out.extend(parser.flush(ESC_WAIT_MS));
        out
    }

    fn k(name: &str) -> Key {
        Key::parse(name).unwrap_or_else(|| panic!("{name}"))
    }

    #[test]
    fn arrows_and_navigation_keys_in_both_notations() {
        assert_eq!(
            keys(b"\x1b[A\x1b[B\x1b[C\x1b[D\x1bOA\x1bOD"),
            ["<up>", "<down>", "<right>", "<left>", "<up>", "<left>"].map(k)
        );
        assert_eq!(
            keys(b"\x1b[H\x1b[F\x1b[1~\x1b[4~\x1b[5~\x1b[6~\x1b[3~\x1b[Z"),
            [
                "<home>", "<end>", "<home>", "<end>", "<pgup>", "<pgdn>", "<del>", "<s-tab>"
            ]
            .map(k)
        );
        assert_eq!(keys(b"\x1bOP\x1b[24~"), ["<f1>", "<f12>"].map(k));
        let ctrl_right = keys(b"\x1b[1;5C");
        assert_eq!(
            ctrl_right,
            [Key {
                code: KeyCode::Right,
                ctrl: true,
                alt: false
            }]
        );
    }

    #[test]
    fn enter_backspace_tab_and_control_keys() {
        assert_eq!(
            keys(b"\r\n\x7f\x08\t\x03\x1a"),
            ["<enter>", "<bs>", "<bs>", "<tab>", "<c-c>", "<c-z>"].map(k)
        );
        assert_eq!(
            keys(b"\r\r\n"),
            ["<enter>", "<enter>"].map(k),
            "CR LF is one Enter"
        );
    }

    #[test]
    fn utf8_text_even_split_across_reads() {
        assert_eq!(keys("aé€😀".as_bytes()), ["a", "é", "€", "😀"].map(k));
        let mut parser = KeyParser::new();
        let e = "é".as_bytes();
        assert_eq!(parser.feed(&e[..1], 0), []);
        assert_eq!(parser.feed(&e[1..], 1), [k("é")]);
        // Bytes that are not UTF-8 are skipped, not taken as keys.
        assert_eq!(keys(b"\xff\xc3x"), [k("x")]);
    }

    #[test]
    fn a_sequence_split_across_reads_is_one_key() {
        let mut parser = KeyParser::new();
        assert_eq!(parser.feed(b"\x1b", 0), []);
        assert_eq!(parser.deadline(10), Some(ESC_WAIT_MS - 10));
        assert_eq!(parser.feed(b"[", 10), []);
        assert_eq!(parser.feed(b"5", 20), []);
        assert_eq!(parser.feed(b"~x", 30), [k("<pgup>"), k("x")]);
        assert_eq!(parser.deadline(30), None);
        assert_eq!(parser.flush(1000), []);
    }

    #[test]
    fn a_lone_esc_is_the_esc_key_once_nothing_follows() {
        let mut parser = KeyParser::new();
        assert_eq!(parser.feed(b"\x1b", 100), []);
        assert_eq!(parser.flush(120), [], "too early to tell");
        assert_eq!(parser.flush(100 + ESC_WAIT_MS), [k("<esc>")]);
        assert_eq!(keys(b"\x1b\x1b[A"), [k("<esc>"), k("<up>")]);
        let alt_x = keys(b"\x1bx");
        assert_eq!(
            alt_x,
            [Key {
                code: KeyCode::Char('x'),
                ctrl: false,
                alt: true
            }]
        );
    }

    #[test]
    fn unknown_and_overlong_sequences_are_dropped() {
        assert_eq!(keys(b"\x1b[99~a"), [k("a")]);
        assert_eq!(keys(b"\x1b[200~b"), [k("b")]);
        let mut long = b"\x1b[".to_vec();
        long.extend(std::iter::repeat_n(b'1', 40));
        let mut parser = KeyParser::new();
        assert_eq!(parser.feed(&long, 0), []);
        assert_eq!(parser.feed(b"q", 1), [k("q")]);
        assert_eq!(keys(b"\x1c\x1d"), []);
    }
}
