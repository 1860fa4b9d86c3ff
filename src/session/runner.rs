//! Keeps a session moving off the UI thread: a thread wakes at each cue's due time and each
//! step's end (and at least every second), updates the session and hands the cues on — those
//! due now and those due in the next two seconds, so the sound side can place them on their
//! beat ahead of time. Timing never depends on frames being drawn (window covered, minimised
//! or unfocused). Tests use the same type without the thread, pumping it with a manual clock.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};
use std::thread::JoinHandle;
use std::time::Duration;

use super::{CueSink, Event, Session, Snapshot, State};
use crate::clock::Clock;

/// How far ahead cues are handed to the sound side.
pub const PLAN_AHEAD: Duration = Duration::from_secs(2);
/// The longest the thread sleeps while a session runs, so the plan keeps reaching ahead.
const PLAN_REFRESH: Duration = Duration::from_secs(1);

struct Shared {
    inner: Mutex<Inner>,
    wake: Condvar,
    clock: Arc<dyn Clock>,
    sink: Arc<dyn CueSink>,
    on_change: Box<dyn Fn() + Send + Sync>,
    on_events: OnceLock<EventHook>,
}

/// Receives what happened in the session (for the history), on the thread that moved it.
pub type EventHook = Box<dyn Fn(&Session, Vec<Event>) + Send + Sync>;

struct Inner {
    session: Session,
    stop: bool,
    /// What the screen last showed; a change asks for a repaint.
    seen: (usize, State),
    generation: u64,
}

/// A session with whoever keeps it moving.
pub struct Runner {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Runner {
    /// Runs `session` on its own thread; `on_change` is called when the step or state changes
    /// (e.g. to request a repaint).
    pub fn spawn(
        session: Session,
        clock: Arc<dyn Clock>,
        sink: Arc<dyn CueSink>,
        on_change: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        let mut runner = Self::manual(session, clock, sink, on_change);
        let shared = runner.shared.clone();
        let thread = std::thread::Builder::new()
            .name("repcue-session".into())
            .spawn(move || run(&shared));
        match thread {
            Ok(thread) => runner.thread = Some(thread),
            // The UI still pumps the session every frame, so it keeps working, less exactly.
            Err(err) => log::error!("cannot start the session thread: {err}"),
        }
        runner
    }

    /// The same without a thread: the caller moves it with [`Runner::pump`].
    pub fn manual(
        session: Session,
        clock: Arc<dyn Clock>,
        sink: Arc<dyn CueSink>,
        on_change: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        let seen = (session.index(), session.state());
        let generation = session.generation();
        Self {
            shared: Arc::new(Shared {
                inner: Mutex::new(Inner {
                    session,
                    stop: false,
                    seen,
                    generation,
                }),
                wake: Condvar::new(),
                clock,
                sink,
                on_change: Box::new(on_change),
                on_events: OnceLock::new(),
            }),
            thread: None,
        }
    }

    /// Hands every session event to `hook` from now on (set it before starting the session).
    /// Set once; later calls are ignored.
    pub fn on_events(&self, hook: EventHook) {
        let _ = self.shared.on_events.set(hook);
    }

    /// Brings the session up to now and delivers due cues.
    pub fn pump(&self) {
        let mut inner = self.shared.lock();
        self.shared.step(&mut inner);
    }

    /// Applies a command at the current clock reading, then wakes the thread to re-plan.
    pub fn command(&self, apply: impl FnOnce(&mut Session, Duration)) {
        let mut inner = self.shared.lock();
        let now = self.shared.clock.now();
        let due = inner.session.update(now);
        self.shared.sink.plan(&due);
        apply(&mut inner.session, now);
        self.shared.step(&mut inner);
        drop(inner);
        self.shared.wake.notify_all();
    }

    /// The session as it stands now.
    pub fn snapshot(&self) -> Snapshot {
        let inner = self.shared.lock();
        inner.session.snapshot(self.shared.clock.now())
    }

    /// Reads the session (for the record, the timeline, cues …).
    pub fn with<R>(&self, read: impl FnOnce(&Session) -> R) -> R {
        read(&self.shared.lock().session)
    }

    /// The clock this runner reads.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.shared.clock
    }
}

