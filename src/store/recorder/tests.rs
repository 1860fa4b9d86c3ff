//! The recorder survives a handler that panics, and says whether flushing finished.

use std::sync::mpsc::channel;
use std::time::Duration;

use super::*;
use crate::routine::parse_str;
use crate::timeline::Timeline;

const ROUTINE: &str = "[routine]\ntitle = \"T\"\n[[exercise]]\nname = \"Bridge\"\nreps = 2\n";

fn header(id: &str) -> Header {
    let routine = parse_str(ROUTINE, "t.toml").expect("routine");
    let timeline = Timeline::new(&routine);
    Header::new(
        id.into(),
        Timestamp::from_second(1_767_603_600).expect("time"),
        &routine,
        &timeline,
        routine.source_sha256.clone(),
        "t.toml".into(),
    )
}

fn problems(reports: &[Report]) -> Vec<&str> {
    reports
        .iter()
        .filter_map(|r| match r {
            Report::Problem(message) => Some(message.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_panicking_message_is_reported_and_the_thread_goes_on() {
    let home = tempfile::tempdir().expect("dir");
    let (wake, woken) = channel();
    let recorder = Recorder::spawn(home.path().to_path_buf(), move || {
        let _ = wake.send(());
    });
    recorder.send(Message::Panic);
    recorder.send(Message::Begin(Box::new(header("s1"))));
    assert_eq!(recorder.flush(), Ok(()));
    // Opened and the panic wake the app; the begin and the flush report nothing, so they
    // leave the window asleep.
    for _ in 0..2 {
        woken
            .recv_timeout(Duration::from_secs(20))
            .expect("the recorder answers");
    }
    assert!(woken.try_recv().is_err(), "woken with nothing to report");
    let reports = recorder.poll();
    assert!(matches!(reports[0], Report::Opened { .. }));
    let problems = problems(&reports);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("did not expect while writing the history"));
    // The session that began after the panic has its journal.
    let journals = home.path().join(crate::store::journal::FOLDER);
    assert!(journals.join("s1.jsonl").is_file());
}

#[test]
fn inline_the_panic_is_reported_the_same_way() {
    let home = tempfile::tempdir().expect("dir");
    let recorder = Recorder::inline(home.path().to_path_buf(), Timestamp::now());
    recorder.send(Message::Panic);
    assert_eq!(recorder.flush(), Ok(()));
    assert_eq!(problems(&recorder.poll()).len(), 1);
}

#[test]
fn flush_says_why_it_could_not_finish() {
    let timed_out = FlushError::TimedOut.to_string();
    assert!(
        timed_out.contains("still being written after 5 s"),
        "{timed_out}"
    );
    assert!(FlushError::Stopped.to_string().contains("had stopped"));
}
