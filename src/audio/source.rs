//! The one never-ending source Repcue adds to the output: it renders the scheduler's blocks and
//! takes new voices and cancels from a channel, so nothing waits on a lock in the audio callback.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use rodio::{ChannelCount, SampleRate, Source};

use super::scheduler::{Scheduler, Voice};
use crate::clock::Clock;

/// What the output thread tells the source.
pub enum ToSource {
    /// Play this.
    Voice(Voice),
    /// Drop everything pending.
    Cancel,
    /// Play at this volume (0 to 1) from the next block on.
    Volume(f32),
}

/// Frames rendered at once (about 5 ms at 48 kHz).
const BLOCK: usize = 256;

/// A rodio source that plays scheduled voices on their beats.
pub struct CueSource {
    scheduler: Scheduler,
    inbox: Receiver<ToSource>,
    clock: Arc<dyn Clock>,
    channels: ChannelCount,
    rate: SampleRate,
    block: Vec<f32>,
    at: usize,
    channel: u16,
    heartbeat: Arc<AtomicU64>,
    volume: f32,
}

impl CueSource {
    /// A source in the output's own format; `latency` is from rendering to hearing.
    pub fn new(
        inbox: Receiver<ToSource>,
        clock: Arc<dyn Clock>,
        channels: ChannelCount,
        rate: SampleRate,
        latency: Duration,
        heartbeat: Arc<AtomicU64>,
    ) -> Self {
        Self {
            scheduler: Scheduler::new(rate.get(), latency),
            inbox,
            clock,
            channels,
            rate,
            block: vec![0.0; BLOCK],
            at: BLOCK,
            channel: 0,
            heartbeat,
            volume: 1.0,
        }
    }
}

impl Iterator for CueSource {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if self.at == BLOCK {
            for message in self.inbox.try_iter() {
                match message {
                    ToSource::Voice(voice) => self.scheduler.push(voice),
                    ToSource::Cancel => self.scheduler.cancel(),
                    ToSource::Volume(volume) => self.volume = volume.clamp(0.0, 1.0),
                }
            }
            let now = self.clock.now();
            // Tells the output thread the device is still asking for sound.
            self.heartbeat
                .store(now.as_millis() as u64, Ordering::Relaxed);
            self.scheduler.render(now, &mut self.block);
            if self.volume < 1.0 {
                for sample in &mut self.block {
                    *sample *= self.volume;
                }
            }
            self.at = 0;
        }
        let sample = self.block[self.at];
        self.channel += 1;
        if self.channel == self.channels.get() {
            self.channel = 0;
            self.at += 1;
        }
        Some(sample)
    }
}

impl Source for CueSource {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> ChannelCount {
        self.channels
    }

    fn sample_rate(&self) -> SampleRate {
        self.rate
    }

    fn total_duration(&self) -> Option<Duration> {
        None
    }
}
