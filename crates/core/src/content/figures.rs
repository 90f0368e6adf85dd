//! Figures: the values of statistics, derived ones computed from the others.
//!
//! A figure is an interval so that "sixty to seventy hours" stays a range
//! through every derivation instead of being averaged into a different claim.

use std::collections::HashMap;

use super::model::{Expr, Lang, Statistic, Value};

/// A figure: `lo == hi` for an exact one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure {
    pub lo: f64,
    pub hi: f64,
}

impl Figure {
    pub fn exact(v: f64) -> Self {
        Figure { lo: v, hi: v }
    }

    pub fn is_exact(&self) -> bool {
        self.lo == self.hi
    }

    fn combine(self, other: Figure, op: fn(f64, f64) -> f64) -> Figure {
        let c = [
            op(self.lo, other.lo),
            op(self.lo, other.hi),
            op(self.hi, other.lo),
            op(self.hi, other.hi),
        ];
        Figure {
            lo: c.iter().copied().fold(f64::INFINITY, f64::min),
            hi: c.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        }
    }

    /// The figure in the viewer's language: `2,86` in French, `2.86` in English.
    pub fn format(&self, decimals: usize, lang: Lang) -> String {
        if self.is_exact() {
            format_number(self.lo, decimals, lang)
        } else {
            format!(
                "{}–{}",
                format_number(self.lo, decimals, lang),
                format_number(self.hi, decimals, lang)
            )
        }
    }
}

/// Why a derived figure cannot be computed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FigureError {
    #[error("refers to unknown statistic `{0}`")]
    UnknownRef(String),
    #[error("derives from itself: {}", .0.join(" → "))]
    Cycle(Vec<String>),
    #[error("divides by a figure that can be zero")]
    DivisionByZero,
    #[error("computes to a value that is not a finite number")]
    NotFinite,
    #[error("computes to a value larger than {:e}", super::limits::MAX_MAGNITUDE)]
    TooLarge,
}

/// Computes every statistic's figure once, at load time.
pub fn compute_all<'a>(
    stats: &HashMap<&'a str, &'a Statistic>,
) -> (HashMap<String, Figure>, Vec<(String, FigureError)>) {
    let mut done = HashMap::new();
    let mut errors = Vec::new();
    let mut ids: Vec<&&str> = stats.keys().collect();
    ids.sort();
    for id in ids {
        let mut stack = Vec::new();
        match eval_stat(id, stats, &mut done, &mut stack) {
            Ok(_) => {}
            Err(e) => errors.push((id.to_string(), e)),
        }
    }
    (done, errors)
}

fn eval_stat(
    id: &str,
    stats: &HashMap<&str, &Statistic>,
    done: &mut HashMap<String, Figure>,
    stack: &mut Vec<String>,
) -> Result<Figure, FigureError> {
    if let Some(f) = done.get(id) {
        return Ok(*f);
    }
    if let Some(start) = stack.iter().position(|s| s == id) {
        let mut cycle = stack[start..].to_vec();
        cycle.push(id.to_owned());
        return Err(FigureError::Cycle(cycle));
    }
    let stat = stats
        .get(id)
        .ok_or_else(|| FigureError::UnknownRef(id.to_owned()))?;
    stack.push(id.to_owned());
    let figure = match &stat.value {
        Value::Exact(v) => Ok(Figure::exact(*v)),
        Value::Range(a, b) => Ok(Figure {
            lo: a.min(*b),
            hi: a.max(*b),
        }),
        Value::Derived(expr) => eval_expr(expr, stats, done, stack),
    };
    stack.pop();
    let figure = figure?;
    // Given figures out of range are reported where they are written.
    let derived = matches!(stat.value, Value::Derived(_));
    if derived && (!figure.lo.is_finite() || !figure.hi.is_finite()) {
        return Err(FigureError::NotFinite);
    }
    if derived && !(super::limits::sane(figure.lo) && super::limits::sane(figure.hi)) {
        return Err(FigureError::TooLarge);
    }
    done.insert(id.to_owned(), figure);
    Ok(figure)
}

