//! An open output device with the clips converted to its rate, and turning an utterance into
//! the voice the device plays.

use std::collections::HashMap;
use std::num::NonZero;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Sender, channel};
use std::time::{Duration, Instant};

use rodio::buffer::SamplesBuffer;

use super::super::scheduler::Voice;
use super::super::source::{CueSource, ToSource};
use super::super::speech;
use super::super::{RoutineSounds, bank};
use crate::clock::Clock;
use crate::store::settings::SoundSettings;

/// Sound that reaches the ear after the samples are handed over, beyond the device buffer
/// (the sound server's own buffering); measured with `scripts/bench-cues`.
const EXTRA_LATENCY: Duration = Duration::from_millis(20);

/// The heartbeat of a device that has not asked for sound yet.
const NEVER: u64 = u64::MAX;

/// An open device with the clips converted to its rate.
pub(super) struct Device {
    _sink: rodio::MixerDeviceSink,
    pub(super) to_source: Sender<ToSource>,
    /// Clock reading (ms) of the source's last render ([`NEVER`] before the first).
    heartbeat: Arc<AtomicU64>,
    opened: Instant,
    pub(super) clips: HashMap<&'static str, Arc<[f32]>>,
    pub(super) intros: Vec<Option<Arc<[f32]>>>,
    /// The routine's own words, spoken, by text.
    pub(super) spoken: HashMap<String, Arc<[f32]>>,
    pub(super) rate: NonZero<u32>,
}

impl Device {
    /// Opens the default output and converts the decoded clips to its rate.
    pub(super) fn open(
        clock: &Arc<dyn Clock>,
        settings: SoundSettings,
        decoded: &HashMap<&'static str, SamplesBuffer>,
        intros: &[Option<SamplesBuffer>],
        spoken: &HashMap<String, SamplesBuffer>,
    ) -> Result<Self, String> {
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
            .map_err(|err| crate::t!("sound-no-output", why = err.to_string()))?;
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
        let heartbeat = Arc::new(AtomicU64::new(NEVER));
        // Straight into the device's mixer: a `Player`'s controls (pause, speed, skip, its own
        // volume) would run on every sample, and the source does what Repcue needs of them.
        let _ = to_source.send(ToSource::Volume(settings.volume));
        sink.mixer().add(CueSource::new(
            inbox,
            clock.clone(),
            channels,
            rate,
            latency,
            heartbeat.clone(),
        ));
        let clips = decoded
            .iter()
            .map(|(name, buffer)| (*name, bank::to_output(buffer, rate)))
            .collect();
        let mut device = Self {
            _sink: sink,
            to_source,
            heartbeat,
            opened: Instant::now(),
            clips,
            intros: Vec::new(),
            spoken: HashMap::new(),
            rate,
        };
        device.set_intros(intros);
        device.add_spoken(spoken.iter());
        Ok(device)
    }

    /// Converts a routine's intro clips to the device's rate.
    pub(super) fn set_intros(&mut self, intros: &[Option<SamplesBuffer>]) {
        self.intros = intros
            .iter()
            .map(|b| b.as_ref().map(|b| bank::to_output(b, self.rate)))
            .collect();
    }

    /// Converts spoken words to the device's rate.
    pub(super) fn add_spoken<'a>(
        &mut self,
        spoken: impl Iterator<Item = (&'a String, &'a SamplesBuffer)>,
    ) {
        for (text, buffer) in spoken {
            let samples = bank::to_output(buffer, self.rate);
            self.spoken.insert(text.clone(), samples);
        }
    }

    /// Whether the device has stopped asking for sound (`now` on the app's clock); one that
    /// has never asked has been silent since it opened.
    pub(super) fn stalled(&self, now: Duration) -> bool {
        let opened = self.opened.elapsed();
        let silent = match self.heartbeat.load(Ordering::Relaxed) {
            NEVER => opened,
            ms => now.saturating_sub(Duration::from_millis(ms)),
        };
        super::policy::stalled(opened, silent)
    }

    /// Samples held converted to the device's rate.
    pub(super) fn held_samples(&self) -> usize {
        self.clips.values().map(|c| c.len()).sum::<usize>()
            + self.intros.iter().flatten().map(|c| c.len()).sum::<usize>()
            + self.spoken.values().map(|c| c.len()).sum::<usize>()
    }

    /// Joins an utterance's clips into one voice, noting where its beat starts.
    pub(super) fn render(
        &self,
        utterance: &speech::Utterance,
        due: Duration,
        max_late: Duration,
        routine: &RoutineSounds,
    ) -> Option<Voice> {
        let library = bank::Library {
            clips: &self.clips,
            intros: &self.intros,
            spoken: &self.spoken,
            timeline: &routine.timeline,
        };
        let (samples, lead) =
            bank::assemble(utterance, |word| library.word(word), self.rate.get())?;
        Some(Voice {
            due,
            samples,
            lead,
            max_late,
        })
    }
}
