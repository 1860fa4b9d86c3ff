//! The calendar values of `[schedule]`: its `start` date, its `days` and its `remind_at` times.

use toml::de::DeValue;

use super::{Reader, Value};
use crate::routine::Day;

impl Reader<'_> {
    /// A calendar date: a TOML local date, or a "YYYY-MM-DD" string.
    pub(super) fn date(&mut self, value: &Value<'_>, key: &str) -> Option<jiff::civil::Date> {
        let hint = format!("write {key} = 2026-12-07 (year-month-day, without quotes)");
        let text = match value.get_ref() {
            DeValue::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
                datetime.to_string()
            }
            DeValue::Datetime(_) => {
                self.error(
                    value.span(),
                    format!("`{key}` must be a date alone, without a time"),
                    hint,
                );
                return None;
            }
            DeValue::String(text) => text.to_string(),
            other => {
                self.error(
                    value.span(),
                    format!("`{key}` must be a date, not {}", other.type_str()),
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
                    format!("`{key}`: \"{text}\" is not a calendar date"),
                    hint,
                );
                None
            }
        }
    }

    /// `days`: weekday names, no repeats.
    pub(super) fn days(&mut self, value: &Value<'_>) -> Option<Vec<Day>> {
        let hint = "write days = [\"mon\", \"wed\", \"fri\"]: mon tue wed thu fri sat sun";
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(
                value,
                "days",
                "a list of weekdays such as [\"mon\", \"wed\"]",
            );
            return None;
        };
        if items.is_empty() {
            self.error(value.span(), "`days` is an empty list", hint);
            return None;
        }
        let mut days = Vec::new();
        let mut complete = true;
        for item in items {
            let Some(name) = item.get_ref().as_str() else {
                self.wrong_type(item, "days", "weekday names in quotes");
                complete = false;
                continue;
            };
            match Day::parse(name) {
                Some(day) if days.contains(&day) => {
                    self.error(
                        item.span(),
                        format!("\"{name}\" is listed twice in `days`"),
                        "list each weekday once",
                    );
                    complete = false;
                }
                Some(day) => days.push(day),
                None => {
                    self.error(item.span(), format!("\"{name}\" is not a weekday"), hint);
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
            self.wrong_type(value, "remind_at", "a list of times such as [\"18:00\"]");
            return Vec::new();
        };
        if items.len() > per_day as usize {
            self.error(
                value.span(),
                format!(
                    "`remind_at` has {} times, but per_day is {per_day}",
                    items.len()
                ),
                "give at most one reminder time per session of the day",
            );
        }
        let mut times = Vec::new();
        for item in items {
            let Some(text) = item.get_ref().as_str() else {
                self.wrong_type(item, "remind_at", "times in quotes, such as \"18:00\"");
                continue;
            };
            match clock_time(text) {
                Some(time) => times.push(time),
                None => self.error(
                    item.span(),
                    format!("\"{text}\" is not a time of day"),
                    "write a 24-hour time as \"HH:MM\", such as \"08:30\" or \"18:00\"",
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
