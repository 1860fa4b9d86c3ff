//! The floor `scripts/bench-ui` measures Repcue against: a bare eframe window with Repcue's
//! renderer (glow) and window size, showing a seconds counter that changes once a second, so
//! it draws one frame a second and nothing else. What no egui timer app can go below on the
//! same machine. With `--sound` it also keeps the default sound output open through rodio,
//! playing silence, as Repcue does while a session runs: the floor of an egui timer that speaks.
//! `cargo run --release --example floor_window [-- --sound]`.

use std::time::{Duration, Instant};

use eframe::egui;

struct Floor {
    started: Instant,
    first_frame: bool,
}

impl eframe::App for Floor {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let elapsed = self.started.elapsed();
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label(
                egui::RichText::new(format!("{}", elapsed.as_secs()))
                    .size(160.0)
                    .strong(),
            );
        });
        // The next whole second, as a timer shows it.
        let into_second = Duration::from_nanos(u64::from(elapsed.subsec_nanos()));
        ui.ctx()
            .request_repaint_after(Duration::from_secs(1).saturating_sub(into_second));
        if !self.first_frame {
            self.first_frame = true;
            // The same line Repcue prints, so the benchmark times both alike.
            if std::env::var_os("REPCUE_REPORT_FIRST_FRAME").is_some() {
                eprintln!("floor: first frame after {} ms", elapsed.as_millis());
            }
        }
    }
}

fn main() -> eframe::Result {
    let started = Instant::now();
    // Kept open until the window closes.
    let _sound = std::env::args().any(|a| a == "--sound").then(|| {
        let sink = rodio::DeviceSinkBuilder::open_default_sink().expect("a sound output");
        let config = sink.config();
        let silence = rodio::source::Zero::new(config.channel_count(), config.sample_rate());
        sink.mixer().add(silence);
        sink
    });
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("floor")
            .with_inner_size([1280.0, 720.0]),
        ..Default::default()
    };
    eframe::run_native(
        "floor",
        native,
        Box::new(move |_cc| {
            Ok(Box::new(Floor {
                started,
                first_frame: false,
            }))
        }),
    )
}
