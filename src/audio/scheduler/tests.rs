//! The scheduler's timing, checked sample by sample against simulated devices.

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
