//! `repcue remind`: the one check the reminder timer runs. Reads "Remind me" from the
//! settings, the routine and the history, and shows a desktop notification when a session is
//! due; "Start" in it opens Repcue on the routine. `--dry-run` prints what it would show;
//! `--off` turns reminders off and removes the timer (used by `make uninstall`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use anyhow::Context;
use jiff::tz::TimeZone;

use super::Outcome;
use crate::reminders::units::{SystemdUser, Timer};
use crate::reminders::{self, Due, ReminderSettings, due, notify};
use crate::routine::{self, Routine};
use crate::store::Paths;

/// How long a shown reminder waits for "Start" before Repcue stops listening.
const ANSWER_WAIT: Duration = Duration::from_secs(3 * 60 * 60);

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
        println!("Reminders are off (turn them on in Repcue's Settings).");
        return Ok(Outcome::Done);
    }
    let Some(routine) = reminder_routine(&settings)? else {
        return Ok(Outcome::Invalid);
    };
    let tz = TimeZone::system();
    let now = jiff::Timestamp::now()
        .to_zoned_datetime(tz.clone())
        .datetime();
    let history = super::history::open(paths)?;
    let schedule = routine.schedule.as_ref();
    let attempts = due::attempts(&history.sessions, &routine.title, schedule, &tz);
    let times = settings.times(schedule);
    let answer = due::due(&due::Check {
        title: &routine.title,
        schedule,
        times: &times,
        attempts: &attempts,
        now,
        shown: reminders::load_shown(&paths.data),
    });
    let reminder = match answer {
        Due::Quiet(why) => {
            println!("Nothing to remind of: {}.", why.sentence());
            return Ok(Outcome::Done);
        }
        Due::Notify(reminder) => reminder,
    };
    let text = format!("{} — {}", reminder.summary, reminder.body);
    if dry_run {
        println!("Would notify: {text}");
        return Ok(Outcome::Done);
    }
    let answer = notify::show(&reminder, ANSWER_WAIT)?;
    // Shown: not again for this time, whatever happens next.
    if let Err(err) = reminders::save_shown(&paths.data, &reminder.shown) {
        eprintln!("repcue: could not note that the reminder was shown ({err})");
    }
    println!("Reminded: {text}");
    if answer == notify::Answer::Start {
        println!("Opening Repcue on {}", routine.title);
        open_app(settings.routine.as_deref(), home)?;
    }
    Ok(Outcome::Done)
}

/// The routine reminders are for, or `None` when its file is not valid (its problems printed).
fn reminder_routine(settings: &ReminderSettings) -> anyhow::Result<Option<Routine>> {
    match &settings.routine {
        None => Ok(Some(routine::parse_str(
            crate::BUNDLED_ROUTINE,
            crate::BUNDLED_NAME,
        )?)),
        Some(path) => match routine::load_file(path) {
            Ok(routine) => Ok(Some(routine)),
            Err(err) => {
                eprintln!("{err}");
                eprintln!(
                    "repcue: no reminder: the routine {} could not be read; open it in Repcue to see what is wrong",
                    path.display()
                );
                Ok(None)
            }
        },
    }
}

/// Starts the Repcue window on `routine`, not waiting for it.
fn open_app(routine: Option<&Path>, home: Option<&Path>) -> anyhow::Result<()> {
    let program = std::env::current_exe().context("cannot find the repcue program")?;
    let mut command = Command::new(program);
    command.args(open_args(routine, home));
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("cannot start Repcue")?;
    Ok(())
}

/// The window's command line: the routine (none: the bundled one) and the same `--home`.
pub fn open_args(routine: Option<&Path>, home: Option<&Path>) -> Vec<PathBuf> {
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
        reminders::save(&paths.config, &settings)
            .with_context(|| format!("cannot write {}", paths.config.display()))?;
    }
    if let Some(systemd) = SystemdUser::from_env() {
        systemd.remove()?;
    }
    println!("Reminders are off, and their timer is removed.");
    Ok(Outcome::Done)
}