fn eval_expr(
    expr: &Expr,
    stats: &HashMap<&str, &Statistic>,
    done: &mut HashMap<String, Figure>,
    stack: &mut Vec<String>,
) -> Result<Figure, FigureError> {
    let mut pair = |a: &Expr, b: &Expr| -> Result<(Figure, Figure), FigureError> {
        Ok((
            eval_expr(a, stats, done, stack)?,
            eval_expr(b, stats, done, stack)?,
        ))
    };
    match expr {
        Expr::Num(v) if !v.is_finite() => Err(FigureError::NotFinite),
        Expr::Num(v) => Ok(Figure::exact(*v)),
        Expr::Ref(id) => {
            if !stats.contains_key(id.as_str()) {
                return Err(FigureError::UnknownRef(id.clone()));
            }
            eval_stat(id, stats, done, stack)
        }
        Expr::Add(a, b) => pair(a, b).map(|(x, y)| x.combine(y, |p, q| p + q)),
        Expr::Sub(a, b) => pair(a, b).map(|(x, y)| {
            // Interval subtraction pairs the opposite ends.
            Figure {
                lo: x.lo - y.hi,
                hi: x.hi - y.lo,
            }
        }),
        Expr::Mul(a, b) => pair(a, b).map(|(x, y)| x.combine(y, |p, q| p * q)),
        Expr::Div(a, b) => {
            let (x, y) = pair(a, b)?;
            if y.lo <= 0.0 && y.hi >= 0.0 {
                return Err(FigureError::DivisionByZero);
            }
            Ok(x.combine(y, |p, q| p / q))
        }
    }
}

/// Every statistic id an expression reads.
pub fn refs(expr: &Expr, out: &mut Vec<String>) {
    match expr {
        Expr::Ref(id) => out.push(id.clone()),
        Expr::Num(_) => {}
        Expr::Add(a, b) | Expr::Sub(a, b) | Expr::Mul(a, b) | Expr::Div(a, b) => {
            refs(a, out);
            refs(b, out);
        }
    }
}

/// A number with `decimals` places, trailing zeros dropped, grouped by thousands
/// in the language's own way (`30 000` and `2,86` in French; `30,000` and `2.86` in English).
pub fn format_number(value: f64, decimals: usize, lang: Lang) -> String {
    let (group, point) = match lang {
        Lang::Fr => ('\u{202f}', ','),
        Lang::En => (',', '.'),
    };
    // An f64 holds about 15 significant digits; decimals past them are noise.
    let int_digits = (value.abs().max(1.0).log10().floor() as usize) + 1;
    let decimals = decimals.min(15usize.saturating_sub(int_digits));
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int, frac) = match fixed.split_once('.') {
        Some((i, f)) => (i.to_owned(), f.trim_end_matches('0').to_owned()),
        None => (fixed.clone(), String::new()),
    };
    let mut grouped = String::new();
    let digits: Vec<char> = int.chars().collect();
    // A bare four-digit whole number is usually a year (2008), left whole;
    // with decimals it is an amount, grouped like the rest (1 539,42).
    let min_grouped = if frac.is_empty() { 5 } else { 4 };
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) && digits.len() >= min_grouped {
            grouped.push(group);
        }
        grouped.push(*c);
    }
    let sign = if value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{frac}")
    }
}

/// A formatted figure joined to its unit in the language's own style: a
/// no-break space between them (« 400 € par semaine », "24 h"), the euro sign
/// first in English ("€400 per week", "€10.15/h"), "24%" in English, and an
/// ordinal suffix stuck to the number.
pub fn join_unit(value: &str, unit: &str, lang: Lang) -> String {
    const ORDINALS: [&str; 6] = ["e ", "er ", "th ", "st ", "nd ", "rd "];
    if lang == Lang::En
        && let Some(rest) = unit.strip_prefix('€')
    {
        return format!("€{value}{}", rest.replacen(' ', "\u{a0}", 1));
    }
    if (unit == "%" && lang == Lang::En) || ORDINALS.iter().any(|o| unit.starts_with(o)) {
        format!("{value}{unit}")
    } else {
        format!("{value}\u{a0}{unit}")
    }
}

/// Whether a figure takes the singular of its unit: below two in French
/// (« 1,59 milliard »), exactly one in English ("1 month").
pub fn takes_singular(figure: &Figure, lang: Lang) -> bool {
    let one = |v: f64| match lang {
        Lang::Fr => v.abs() < 2.0,
        Lang::En => v.abs() == 1.0,
    };
    one(figure.lo) && one(figure.hi)
}

