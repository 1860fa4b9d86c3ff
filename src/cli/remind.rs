//! `repcue remind`: the one check the reminder timer runs. Reads "Remind me" from the
//! settings, the routine and the history, and shows a desktop notification when a session is
//! due; "Start" in it opens Repcue on the routine. `--dry-run` prints what it would show;
//! `--off` turns reminders off and removes the timer (used by `make uninstall`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::Context;
use jiff::civil::{DateTime, Time};
use jiff::tz::TimeZone;

use super::Outcome;
use crate::reminders::units::{RemindCommand, SystemdUser, Timer};
use crate::reminders::{self, Due, ReminderSettings, due, notify};
use crate::routine::{self, Routine, Schedule};
use crate::store::Paths;
use crate::t;

/// The longest a shown reminder waits for "Start" (then it is taken off the screen).
const LONGEST_WAIT: Duration = Duration::from_secs(2 * 60 * 60);

/// Runs `repcue remind`.
pub fn run(
    paths: &Paths,
    home: Option<&Path>,
    dry_run: bool,
    off: bool,
) -> anyhow::Result<Outcome> {
    if off {
        return turn_off(paths);
    }
    let settings = reminders::load(&paths.config)?;
    if !settings.enabled {
        println!("{}", t!("cli-reminders-off"));
        return Ok(Outcome::Done);
    }
    let tz = TimeZone::system();
    let now = jiff::Timestamp::now()
        .to_zoned_datetime(tz.clone())
        .datetime();
    let shown = reminders::load_shown(&paths.data);
    let (due, times, schedule) = match reminder_routine(&settings) {
        Ok(routine) => {
            let history = super::history::open(paths)?;
            let schedule = routine.schedule.clone();
            let attempts = due::attempts(&history.sessions, &routine.title, schedule.as_ref(), &tz);
            let times = settings.times(schedule.as_ref());
            let due = due::due(&due::Check {
                title: &routine.title,
                schedule: schedule.as_ref(),
                times: &times,
                attempts: &attempts,
                now,
                shown,
            });
            if !dry_run {
                refresh_timer(home, &times);
            }
            (due, times, schedule)
        }
        // Still remind, so a routine file that moved or broke does not silence reminders.
        Err(problem) => {
            eprintln!("{problem}");
            let times = settings.times(None);
            let mut due = due::due(&due::Check {
                title: "",
                schedule: None,
                times: &times,
                attempts: &[],
                now,
                shown,
            });
            if let Due::Notify(reminder) = &mut due {
                reminder.body = t!("reminder-routine-unreadable");
            }
            (due, times, None)
        }
    };
    let reminder = match due {
        Due::Quiet(why) => {
            println!("{}", t!("cli-nothing-to-remind", why = why.sentence()));
            return Ok(Outcome::Done);
        }
        Due::Notify(reminder) => reminder,
    };
    let text = format!("{} — {}", reminder.summary, reminder.body);
    if dry_run {
        println!("{}", t!("cli-would-notify", text = text));
        return Ok(Outcome::Done);
    }
    let note = notify::show(&reminder)?;
    // Shown: not again for this time, whatever happens next.
    if let Err(err) = reminders::save_shown(&paths.data, &reminder.shown) {
        let said = t!("cli-could-not-note-shown", error = err.to_string());
        eprintln!("repcue: {said}"); // not translated: the program's name before the message
    }
    println!("{}", t!("cli-reminded", text = text));
    match note.answer(answer_wait(schedule.as_ref(), &times, now)) {
        notify::Answer::Start => {
            let routine = settings
                .routine
                .as_ref()
                .map_or_else(|| t!("cli-bundled-routine"), |p| p.display().to_string());
            println!("{}", t!("cli-opening", routine = routine));
            open_app(settings.routine.as_deref(), home)?;
        }
        notify::Answer::Closed => {}
        // Nobody listens after this: a Start pressed later would do nothing.
        notify::Answer::NoAnswer => note.close(),
    }
    Ok(Outcome::Done)
}

