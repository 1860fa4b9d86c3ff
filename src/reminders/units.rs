//! The systemd user timer that runs `repcue remind` at the reminder times, even when Repcue is
//! not running: `repcue-remind.timer` (one `OnCalendar` line per time, `Persistent=true` so a
//! time missed while the computer slept is caught up once on wake) and `repcue-remind.service`.
//! `repcue remind` itself decides whether today is a session day and whether anything is due.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use jiff::civil::Time;

use crate::t;

/// How long systemctl may take to answer.
const SYSTEMCTL_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// The timer's unit name.
pub const TIMER: &str = "repcue-remind.timer";
/// The service's unit name.
pub const SERVICE: &str = "repcue-remind.service";

/// How `repcue remind` is started: the program, and the folder given with `--home`, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemindCommand {
    /// The `repcue` program.
    pub program: PathBuf,
    /// `--home FOLDER`, when Repcue keeps its files in one folder.
    pub home: Option<PathBuf>,
}

/// The service unit's text.
pub fn service_text(command: &RemindCommand) -> String {
    let mut exec = format!("{} remind", exec_word(&command.program));
    if let Some(home) = &command.home {
        exec.push_str(&format!(" --home {}", exec_word(home)));
    }
    let comment = t!("reminder-unit-file-comment");
    let description = t!("reminder-service-description");
    let timeout = t!("reminder-service-timeout-comment");
    let kill_mode = t!("reminder-service-kill-mode-comment");
    format!(
        "{comment}\n\
         [Unit]\n\
         Description={description}\n\
         After=graphical-session.target\n\
         \n\
         [Service]\n\
         Type=oneshot\n\
         ExecStart={exec}\n\
         {timeout}\n\
         TimeoutStartSec=3h\n\
         {kill_mode}\n\
         KillMode=process\n"
    )
}

/// The timer unit's text: daily at each of `times`.
pub fn timer_text(times: &[Time]) -> String {
    let calendar: String = times
        .iter()
        .map(|t| format!("OnCalendar=*-*-* {}\n", t.strftime("%H:%M:00"))) // not translated: systemd
        .collect();
    let comment = t!("reminder-unit-file-comment");
    let description = t!("reminder-timer-description");
    format!(
        "{comment}\n\
         [Unit]\n\
         Description={description}\n\
         \n\
         [Timer]\n\
         {calendar}\
         Persistent=true\n\
         AccuracySec=30s\n\
         \n\
         [Install]\n\
         WantedBy=timers.target\n"
    )
}

/// A path as one word of a systemd command line: quoted, with `\`, `"`, `%` and `$` escaped.
fn exec_word(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut word = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => word.push_str("\\\\"),
            '"' => word.push_str("\\\""),
            '%' => word.push_str("%%"),
            '$' => word.push_str("$$"),
            c => word.push(c),
        }
    }
    word.push('"');
    word
}

/// Why the timer could not be set up or removed; each message says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnitError {
    /// No systemd user session (or no systemctl).
    #[error("{}", t!("reminder-no-systemd", reason = .0))]
    NoSystemd(String),
    /// A unit file could not be written or removed.
    #[error("{}", t!("reminder-timer-not-written", folder = .folder, reason = .reason))]
    Files {
        /// The folder.
        folder: String,
        /// Why.
        reason: String,
    },
    /// systemctl refused.
    #[error("{}", t!("reminder-systemctl-failed", action = .action, reason = .reason))]
    Systemctl {
        /// What was asked.
        action: String,
        /// What it said.
        reason: String,
    },
}

/// Where the timer goes and how it is told: the user's systemd.
pub trait Timer: Send + Sync {
    /// Sets the timer to run `command` daily at `times` (replacing an earlier one).
    fn install(&self, command: &RemindCommand, times: &[Time]) -> Result<(), UnitError>;
    /// Stops and removes the timer (nothing to do when there is none).
    fn remove(&self) -> Result<(), UnitError>;
}

/// The user's systemd: unit files in `~/.config/systemd/user`, told with `systemctl --user`.
#[derive(Debug, Clone)]
pub struct SystemdUser {
    /// The user unit folder.
    pub unit_dir: PathBuf,
    /// The systemctl program.
    pub systemctl: OsString,
}

