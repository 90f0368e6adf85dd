//! A figure typed on a guess: checked as it is typed, so what counts is
//! what the viewer sees. A second separator, a figure past the range or one
//! too long is refused and said so; a comma is a decimal separator; the
//! figure counts to the nearest step of the guess's scale.

use crate::content::model::Ask;

/// The longest figure one may type.
const TYPED_MAX: usize = 12;

/// Why a character typed (or a typed figure given) was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// `1.2.3`: one decimal separator only.
    SecondSeparator,
    /// More characters than any figure needs.
    TooLong,
    /// Past the highest guess the question takes.
    AboveRange,
    /// Under the lowest guess, when it is given.
    BelowRange,
}

/// The figure typed so far as a number (`3,2` is 3.2); `None` when it is
/// not one yet (nothing, or a separator alone).
pub fn value(typed: &str) -> Option<f64> {
    let v = typed.replace(',', ".").parse::<f64>().ok()?;
    v.is_finite().then_some(v)
}

/// Adds a digit or the one decimal separator to `typed`, unless the figure
/// would leave what `ask` takes; anything else is ignored.
pub fn push(typed: &mut String, c: char, ask: &Ask) -> Result<(), Refused> {
    let separator = c == '.' || c == ',';
    if !(c.is_ascii_digit() || separator) {
        return Ok(());
    }
    if typed.chars().count() >= TYPED_MAX {
        return Err(Refused::TooLong);
    }
    if separator && typed.contains(['.', ',']) {
        return Err(Refused::SecondSeparator);
    }
    let mut candidate = typed.clone();
    candidate.push(c);
    if let (Ask::Guess { max, .. }, Some(v)) = (ask, value(&candidate))
        && v > *max
    {
        return Err(Refused::AboveRange);
    }
    *typed = candidate;
    Ok(())
}

/// A typed figure as steps of a guess's scale, to the nearest step; `None`
/// when it is not a figure yet, is out of the range, or the panel no guess.
pub fn steps_of(typed: &str, ask: &Ask) -> Option<u32> {
    let Ask::Guess { min, max, step, .. } = ask else {
        return None;
    };
    let v = value(typed)?;
    if *step <= 0.0 || v < *min || v > *max {
        return None;
    }
    let steps = ((v - min) / step).round().max(0.0);
    // `as` saturates on floats; the `min` keeps it within the range.
    Some((steps as u32).min(ask.steps()))
}

/// Whether a typed figure is under the range (given as it is, it would not count).
pub fn below_range(typed: &str, ask: &Ask) -> bool {
    matches!((ask, value(typed)), (Ask::Guess { min, .. }, Some(v)) if v < *min)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guess(min: f64, max: f64, step: f64) -> Ask {
        Ask::Guess {
            figure: "f".into(),
            min,
            max,
            step,
        }
    }

    fn typed(keys: &str, ask: &Ask) -> (String, Vec<Refused>) {
        let mut t = String::new();
        let refused = keys
            .chars()
            .filter_map(|c| push(&mut t, c, ask).err())
            .collect();
        (t, refused)
    }

    #[test]
    fn a_figure_past_the_range_or_a_second_separator_is_refused() {
        let ask = guess(0.0, 20.0, 0.5);
        assert_eq!(typed("150", &ask), ("15".into(), vec![Refused::AboveRange]));
        assert_eq!(
            typed("1.2.3", &ask),
            ("1.23".into(), vec![Refused::SecondSeparator])
        );
        assert_eq!(typed("3,2", &ask), ("3,2".into(), vec![]));
        assert_eq!(typed("100", &ask), ("10".into(), vec![Refused::AboveRange]));
        let (_, refused) = typed("0000000000000", &ask);
        assert_eq!(refused, [Refused::TooLong]);
    }

    #[test]
    fn a_comma_is_a_decimal_separator_and_figures_count_to_the_nearest_step() {
        let ask = guess(0.0, 20.0, 0.5);
        assert_eq!(value("3,2"), Some(3.2));
        assert_eq!(steps_of("3,2", &ask), Some(6), "3.2 counts as 3");
        assert_eq!(steps_of(",", &ask), None);
        let high = guess(5.0, 20.0, 1.0);
        assert_eq!(steps_of("1", &high), None, "below the range: not counted");
        assert!(below_range("1", &high));
        assert!(!below_range("12", &high));
    }
}
