//! The body of the sound thread: opens the default output (retrying while there is none, and
//! after it fails), decodes a routine's intro clips, and turns planned cues into voices sent to
//! the [`super::super::source::CueSource`] ahead of their beat.

use std::collections::{HashMap, HashSet};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use rodio::buffer::SamplesBuffer;

use super::super::espeak::SpeakError;
use super::super::source::ToSource;
use super::super::speech;
use super::super::{Output, RoutineSounds, Speech};
use super::device::Device;
use super::policy::{self, RETRY, RETRY_MAX};
use super::{Carried, Message, Setup, set_output, update_status};
use crate::session::{CueEvent, CueKind};
use crate::store::settings::SoundSettings;

/// Cues kept while no device is open yet (e.g. the first "get ready" while the device opens).
const BACKLOG: usize = 64;

/// What one run of the sound thread holds; dropped whole if it fails.
pub(super) struct SoundThread {
    setup: Setup,
    decoded: HashMap<&'static str, SamplesBuffer>,
    intros: Vec<Option<SamplesBuffer>>,
    /// The routines' own words, spoken, by text (kept across routines: they are small).
    spoken: HashMap<String, SamplesBuffer>,
    routine: Option<RoutineSounds>,
    settings: SoundSettings,
    device: Option<Device>,
    next_try: Instant,
    retry: Duration,
    planned: HashSet<(usize, Duration, CueKind)>,
    backlog: Vec<CueEvent>,
    /// A session is under way: the device stays open.
    keep_open: bool,
    /// When sound was last asked for (cues planned, a session ended).
    last_wanted: Instant,
    /// A device has opened since the thread started: from then on it is opened only when
    /// wanted (before, it is looked for, so the screen can say whether there is sound).
    worked: bool,
}

impl SoundThread {
    /// A thread body with the bundled clips `decoded`, no routine and default settings.
    pub(super) fn new(setup: Setup, decoded: HashMap<&'static str, SamplesBuffer>) -> Self {
        Self {
            setup,
            decoded,
            intros: Vec::new(),
            spoken: HashMap::new(),
            routine: None,
            settings: SoundSettings::default(),
            device: None,
            next_try: Instant::now(),
            retry: RETRY,
            planned: HashSet::new(),
            backlog: Vec::new(),
            keep_open: false,
            last_wanted: Instant::now(),
            worked: false,
        }
    }

    /// Takes up the settings and routine a thread before this one had.
    pub(super) fn resume(&mut self, carried: &mut Carried) {
        self.handle(Message::Settings(carried.settings), carried);
        self.keep_open = carried.keep_open;
        if let Some(routine) = carried.routine.clone() {
            carried.loading = true;
            self.load_routine(routine, &carried.notes);
            carried.loading = false;
        }
    }

