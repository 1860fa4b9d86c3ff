//! Fuzzes the routine loader: any bytes must either load, or fail with an error that renders.
//! A routine that loads must compile to a timeline that agrees with the closed-form totals.
#![no_main]

use libfuzzer_sys::fuzz_target;
use repcue::routine;
use repcue::timeline::Timeline;

fuzz_target!(|data: &[u8]| {
    match routine::parse_bytes(data, "fuzz.toml") {
        Ok(routine) => {
            let timeline = Timeline::new(&routine);
            assert_eq!(
                timeline.total,
                routine.planned_time(),
                "timeline total differs from the planned time"
            );
            assert_eq!(
                timeline.steps.len() as u64,
                routine.step_count(),
                "timeline step count differs from the closed form"
            );
        }
        Err(err) => {
            let _ = err.to_string();
        }
    }
});
