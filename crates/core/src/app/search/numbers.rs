//! Numbers in text and in a query, read in either number style: "30,000" is
//! thirty thousand in English and thirty in French, so both readings count,
//! and a figure matches what was typed at the decimals typed ("1539" finds
//! 1,539.42, "5.71" finds 400 ÷ 70).

/// One reading of a number: its value and how many decimals it was written with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub value: f64,
    pub decimals: i32,
}

/// Separators that may sit inside a number: thousands or decimals.
fn inner_separator(c: char) -> bool {
    matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}')
}

/// The numbers written in `text`, each with its readings, in order.
pub fn numbers(text: &str) -> Vec<Vec<Reading>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if !chars[k].is_ascii_digit() {
            k += 1;
            continue;
        }
        let start = k;
        while k < chars.len() {
            let c = chars[k];
            let digit_after = chars.get(k + 1).is_some_and(char::is_ascii_digit);
            // A space joins digits only as a thousands separator (three digits after).
            let spaced = c != ',' && c != '.';
            let group_of_three = (1..=3)
                .all(|d| chars.get(k + d).is_some_and(char::is_ascii_digit))
                && !chars.get(k + 4).is_some_and(char::is_ascii_digit);
            if c.is_ascii_digit()
                || (inner_separator(c) && digit_after && (!spaced || group_of_three))
            {
                k += 1;
            } else {
                break;
            }
        }
        let token: String = chars[start..k].iter().collect();
        out.push(readings(&token));
    }
    out
}

/// The readings of one number as written (`1,539.42`, `1 539,42`, `400`).
pub fn readings(token: &str) -> Vec<Reading> {
    let token: String = token
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let mut out = Vec::new();
    // English: commas group thousands, a point marks decimals; French the other way.
    for (group, point) in [(',', '.'), ('.', ',')] {
        // Groups of three digits before the point, only digits after it.
        let (whole, fraction) = token.split_once(point).unwrap_or((&token, ""));
        let grouped = whole.split(group).skip(1).all(|g| g.len() == 3);
        if !grouped || !fraction.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let plain: String = token
            .chars()
            .filter(|&c| c != group)
            .map(|c| if c == point { '.' } else { c })
            .collect();
        if plain.matches('.').count() > 1 {
            continue;
        }
        if let Ok(value) = plain.parse::<f64>() {
            let decimals = plain.split_once('.').map_or(0, |(_, f)| f.len());
            let reading = Reading {
                value,
                decimals: i32::try_from(decimals).unwrap_or(0),
            };
            if value.is_finite() && !out.contains(&reading) {
                out.push(reading);
            }
        }
    }
    out
}

/// Whether `value` reads as `typed` at the decimals typed.
pub fn matches(value: f64, typed: Reading) -> bool {
    let scale = 10f64.powi(typed.decimals.clamp(0, 9));
    ((value * scale).round() - (typed.value * scale).round()).abs() < 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<Vec<f64>> {
        numbers(text)
            .into_iter()
            .map(|r| r.into_iter().map(|r| r.value).collect())
            .collect()
    }

    #[test]
    fn both_styles_are_read() {
        assert_eq!(values("€1,539.42 a month"), [vec![1539.42]]);
        assert_eq!(values("1\u{202f}539,42 €"), [vec![1539.42]]);
        assert_eq!(values("30,000 people"), [vec![30000.0, 30.0]]);
        assert_eq!(
            values("60–70 h, then 400."),
            [vec![60.0], vec![70.0], vec![400.0]]
        );
        assert_eq!(values("in 2020 12 people"), [vec![2020.0], vec![12.0]]);
    }

    #[test]
    fn a_figure_matches_at_the_decimals_typed() {
        let typed = |t: &str| readings(t)[0];
        assert!(matches(1539.42, typed("1539")));
        assert!(matches(400.0 / 70.0, typed("5.71")));
        assert!(!matches(400.0 / 70.0, typed("5.7142")));
        assert!(!matches(401.0, typed("400")));
    }
}
