//! The desktop notification: `org.freedesktop.Notifications` on the session D-Bus, with a
//! "Start" action that opens Repcue on the routine. The answer is listened for before the
//! notification is sent, so one that comes at once is not missed.

use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use super::Reminder;

/// The action key of the "Start" button.
pub const START_ACTION: &str = "start";
/// How long to wait for the desktop's notification service after login (the timer catches a
/// missed reminder up as soon as the person's session starts, maybe before the desktop is up).
const SERVICE_WAIT: Duration = Duration::from_secs(120);

/// What the person did with a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Pressed "Start" or clicked the notification.
    Start,
    /// Closed it (or the desktop did).
    Closed,
    /// Nothing before Repcue stopped waiting.
    NoAnswer,
}

/// Why the notification could not be shown.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!("reminder-no-notifications", reason = .0))]
pub struct NotifyError(String);

/// A notification on screen, and the person's answer to come.
pub struct Shown {
    #[cfg(all(unix, not(target_os = "macos")))]
    connection: zbus::blocking::Connection,
    id: u32,
    answers: Receiver<Answer>,
}

impl Shown {
    /// The notification's id.
    pub fn id(&self) -> u32 {
        self.id
    }

    /// Waits up to `wait` for the person's answer.
    pub fn answer(&self, wait: Duration) -> Answer {
        self.answers.recv_timeout(wait).unwrap_or(Answer::NoAnswer)
    }

    /// Takes the notification off the screen (once nobody listens, Start would do nothing).
    pub fn close(&self) {
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            let _ = self.connection.call_method(
                Some(NAME),
                PATH,
                Some(NAME),
                "CloseNotification", // not translated: D-Bus names
                &(self.id,),
            );
        }
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
const NAME: &str = "org.freedesktop.Notifications"; // not translated: D-Bus names
#[cfg(all(unix, not(target_os = "macos")))]
const PATH: &str = "/org/freedesktop/Notifications"; // not translated: D-Bus names
#[cfg(all(unix, not(target_os = "macos")))]
const ACTION_INVOKED: &str = "ActionInvoked"; // not translated: D-Bus names
#[cfg(all(unix, not(target_os = "macos")))]
const NOTIFICATION_CLOSED: &str = "NotificationClosed"; // not translated: D-Bus names

/// Shows `reminder`, waiting (up to two minutes) for the desktop's notification service.
#[cfg(all(unix, not(target_os = "macos")))]
pub fn show(reminder: &Reminder) -> Result<Shown, NotifyError> {
    use std::collections::HashMap;

    use zbus::blocking::{Connection, MessageIterator};
    use zbus::message::Type;
    use zbus::zvariant::Value;

    let failed = |err: zbus::Error| NotifyError(err.to_string());
    let connection = Connection::session().map_err(failed)?;
    wait_for_service(&connection)?;
    let rule = zbus::MatchRule::builder()
        .msg_type(Type::Signal)
        .interface(NAME)
        .and_then(|rule| rule.path(PATH))
        .map_err(failed)?
        .build();
    let signals = MessageIterator::for_match_rule(rule, &connection, Some(16)).map_err(failed)?;
    let (start, open) = (
        crate::t!("reminder-action-start"),
        crate::t!("reminder-action-open"),
    );
    let actions = [START_ACTION, start.as_str(), "default", open.as_str()];
    let hints: HashMap<&str, Value<'_>> = HashMap::from([
        ("desktop-entry", Value::from(crate::APP_ID)),
        ("category", Value::from("x-repcue.reminder")),
        ("urgency", Value::U8(1)),
    ]);
    let reply = connection
        .call_method(
            Some(NAME),
            PATH,
            Some(NAME),
            "Notify", // not translated: D-Bus names
            &(
                "Repcue", // not translated: the app's name
                0u32,
                crate::APP_ID,
                reminder.summary.as_str(),
                reminder.body.as_str(),
                &actions[..],
                hints,
                0i32,
            ),
        )
        .map_err(failed)?;
    let id: u32 = reply.body().deserialize().map_err(failed)?;
    let (sender, answers) = mpsc::channel();
    // Read on a thread of its own; the process exits when Repcue stops waiting.
    let _ = std::thread::Builder::new()
        .name("repcue-reminder".into())
        .spawn(move || {
            for message in signals.flatten() {
                let header = message.header();
                let answer = match header.member().map(|m| m.as_str()) {
                    Some(ACTION_INVOKED) => match message.body().deserialize::<(u32, String)>() {
                        Ok((of, key)) if of == id => match key.as_str() {
                            START_ACTION | "default" => Answer::Start,
                            _ => Answer::Closed,
                        },
                        _ => continue,
                    },
                    Some(NOTIFICATION_CLOSED) => match message.body().deserialize::<(u32, u32)>() {
                        Ok((of, _)) if of == id => Answer::Closed,
                        _ => continue,
                    },
                    _ => continue,
                };
                let _ = sender.send(answer);
                break;
            }
        });
    Ok(Shown {
        connection,
        id,
        answers,
    })
}

/// Waits until the notification service runs (or can be started by the bus).
#[cfg(all(unix, not(target_os = "macos")))]
fn wait_for_service(connection: &zbus::blocking::Connection) -> Result<(), NotifyError> {
    let since = Instant::now();
    loop {
        if service_available(connection).map_err(|err| NotifyError(err.to_string()))? {
            return Ok(());
        }
        if since.elapsed() > SERVICE_WAIT {
            return Err(NotifyError(crate::t!(
                "reminder-no-service",
                name = NAME,
                seconds = SERVICE_WAIT.as_secs()
            )));
        }
        std::thread::sleep(Duration::from_secs(2));
    }
}

/// Whether the notification service runs, or the bus can start it.
#[cfg(all(unix, not(target_os = "macos")))]
fn service_available(connection: &zbus::blocking::Connection) -> zbus::Result<bool> {
    const BUS: &str = "org.freedesktop.DBus";
    const BUS_PATH: &str = "/org/freedesktop/DBus";
    let running: bool = connection
        .call_method(Some(BUS), BUS_PATH, Some(BUS), "NameHasOwner", &(NAME,))? // not translated: D-Bus names
        .body()
        .deserialize()?;
    if running {
        return Ok(true);
    }
    let names: Vec<String> = connection
        .call_method(Some(BUS), BUS_PATH, Some(BUS), "ListActivatableNames", &())? // not translated: D-Bus names
        .body()
        .deserialize()?;
    Ok(names.iter().any(|name| name == NAME))
}

/// Shows `reminder` (no desktop notifications on this system).
#[cfg(not(all(unix, not(target_os = "macos"))))]
pub fn show(_reminder: &Reminder) -> Result<Shown, NotifyError> {
    Err(NotifyError(crate::t!("reminder-notifications-unsupported")))
}
