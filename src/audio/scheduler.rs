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

    /// The clock reading at which `frame` will be heard, once known.
    pub fn heard_at(&self, frame: u64) -> Option<f64> {
        Some(self.base? + frame as f64 / self.rate)
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
mod tests {
    use super::*;

    const RATE: u32 = 48_000;
    const LATE: Duration = Duration::from_millis(300);
    const BLOCK: usize = 256;

    /// A simulated device: callbacks of `period` frames, each rendered in blocks at the clock
    /// reading `heard(first frame) - latency`, plus `jitter(callback)`; the device clock may run
    /// `ppm` fast. Returns the output.
    fn simulate(
        scheduler: &mut Scheduler,
        seconds: f64,
        period: usize,
        latency: f64,
        ppm: f64,
        jitter: impl Fn(u64) -> f64,
        mut during: impl FnMut(&mut Scheduler, u64),
    ) -> Vec<f32> {
        let mut out = Vec::new();
        let total = (seconds * f64::from(RATE)) as usize;
        let mut callback = 0u64;
        while out.len() < total {
            during(scheduler, callback);
            let first = out.len() as f64;
            let heard = first / (f64::from(RATE) * (1.0 + ppm * 1e-6)) + 10.0;
            let now = Duration::from_secs_f64((heard - latency + jitter(callback)).max(0.0));
            for _ in 0..period / BLOCK {
                let mut block = [0.0; BLOCK];
                scheduler.render(now, &mut block);
                out.extend_from_slice(&block);
            }
            callback += 1;
        }
        out
    }

    fn click(len: usize) -> Arc<[f32]> {
        vec![0.5; len].into()
    }

    fn onsets(out: &[f32]) -> Vec<usize> {
        (0..out.len())
            .filter(|&i| out[i] != 0.0 && (i == 0 || out[i - 1] == 0.0))
            .collect()
    }

    /// When sample `index` is heard, in the simulation's clock.
    fn heard(index: usize, ppm: f64) -> f64 {
        index as f64 / (f64::from(RATE) * (1.0 + ppm * 1e-6)) + 10.0
    }

    #[test]
    fn voices_land_on_their_beat_to_the_sample() {
        let latency = 0.043;
        let mut scheduler = Scheduler::new(RATE, Duration::from_secs_f64(latency));
        for due in [10.5, 11.0, 12.25] {
            scheduler.push(Voice {
                due: Duration::from_secs_f64(due),
                samples: click(100),
                lead: 0,
                max_late: LATE,
            });
        }
        let out = simulate(&mut scheduler, 3.0, 2048, latency, 0.0, |_| 0.0, |_, _| {});
        let found: Vec<f64> = onsets(&out).iter().map(|&i| heard(i, 0.0)).collect();
        assert_eq!(found.len(), 3);
        for (found, due) in found.iter().zip([10.5, 11.0, 12.25]) {
            assert!(
                (found - due).abs() < 1.0 / f64::from(RATE),
                "{found} vs {due}"
            );
        }
    }

    #[test]
    fn callback_jitter_is_averaged_out() {
        let latency = 0.043;
        let mut scheduler = Scheduler::new(RATE, Duration::from_secs_f64(latency));
        let dues: Vec<f64> = (0..40).map(|i| 11.0 + f64::from(i) * 0.5).collect();
        for &due in &dues {
            scheduler.push(Voice {
                due: Duration::from_secs_f64(due),
                samples: click(50),
                lead: 0,
                max_late: LATE,
            });
        }
        // Up to ±8 ms of scheduling noise on every callback.
        let noise = |k: u64| ((k.wrapping_mul(2_654_435_761) % 1000) as f64 / 1000.0 - 0.5) * 0.016;
        let out = simulate(&mut scheduler, 31.0, 2048, latency, 0.0, noise, |_, _| {});
        let errors: Vec<f64> = onsets(&out)
            .iter()
            .zip(&dues)
            .map(|(&i, due)| (heard(i, 0.0) - due).abs())
            .collect();
        assert_eq!(errors.len(), dues.len());
        let worst = errors.iter().cloned().fold(0.0, f64::max);
        assert!(worst < 0.004, "worst error {worst}");
    }

    #[test]
    fn device_clock_drift_does_not_accumulate() {
        let latency = 0.05;
        let mut scheduler = Scheduler::new(RATE, Duration::from_secs_f64(latency));
        let last = 10.0 + 600.0;
        scheduler.push(Voice {
            due: Duration::from_secs_f64(last),
            samples: click(50),
            lead: 0,
            max_late: LATE,
        });
        // A device clock 200 ppm fast would be 120 ms off after 10 minutes if not followed.
        let out = simulate(
            &mut scheduler,
            601.0,
            2048,
            latency,
            200.0,
            |_| 0.0,
            |_, _| {},
        );
        let onset = onsets(&out)[0];
        let error = (heard(onset, 200.0) - last).abs();
        assert!(error < 0.003, "error after 10 minutes {error}");
    }

    #[test]
    fn overlapping_voices_are_played_one_after_the_other() {
        let mut scheduler = Scheduler::new(RATE, Duration::from_millis(40));
        let due = Duration::from_secs_f64(10.5);
        scheduler.push(Voice {
            due,
            samples: click(4800),
            lead: 0,
            max_late: LATE,
        });
        scheduler.push(Voice {
            due,
            samples: click(4800),
            lead: 0,
            max_late: LATE,
        });
        let out = simulate(&mut scheduler, 1.5, 1024, 0.04, 0.0, |_| 0.0, |_, _| {});
        let found = onsets(&out);
        assert_eq!(found.len(), 2);
        let gap = found[1] - found[0];
        assert_eq!(
            gap,
            4800 + (0.04 * f64::from(RATE)) as usize,
            "second waits for the first plus a gap"
        );
        assert!(
            out.iter().all(|s| *s <= 0.5),
            "never summed on top of each other"
        );
    }

    #[test]
    fn lead_in_puts_the_beat_on_time() {
        let mut scheduler = Scheduler::new(RATE, Duration::from_millis(40));
        scheduler.push(Voice {
            due: Duration::from_secs(11),
            samples: click(9600),
            lead: 4800,
            max_late: LATE,
        });
        let out = simulate(&mut scheduler, 2.0, 1024, 0.04, 0.0, |_| 0.0, |_, _| {});
        let onset = onsets(&out)[0];
        assert!((heard(onset + 4800, 0.0) - 11.0).abs() < 1.0 / f64::from(RATE));
    }

    #[test]
    fn a_voice_a_little_late_plays_at_once_a_stale_one_never_and_cancel_drops_pending() {
        let mut scheduler = Scheduler::new(RATE, Duration::from_millis(40));
        let out = simulate(
            &mut scheduler,
            2.0,
            1024,
            0.04,
            0.0,
            |_| 0.0,
            |s, k| {
                if k == 10 {
                    // Frame 10 240 is heard at 10.213 s: 0.1 s late is played, 2 s late is not.
                    s.push(Voice {
                        due: Duration::from_secs_f64(10.113),
                        samples: click(10),
                        lead: 0,
                        max_late: LATE,
                    });
                    s.push(Voice {
                        due: Duration::from_secs(8),
                        samples: click(10),
                        lead: 0,
                        max_late: LATE,
                    });
                    s.push(Voice {
                        due: Duration::from_secs(60),
                        samples: click(10),
                        lead: 0,
                        max_late: LATE,
                    });
                }
                if k == 20 {
                    s.cancel();
                }
            },
        );
        let found = onsets(&out);
        assert_eq!(
            found,
            [10 * 1024],
            "the late one at once, the cancelled one never"
        );
    }

    #[test]
    fn a_count_held_back_past_its_lateness_is_left_out() {
        let mut scheduler = Scheduler::new(RATE, Duration::from_millis(40));
        let due = Duration::from_secs_f64(10.5);
        // Half a second of announcement, then a count due at the same moment.
        scheduler.push(Voice {
            due,
            samples: click(24_000),
            lead: 0,
            max_late: Duration::from_secs(2),
        });
        scheduler.push(Voice {
            due,
            samples: click(100),
            lead: 0,
            max_late: LATE,
        });
        let out = simulate(&mut scheduler, 1.5, 1024, 0.04, 0.0, |_| 0.0, |_, _| {});
        assert_eq!(onsets(&out).len(), 1);
    }
}
