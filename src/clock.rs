//! Where "now" comes from: the real monotonic clock, or a manual one that tests move by hand.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A monotonic time source; readings are time since an arbitrary origin.
pub trait Clock: Send + Sync {
    /// The current reading.
    fn now(&self) -> Duration;

    /// The date and time now, for the history (sessions are dated when they start).
    fn wall_now(&self) -> jiff::Timestamp {
        jiff::Timestamp::now()
    }
}

/// The system's monotonic clock, counted from when this value was made.
#[derive(Debug, Clone, Copy)]
pub struct MonotonicClock {
    origin: Instant,
}

impl MonotonicClock {
    /// A clock reading zero now.
    pub fn new() -> Self {
        Self {
            origin: Instant::now(),
        }
    }
}

impl Default for MonotonicClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for MonotonicClock {
    fn now(&self) -> Duration {
        self.origin.elapsed()
    }
}

/// A clock that only moves when told to; clones share the same time.
#[derive(Debug, Clone, Default)]
pub struct ManualClock {
    nanos: Arc<AtomicU64>,
}

/// The date and time a [`ManualClock`] reads at zero: Monday 5 January 2026, 09:00 UTC.
pub const MANUAL_EPOCH_SECONDS: i64 = 1_767_603_600;

impl ManualClock {
    /// A clock reading zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// Moves time forward.
    pub fn advance(&self, by: Duration) {
        self.nanos.fetch_add(by.as_nanos() as u64, Ordering::SeqCst);
    }

    /// Sets the reading (tests only ever move it forward).
    pub fn set(&self, to: Duration) {
        self.nanos.store(to.as_nanos() as u64, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        Duration::from_nanos(self.nanos.load(Ordering::SeqCst))
    }

    fn wall_now(&self) -> jiff::Timestamp {
        let epoch = jiff::Timestamp::from_second(MANUAL_EPOCH_SECONDS).unwrap_or_default();
        let elapsed = jiff::SignedDuration::try_from(self.now()).unwrap_or_default();
        epoch.checked_add(elapsed).unwrap_or(epoch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_moves_only_when_told_and_clones_share_it() {
        let clock = ManualClock::new();
        let other = clock.clone();
        assert_eq!(clock.now(), Duration::ZERO);
        other.advance(Duration::from_millis(1500));
        assert_eq!(clock.now(), Duration::from_millis(1500));
        clock.set(Duration::from_secs(10));
        assert_eq!(other.now(), Duration::from_secs(10));
    }

    #[test]
    fn monotonic_clock_never_goes_back() {
        let clock = MonotonicClock::new();
        let first = clock.now();
        assert!(clock.now() >= first);
    }
}
