//! Reminders: "Remind me" as the person set it (`reminders.toml` in the config folder), when
//! one is due ([`due`]), the systemd user timer that runs `repcue remind` at those times
//! ([`units`]), and the desktop notification itself ([`notify`]). No daemon of Repcue's own:
//! the timer starts `repcue remind`, which checks once and exits.

pub mod due;
pub mod notify;
pub mod units;

use std::path::{Path, PathBuf};

use jiff::civil::Time;
use serde::{Deserialize, Serialize};

use crate::routine::{Diagnostic, Schedule};
use crate::t;

pub use due::{Due, Quiet, Reminder, Shown, next_reminder};

/// The reminder settings' file name in the config folder.
pub const FILE_NAME: &str = "reminders.toml";
/// What `repcue remind` last showed, in the data folder (so a reminder is shown once).
pub const SHOWN_FILE: &str = "reminder-shown.toml";
/// The time offered when the routine suggests none.
pub const DEFAULT_TIME: Time = Time::constant(18, 0, 0, 0);

/// "Remind me", as the person set it in Settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReminderSettings {
    /// Reminders on.
    pub enabled: bool,
    /// The time the person picked, "HH:MM"; `None`: the routine's `remind_at` times.
    #[serde(with = "optional_time", skip_serializing_if = "Option::is_none")]
    pub time: Option<Time>,
    /// The routine to remind of; `None`: the bundled routine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routine: Option<PathBuf>,
}

impl ReminderSettings {
    /// The times of day reminders are shown at, earliest first: the picked time, else the
    /// routine's `remind_at`, else [`DEFAULT_TIME`].
    pub fn times(&self, schedule: Option<&Schedule>) -> Vec<Time> {
        if let Some(time) = self.time {
            return vec![time];
        }
        let mut times = routine_times(schedule);
        if times.is_empty() {
            times.push(DEFAULT_TIME);
        }
        times
    }

    /// The file's text.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!("{}\n{body}", t!("reminder-settings-file-comment"))
    }
}

/// The routine's own `remind_at` times, earliest first.
pub fn routine_times(schedule: Option<&Schedule>) -> Vec<Time> {
    let mut times: Vec<Time> = schedule
        .map(|s| s.remind_at.iter().filter_map(|t| parse_time(t)).collect())
        .unwrap_or_default();
    times.sort();
    times.dedup();
    times
}

/// "HH:MM" as a time of day.
pub fn parse_time(text: &str) -> Option<Time> {
    Time::strptime("%H:%M", text.trim()).ok()
}

/// A time of day as "HH:MM".
pub fn time_text(time: Time) -> String {
    time.strftime("%H:%M").to_string()
}

/// Why the reminder settings could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file exists but cannot be read.
    #[error("{}", t!("reminder-cannot-read", file = .path.display().to_string()))]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not what Repcue writes: where and what, then how to fix it.
    #[error("{}", t!("reminder-file-invalid", problem = .0))]
    Invalid(String),
}

/// Reads the reminder settings in `config` (reminders off when there is no file).
pub fn load(config: &Path) -> Result<ReminderSettings, ReadError> {
    let path = config.join(FILE_NAME);
    let text = match read_small(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Ok(ReminderSettings::default());
        }
        Err(source) => return Err(ReadError::Io { path, source }),
    };
    toml::from_str(&text).map_err(|err| {
        let place = err.span().unwrap_or(0..0);
        let message = err.message().trim_end().to_string();
        ReadError::Invalid(
            Diagnostic::at(&text, place, message).render(&path.display().to_string()),
        )
    })
}

/// Writes the reminder settings in `config` (temporary file, then rename).
pub fn save(config: &Path, settings: &ReminderSettings) -> std::io::Result<()> {
    crate::store::write_atomic(&config.join(FILE_NAME), settings.to_toml().as_bytes())
}

/// What `repcue remind` last showed (none when the file is missing or unreadable: at worst a
/// reminder is shown again).
pub fn load_shown(data: &Path) -> Option<Shown> {
    let text = read_small(&data.join(SHOWN_FILE)).ok()?;
    toml::from_str(&text).ok()
}

