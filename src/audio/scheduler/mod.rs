//! Places voices at exact sample positions in the output stream.
//!
//! The output is rendered ahead of time in blocks, and a frame rendered now is heard a little
//! later. The scheduler keeps an estimate of the clock reading at which frame 0 is heard
//! (`base`), refreshed at the start of every device callback and smoothed, so device-clock drift
//! is followed and callback jitter averages out. A voice due at clock reading `D` then starts at
//! frame `(D - base) * rate`, minus its lead-in (the words spoken before its beat).
//! Voices never overlap: one due while another speaks waits for it, so cues stay in order.

use std::sync::Arc;
use std::time::Duration;

/// A sound to play with its beat at `due`.
#[derive(Debug, Clone)]
pub struct Voice {
    /// Clock reading its beat belongs to.
    pub due: Duration,
    /// Mono samples at the output rate.
    pub samples: Arc<[f32]>,
    /// Samples before the beat (e.g. a rep number spoken just before "up").
    pub lead: usize,
    /// How late it may still start; later than this it is dropped rather than played stale.
    pub max_late: Duration,
}

#[derive(Debug)]
struct Playing {
    start: u64,
    samples: Arc<[f32]>,
    /// Fade-out factor, for voices cut short by a cancel.
    fade: Option<f32>,
}

/// Renders mono blocks with voices placed on their beats.
#[derive(Debug)]
pub struct Scheduler {
    rate: f64,
    latency: f64,
    frame: u64,
    base: Option<f64>,
    callbacks: u32,
    last_render: Option<Duration>,
    pending: Vec<Voice>,
    playing: Vec<Playing>,
    busy_until: u64,
    gap: u64,
}

/// Two renders closer than this belong to one device callback.
const SAME_CALLBACK: Duration = Duration::from_millis(2);
/// Silence between two voices that follow each other.
const GAP: Duration = Duration::from_millis(40);
/// Callbacks at the start of a stream that only fill the device's buffer.
const PREFILL_CALLBACKS: u32 = 8;
/// How fast the estimate follows new measurements once settled.
const SMOOTHING: f64 = 0.02;

impl Scheduler {
    /// A scheduler for `rate` frames per second, whose frames are heard `latency` after they
    /// are rendered.
    pub fn new(rate: u32, latency: Duration) -> Self {
        Self {
            rate: f64::from(rate),
            latency: latency.as_secs_f64(),
            frame: 0,
            base: None,
            callbacks: 0,
            last_render: None,
            pending: Vec::new(),
            playing: Vec::new(),
            busy_until: 0,
            gap: (GAP.as_secs_f64() * f64::from(rate)) as u64,
        }
    }

    /// Queues a voice.
    pub fn push(&mut self, voice: Voice) {
        let at = self.pending.partition_point(|v| v.due <= voice.due);
        self.pending.insert(at, voice);
    }

    /// Drops every voice not yet started and fades out the ones playing.
    pub fn cancel(&mut self) {
        self.pending.clear();
        for voice in &mut self.playing {
            voice.fade.get_or_insert(1.0);
        }
        self.busy_until = self.frame;
    }

    /// Frames rendered so far.
    pub fn frame(&self) -> u64 {
        self.frame
    }

    /// Renders the next `out.len()` frames; `now` is the clock reading at this call.
    pub fn render(&mut self, now: Duration, out: &mut [f32]) {
        self.measure(now);
        let block_end = self.frame + out.len() as u64;
        self.start_due(block_end);
        out.fill(0.0);
        for voice in &mut self.playing {
            let from = voice.start.max(self.frame);
            for frame in from..block_end {
                let index = (frame - voice.start) as usize;
                let Some(&sample) = voice.samples.get(index) else {
                    break;
                };
                let gain = match &mut voice.fade {
                    Some(fade) => {
                        *fade = (*fade - 0.002).max(0.0);
                        *fade
                    }
                    None => 1.0,
                };
                out[(frame - self.frame) as usize] += sample * gain;
            }
        }
        for sample in out.iter_mut() {
            *sample = sample.clamp(-1.0, 1.0);
        }
        self.frame = block_end;
        self.playing.retain(|v| {
            v.start + v.samples.len() as u64 > block_end && v.fade.is_none_or(|f| f > 0.0)
        });
    }

    /// Refreshes the estimate of when frame 0 is heard, at the first render of each callback.
    fn measure(&mut self, now: Duration) {
        let first_of_callback = self
            .last_render
            .is_none_or(|last| now.saturating_sub(last) > SAME_CALLBACK);
        self.last_render = Some(now);
        if !first_of_callback {
            return;
        }
        let candidate = now.as_secs_f64() + self.latency - self.frame as f64 / self.rate;
        self.callbacks += 1;
        // The first callbacks fill the device's buffer in a rush and say little about when
        // frames are heard: follow them only until the stream has settled, then average the
        // next ones evenly, then follow slowly.
        let settled = self.callbacks.saturating_sub(PREFILL_CALLBACKS);
        let weight = if settled == 0 {
            1.0
        } else {
            (1.0 / f64::from(settled)).max(SMOOTHING)
        };
        self.base = Some(match self.base {
            None => candidate,
            Some(base) => base + (candidate - base) * weight,
        });
    }

    fn start_due(&mut self, block_end: u64) {
        let Some(base) = self.base else { return };
        let now_heard = base + self.frame as f64 / self.rate;
        while let Some(voice) = self.pending.first() {
            if voice.due.as_secs_f64() < now_heard - voice.max_late.as_secs_f64() {
                self.pending.remove(0);
                continue;
            }
            let beat = ((voice.due.as_secs_f64() - base) * self.rate)
                .round()
                .max(0.0) as u64;
            let start = beat
                .saturating_sub(voice.lead as u64)
                .max(self.frame)
                .max(self.busy_until);
            if start >= block_end {
                return;
            }
            let voice = self.pending.remove(0);
            // Held back too long by the voice before it: a late count would mislead.
            let wanted = beat.saturating_sub(voice.lead as u64);
            if (start - wanted) as f64 > voice.max_late.as_secs_f64() * self.rate {
                continue;
            }
            self.busy_until = start + voice.samples.len() as u64 + self.gap;
            self.playing.push(Playing {
                start,
                samples: voice.samples,
                fade: None,
            });
        }
    }
}

#[cfg(test)]
mod tests;