/// How long to wait for "Start": until a minute before the next reminder, at most two hours.
fn answer_wait(schedule: Option<&Schedule>, times: &[Time], now: DateTime) -> Duration {
    let until_next = reminders::next_reminder(schedule, times, now)
        .and_then(|next| Duration::try_from(now.duration_until(next)).ok())
        .unwrap_or(LONGEST_WAIT);
    until_next
        .saturating_sub(Duration::from_secs(60))
        .clamp(Duration::from_secs(60), LONGEST_WAIT)
}

/// Sets the timer to the routine's times when they changed since Repcue set it (the
/// physiotherapist may have edited `remind_at`).
fn refresh_timer(home: Option<&Path>, times: &[Time]) {
    let (Some(systemd), Ok(program)) = (SystemdUser::from_env(), std::env::current_exe()) else {
        return;
    };
    let command = RemindCommand {
        program,
        home: home.map(Path::to_path_buf),
    };
    match systemd.refresh(&command, times) {
        Ok(true) => {
            let times: Vec<String> = times.iter().map(|t| reminders::time_text(*t)).collect();
            let times = times.join(", ");
            println!("{}", t!("cli-timer-times-changed", times = times));
        }
        Ok(false) => {}
        Err(err) => eprintln!("repcue: {err}"), // not translated: the program's name before the error
    }
}

/// The routine reminders are for, or why it cannot be read.
fn reminder_routine(settings: &ReminderSettings) -> Result<Routine, String> {
    match &settings.routine {
        None => {
            let (text, name) = crate::bundled_routine(crate::i18n::current());
            routine::parse_str(text, &name).map_err(|err| err.to_string())
        }
        Some(path) => routine::load_file(path).map_err(|err| {
            let hint = t!(
                "cli-routine-unreadable-hint",
                file = path.display().to_string()
            );
            format!("{err}\nrepcue: {hint}") // not translated: the program's name before its hint
        }),
    }
}

/// Starts the Repcue window on `routine`, not waiting for it.
fn open_app(routine: Option<&Path>, home: Option<&Path>) -> anyhow::Result<()> {
    let program = std::env::current_exe().with_context(|| t!("cli-cannot-find-program"))?;
    let mut command = Command::new(program);
    command.args(open_args(routine, home));
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| t!("cli-cannot-start"))?;
    Ok(())
}

/// The window's command line: the routine (none: the bundled one) and the same `--home`.
fn open_args(routine: Option<&Path>, home: Option<&Path>) -> Vec<PathBuf> {
    let mut args = Vec::new();
    if let Some(home) = home {
        args.push(PathBuf::from("--home"));
        args.push(home.to_path_buf());
    }
    if let Some(routine) = routine {
        args.push(routine.to_path_buf());
    }
    args
}

/// `repcue remind --off`.
fn turn_off(paths: &Paths) -> anyhow::Result<Outcome> {
    let mut settings = reminders::load(&paths.config).unwrap_or_default();
    if settings.enabled {
        settings.enabled = false;
        reminders::save(&paths.config, &settings).with_context(|| {
            t!(
                "cli-cannot-write",
                file = paths.config.display().to_string()
            )
        })?;
    }
    if let Some(systemd) = SystemdUser::from_env() {
        systemd.remove()?;
    }
    println!("{}", t!("cli-reminders-off-removed"));
    Ok(Outcome::Done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_opens_the_routine_with_the_same_home() {
        assert_eq!(
            open_args(
                Some(Path::new("/r/hip.toml")),
                Some(Path::new("/usb/repcue"))
            ),
            ["--home", "/usb/repcue", "/r/hip.toml"].map(PathBuf::from)
        );
        assert!(
            open_args(None, None).is_empty(),
            "the bundled routine needs no argument"
        );
    }

    #[test]
    fn the_wait_for_start_ends_before_the_next_reminder() {
        let times = [Time::constant(8, 0, 0, 0), Time::constant(9, 0, 0, 0)];
        let now = jiff::civil::date(2026, 12, 2).to_datetime(Time::constant(8, 0, 0, 0));
        assert_eq!(answer_wait(None, &times, now), Duration::from_secs(59 * 60));
        let evening = [Time::constant(18, 0, 0, 0)];
        assert_eq!(answer_wait(None, &evening, now), LONGEST_WAIT);
    }
}
