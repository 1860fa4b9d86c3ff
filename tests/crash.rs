//! Crash safety of the history: a child process records sessions and is killed with SIGKILL at
//! random points, many times. Every step it reported as done before the kill must be in the
//! history afterwards, and the history must still open, with nothing moved aside.
//!
//! The child is this same test binary, started with `CHILD_HOME` set and told to run only
//! `child_records_sessions_until_killed`; it prints a line after each step is on disk.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use repcue::audio::Silent;
use repcue::clock::ManualClock;
use repcue::routine::parse_str;
use repcue::session::runner::Runner;
use repcue::session::{Mark, Session};
use repcue::store::journal::{self, Header};
use repcue::store::recorder::{self, Message, Recorder};
use repcue::timeline::Timeline;

const CHILD_HOME: &str = "REPCUE_CRASH_TEST_CHILD_HOME";
const ROUNDS: usize = 200;

const ROUTINE: &str = r#"
[routine]
title = "Crash test"
prepare = 1
[[exercise]]
name = "Bridge"
sets = 2
reps = 3
tempo = { up = 1, hold = 2, down = 1 }
rest_between_sets = 2
[[exercise]]
name = "Clamshell"
reps = 2
each_side = true
tempo = { up = 1, down = 1 }
"#;

/// A small xorshift generator: enough to spread kills and commands, and repeatable by seed.
struct Random(u64);

impl Random {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below.max(1)
    }
}

fn timeline() -> Arc<Timeline> {
    let routine = parse_str(ROUTINE, "crash.toml").expect("valid routine");
    Arc::new(Timeline::new(&routine))
}

#[test]
fn child_records_sessions_until_killed() {
    let Some(home) = std::env::var_os(CHILD_HOME) else {
        return;
    };
    let data = Path::new(&home).join("data");
    let routine = parse_str(ROUTINE, "crash.toml").expect("valid routine");
    // Inline: each message is on disk (synced) when `send` returns.
    let recorder = Arc::new(Recorder::inline(data, jiff::Timestamp::now()));
    let mut random = Random(u64::from(std::process::id()) * 2_654_435_761 + 1);
    let mut out = std::io::stdout();
    for number in 0.. {
        let timeline = timeline();
        let id = format!("{}-{number}", std::process::id());
        let header = Header::new(
            id.clone(),
            jiff::Timestamp::now(),
            &routine,
            &timeline,
            routine.source_sha256.clone(),
            "crash.toml".into(),
        );
        recorder.send(Message::Begin(Box::new(header)));
        let clock = ManualClock::new();
        let runner = Runner::manual(
            Session::new(timeline),
            Arc::new(clock.clone()),
            Arc::new(Silent),
            || {},
        );
        let hook_recorder = recorder.clone();
        let hook_id = id.clone();
        runner.on_events(Box::new(move |session, events| {
            hook_recorder.send(Message::Lines {
                id: hook_id.clone(),
                lines: journal::lines(session, &events),
            });
        }));
        runner.command(|s, now| s.start(now));
        let mut reported = BTreeSet::new();
        loop {
            clock.advance(Duration::from_millis(100 + random.next(900)));
            match random.next(40) {
                0 => runner.command(|s, now| s.next_step(now)),
                1 => runner.command(|s, now| s.toggle_pause(now)),
                2 if number % 3 == 2 => {
                    runner.command(|s, now| s.finish_early(now, repcue::session::EndReason::Pain))
                }
                _ => runner.pump(),
            }
            let (done, finished): (Vec<usize>, bool) = runner.with(|s| {
                let done = s
                    .marks()
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| **m == Mark::Done)
                    .map(|(i, _)| i)
                    .collect();
                (done, s.is_finished())
            });
            for index in done {
                if reported.insert(index) {
                    writeln!(out, "done {id} {index}").expect("stdout");
                }
            }
            if finished {
                writeln!(out, "ended {id}").expect("stdout");
                break;
            }
        }
    }
}

#[test]
fn killing_the_recorder_at_random_points_loses_no_finished_step() {
    let home = tempfile::tempdir().expect("temp dir");
    let data = home.path().join("data");
    let timeline = timeline();
    let mut random = Random(0x5eed_1234_abcd_0001);
    let mut done: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut ended = BTreeSet::new();
    let exe = std::env::current_exe().expect("test binary");
    for round in 0..ROUNDS {
        let mut child = Command::new(&exe)
            .args([
                "child_records_sessions_until_killed",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_HOME, home.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the child");
        let stdout = child.stdout.take().expect("child stdout");
        let mut lines = BufReader::new(stdout).lines();
        // Kill after a random number of finished steps: the child keeps writing meanwhile, so
        // the kill lands anywhere in its work (mid-line, mid-sync, between sessions).
        let wait_for = 1 + random.next(70) as usize;
        let mut seen = 0;
        let mut record = |line: &str, done: &mut BTreeMap<String, BTreeSet<usize>>| {
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                ["done", id, index] => {
                    let index = index.parse().expect("step index");
                    done.entry((*id).to_string()).or_default().insert(index);
                    true
                }
                ["ended", id] => {
                    ended.insert((*id).to_string());
                    false
                }
                _ => false,
            }
        };
        for line in lines.by_ref() {
            let line = line.expect("line");
            if record(&line, &mut done) {
                seen += 1;
                if seen >= wait_for {
                    break;
                }
            }
        }
        child.kill().expect("SIGKILL the child");
        child.wait().expect("reap the child");
        // Whatever it printed before dying was printed after its step was on disk.
        for line in lines {
            let Ok(line) = line else { break };
            record(&line, &mut done);
        }

        let opened = recorder::open(&data, jiff::Timestamp::now())
            .unwrap_or_else(|err| panic!("round {round}: the history does not open: {err}"));
        assert!(
            opened
                .notices
                .iter()
                .all(|n| !n.contains("could not be read")),
            "round {round}: {:?}",
            opened.notices
        );
        for (id, steps) in &done {
            let fold = journal::read(&data.join("sessions").join(format!("{id}.jsonl")))
                .expect("the journal is there");
            let entry = fold.entry().expect("the journal has its header");
            let entry_in_history = opened
                .history
                .sessions
                .iter()
                .find(|s| &s.id == id)
                .unwrap_or_else(|| panic!("round {round}: session {id} is not in the history"));
            assert_eq!(entry_in_history.id, entry.id);
            let reps: u64 = steps
                .iter()
                .filter(|i| timeline.steps[**i].ends_rep)
                .count() as u64;
            let holds: u64 = steps
                .iter()
                .filter(|i| timeline.steps[**i].kind == repcue::timeline::StepKind::Hold)
                .count() as u64;
            assert!(
                entry_in_history.reps().0 >= reps && entry_in_history.holds().0 >= holds,
                "round {round}, session {id}: {} reps and {} holds recorded, {reps} and {holds} were done",
                entry_in_history.reps().0,
                entry_in_history.holds().0,
            );
            if ended.contains(id) {
                assert_ne!(
                    entry_in_history.ending,
                    repcue::session::Ending::Interrupted,
                    "round {round}: {id} ended before the kill"
                );
            }
        }
    }
    let steps: usize = done.values().map(BTreeSet::len).sum();
    let history = recorder::open(&data, jiff::Timestamp::now()).expect("history");
    let interrupted = history
        .history
        .sessions
        .iter()
        .filter(|s| s.ending == repcue::session::Ending::Interrupted)
        .count();
    println!(
        "{ROUNDS} kills: {} sessions in the history ({interrupted} interrupted), {steps} finished steps checked",
        history.history.sessions.len()
    );
    assert!(steps > ROUNDS, "the children got some work done");
}
