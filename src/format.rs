//! Every number a person reads — durations, counts, clock readings — is written here, once.
//! Depends on nothing else in the crate.

use std::time::Duration;

/// A planned length for reading: `45s`, `1.5s`, `3m 20s`, `12m`, `1h 05m`.
pub fn duration(d: Duration) -> String {
    let millis = d.as_millis();
    if millis < 60_000 {
        return to_spec(d);
    }
    let seconds = (millis + 500) / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match (h, s) {
        (0, 0) => format!("{m}m"),
        (0, _) => format!("{m}m {s:02}s"),
        _ => format!("{h}h {m:02}m"),
    }
}

/// Time a person spent, in whole seconds for reading: `55s`, `3m 20s`, `1h 05m` (a planned
/// length keeps its fractions, see [`duration`]).
pub fn time_spent(d: Duration) -> String {
    duration(Duration::from_secs((d.as_millis() + 500) as u64 / 1000))
}

/// A clock reading for time left: `4:05`, `1:02:03`.
pub fn clock(d: Duration) -> String {
    let seconds = d.as_millis().div_ceil(1000);
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// The big countdown digits: whole seconds left, rounded up, so "1" shows until the end.
pub fn countdown(left: Duration) -> String {
    left.as_millis().div_ceil(1000).to_string()
}

/// "Mon 7 Dec 2026".
pub fn day_text(date: jiff::civil::Date) -> String {
    date.strftime("%a %-d %b %Y").to_string()
}

/// `1 set`, `2 sets`, `1 rep`, `12 reps`.
pub fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Writes a duration the way the routine format reads it back, e.g. `2s`, `1.5s`, `1m30s`.
pub fn to_spec(duration: Duration) -> String {
    let millis = duration.as_millis();
    let minutes = millis / 60_000;
    let rest = millis % 60_000;
    let seconds = if rest.is_multiple_of(1000) {
        format!("{}s", rest / 1000)
    } else {
        let text = format!("{:.3}", rest as f64 / 1000.0);
        format!("{}s", text.trim_end_matches('0'))
    };
    match (minutes, rest) {
        (0, _) => seconds,
        (m, 0) => format!("{m}m"),
        (m, _) => format!("{m}m{seconds}"),
    }
}

/// Text made safe to put in an HTML page (the report, the handout).
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(secs: f64) -> Duration {
        Duration::from_secs_f64(secs)
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(s(45.0)), "45s");
        assert_eq!(duration(s(1.5)), "1.5s");
        assert_eq!(duration(s(60.0)), "1m");
        assert_eq!(duration(s(200.0)), "3m 20s");
        assert_eq!(duration(s(3900.0)), "1h 05m");
        assert_eq!(duration(s(96_000.0)), "26h 40m");
    }

    #[test]
    fn clock_and_countdown_round_up() {
        assert_eq!(clock(s(245.0)), "4:05");
        assert_eq!(clock(s(3723.0)), "1:02:03");
        assert_eq!(clock(s(0.2)), "0:01");
        assert_eq!(countdown(s(2.001)), "3");
        assert_eq!(countdown(s(2.0)), "2");
        assert_eq!(countdown(Duration::ZERO), "0");
    }
}
