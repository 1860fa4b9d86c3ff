//! The history store on disk: interrupted sessions folded back in (but never a running one),
//! and an unreadable history moved aside with the readable sessions kept.

use repcue::routine::parse_str;
use repcue::session::{Ending, Feedback};
use repcue::store::history::{self, FeedbackLine};
use repcue::store::journal::{Header, Journal, Line, StepLine};
use repcue::store::recorder::{self, Message, Recorder, Report};
use repcue::timeline::{StepKind, Timeline};

const ROUTINE: &str =
    "[routine]\ntitle = \"T\"\n[[exercise]]\nname = \"Bridge\"\nsets = 2\nreps = 2\n";

fn header(id: &str) -> Header {
    let routine = parse_str(ROUTINE, "t.toml").expect("routine");
    let timeline = Timeline::new(&routine);
    let mut header = Header::new(
        id.into(),
        jiff::Timestamp::from_second(1_767_603_600).expect("time"),
        &routine,
        &timeline,
        routine.source_sha256.clone(),
        "t.toml".into(),
    );
    header.pain_before = Some(3);
    header
}

fn rep(ms: u64, index: usize, set: u32, rep: u32) -> Line {
    Line::Step(StepLine {
        ms,
        index,
        exercise: 0,
        kind: StepKind::Down,
        set: Some(set),
        side: None,
        rep: Some(rep),
        ends_rep: true,
        done: true,
        active_ms: ms,
    })
}

fn now() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_767_700_000).expect("time")
}

#[test]
fn a_running_session_is_left_alone_and_an_interrupted_one_is_folded_in() {
    let home = tempfile::tempdir().expect("dir");
    let mut journal = Journal::create(home.path(), &header("s1")).expect("journal");
    journal
        .append(&[rep(4000, 2, 1, 1), rep(8000, 4, 1, 2), rep(12_000, 6, 2, 1)])
        .expect("append");
    // Still open (locked) as if another Repcue were running it.
    let opened = recorder::open(home.path(), now()).expect("open");
    assert!(opened.history.sessions.is_empty());
    assert!(opened.notices.is_empty());
    drop(journal);
    let opened = recorder::open(home.path(), now()).expect("open");
    let session = &opened.history.sessions[0];
    assert_eq!(session.ending, Ending::Interrupted);
    assert_eq!(session.reps(), (3, 4));
    assert_eq!(
        session.exercises[0].sets_done, 1,
        "set 1 was whole, set 2 was not"
    );
    assert_eq!(session.pain_before, Some(3));
    assert_eq!(session.elapsed_ms(), 12_000);
    assert!(
        opened.notices[0].contains("interrupted"),
        "{:?}",
        opened.notices
    );
    // Folded in once: the next open finds it in the history and says nothing.
    let again = recorder::open(home.path(), now()).expect("open");
    assert_eq!(again.history.sessions.len(), 1);
    assert!(again.notices.is_empty());
}

#[test]
fn an_unreadable_history_is_moved_aside_and_the_readable_sessions_kept() {
    let home = tempfile::tempdir().expect("dir");
    let recorder = Recorder::inline(home.path().to_path_buf(), now());
    recorder.send(Message::Begin(Box::new(header("s1"))));
    recorder.send(Message::Lines {
        id: "s1".into(),
        lines: vec![rep(4000, 2, 1, 1)],
    });
    // The app closes mid-session; the next start folds the session in.
    drop(recorder);
    let path = home.path().join(history::FILE_NAME);
    // A session that ended, plus feedback, then damage in the middle of the file.
    let mut entry = recorder::open(home.path(), now()).expect("open").history;
    let mut bytes = history::session_line(&entry.sessions.remove(0)).expect("line");
    bytes.extend_from_slice(b"this line was damaged\n");
    bytes.extend(
        history::feedback_line(&FeedbackLine {
            id: "s1".into(),
            feedback: Feedback {
                pain_after: Some(1),
                ..Feedback::default()
            },
        })
        .expect("line"),
    );
    std::fs::write(&path, &bytes).expect("write");
    let opened = recorder::open(home.path(), now()).expect("open");
    assert_eq!(opened.history.sessions.len(), 1);
    assert_eq!(opened.history.sessions[0].pain_after, Some(1));
    let notice = &opened.notices[0];
    assert!(notice.contains("the first at line 2"), "{notice}");
    let aside = std::fs::read_dir(home.path())
        .expect("list")
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().contains("unreadable"))
        .expect("moved aside");
    assert!(notice.contains(&aside.path().display().to_string()));
    assert_eq!(
        std::fs::read(aside.path()).expect("read"),
        bytes,
        "kept whole"
    );
    // The new file holds only what could be read, and reads cleanly.
    let again = recorder::open(home.path(), now()).expect("open");
    assert!(again.notices.is_empty(), "{:?}", again.notices);
    assert_eq!(again.history, opened.history);
}

