//! The desktop notification: freedesktop notifications over the session D-Bus, with a
//! "Start" action (and a click on the notification) that opens Repcue on the routine.

use std::sync::mpsc;
use std::time::Duration;

use super::Reminder;
use crate::APP_ID;

/// The action key of the "Start" button.
pub const START_ACTION: &str = "start";

/// What the person did with a reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Pressed "Start" or clicked the notification.
    Start,
    /// Closed it (or the desktop did).
    Closed,
    /// Nothing before Repcue stopped waiting; the notification may still be on screen.
    NoAnswer,
}

/// Why the notification could not be shown.
#[derive(Debug, thiserror::Error)]
#[error(
    "the desktop's notification service could not be reached ({0}); reminders need a desktop session with notifications"
)]
pub struct NotifyError(String);

/// Shows `reminder` and waits up to `wait` for the person's answer.
#[cfg(all(unix, not(target_os = "macos")))]
pub fn show(reminder: &Reminder, wait: Duration) -> Result<Answer, NotifyError> {
    use notify_rust::{Hint, Notification, Timeout, Urgency};

    let handle = Notification::new()
        .appname("Repcue")
        .summary(&reminder.summary)
        .body(&reminder.body)
        .icon(APP_ID)
        .hint(Hint::DesktopEntry(APP_ID.into()))
        .hint(Hint::Category("x-repcue.reminder".into()))
        .urgency(Urgency::Normal)
        .action("default", "Start")
        .action(START_ACTION, "Start")
        .action("later", "Not now")
        .timeout(Timeout::Never)
        .show()
        .map_err(|err| NotifyError(err.to_string()))?;
    let (sender, answers) = mpsc::channel();
    // The wait has no time limit of its own: it runs on a thread of its own, and Repcue stops
    // listening after `wait` (the process then exits, which ends the thread).
    let spawned = std::thread::Builder::new()
        .name("repcue-reminder".into())
        .spawn(move || {
            handle.wait_for_action(|action| {
                let answer = match action {
                    "default" | START_ACTION => Answer::Start,
                    _ => Answer::Closed,
                };
                let _ = sender.send(answer);
            });
        });
    if spawned.is_err() {
        return Ok(Answer::NoAnswer);
    }
    Ok(answers.recv_timeout(wait).unwrap_or(Answer::NoAnswer))
}

/// Shows `reminder` (no desktop notifications on this system).
#[cfg(not(all(unix, not(target_os = "macos"))))]
pub fn show(_reminder: &Reminder, _wait: Duration) -> Result<Answer, NotifyError> {
    Err(NotifyError(
        "desktop notifications are only built for Linux and BSD desktops".into(),
    ))
}
