//! The thread that owns the output device: decodes the clips once, opens the default output
//! (retrying while there is none, and after it fails), turns planned cues into voices and sends
//! them to the [`CueSource`] ahead of their beat.

use std::collections::{HashMap, HashSet};
use std::num::NonZero;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rodio::buffer::SamplesBuffer;

use super::scheduler::Voice;
use super::source::{CueSource, ToSource};
use super::speech::{self, Word};
use super::{Output, RoutineSounds, SoundOutput, SoundSettings, SoundStatus, bank};
use crate::clock::Clock;
use crate::session::{CueEvent, CueKind, CueSink};

/// A device that has not asked for sound for this long has failed.
const STALL: Duration = Duration::from_secs(1);
/// How long to wait before trying a missing or failed device again; doubled after each
/// failed try, up to [`RETRY_MAX`], so a machine without sound does not keep probing.
const RETRY: Duration = Duration::from_secs(2);
const RETRY_MAX: Duration = Duration::from_secs(10);
/// Cues kept while no device is open yet (e.g. the first "get ready" while the device opens).
const BACKLOG: usize = 64;
/// Sound that reaches the ear after the samples are handed over, beyond the device buffer
/// (the sound server's own buffering); measured with `scripts/bench-cues`.
const EXTRA_LATENCY: Duration = Duration::from_millis(20);

enum Message {
    Plan(Vec<CueEvent>),
    Cancel,
    Routine(RoutineSounds),
    Settings(SoundSettings),
    Stop,
}

/// The sound output: a [`SoundOutput`] backed by its own thread.
pub struct Audio {
    to_thread: Mutex<Sender<Message>>,
    status: Arc<Mutex<SoundStatus>>,
}