#[test]
fn the_recorder_reports_the_history_then_each_recorded_session() {
    let home = tempfile::tempdir().expect("dir");
    let recorder = Recorder::inline(home.path().to_path_buf(), now());
    recorder.send(Message::Begin(Box::new(header("s1"))));
    recorder.send(Message::Lines {
        id: "s1".into(),
        lines: vec![
            rep(4000, 2, 1, 1),
            Line::End(Box::new(repcue::store::journal::EndLine {
                ms: 5000,
                ending: Ending::EndedEarly,
                paused_ms: 0,
                pauses: 0,
                steps_skipped: 0,
                exercises: vec![repcue::session::ExerciseRecord {
                    reps_done: 1,
                    reps_prescribed: 4,
                    ..Default::default()
                }],
                stopped_during: None,
            })),
        ],
    });
    let reports = recorder.poll();
    assert!(matches!(&reports[0], Report::Opened { history, .. } if history.sessions.is_empty()));
    match &reports[1] {
        Report::Recorded(entry) => {
            assert_eq!(entry.ending, Ending::EndedEarly);
            assert_eq!(entry.exercises[0].name, "Bridge");
            assert_eq!(entry.reps(), (1, 4));
        }
        other => panic!("expected the recorded session, got {other:?}"),
    }
    let on_disk = recorder::open(home.path(), now()).expect("open");
    assert_eq!(on_disk.history.sessions.len(), 1);
}

#[test]
fn an_interrupted_set_of_holds_that_end_their_reps_counts_as_done() {
    // Seated forward bend: the hold is the whole rep, so it is both a hold and the rep's end.
    let text = "[routine]\ntitle = \"T\"\n[[exercise]]\nname = \"Bend\"\nsets = 2\nreps = 2\n\
                tempo = { up = 0, hold = 20, down = 0 }\n";
    let routine = parse_str(text, "t.toml").expect("routine");
    let timeline = Timeline::new(&routine);
    let header = Header::new(
        "b1".into(),
        jiff::Timestamp::from_second(1_767_603_600).expect("time"),
        &routine,
        &timeline,
        String::new(),
        "t.toml".into(),
    );
    assert_eq!(header.exercises[0].work_per_set, 2);
    let home = tempfile::tempdir().expect("dir");
    let mut journal = Journal::create(home.path(), &header).expect("journal");
    let holds: Vec<Line> = timeline
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == StepKind::Hold && s.set == Some(1))
        .map(|(index, s)| {
            assert!(s.ends_rep);
            Line::Step(StepLine {
                ms: 20_000 * index as u64,
                index,
                exercise: 0,
                kind: StepKind::Hold,
                set: s.set,
                side: None,
                rep: s.rep,
                ends_rep: true,
                done: true,
                active_ms: 20_000,
            })
        })
        .collect();
    journal.append(&holds).expect("append");
    drop(journal);
    let opened = recorder::open(home.path(), now()).expect("open");
    let bend = &opened.history.sessions[0].exercises[0];
    assert_eq!((bend.reps_done, bend.holds_done, bend.sets_done), (2, 2, 1));
}
