//! Every number a person reads — durations, counts, clock readings — is written here, once.
//! Words around the numbers come from the message files (`i18n`).

use std::time::Duration;

use jiff::civil::Date;

use crate::t;

/// A planned length for reading, in the current language: `45s`, `1.5s`, `3m 20s`, `12m`,
/// `1h 05m` (Spanish: `45 s`, `1,5 s`, `3 min 20 s`).
pub fn duration(d: Duration) -> String {
    let millis = d.as_millis();
    if millis < 60_000 {
        return t!("duration-seconds", s = decimal(&seconds_text(millis)));
    }
    let seconds = (millis + 500) / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match (h, s) {
        (0, 0) => t!("duration-minutes", m = m.to_string()),
        (0, _) => t!(
            "duration-minutes-seconds",
            m = m.to_string(),
            s = format!("{s:02}")
        ),
        _ => t!(
            "duration-hours-minutes",
            h = h.to_string(),
            m = format!("{m:02}")
        ),
    }
}

/// Seconds with up to three decimals and no trailing zeros: `45`, `1.5`.
fn seconds_text(millis: u128) -> String {
    if millis.is_multiple_of(1000) {
        (millis / 1000).to_string()
    } else {
        let text = format!("{:.3}", millis as f64 / 1000.0);
        text.trim_end_matches('0').to_string()
    }
}

/// A number written with a `.` for its decimal point, with the current language's instead.
pub fn decimal(text: &str) -> String {
    text.replace('.', &t!("number-decimal-separator"))
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

/// The day's short weekday name: "Mon", "lun".
pub fn weekday(date: Date) -> String {
    t!(
        "date-weekday",
        weekday = date.weekday().to_monday_one_offset()
    )
}

fn month(date: Date) -> String {
    t!("date-month", month = date.month())
}

/// "Mon 7 Dec 2026" ("lun 7 dic 2026").
pub fn day_text(date: Date) -> String {
    t!(
        "date-long",
        weekday = weekday(date),
        day = date.day().to_string(),
        month = month(date),
        year = date.year().to_string()
    )
}

/// "Mon 7 Dec" ("lun 7 dic").
pub fn day_short(date: Date) -> String {
    t!(
        "date-short",
        weekday = weekday(date),
        day = date.day().to_string(),
        month = month(date)
    )
}

/// "7 Dec 2026" ("7 dic 2026").
pub fn date_plain(date: Date) -> String {
    t!(
        "date-plain",
        day = date.day().to_string(),
        month = month(date),
        year = date.year().to_string()
    )
}

/// "7 Dec 26", for chart axes.
pub fn date_axis(date: Date) -> String {
    t!(
        "date-axis",
        day = date.day().to_string(),
        month = month(date),
        year = format!("{:02}", date.year().rem_euclid(100))
    )
}

/// "Mon 7 Dec 2026, 14:05".
pub fn day_time(at: jiff::civil::DateTime) -> String {
    t!(
        "date-time",
        date = day_text(at.date()),
        time = at.strftime("%H:%M").to_string()
    )
}

#[cfg(test)]
/// Writes a duration the way the routine format reads it back, e.g. `2s`, `1.5s`, `1m30s`.
pub fn to_spec(duration: Duration) -> String {
    let millis = duration.as_millis();
    let minutes = millis / 60_000;
    let rest = millis % 60_000;
    let seconds = format!("{}s", seconds_text(rest));
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
    fn spanish_durations_and_dates_read_as_spanish() {
        crate::i18n::with(crate::i18n::Lang::Es, || {
            assert_eq!(duration(s(1.5)), "1,5 s");
            assert_eq!(duration(s(200.0)), "3 min 20 s");
            assert_eq!(duration(s(3900.0)), "1 h 05 min");
            let date = jiff::civil::date(2026, 12, 7);
            assert_eq!(day_short(date), "lun 7 dic");
            assert_eq!(day_text(date), "lun 7 dic 2026");
            assert_eq!(date_axis(date), "7 dic 26");
        });
        let date = jiff::civil::date(2026, 12, 7);
        assert_eq!(day_text(date), "Mon 7 Dec 2026");
        assert_eq!(day_short(date), "Mon 7 Dec");
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
