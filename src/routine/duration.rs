//! Durations as a physiotherapist writes them: `5`, `1.5`, `"5s"`, `"1m30s"`, `"2 min"`.

use std::time::Duration;

use crate::t;

/// The longest single duration a routine may give.
pub const MAX_DURATION: Duration = Duration::from_secs(60 * 60);

/// Why a duration was refused; the text is shown to the person who wrote the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DurationError {
    /// NaN or infinite number.
    NotFinite,
    /// Below zero.
    Negative,
    /// Over [`MAX_DURATION`].
    TooLong,
    /// A string that is not `<number><unit>…`.
    Syntax(String),
}

impl std::fmt::Display for DurationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::NotFinite => t!("routine-duration-not-finite"),
            Self::Negative => t!("routine-duration-negative"),
            Self::TooLong => t!("routine-duration-too-long"),
            Self::Syntax(text) => t!("routine-duration-syntax", text = text),
        })
    }
}

impl DurationError {
    /// How to write it instead.
    pub fn hint(&self) -> String {
        match self {
            Self::NotFinite | Self::Negative => t!("routine-duration-number-hint"),
            Self::TooLong => t!("routine-duration-too-long-hint"),
            Self::Syntax(_) => t!("routine-duration-syntax-hint"),
        }
    }
}

/// Reads a number of seconds (TOML integer or float), rounded to the millisecond.
pub fn from_seconds(seconds: f64) -> Result<Duration, DurationError> {
    if !seconds.is_finite() {
        return Err(DurationError::NotFinite);
    }
    if seconds < 0.0 {
        return Err(DurationError::Negative);
    }
    if seconds > MAX_DURATION.as_secs_f64() {
        return Err(DurationError::TooLong);
    }
    // Whole milliseconds keep every sum of steps exact.
    let millis = (seconds * 1000.0).round() as u64;
    Ok(Duration::from_millis(millis))
}

/// Parses `"5s"`, `"1.5s"`, `"2m"`, `"2min"`, `"1m30s"`, `"1h"`, `"90"` (seconds).
///
/// Units must come largest first and at most once each; spaces between parts are allowed.
pub fn parse(text: &str) -> Result<Duration, DurationError> {
    let syntax = || DurationError::Syntax(text.to_string());
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(syntax());
    }
    if trimmed.starts_with('-') {
        return Err(DurationError::Negative);
    }
    if let Ok(seconds) = trimmed.parse::<f64>() {
        // Rust also parses "inf" and "NaN"; those are not durations anyone means.
        if trimmed.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return from_seconds(seconds);
        }
        return Err(syntax());
    }
    let mut total = 0.0_f64;
    let mut last_rank = 0_u8;
    let mut rest = trimmed;
    while !rest.is_empty() {
        let number_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if number_len == 0 {
            return Err(syntax());
        }
        let value: f64 = rest[..number_len].parse().map_err(|_| syntax())?;
        rest = rest[number_len..].trim_start();
        let unit_len = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let (rank, scale) = match rest[..unit_len].to_ascii_lowercase().as_str() {
            "h" => (1, 3600.0),
            "m" | "min" => (2, 60.0),
            "s" => (3, 1.0),
            _ => return Err(syntax()),
        };
        if rank <= last_rank {
            return Err(syntax());
        }
        last_rank = rank;
        total += value * scale;
        rest = rest[unit_len..].trim_start();
    }
    from_seconds(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::to_spec;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn numbers_are_seconds_rounded_to_the_millisecond() {
        assert_eq!(from_seconds(5.0), Ok(ms(5000)));
        assert_eq!(from_seconds(1.5), Ok(ms(1500)));
        assert_eq!(from_seconds(0.1), Ok(ms(100)));
        assert_eq!(from_seconds(0.0004), Ok(ms(0)));
        assert_eq!(from_seconds(3600.0), Ok(ms(3_600_000)));
    }

    #[test]
    fn numbers_out_of_range_are_refused() {
        assert_eq!(from_seconds(-1.0), Err(DurationError::Negative));
        assert_eq!(from_seconds(f64::NAN), Err(DurationError::NotFinite));
        assert_eq!(from_seconds(f64::INFINITY), Err(DurationError::NotFinite));
        assert_eq!(from_seconds(3600.001), Err(DurationError::TooLong));
    }

    #[test]
    fn strings_with_units() {
        assert_eq!(parse("5s"), Ok(ms(5000)));
        assert_eq!(parse("1.5s"), Ok(ms(1500)));
        assert_eq!(parse("2m"), Ok(ms(120_000)));
        assert_eq!(parse("2min"), Ok(ms(120_000)));
        assert_eq!(parse("1m30s"), Ok(ms(90_000)));
        assert_eq!(parse("1m 30s"), Ok(ms(90_000)));
        assert_eq!(parse("90s"), Ok(ms(90_000)));
        assert_eq!(parse("1h"), Ok(ms(3_600_000)));
        assert_eq!(parse(" 20 "), Ok(ms(20_000)));
        assert_eq!(parse("0s"), Ok(ms(0)));
        assert_eq!(parse("5 S"), Ok(ms(5000)));
    }

    #[test]
    fn malformed_strings_are_refused() {
        for bad in [
            "", "s", "5x", "5ms", "1s1m", "5s5s", "1.2.3s", "inf", "NaN", "five", "5s!",
        ] {
            assert!(
                matches!(parse(bad), Err(DurationError::Syntax(_))),
                "{bad:?} should be a syntax error"
            );
        }
        assert_eq!(parse("-5s"), Err(DurationError::Negative));
        assert_eq!(parse("61m"), Err(DurationError::TooLong));
        assert_eq!(parse("1h1s"), Err(DurationError::TooLong));
    }

    #[test]
    fn spec_text_round_trips() {
        for text in ["0s", "2s", "1.5s", "1m", "1m30s", "2m0.25s"] {
            let duration = parse(text).expect("valid");
            assert_eq!(to_spec(duration), text);
        }
    }
}
