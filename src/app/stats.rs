//! `REPCUE_FRAME_STATS=1`: a line on stderr for every frame — when it began, the CPU the
//! frame before it took (the UI thread's, and the whole process's between the two), and what
//! asked for it — and a line about memory (textures, font atlas, sound clips) whenever that
//! changes. `scripts/bench-ui` reads them. Off, it costs nothing; on, the lines are written by
//! a thread of their own, never by the UI thread.

use std::collections::{HashMap, VecDeque};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use eframe::egui;

use super::repaint::{self, Why};

/// The variable that turns the statistics on.
pub const ENV: &str = "REPCUE_FRAME_STATS";

/// A request counts as what asked for a frame when it fell due this close before it.
const DUE_SLACK: Duration = Duration::from_millis(3);

/// Frame statistics, when turned on.
pub(super) struct FrameStats {
    /// When each repaint request egui recorded falls due, in the order egui recorded them.
    asked: Arc<Mutex<VecDeque<Option<Instant>>>>,
    sites: HashMap<(&'static str, u32), Why>,
    lines: Sender<String>,
    last: Option<Cpu>,
    memory: String,
}

#[derive(Clone, Copy)]
struct Cpu {
    thread: Duration,
    process: Duration,
}

impl Cpu {
    #[cfg(unix)]
    fn now() -> Self {
        use rustix::time::{ClockId, Timespec, clock_gettime};
        let read = |ts: Timespec| {
            Duration::new(
                u64::try_from(ts.tv_sec).unwrap_or(0),
                u32::try_from(ts.tv_nsec).unwrap_or(0),
            )
        };
        Self {
            thread: read(clock_gettime(ClockId::ThreadCPUTime)),
            process: read(clock_gettime(ClockId::ProcessCPUTime)),
        }
    }

    #[cfg(not(unix))]
    fn now() -> Self {
        Self {
            thread: Duration::ZERO,
            process: Duration::ZERO,
        }
    }
}

impl FrameStats {
    /// Statistics for `ctx` when `REPCUE_FRAME_STATS` is set (and not empty or `0`).
    pub(super) fn from_env(ctx: &egui::Context) -> Option<Self> {
        let on = std::env::var(ENV).is_ok_and(|v| !v.is_empty() && v != "0");
        on.then(|| Self::start(ctx))
    }

    fn start(ctx: &egui::Context) -> Self {
        let asked: Arc<Mutex<VecDeque<Option<Instant>>>> = Arc::default();
        let queue = asked.clone();
        // Called by egui right after it records each request, under its own lock.
        ctx.set_repaint_observer(move |info| {
            if let Ok(mut queue) = queue.lock() {
                queue.push_back(Instant::now().checked_add(info.delay));
            }
        });
        let (lines, inbox) = channel::<String>();
        let spawned = std::thread::Builder::new()
            .name("repcue-stats".into())
            .spawn(move || {
                for line in inbox {
                    eprintln!("{line}");
                }
            });
        if let Err(err) = spawned {
            log::warn!("frame statistics are off: {err}");
        }
        Self {
            asked,
            sites: repaint::sites(),
            lines,
            last: None,
            memory: String::new(),
        }
    }

    /// Notes a frame beginning now (call first thing in the frame).
    pub(super) fn frame(&mut self, ctx: &egui::Context, clips: usize) {
        let cpu = Cpu::now();
        let why = self.why(ctx);
        let (ui_us, process_us) = self.last.map_or((0, 0), |last| {
            (
                cpu.thread.saturating_sub(last.thread).as_micros(),
                cpu.process.saturating_sub(last.process).as_micros(),
            )
        });
        self.last = Some(cpu);
        let unix = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs_f64();
        let _ = self.lines.send(format!(
            "repcue-frame unix={unix:.3} ui_us={ui_us} process_us={process_us} why={}",
            why.join(",")
        ));
        let memory = memory(ctx, clips);
        if memory != self.memory {
            let _ = self
                .lines
                .send(format!("repcue-memory unix={unix:.3} {memory}"));
            self.memory = memory;
        }
    }

    /// What asked for the frame beginning now: the requests that fell due, input, or else
    /// egui's own follow-up pass.
    fn why(&mut self, ctx: &egui::Context) -> Vec<String> {
        let now = Instant::now();
        let causes = ctx.repaint_causes();
        let due: Vec<Option<Instant>> = match self.asked.lock() {
            Ok(mut queue) => {
                let n = causes.len().min(queue.len());
                queue.drain(..n).collect()
            }
            Err(_) => Vec::new(),
        };
        let mut why: Vec<String> = causes
            .iter()
            .zip(due)
            .filter(|(_, due)| due.is_some_and(|due| due <= now + DUE_SLACK))
            .map(
                |(cause, _)| match self.sites.get(&(cause.file, cause.line)) {
                    Some(why) => why.name().to_string(),
                    None => format!("egui:{}:{}", short(cause.file), cause.line),
                },
            )
            .collect();
        if ctx.input(|i| !i.raw.events.is_empty() || !i.raw.hovered_files.is_empty()) {
            why.push("input".into());
        }
        why.sort();
        why.dedup();
        if why.is_empty() {
            // egui's own second pass after an immediate request, or the window system's.
            why.push("follow-up".into());
        }
        why
    }
}

/// Textures (the font atlas among them) and the sound clips, in bytes.
fn memory(ctx: &egui::Context, clips: usize) -> String {
    let manager = ctx.tex_manager();
    let textures = manager.read();
    let mut parts: Vec<String> = textures
        .allocated()
        .map(|(_, meta)| {
            format!(
                "{}={}x{}:{}",
                meta.name.replace(' ', "_"),
                meta.size[0],
                meta.size[1],
                meta.bytes_used()
            )
        })
        .collect();
    parts.sort();
    let total: usize = textures.allocated().map(|(_, m)| m.bytes_used()).sum();
    format!(
        "textures_bytes={total} clips_bytes={clips} {}",
        parts.join(" ")
    )
}

/// The last two parts of a path, enough to find a line in egui's sources.
fn short(file: &str) -> &str {
    let mut cut = file.len();
    for _ in 0..2 {
        match file[..cut].rfind(['/', '\\']) {
            Some(at) => cut = at,
            None => return file,
        }
    }
    &file[cut + 1..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn egui_places_are_named_by_their_last_two_parts() {
        assert_eq!(
            short("/home/x/egui-0.37.0/src/context.rs"),
            "src/context.rs"
        );
        assert_eq!(short("context.rs"), "context.rs");
    }

    #[test]
    fn a_frame_is_put_down_to_the_request_that_fell_due() {
        let ctx = egui::Context::default();
        let mut stats = FrameStats::start(&ctx);
        repaint::ask(&ctx, Why::Countdown, Duration::from_secs(60));
        repaint::now(&ctx, Why::SessionStep);
        let mut why = Vec::new();
        ctx.run_ui(egui::RawInput::default(), |ui| {
            why = stats.why(ui.ctx());
        })
        .textures_delta
        .clear();
        // The countdown's request is not due for a minute: the session step asked.
        assert_eq!(why, ["session-step"]);
        // The next frame, with nothing asked meanwhile but egui's own first-frame requests.
        ctx.run_ui(egui::RawInput::default(), |ui| {
            why = stats.why(ui.ctx());
        })
        .textures_delta
        .clear();
        assert!(!why.contains(&"session-step".to_string()), "{why:?}");
    }
}
