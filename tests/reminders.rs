//! `repcue remind` against a real freedesktop notification server: a small one over zbus, on a
//! private session bus of its own (`dbus-run-session`). Checks the notification's text, app,
//! icon and actions, that it is shown once, that "Start" opens Repcue, and `--dry-run`.
//!
//! Skipped (with the reason) where dbus-run-session is not installed, unless
//! REPCUE_DBUS_TEST_REQUIRED is set (CI sets it).

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use zbus::zvariant::OwnedValue;

/// Set inside the private session, so the test knows it is the inner run.
const INNER: &str = "REPCUE_TEST_PRIVATE_BUS";
const PATH: &str = "/org/freedesktop/Notifications";
const NAME: &str = "org.freedesktop.Notifications";

/// One notification as the server received it.
#[derive(Debug, Clone)]
struct Note {
    id: u32,
    app_name: String,
    icon: String,
    summary: String,
    body: String,
    actions: Vec<String>,
    desktop_entry: Option<String>,
}

/// The notification server: records each notification; the test then answers it.
#[derive(Default)]
struct Server {
    notes: Arc<Mutex<Vec<Note>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut notes = self.notes.lock().expect("notes");
        let id = notes.len() as u32 + 1;
        notes.push(Note {
            id,
            app_name,
            icon: app_icon,
            summary,
            body,
            actions,
            desktop_entry: hints
                .get("desktop-entry")
                .and_then(|v| String::try_from(v.clone()).ok()),
        });
        id
    }

    fn close_notification(&self, _id: u32) {}

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "test".into(),
            "repcue tests".into(),
            "1".into(),
            "1.2".into(),
        )
    }
}

/// How the test answers the newest notification.
#[derive(Clone, Copy)]
enum Reply {
    /// Closed by the person (reason 2).
    Close,
    /// "Start" pressed.
    Start,
}