impl Drop for Runner {
    fn drop(&mut self) {
        self.shared.lock().stop = true;
        self.shared.wake.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic elsewhere must not take the session down with it: keep using the data.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Updates the session, delivers cues and reports visible changes; returns how long the
    /// thread may sleep before something is due.
    fn step(&self, inner: &mut Inner) -> Option<Duration> {
        let now = self.clock.now();
        let mut cues = inner.session.update(now);
        if inner.session.generation() != inner.generation {
            inner.generation = inner.session.generation();
            self.sink.cancel();
        }
        cues.extend(inner.session.upcoming_cues(now + PLAN_AHEAD));
        self.sink.plan(&cues);
        // Taken even with no one listening, so they never pile up.
        let events = inner.session.take_events();
        if let (Some(hook), false) = (self.on_events.get(), events.is_empty()) {
            hook(&inner.session, events);
        }
        let seen = (inner.session.index(), inner.session.state());
        if seen != inner.seen {
            inner.seen = seen;
            (self.on_change)();
        }
        next_wake(&inner.session, now).map(|wait| wait.min(PLAN_REFRESH))
    }
}

fn run(shared: &Shared) {
    let mut inner = shared.lock();
    loop {
        if inner.stop {
            return;
        }
        let wait = shared.step(&mut inner);
        inner = match wait {
            Some(wait) => {
                shared
                    .wake
                    .wait_timeout(inner, wait)
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .0
            }
            None => shared
                .wake
                .wait(inner)
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        };
    }
}

/// Time until the next cue or step end, or `None` when nothing moves until a command.
fn next_wake(session: &Session, now: Duration) -> Option<Duration> {
    if session.state() != State::Running {
        return None;
    }
    let step_end = session
        .current()
        .filter(|step| step.is_timed())
        .map(|step| session.clock_of(step.end()));
    let next_cue = session.next_cue_due();
    [step_end, next_cue]
        .into_iter()
        .flatten()
        .min()
        .map(|due| due.saturating_sub(now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use crate::session::{CueEvent, CueKind};
    use crate::timeline::{StepKind, Timeline};
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[derive(Default)]
    struct Recorder {
        cues: Mutex<Vec<CueEvent>>,
        cancels: AtomicUsize,
    }

    impl CueSink for Recorder {
        fn plan(&self, cues: &[CueEvent]) {
            let mut seen = self.cues.lock().expect("lock");
            for cue in cues {
                if !seen.contains(cue) {
                    seen.push(*cue);
                }
            }
        }
        fn cancel(&self) {
            self.cancels.fetch_add(1, Ordering::SeqCst);
        }
    }

    fn runner(clock: &ManualClock, sink: Arc<Recorder>, changes: Arc<AtomicUsize>) -> Runner {
        let text = "[routine]\ntitle='T'\nprepare=5\n[[exercise]]\nname='A'\nreps=2\nhold=12\n";
        let routine = crate::routine::parse_str(text, "t.toml").expect("valid");
        let session = Session::new(Arc::new(Timeline::new(&routine)));
        Runner::manual(session, Arc::new(clock.clone()), sink, move || {
            changes.fetch_add(1, Ordering::SeqCst);
        })
    }

    #[test]
    fn cues_reach_the_sink_ahead_of_their_time_and_changes_ask_for_a_repaint() {
        let clock = ManualClock::new();
        let sink = Arc::new(Recorder::default());
        let changes = Arc::new(AtomicUsize::new(0));
        let runner = runner(&clock, sink.clone(), changes.clone());
        runner.command(|s, now| s.start(now));
        // At the start, the sink already has what falls due in the next two seconds.
        let early: Vec<_> = sink
            .cues
            .lock()
            .expect("lock")
            .iter()
            .map(|e| (e.due, e.cue.kind))
            .collect();
        assert_eq!(
            early,
            [
                (Duration::ZERO, CueKind::StepStarted(StepKind::Prepare)),
                (Duration::from_secs(2), CueKind::Countdown(3)),
            ]
        );
        clock.advance(Duration::from_secs(6));
        runner.pump();
        runner.pump();
        let kinds: Vec<_> = sink
            .cues
            .lock()
            .expect("lock")
            .iter()
            .take(5)
            .map(|e| e.cue.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                CueKind::StepStarted(StepKind::Prepare),
                CueKind::Countdown(3),
                CueKind::Countdown(2),
                CueKind::Countdown(1),
                CueKind::StepStarted(StepKind::Up),
            ]
        );
        // Started, then moved on to the next step.
        assert_eq!(changes.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn pausing_cancels_what_the_sink_had_scheduled() {
        let clock = ManualClock::new();
        let sink = Arc::new(Recorder::default());
        let runner = runner(&clock, sink.clone(), Arc::new(AtomicUsize::new(0)));
        runner.command(|s, now| s.start(now));
        let before = sink.cancels.load(Ordering::SeqCst);
        runner.command(|s, now| s.pause(now));
        assert!(sink.cancels.load(Ordering::SeqCst) > before);
    }

    #[test]
    fn the_thread_sleeps_until_the_next_cue_or_step_end_and_not_at_all_when_paused() {
        let clock = ManualClock::new();
        let runner = runner(
            &clock,
            Arc::new(Recorder::default()),
            Arc::new(AtomicUsize::new(0)),
        );
        runner.command(|s, now| s.start(now));
        clock.advance(Duration::from_millis(500));
        runner.pump();
        // Countdown "3" is due 2 s into the 5 s get-ready.
        let wait = runner.with(|s| next_wake(s, clock.now()));
        assert_eq!(wait, Some(Duration::from_millis(1500)));
        // The thread itself never sleeps longer than a second while running.
        let mut inner = runner.shared.lock();
        assert_eq!(runner.shared.step(&mut inner), Some(Duration::from_secs(1)));
        drop(inner);
        runner.command(|s, now| s.pause(now));
        assert_eq!(runner.with(|s| next_wake(s, clock.now())), None);
    }
}