    /// Handles messages until told to stop; remembers in `carried` what a restarted thread
    /// needs.
    pub(super) fn run(mut self, inbox: &Receiver<Message>, carried: &mut Carried) {
        loop {
            self.keep_device();
            let message = match self.next_check() {
                Some(wait) => inbox.recv_timeout(wait),
                // Closed and not wanted: nothing to do until told something.
                None => inbox.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match message {
                Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => return,
                Ok(message) => self.handle(message, carried),
                Err(RecvTimeoutError::Timeout) => {}
            }
        }
    }

    fn handle(&mut self, message: Message, carried: &mut Carried) {
        match message {
            Message::Plan(cues) => {
                self.last_wanted = Instant::now();
                self.plan(&cues);
            }
            Message::KeepOpen(open) => {
                carried.keep_open = open;
                self.keep_open = open;
                self.last_wanted = Instant::now();
            }
            Message::Cancel => self.cancel(),
            Message::Routine(routine) => {
                // Marked while it loads: if loading takes the thread down, the next one
                // leaves this routine's clips out.
                carried.routine = Some(routine.clone());
                carried.notes.clear();
                carried.loading = true;
                self.load_routine(routine, &carried.notes);
                carried.loading = false;
            }
            Message::Settings(settings) => {
                carried.settings = settings;
                self.settings = settings;
                if let Some(device) = &self.device {
                    let _ = device.to_source.send(ToSource::Volume(settings.volume));
                }
                if !settings.enabled {
                    self.cancel();
                }
            }
            Message::Spoken(results) => self.take_spoken(results),
            Message::Stop => {}
            #[cfg(test)]
            Message::Panic => panic!("the sound thread was told to fail"),
            #[cfg(test)]
            Message::PanicWhileLoading(routine) => {
                carried.routine = Some(routine);
                carried.loading = true;
                panic!("the sound thread was told to fail while loading a routine");
            }
            #[cfg(test)]
            Message::Probe(answer) => {
                let _ = answer.send(super::Probe {
                    settings: self.settings,
                    intros: self.intros.iter().filter(|i| i.is_some()).count(),
                    exercises: self.routine.as_ref().map(|r| r.exercises.len()),
                });
            }
        }
    }

    /// Whether the device should be open now.
    fn wanted(&self) -> bool {
        policy::wanted(self.keep_open, self.worked, self.last_wanted.elapsed())
    }

    /// How long the loop may wait for a message before the device needs looking at: an open
    /// device is watched for a stall, a missing one tried again; closed and not wanted, never.
    fn next_check(&self) -> Option<Duration> {
        let watch = RETRY / 4;
        if self.device.is_some() {
            return Some(watch);
        }
        self.wanted().then(|| {
            self.next_try
                .saturating_duration_since(Instant::now())
                .max(watch)
        })
    }

    /// Opens the output when there is none and it is wanted, closes it when it is not, and
    /// drops one that failed.
    fn keep_device(&mut self) {
        if !self.wanted() {
            if self.device.take().is_some() {
                log::debug!("closing the sound output: nothing to play");
                self.planned.clear();
                self.tell_held();
            }
            return;
        }
        let now = self.setup.clock.now();
        if self.device.as_ref().is_some_and(|d| d.stalled(now)) {
            log::warn!("the sound output failed; trying again");
            self.device = None;
            self.planned.clear();
            self.next_try = Instant::now() + RETRY;
            set_output(
                &self.setup,
                Output::Unavailable(crate::t!("sound-output-stopped")),
            );
        }
        if self.device.is_some() || Instant::now() < self.next_try {
            return;
        }
        log::debug!("opening the sound output");
        match Device::open(
            &self.setup.clock,
            self.settings,
            &self.decoded,
            &self.intros,
            &self.spoken,
        ) {
            Ok(device) => {
                log::info!("sound output open at {} Hz", device.rate);
                self.device = Some(device);
                self.worked = true;
                self.retry = RETRY;
                self.planned.clear();
                set_output(&self.setup, Output::Ready);
                self.tell_held();
                let backlog = std::mem::take(&mut self.backlog);
                self.plan(&backlog);
            }
            Err(reason) => {
                log::debug!("{reason}");
                self.next_try = Instant::now() + self.retry;
                self.retry = (self.retry * 2).min(RETRY_MAX);
                set_output(&self.setup, Output::Unavailable(reason));
            }
        }
    }

    /// Decodes the routine's intro clips; `notes` are problems found by an earlier thread.
    fn load_routine(&mut self, routine: RoutineSounds, notes: &[(usize, String)]) {
        let mut problems = notes.to_vec();
        self.intros = routine
            .exercises
            .iter()
            .enumerate()
            .map(|(index, (_, intro))| {
                let (folder, relative) = intro.as_ref()?;
                super::super::clip::load_intro(folder, relative)
                    .map_err(|err| problems.push((index, err.to_string())))
                    .ok()
            })
            .collect();
        update_status(&self.setup, |status| status.problems = problems);
        if let Some(device) = &mut self.device {
            device.set_intros(&self.intros);
        }
        self.tell_held();
        self.routine = Some(routine);
        self.cancel();
        self.speak_own_words();
    }

    /// The routine's own words (those with no bundled clip), and which are not spoken yet.
    fn own_words(&self) -> (usize, Vec<String>) {
        let Some(routine) = &self.routine else {
            return (0, Vec::new());
        };
        let intros = &self.intros;
        let all = speech::own_words(&routine.timeline, |i| {
            intros.get(i).is_some_and(Option::is_some)
        });
        let count = all.len();
        let unspoken = all
            .into_iter()
            .filter(|words| !self.spoken.contains_key(words))
            .collect();
        (count, unspoken)
    }

    /// Has the routine's own words spoken by a job of their own, so a slow or missing
    /// espeak-ng never holds up the cues; they arrive as [`Message::Spoken`].
    fn speak_own_words(&mut self) {
        let (count, wanted) = self.own_words();
        if wanted.is_empty() {
            let speech = if count == 0 {
                Speech::NotNeeded
            } else {
                Speech::Ready
            };
            update_status(&self.setup, |status| status.speech = speech);
            return;
        }
        update_status(&self.setup, |status| status.speech = Speech::Preparing);
        let (speaker, to_self) = (self.setup.speaker.clone(), self.setup.to_self.clone());
        let lang = self
            .routine
            .as_ref()
            .map_or_else(crate::i18n::current, |r| speech::speech_lang(&r.timeline));
        let job = move || {
            let mut results = Vec::new();
            for words in wanted {
                let result = std::panic::catch_unwind(|| speaker.speak(&words, lang))
                    .unwrap_or_else(|_| {
                        Err(SpeakError::Failed(crate::t!("speech-stopped-unexpectedly")))
                    });
                // Without the program, the other words need not be tried.
                let missing = matches!(result, Err(SpeakError::NotInstalled));
                results.push((words, result));
                if missing {
                    break;
                }
            }
            let _ = to_self.send(Message::Spoken(results));
        };
        if let Err(err) = std::thread::Builder::new()
            .name("repcue-speech".into())
            .spawn(job)
        {
            let why = crate::t!("speech-cannot-start", why = err.to_string());
            update_status(&self.setup, |status| {
                status.speech = Speech::Unavailable(why)
            });
        }
    }

    /// Keeps the words a speech job spoke, and says whether the routine's own words are all
    /// spoken now.
    fn take_spoken(&mut self, results: Vec<(String, Result<SamplesBuffer, SpeakError>)>) {
        let mut problem = None;
        for (words, result) in results {
            match result {
                Ok(buffer) => {
                    if let Some(device) = &mut self.device {
                        device.add_spoken(std::iter::once((&words, &buffer)));
                    }
                    self.spoken.insert(words, buffer);
                }
                Err(err) => {
                    log::warn!("cannot speak \"{words}\": {err}");
                    problem.get_or_insert(err);
                }
            }
        }
        self.tell_held();
        // Results for an earlier routine may arrive after a later one was opened: only what
        // the current routine still lacks decides what the screen says.
        let (count, unspoken) = self.own_words();
        let speech = match problem {
            Some(err) if !unspoken.is_empty() => Speech::Unavailable(err.to_string()),
            _ if unspoken.is_empty() && count > 0 => Speech::Ready,
            _ => return,
        };
        update_status(&self.setup, |status| status.speech = speech);
    }

    /// Says how much sound is held ready, as decoded and as converted for the device.
    fn tell_held(&self) {
        let samples = |b: &SamplesBuffer| b.len();
        let decoded = self.decoded.values().map(samples).sum::<usize>()
            + self.intros.iter().flatten().map(samples).sum::<usize>()
            + self.spoken.values().map(samples).sum::<usize>();
        let converted = self.device.as_ref().map_or(0, Device::held_samples);
        let bytes = (decoded + converted) * std::mem::size_of::<f32>();
        update_status(&self.setup, |status| status.held_bytes = bytes);
    }

    fn cancel(&mut self) {
        self.planned.clear();
        self.backlog.clear();
        if let Some(device) = &self.device {
            let _ = device.to_source.send(ToSource::Cancel);
        }
    }

    /// Sends a voice for each new group of cues that fall due together.
    fn plan(&mut self, cues: &[CueEvent]) {
        if !self.settings.enabled {
            return;
        }
        if self.device.is_none() {
            self.backlog.extend_from_slice(cues);
            let excess = self.backlog.len().saturating_sub(BACKLOG);
            self.backlog.drain(..excess);
            return;
        }
        let (Some(device), Some(routine)) = (&self.device, &self.routine) else {
            return;
        };
        let fresh: Vec<&CueEvent> = cues
            .iter()
            .filter(|event| {
                self.planned
                    .insert((event.cue.step, event.cue.at, event.cue.kind))
            })
            .collect();
        for group in fresh.chunk_by(|a, b| a.due == b.due) {
            let cues: Vec<_> = group
                .iter()
                .map(|event| event.cue)
                .filter(|cue| self.settings.countdown || !matches!(cue.kind, CueKind::Countdown(_)))
                .collect();
            if cues.is_empty() {
                continue;
            }
            let utterance = speech::utterance(&cues, &routine.timeline, self.settings.mode);
            let max_late = speech::max_late(&cues);
            if let Some(voice) = device.render(&utterance, group[0].due, max_late, routine) {
                log::debug!(
                    "voice due {:.3} s: {:?} (beat at word {})",
                    voice.due.as_secs_f64(),
                    utterance.words,
                    utterance.beat
                );
                let _ = device.to_source.send(ToSource::Voice(voice));
            }
        }
    }
}
