//! The calendar values of `[schedule]`: its `start` date, its `days` and its `remind_at` times.

use toml::de::DeValue;

use super::{Reader, Value, values};
use crate::routine::Day;
use crate::t;

impl Reader<'_> {
    /// A calendar date: a TOML local date, or a "YYYY-MM-DD" string.
    pub(super) fn date(&mut self, value: &Value<'_>, key: &str) -> Option<jiff::civil::Date> {
        let hint = t!("routine-date-hint", key = key);
        let text = match value.get_ref() {
            DeValue::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
                datetime.to_string()
            }
            DeValue::Datetime(_) => {
                self.error(value.span(), t!("routine-date-with-time", key = key), hint);
                return None;
            }
            DeValue::String(text) => text.to_string(),
            other => {
                self.error(
                    value.span(),
                    t!("routine-not-date", key = key, kind = values::kind(other)),
                    hint,
                );
                return None;
            }
        };
        let valid = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
        match text.parse::<jiff::civil::Date>() {
            Ok(date) if valid => Some(date),
            _ => {
                self.error(
                    value.span(),
                    t!("routine-no-such-date", key = key, text = text),
                    hint,
                );
                None
            }
        }
    }

    /// `days`: weekday names, no repeats.
    pub(super) fn days(&mut self, value: &Value<'_>) -> Option<Vec<Day>> {
        let hint = t!("routine-days-hint");
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, "days", &t!("routine-expected-days"));
            return None;
        };
        if items.is_empty() {
            self.error(value.span(), t!("routine-days-empty"), hint);
            return None;
        }
        let mut days = Vec::new();
        let mut complete = true;
        for item in items {
            let Some(name) = item.get_ref().as_str() else {
                self.wrong_type(item, "days", &t!("routine-expected-day-names"));
                complete = false;
                continue;
            };
            match Day::parse(name) {
                Some(day) if days.contains(&day) => {
                    self.error(
                        item.span(),
                        t!("routine-day-twice", day = name),
                        t!("routine-day-twice-hint"),
                    );
                    complete = false;
                }
                Some(day) => days.push(day),
                None => {
                    let message = t!("routine-not-a-day", day = name);
                    self.error(item.span(), message, hint.clone());
                    complete = false;
                }
            }
        }
        days.sort();
        complete.then_some(days)
    }

    /// `remind_at`: "HH:MM" times, at most `per_day` of them.
    pub(super) fn times(&mut self, value: &Value<'_>, per_day: u32) -> Vec<String> {
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, "remind_at", &t!("routine-expected-times"));
            return Vec::new();
        };
        if items.len() > per_day as usize {
            self.error(
                value.span(),
                t!(
                    "routine-too-many-times",
                    count = items.len(),
                    per_day = per_day.to_string()
                ),
                t!("routine-too-many-times-hint"),
            );
        }
        let mut times = Vec::new();
        for item in items {
            let Some(text) = item.get_ref().as_str() else {
                self.wrong_type(item, "remind_at", &t!("routine-expected-time-text"));
                continue;
            };
            match clock_time(text) {
                Some(time) => times.push(time),
                None => self.error(
                    item.span(),
                    t!("routine-not-a-time", text = text),
                    t!("routine-not-a-time-hint"),
                ),
            }
        }
        times
    }
}

/// "HH:MM" (24 h), as written back.
fn clock_time(text: &str) -> Option<String> {
    let (hours, minutes) = text.split_once(':')?;
    let digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(hours) || !digits(minutes) {
        return None;
    }
    let (h, m): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}
