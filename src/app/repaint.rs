//! Every frame Repcue asks for, by name. The window draws only when something it shows has
//! changed; each reason below is one call into egui, so `REPCUE_FRAME_STATS` can tell which
//! of them asked for a frame (see [`super::stats`]).

use std::collections::HashMap;
use std::time::Duration;

use eframe::egui;

/// Why a frame is wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Why {
    /// The countdown's digit changes (the bar moves with it).
    Countdown,
    /// The session moved to another step, paused, or ended (the session thread).
    SessionStep,
    /// A background job finished: a routine, a picture, a file written.
    Worker,
    /// The history reported something (opened, a session recorded, a problem).
    Recorder,
    /// The sound output's status changed (a device found or lost, words ready).
    Sound,
    /// A setting or a note settles before it is saved.
    Settle,
    /// `--start` waits for the sound output.
    AudioWait,
    /// The day changes: a programme's overview shows another day.
    Midnight,
    /// A command was applied after the frame that asked for it was laid out.
    Command,
}

impl Why {
    /// Every reason, for naming them.
    pub const ALL: [Why; 9] = [
        Why::Countdown,
        Why::SessionStep,
        Why::Worker,
        Why::Recorder,
        Why::Sound,
        Why::Settle,
        Why::AudioWait,
        Why::Midnight,
        Why::Command,
    ];

    /// Its name in the frame statistics.
    pub fn name(self) -> &'static str {
        match self {
            Why::Countdown => "countdown",
            Why::SessionStep => "session-step",
            Why::Worker => "worker",
            Why::Recorder => "recorder",
            Why::Sound => "sound",
            Why::Settle => "settle",
            Why::AudioWait => "audio-wait",
            Why::Midnight => "midnight",
            Why::Command => "command",
        }
    }
}

/// The shortest wait asked for. egui answers a zero delay with two frames (the second for
/// widgets that settle a frame late); what Repcue shows after one of these is complete in one.
const AT_ONCE: Duration = Duration::from_millis(1);

/// Asks for one frame after `delay` (at once when zero), for `why`.
pub fn ask(ctx: &egui::Context, why: Why, delay: Duration) {
    let delay = delay.max(AT_ONCE);
    // One call per reason, so egui records each at its own line.
    match why {
        Why::Countdown => ctx.request_repaint_after(delay),
        Why::SessionStep => ctx.request_repaint_after(delay),
        Why::Worker => ctx.request_repaint_after(delay),
        Why::Recorder => ctx.request_repaint_after(delay),
        Why::Sound => ctx.request_repaint_after(delay),
        Why::Settle => ctx.request_repaint_after(delay),
        Why::AudioWait => ctx.request_repaint_after(delay),
        Why::Midnight => ctx.request_repaint_after(delay),
        Why::Command => ctx.request_repaint_after(delay),
    }
}

/// Asks for a frame at once, for `why` (from any thread).
pub fn now(ctx: &egui::Context, why: Why) {
    ask(ctx, why, Duration::ZERO);
}

/// Where in this file each reason calls egui, as egui records it: found by asking once for
/// each on a context of its own.
pub(super) fn sites() -> HashMap<(&'static str, u32), Why> {
    let ctx = egui::Context::default();
    let mut sites = HashMap::new();
    for why in Why::ALL {
        now(&ctx, why);
        // Nothing is painted: the font atlas egui hands over is let go.
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        // egui's own requests during the pass are not ours to name.
        for cause in ctx.repaint_causes() {
            if cause.file == file!() {
                sites.insert((cause.file, cause.line), why);
            }
        }
    }
    sites
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_reason_is_told_apart_by_where_it_asks() {
        let sites = sites();
        for why in Why::ALL {
            assert_eq!(
                sites.values().filter(|w| **w == why).count(),
                1,
                "{why:?} in {sites:?}"
            );
        }
    }
}