/// How many decimals a typed number shows when the author did not say.
pub fn natural_decimals(v: f64) -> usize {
    let s = format!("{v}");
    s.split_once('.').map_or(0, |(_, f)| f.len().min(6))
}

// Here rather than in `model.rs`, which `build.rs` compiles on its own.
impl super::model::Statistic {
    /// The unit that agrees with `figure` in `lang` (see `unit_one`).
    pub fn unit_for(&self, figure: Option<&Figure>, lang: Lang) -> Option<&str> {
        let one = figure.is_some_and(|f| takes_singular(f, lang));
        match (&self.unit_one, one) {
            (Some(u), true) => Some(u.get(lang)),
            _ => self.unit.as_ref().map(|u| u.get(lang)),
        }
    }
}

/// What is wrong with a gauge's full scale, if anything. The view draws a
/// gauge out of a number or a statistic's figure only; an unknown or broken
/// statistic is reported on its own, so not here.
pub fn gauge_problem(scale: &Expr, figures: &HashMap<String, Figure>) -> Option<&'static str> {
    let full = match scale {
        Expr::Num(v) => Figure::exact(*v),
        Expr::Ref(r) => *figures.get(r)?,
        _ => return Some("the gauge's full scale must be a number or a statistic's id"),
    };
    let fine = super::limits::sane(full.lo) && super::limits::sane(full.hi) && full.lo > 0.0;
    (!fine).then_some("the gauge's full scale must be a finite number above 0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(format_number(30000.0, 0, Lang::En), "30,000");
        assert_eq!(format_number(30000.0, 0, Lang::Fr), "30\u{202f}000");
        assert_eq!(format_number(2.86, 2, Lang::Fr), "2,86");
        assert_eq!(format_number(2.5, 2, Lang::En), "2.5");
        assert_eq!(format_number(2008.0, 0, Lang::En), "2008");
        assert_eq!(format_number(2008.0, 0, Lang::Fr), "2008");
        assert_eq!(format_number(1539.42, 2, Lang::Fr), "1\u{202f}539,42");
        assert_eq!(format_number(1539.42, 2, Lang::En), "1,539.42");
        assert_eq!(format_number(12000.0, 0, Lang::En), "12,000");
        assert_eq!(format_number(-0.001, 2, Lang::En), "0");
        assert_eq!(
            format_number(123_456_789_012_345.67, 6, Lang::En),
            "123,456,789,012,346"
        );
    }

    #[test]
    fn units_follow_the_language() {
        let table = [
            ("400", "€ per week", Lang::En, "€400\u{a0}per week"),
            ("10.15", "€/h", Lang::En, "€10.15/h"),
            ("80", "€", Lang::En, "€80"),
            ("5.71–6.67", "€/h", Lang::En, "€5.71–6.67/h"),
            ("400", "€ par semaine", Lang::Fr, "400\u{a0}€ par semaine"),
            ("24", "%", Lang::En, "24%"),
            ("24", "%", Lang::Fr, "24\u{a0}%"),
            ("19", "e siècle", Lang::Fr, "19e siècle"),
        ];
        for (figure, unit, lang, shown) in table {
            assert_eq!(join_unit(figure, unit, lang), shown, "{figure} {unit}");
        }
    }

    #[test]
    fn singular_below_two_in_french_at_one_in_english() {
        assert!(takes_singular(&Figure::exact(1.59), Lang::Fr));
        assert!(!takes_singular(&Figure::exact(1.59), Lang::En));
        assert!(!takes_singular(&Figure::exact(2.38), Lang::Fr));
        assert!(takes_singular(&Figure::exact(1.0), Lang::En));
        assert!(!takes_singular(&Figure { lo: 1.0, hi: 3.0 }, Lang::Fr));
    }

    #[test]
    fn ranges_divide_end_to_end() {
        let pay = Figure::exact(400.0);
        let hours = Figure { lo: 60.0, hi: 70.0 };
        let per_hour = pay.combine(hours, |a, b| a / b);
        assert_eq!(per_hour.format(2, Lang::En), "5.71–6.67");
    }
}
