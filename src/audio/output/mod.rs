//! The sound output: a thread that owns the output device, watched over so that if it ever
//! fails (a panic anywhere in its loop) it is started again with the routine and settings it
//! had, and the run keeps its sound.

mod device;
mod policy;
mod thread;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use super::espeak::{SpeakError, Speaker};
use super::{Output, RoutineSounds, SoundOutput, SoundStatus, bank};
use crate::clock::Clock;
use crate::session::CueEvent;
use crate::session::CueSink;
use crate::store::settings::SoundSettings;
use thread::SoundThread;

/// Restarts after which the sound is given up for this run (something fails every time).
const MAX_RESTARTS: u32 = 5;

enum Message {
    Plan(Vec<CueEvent>),
    Cancel,
    Routine(RoutineSounds),
    Settings(SoundSettings),
    /// A session is under way (keep the device open), or no longer.
    KeepOpen(bool),
    /// The routine's own words, spoken (or why not), from the speech job.
    Spoken(Vec<(String, Result<rodio::buffer::SamplesBuffer, SpeakError>)>),
    Stop,
    /// Makes the thread fail, as a bug would.
    #[cfg(test)]
    Panic,
    /// Makes the thread fail while it loads this routine, as a hostile clip could.
    #[cfg(test)]
    PanicWhileLoading(RoutineSounds),
    /// Asks the thread what it holds.
    #[cfg(test)]
    Probe(Sender<Probe>),
}

/// What a running sound thread holds, for tests.
#[cfg(test)]
#[derive(Debug)]
struct Probe {
    settings: SoundSettings,
    intros: usize,
    exercises: Option<usize>,
}

/// What a restarted sound thread takes up from the one before it.
#[derive(Default)]
struct Carried {
    routine: Option<RoutineSounds>,
    settings: SoundSettings,
    /// The routine was being loaded when the thread failed.
    loading: bool,
    /// Problems to show with the routine's own (exercise index, sentence).
    notes: Vec<(usize, String)>,
    /// A session is under way.
    keep_open: bool,
}

/// Called when the sound's status changes, so the window can show it (a repaint).
pub type Notify = Arc<dyn Fn() + Send + Sync>;

/// What the sound thread is given when it starts.
#[derive(Clone)]
struct Setup {
    clock: Arc<dyn Clock>,
    status: Arc<Mutex<SoundStatus>>,
    speaker: Speaker,
    notify: Notify,
    /// For jobs of the thread's own (speaking words) to send their results back.
    to_self: Sender<Message>,
}

/// The sound output: a [`SoundOutput`] backed by its own thread.
pub struct Audio {
    to_thread: Mutex<Sender<Message>>,
    status: Arc<Mutex<SoundStatus>>,
}

impl Audio {
    /// Starts the output thread; cue times are readings of `clock`, a routine's own words are
    /// spoken by `speaker`, and `notify` is called when the status changes.
    pub fn start(clock: Arc<dyn Clock>, speaker: Speaker, notify: Notify) -> Self {
        let (to_thread, inbox) = channel();
        let status = Arc::new(Mutex::new(SoundStatus {
            output: Output::Starting,
            ..SoundStatus::default()
        }));
        let setup = Setup {
            clock,
            status: status.clone(),
            speaker,
            notify,
            to_self: to_thread.clone(),
        };
        let spawned = std::thread::Builder::new()
            .name("repcue-audio".into())
            .spawn(move || supervise(&setup, &inbox));
        if let Err(err) = spawned
            && let Ok(mut status) = status.lock()
        {
            status.output =
                Output::Unavailable(crate::t!("sound-thread-failed", why = err.to_string()));
        }
        Self {
            to_thread: Mutex::new(to_thread),
            status,
        }
    }

    fn send(&self, message: Message) {
        if let Ok(sender) = self.to_thread.lock() {
            // A stopped thread has already said so in the status.
            let _ = sender.send(message);
        }
    }
}

/// Runs the sound thread's body, and runs it again each time it fails, with what the last one
/// had; after [`MAX_RESTARTS`] failures the status says sound is off for this run.
fn supervise(setup: &Setup, inbox: &Receiver<Message>) {
    // Decoded once, here, never at cue time, and kept for every restart.
    let bundled = bank::decode_bundled();
    let mut carried = Carried::default();
    let mut restarts = 0;
    loop {
        let body = AssertUnwindSafe(|| {
            let mut thread = SoundThread::new(setup.clone(), bundled.clone());
            thread.resume(&mut carried);
            thread.run(inbox, &mut carried);
        });
        // The body's own state is dropped with it; only `carried` lives on, and each of its
        // fields is whole at every point where a panic can happen.
        let Err(payload) = catch_unwind(body) else {
            return;
        };
        restarts += 1;
        let why = crate::media::panic_message(payload.as_ref());
        log::error!("the sound thread failed ({why}); starting it again ({restarts})");
        if std::mem::take(&mut carried.loading) {
            leave_out_intros(&mut carried);
        }
        if restarts > MAX_RESTARTS {
            set_output(
                setup,
                Output::Unavailable(crate::t!("sound-failed-repeatedly")),
            );
            // Stay until told to stop, so senders never see a closed channel.
            while !matches!(inbox.recv(), Ok(Message::Stop) | Err(_)) {}
            return;
        }
        set_output(setup, Output::Starting);
    }
}

/// Drops a routine's own clips after loading them took the thread down, and says so with each.
fn leave_out_intros(carried: &mut Carried) {
    let Some(routine) = &mut carried.routine else {
        return;
    };
    for (index, (_, intro)) in routine.exercises.iter_mut().enumerate() {
        if let Some((_, relative)) = intro.take() {
            carried.notes.push((
                index,
                crate::t!("sound-intro-failed", clip = relative.to_string()),
            ));
        }
    }
}

impl Drop for Audio {
    fn drop(&mut self) {
        self.send(Message::Stop);
    }
}

impl CueSink for Audio {
    fn plan(&self, cues: &[CueEvent]) {
        if !cues.is_empty() {
            self.send(Message::Plan(cues.to_vec()));
        }
    }

    fn cancel(&self) {
        self.send(Message::Cancel);
    }
}

impl SoundOutput for Audio {
    fn set_routine(&self, routine: RoutineSounds) {
        self.send(Message::Routine(routine));
    }

    fn set_settings(&self, settings: SoundSettings) {
        self.send(Message::Settings(settings));
    }

    fn keep_open(&self, open: bool) {
        self.send(Message::KeepOpen(open));
    }

    fn status(&self) -> SoundStatus {
        self.status.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

/// Sets the output's state, and tells the window when it changed.
fn set_output(setup: &Setup, output: Output) {
    update_status(setup, |status| status.output = output);
}

/// Changes the status, and tells the window when that changed anything.
fn update_status(setup: &Setup, change: impl FnOnce(&mut SoundStatus)) {
    let changed = match setup.status.lock() {
        Ok(mut status) => {
            let mut before = status.clone();
            change(&mut status);
            // Not on screen (only in the frame statistics): no frame for it.
            before.held_bytes = status.held_bytes;
            *status != before
        }
        Err(_) => false,
    };
    if changed {
        (setup.notify)();
    }
}

#[cfg(test)]
mod tests;
