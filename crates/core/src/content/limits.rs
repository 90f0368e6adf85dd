//! Limits on the numbers content and saved files may carry, and the poll
//! arithmetic done on counts from outside: 64-bit and saturating, so no
//! count can overflow a sum or size a bar beyond its width.

use super::model::Value;

/// A content file larger than this is refused before parsing.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;
/// Deepest RON nesting accepted; the real content needs under 12.
pub const MAX_DEPTH: usize = 64;
/// The largest magnitude a figure may have: an f64 holds about 15
/// significant digits, and nothing in a documentary is counted beyond them.
pub const MAX_MAGNITUDE: f64 = 1e15;
/// A facilitator's chapter lasts at most a day's workshop, in minutes.
pub const MAX_MINUTES: u32 = 600;

/// Whether a number from content is one the app can show.
pub fn sane(v: f64) -> bool {
    v.is_finite() && v.abs() <= MAX_MAGNITUDE
}

/// What is wrong with a figure as typed: not finite, or too large.
pub fn value_problem(value: &Value) -> Option<String> {
    let given = match value {
        Value::Exact(v) => [*v, *v],
        Value::Range(a, b) => [*a, *b],
        Value::Derived(_) => return None,
    };
    (!given.into_iter().all(sane))
        .then(|| format!("a figure must be a finite number of at most {MAX_MAGNITUDE:e} in size"))
}