impl SystemdUser {
    /// The user's unit folder (`$XDG_CONFIG_HOME/systemd/user`) and `systemctl` from the PATH.
    pub fn from_env() -> Option<Self> {
        let config = directories::BaseDirs::new()?.config_dir().to_path_buf();
        Some(Self {
            unit_dir: config.join("systemd").join("user"),
            systemctl: OsString::from("systemctl"),
        })
    }

    fn systemctl(&self, args: &[&str]) -> Result<(), UnitError> {
        use std::io::Read;
        use wait_timeout::ChildExt;

        let action = args.join(" ");
        let mut child = Command::new(&self.systemctl)
            .arg("--user")
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            // not translated: the program's name before the system's own error
            .map_err(|err| UnitError::NoSystemd(format!("systemctl: {err}")))?;
        // A user manager that does not answer must not hold the worker (or `remind`) forever.
        let status = match child.wait_timeout(SYSTEMCTL_WAIT) {
            Ok(Some(status)) => status,
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(UnitError::Systemctl {
                    action,
                    reason: t!(
                        "reminder-systemctl-no-answer",
                        seconds = SYSTEMCTL_WAIT.as_secs()
                    ),
                });
            }
        };
        if status.success() {
            return Ok(());
        }
        let mut said = String::new();
        if let Some(stderr) = child.stderr.as_mut() {
            let _ = stderr.take(4096).read_to_string(&mut said);
        }
        let said = said.trim().to_string();
        if args == ["show-environment"] {
            return Err(UnitError::NoSystemd(said));
        }
        Err(UnitError::Systemctl {
            action,
            reason: said,
        })
    }

    fn files_error(&self, err: std::io::Error) -> UnitError {
        UnitError::Files {
            folder: self.unit_dir.display().to_string(),
            reason: err.to_string(),
        }
    }
}

impl SystemdUser {
    /// Sets the timer again when it exists and its times differ from `times`; `true` when it
    /// did.
    pub fn refresh(&self, command: &RemindCommand, times: &[Time]) -> Result<bool, UnitError> {
        let Ok(written) = std::fs::read_to_string(self.unit_dir.join(TIMER)) else {
            return Ok(false);
        };
        // Only the times count: the unit's words may be in another language.
        let calendar = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|line| line.starts_with("OnCalendar=")) // not translated: systemd key
                .map(str::to_string)
                .collect()
        };
        if calendar(&written) == calendar(&timer_text(times)) {
            return Ok(false);
        }
        self.install(command, times).map(|()| true)
    }
}

impl Timer for SystemdUser {
    fn install(&self, command: &RemindCommand, times: &[Time]) -> Result<(), UnitError> {
        // Is there a user manager to tell at all?
        self.systemctl(&["show-environment"])?;
        let write = |name: &str, text: String| {
            crate::store::write_atomic(&self.unit_dir.join(name), text.as_bytes())
                .map_err(|err| self.files_error(err))
        };
        let installed = write(SERVICE, service_text(command))
            .and_then(|()| write(TIMER, timer_text(times)))
            .and_then(|()| self.systemctl(&["daemon-reload"]))
            .and_then(|()| self.systemctl(&["enable", TIMER]))
            // Restart, so changed times take effect at once.
            .and_then(|()| self.systemctl(&["restart", TIMER]));
        if installed.is_err() {
            // Half a timer is worse than none: it would run checks for reminders that are off.
            let _ = self.remove();
        }
        installed
    }

    fn remove(&self) -> Result<(), UnitError> {
        let timer = self.unit_dir.join(TIMER);
        let service = self.unit_dir.join(SERVICE);
        if !timer.exists() && !service.exists() {
            return Ok(());
        }
        // Without a user manager the files are still removed, so nothing starts later.
        let told = self.systemctl(&["disable", "--now", TIMER]);
        // Forget when it last ran, so turning reminders on again later does not catch up at once.
        let _ = self.systemctl(&["clean", "--what=state", TIMER]);
        for file in [&timer, &service] {
            match std::fs::remove_file(file) {
                Ok(()) => {}
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(err) => return Err(self.files_error(err)),
            }
        }
        let _ = self.systemctl(&["daemon-reload"]);
        match told {
            Err(UnitError::NoSystemd(_)) => Ok(()),
            other => other,
        }
    }
}

#[cfg(test)]
mod tests;