impl Audio {
    /// Starts the output thread; cue times are readings of `clock`.
    pub fn start(clock: Arc<dyn Clock>) -> Self {
        let (to_thread, inbox) = channel();
        let status = Arc::new(Mutex::new(SoundStatus {
            output: Output::Starting,
            problems: Vec::new(),
        }));
        let shared = status.clone();
        let spawned = std::thread::Builder::new()
            .name("repcue-audio".into())
            .spawn(move || Worker::new(clock, shared).run(&inbox));
        if let Err(err) = spawned {
            set_output(
                &status,
                Output::Unavailable(format!("cannot start the sound thread: {err}")),
            );
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

    fn status(&self) -> SoundStatus {
        self.status.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

fn set_output(status: &Mutex<SoundStatus>, output: Output) {
    if let Ok(mut status) = status.lock() {
        status.output = output;
    }
}

/// An open device with the clips converted to its rate.
struct Device {
    _sink: rodio::MixerDeviceSink,
    player: rodio::Player,
    to_source: Sender<ToSource>,
    /// Clock reading (ms) of the source's last render.
    heartbeat: Arc<AtomicU64>,
    opened: Instant,
    clips: HashMap<&'static str, Arc<[f32]>>,
    intros: Vec<Option<Arc<[f32]>>>,
    rate: NonZero<u32>,
}

struct Worker {
    clock: Arc<dyn Clock>,
    status: Arc<Mutex<SoundStatus>>,
    decoded: HashMap<&'static str, SamplesBuffer>,
    intros: Vec<Option<SamplesBuffer>>,
    routine: Option<RoutineSounds>,
    settings: SoundSettings,
    device: Option<Device>,
    next_try: Instant,
    retry: Duration,
    planned: HashSet<(usize, Duration, CueKind)>,
    backlog: Vec<CueEvent>,
}

impl Worker {
    fn new(clock: Arc<dyn Clock>, status: Arc<Mutex<SoundStatus>>) -> Self {
        Self {
            clock,
            status,
            // Decoded once, here, never at cue time.
            decoded: bank::decode_bundled(),
            intros: Vec::new(),
            routine: None,
            settings: SoundSettings::default(),
            device: None,
            next_try: Instant::now(),
            retry: RETRY,
            planned: HashSet::new(),
            backlog: Vec::new(),
        }
    }

    fn run(mut self, inbox: &Receiver<Message>) {
        loop {
            self.keep_device();
            match inbox.recv_timeout(RETRY / 4) {
                Ok(Message::Stop) | Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return,
                Ok(message) => self.handle(message),
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            }
        }
    }

    fn handle(&mut self, message: Message) {
        match message {
            Message::Plan(cues) => self.plan(&cues),
            Message::Cancel => self.cancel(),
            Message::Routine(routine) => self.load_routine(routine),
            Message::Settings(settings) => {
                self.settings = settings;
                if let Some(device) = &self.device {
                    device.player.set_volume(settings.volume.clamp(0.0, 1.0));
                }
                if !settings.enabled {
                    self.cancel();
                }
            }
            Message::Stop => {}
        }
    }

    /// Opens the output when there is none, and drops one that failed.
    fn keep_device(&mut self) {
        if self.device.as_ref().is_some_and(|d| self.stalled(d)) {
            log::warn!("the sound output failed; trying again");
            self.device = None;
            self.planned.clear();
            self.next_try = Instant::now() + RETRY;
            set_output(
                &self.status,
                Output::Unavailable("the sound output stopped working".into()),
            );
        }
        if self.device.is_some() || Instant::now() < self.next_try {
            return;
        }
        log::debug!("opening the sound output");
        match self.open() {
            Ok(device) => {
                log::info!("sound output open at {} Hz", device.rate);
                self.device = Some(device);
                self.retry = RETRY;
                self.planned.clear();
                set_output(&self.status, Output::Ready);
                let backlog = std::mem::take(&mut self.backlog);
                self.plan(&backlog);
            }
            Err(reason) => {
                log::debug!("{reason}");
                self.next_try = Instant::now() + self.retry;
                self.retry = (self.retry * 2).min(RETRY_MAX);
                set_output(&self.status, Output::Unavailable(reason));
            }
        }
    }

    /// A device has failed when it stops asking for sound: errors alone may be passing (an
    /// underrun, a busy sound server) and are only logged.
    fn stalled(&self, device: &Device) -> bool {
        let last = Duration::from_millis(device.heartbeat.load(Ordering::Relaxed));
        device.opened.elapsed() > STALL && self.clock.now().saturating_sub(last) > STALL
    }

    fn open(&self) -> Result<Device, String> {
        let errors = Arc::new(AtomicU64::new(0));
        let on_error = move |err: rodio::cpal::Error| {
            // Passing errors can come in bursts: say the first few.
            if errors.fetch_add(1, Ordering::Relaxed) < 3 {
                log::warn!("sound output error: {err}");
            }
        };
        let mut sink = rodio::DeviceSinkBuilder::from_default_device()
            .and_then(|builder| {
                builder
                    .with_error_callback(on_error)
                    .open_sink_or_fallback()
            })
            .or_else(|_| rodio::DeviceSinkBuilder::open_default_sink())
            .map_err(|err| format!("no sound output ({err})"))?;
        sink.log_on_drop(false);
        let config = sink.config();
        let (channels, rate) = (config.channel_count(), config.sample_rate());
        let buffer_frames = match config.buffer_size() {
            rodio::cpal::BufferSize::Fixed(frames) => *frames,
            rodio::cpal::BufferSize::Default => 1024,
        };
        let latency = Duration::from_secs_f64(f64::from(buffer_frames) / f64::from(rate.get()))
            + EXTRA_LATENCY;
        let (to_source, inbox) = channel();
        let heartbeat = Arc::new(AtomicU64::new(self.clock.now().as_millis() as u64));
        let player = rodio::Player::connect_new(sink.mixer());
        player.set_volume(self.settings.volume);
        player.append(CueSource::new(
            inbox,
            self.clock.clone(),
            channels,
            rate,
            latency,
            heartbeat.clone(),
        ));
        let clips = self
            .decoded
            .iter()
            .map(|(name, buffer)| (*name, bank::to_output(buffer, rate)))
            .collect();
        let intros = self
            .intros
            .iter()
            .map(|b| b.as_ref().map(|b| bank::to_output(b, rate)))
            .collect();
        Ok(Device {
            _sink: sink,
            player,
            to_source,
            heartbeat,
            opened: Instant::now(),
            clips,
            intros,
            rate,
        })
    }

    fn load_routine(&mut self, routine: RoutineSounds) {
        let mut problems = Vec::new();
        self.intros = routine
            .exercises
            .iter()
            .enumerate()
            .map(|(index, (_, intro))| {
                let (folder, relative) = intro.as_ref()?;
                let decoded = crate::media::read_inside(
                    folder,
                    relative,
                    &["wav", "ogg", "flac", "mp3"],
                    "intro clip",
                )
                .and_then(|bytes| {
                    bank::decode(bytes).map_err(|err| format!("intro clip \"{relative}\" {err}"))
                });
                decoded.map_err(|err| problems.push((index, err))).ok()
            })
            .collect();
        if let Ok(mut status) = self.status.lock() {
            status.problems = problems;
        }
        if let Some(device) = &mut self.device {
            device.intros = self
                .intros
                .iter()
                .map(|b| b.as_ref().map(|b| bank::to_output(b, device.rate)))
                .collect();
        }
        self.routine = Some(routine);
        self.cancel();
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
            if let Some(voice) = render(&utterance, group[0].due, max_late, device, routine) {
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

/// Joins an utterance's clips into one voice, noting where its beat starts.
fn render(
    utterance: &speech::Utterance,
    due: Duration,
    max_late: Duration,
    device: &Device,
    routine: &RoutineSounds,
) -> Option<Voice> {
    let clip = |word: &Word| match word {
        Word::Clip(name) => device.clips.get(name).cloned(),
        Word::Intro(exercise) => device.intros.get(*exercise).cloned().flatten().or_else(|| {
            let name = &routine.exercises.get(*exercise)?.0;
            device
                .clips
                .get(crate::catalogue::name_clip(name)?)
                .cloned()
        }),
    };
    let (samples, lead) = bank::assemble(utterance, clip, device.rate.get())?;
    Some(Voice {
        due,
        samples,
        lead,
        max_late,
    })
}