/// Runs `repcue --home HOME remind ARGS` while answering its notification with `reply` (again
/// every 50 ms until the process exits: an answer it missed would leave it waiting).
fn remind(
    conn: &zbus::blocking::Connection,
    notes: &Arc<Mutex<Vec<Note>>>,
    home: &Path,
    args: &[&str],
    reply: Reply,
) -> Output {
    let before = notes.lock().expect("notes").len();
    let child = Command::new(env!("CARGO_BIN_EXE_repcue"))
        .arg("--home")
        .arg(home)
        .arg("remind")
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("repcue remind starts");
    let done = Arc::new(AtomicBool::new(false));
    let answering = {
        let (conn, notes, done) = (conn.clone(), notes.clone(), done.clone());
        std::thread::spawn(move || {
            while !done.load(Ordering::SeqCst) {
                let newest = notes.lock().expect("notes").get(before).map(|n| n.id);
                if let Some(id) = newest {
                    let sent = match reply {
                        Reply::Close => conn.emit_signal(
                            None::<&str>,
                            PATH,
                            NAME,
                            "NotificationClosed",
                            &(id, 2u32),
                        ),
                        Reply::Start => conn.emit_signal(
                            None::<&str>,
                            PATH,
                            NAME,
                            "ActionInvoked",
                            &(id, "start"),
                        ),
                    };
                    sent.expect("signal sent");
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        })
    };
    let output = finish(child);
    done.store(true, Ordering::SeqCst);
    answering.join().expect("answering thread");
    output
}

/// Waits for `repcue remind` to end: a minute at most (it must not wait out its two hours when
/// an answer was sent).
fn finish(mut child: std::process::Child) -> Output {
    use std::io::Read;
    use wait_timeout::ChildExt;
    let status = match child.wait_timeout(Duration::from_secs(60)).expect("wait") {
        Some(status) => status,
        None => {
            let _ = child.kill();
            panic!("repcue remind did not end within a minute of its answer");
        }
    };
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    if let Some(mut out) = child.stdout.take() {
        out.read_to_end(&mut stdout).expect("stdout");
    }
    if let Some(mut err) = child.stderr.take() {
        err.read_to_end(&mut stderr).expect("stderr");
    }
    Output {
        status,
        stdout,
        stderr,
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn remind_shows_one_notification_with_a_start_action_on_a_real_bus() {
    if std::env::var_os(INNER).is_none() {
        let found = Command::new("dbus-run-session").arg("--version").output();
        if found.is_err() {
            assert!(
                std::env::var_os("REPCUE_DBUS_TEST_REQUIRED").is_none(),
                "dbus-run-session is required here (apt-get install dbus-daemon)"
            );
            eprintln!("skipped: dbus-run-session is not installed (apt-get install dbus-daemon)");
            return;
        }
        let status = Command::new("dbus-run-session")
            .arg("--")
            .arg(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "remind_shows_one_notification_with_a_start_action_on_a_real_bus",
                "--nocapture",
            ])
            .env(INNER, "1")
            .status()
            .expect("dbus-run-session runs");
        assert!(
            status.success(),
            "the test on the private session bus failed"
        );
        return;
    }

    // A routine in week 3 of 6 today, every day; reminders on at 00:00 (so due now).
    let dir = tempfile::tempdir().expect("dir");
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::system())
        .date();
    let start = today.checked_sub(jiff::Span::new().days(14)).expect("date");
    let routine = dir.path().join("walk.toml");
    std::fs::write(
        &routine,
        format!(
            "[routine]\ntitle = \"Walk test\"\n\n[schedule]\nstart = {start}\nweeks = 6\n\n\
             [[exercise]]\nname = \"Hip bridge\"\nreps = 2\ntempo = {{ up = 1, down = 1 }}\n"
        ),
    )
    .expect("routine");
    let home = dir.path().join("home");
    std::fs::create_dir_all(home.join("config")).expect("config");
    std::fs::write(
        home.join("config/reminders.toml"),
        format!(
            "enabled = true\ntime = \"00:00\"\nroutine = {:?}\n",
            routine.display().to_string()
        ),
    )
    .expect("reminders");

    let server = Server::default();
    let notes = server.notes.clone();
    let conn = zbus::blocking::connection::Builder::session()
        .expect("session bus")
        .name(NAME)
        .expect("name")
        .serve_at(PATH, server)
        .expect("serve")
        .build()
        .expect("the notification server is on the private bus");

    // --dry-run shows nothing and says what it would show.
    let dry = remind(&conn, &notes, &home, &["--dry-run"], Reply::Close);
    assert!(dry.status.success(), "{}", text(&dry.stderr));
    assert_eq!(
        text(&dry.stdout).trim(),
        "Would notify: Time for your exercises — Walk test, week 3 of 6"
    );
    assert!(
        notes.lock().expect("notes").is_empty(),
        "a dry run shows nothing"
    );

    // Due: one notification, from Repcue, with its icon and a Start action.
    let shown = remind(&conn, &notes, &home, &[], Reply::Close);
    assert!(shown.status.success(), "{}", text(&shown.stderr));
    assert!(
        text(&shown.stdout).contains("Reminded: Time for your exercises — Walk test, week 3 of 6"),
        "{}",
        text(&shown.stdout)
    );
    let note = notes.lock().expect("notes")[0].clone();
    assert_eq!(note.summary, "Time for your exercises");
    assert_eq!(note.body, "Walk test, week 3 of 6");
    assert_eq!(note.app_name, "Repcue");
    assert_eq!(note.icon, "org.repcue.Repcue");
    assert_eq!(note.desktop_entry.as_deref(), Some("org.repcue.Repcue"));
    let pairs: Vec<(&str, &str)> = note
        .actions
        .chunks(2)
        .map(|pair| (pair[0].as_str(), pair[1].as_str()))
        .collect();
    assert!(pairs.contains(&("start", "Start")), "{pairs:?}");
    assert!(pairs.contains(&("default", "Open Repcue")), "{pairs:?}");

    // Shown once: a second check (the timer catching up after sleep) shows nothing.
    let again = remind(&conn, &notes, &home, &[], Reply::Close);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert_eq!(
        text(&again.stdout).trim(),
        "Nothing to remind of: this reminder was already shown."
    );
    assert_eq!(notes.lock().expect("notes").len(), 1);

    // "Start" opens Repcue on the routine.
    std::fs::remove_file(home.join("data/reminder-shown.toml")).expect("forget it was shown");
    let started = remind(&conn, &notes, &home, &[], Reply::Start);
    assert!(started.status.success(), "{}", text(&started.stderr));
    assert!(
        text(&started.stdout).contains(&format!("Opening Repcue on {}", routine.display())),
        "{}",
        text(&started.stdout)
    );
    assert_eq!(notes.lock().expect("notes").len(), 2);

    // A routine file that is gone does not silence reminders: the notification says so.
    std::fs::remove_file(home.join("data/reminder-shown.toml")).expect("forget it was shown");
    std::fs::remove_file(&routine).expect("the routine file goes");
    let lost = remind(&conn, &notes, &home, &[], Reply::Close);
    assert!(lost.status.success(), "{}", text(&lost.stderr));
    assert!(
        text(&lost.stderr).contains("walk.toml"),
        "{}",
        text(&lost.stderr)
    );
    let note = notes.lock().expect("notes")[2].clone();
    assert_eq!(
        note.body,
        "Repcue cannot open your routine file: open Repcue to choose it again."
    );
}

#[test]
fn remind_with_reminders_off_says_so_and_shows_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let output = Command::new(env!("CARGO_BIN_EXE_repcue"))
        .arg("--home")
        .arg(dir.path())
        .arg("remind")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert_eq!(
        text(&output.stdout).trim(),
        "Reminders are off (turn them on in Repcue's Settings)."
    );
}