/// The largest reminder file read (what Repcue writes is a few lines).
const MAX_FILE_BYTES: u64 = 64 * 1024;

/// Reads one of the small reminder files: a pipe, a device or a huge file swapped in for it is
/// refused at once instead of blocking or filling memory.
fn read_small(path: &Path) -> std::io::Result<String> {
    match crate::media::read_bounded(path, MAX_FILE_BYTES)? {
        Some(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        None => Err(std::io::Error::other(t!(
            "reminder-file-too-large",
            kib = MAX_FILE_BYTES / 1024
        ))),
    }
}

/// Records what `repcue remind` showed.
pub fn save_shown(data: &Path, shown: &Shown) -> std::io::Result<()> {
    let body = toml::to_string(shown).unwrap_or_default();
    crate::store::write_atomic(&data.join(SHOWN_FILE), body.as_bytes())
}

/// `time = "HH:MM"` in the file.
mod optional_time {
    use jiff::civil::Time;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(time: &Option<Time>, out: S) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => out.serialize_str(&super::time_text(*time)),
            None => out.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(input: D) -> Result<Option<Time>, D::Error> {
        let text = String::deserialize(input)?;
        super::parse_time(&text).map(Some).ok_or_else(|| {
            D::Error::custom(crate::t!(
                "reminder-time-format",
                text = format!("{text:?}")
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_through_their_file() {
        let dir = tempfile::tempdir().expect("dir");
        assert_eq!(
            load(dir.path()).expect("no file"),
            ReminderSettings::default()
        );
        let settings = ReminderSettings {
            enabled: true,
            time: Some(Time::constant(7, 30, 0, 0)),
            routine: Some(PathBuf::from("hip.toml")),
        };
        save(dir.path(), &settings).expect("save");
        let text = std::fs::read_to_string(dir.path().join(FILE_NAME)).expect("read");
        assert!(text.contains("time = \"07:30\""), "{text}");
        assert_eq!(load(dir.path()).expect("load"), settings);
    }

    #[test]
    fn a_bad_time_says_where_and_how_to_fix_it() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(
            dir.path().join(FILE_NAME),
            "enabled = true\ntime = \"7pm\"\n",
        )
        .expect("write");
        let err = load(dir.path()).expect_err("bad time").to_string();
        assert!(err.contains("HH:MM") && err.contains(":2:"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_or_a_huge_file_is_refused_at_once_with_its_name() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join(FILE_NAME);
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        let err = load(dir.path()).expect_err("a pipe");
        let why = std::error::Error::source(&err).map(ToString::to_string);
        assert!(err.to_string().contains(FILE_NAME), "{err}");
        assert!(
            why.as_deref()
                .is_some_and(|w| w.contains("not a regular file")),
            "{why:?}"
        );
        std::fs::remove_file(&path).expect("remove pipe");
        std::fs::write(&path, vec![b'#'; 100 * 1024]).expect("huge");
        let err = load(dir.path()).expect_err("huge");
        let why = std::error::Error::source(&err).map(ToString::to_string);
        assert!(
            why.as_deref()
                .is_some_and(|w| w.contains("larger than 64 KiB")),
            "{why:?}"
        );
        assert_eq!(load_shown(dir.path()), None);
    }

    #[test]
    fn the_picked_time_wins_then_the_routines_then_six_pm() {
        let schedule = Schedule {
            start: jiff::civil::date(2026, 12, 7),
            weeks: None,
            days: None,
            per_week: None,
            per_day: 2,
            remind_at: vec!["18:00".into(), "08:00".into()],
        };
        let mut settings = ReminderSettings::default();
        assert_eq!(settings.times(None), vec![DEFAULT_TIME]);
        assert_eq!(
            settings.times(Some(&schedule)),
            vec![Time::constant(8, 0, 0, 0), Time::constant(18, 0, 0, 0)]
        );
        settings.time = Some(Time::constant(12, 15, 0, 0));
        assert_eq!(
            settings.times(Some(&schedule)),
            vec![Time::constant(12, 15, 0, 0)]
        );
    }
}
