//! The room code: made up, or checked when given.

use rand::RngExt;

/// Letters and digits no one misreads on a projector (no 0/o, 1/l/i).
const CODE_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";

/// A fresh room code: six characters, about 30 bits.
pub fn new_code() -> String {
    let mut rng = rand::rng();
    (0..6)
        .filter_map(|_| {
            let k = rng.random_range(0..CODE_ALPHABET.len());
            CODE_ALPHABET.get(k).map(|&b| char::from(b))
        })
        .collect()
}

/// A room code the command line cannot take.
#[derive(Debug, thiserror::Error)]
#[error(
    "`{0}` cannot be a room code: at least 6 and at most 32 letters, digits or dashes \
     (leave --code out for a generated one)"
)]
pub struct BadCode(String);

/// A code given on the command line: long enough not to be guessed within
/// the limits on tries, short enough to type, nothing a shell mangles.
pub fn check_code(code: &str) -> Result<String, BadCode> {
    let ok = (6..=32).contains(&code.chars().count())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if ok {
        Ok(code.to_owned())
    } else {
        Err(BadCode(code.to_owned()))
    }
}
