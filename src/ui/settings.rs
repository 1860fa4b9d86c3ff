//! The Settings screen: sound, countdown, theme, text size, the pain check, reminders, and
//! where Repcue keeps its files. Every change is applied and saved at once.

use eframe::egui::{self, RichText};

use super::reminders::ReminderView;
use super::{Command, widgets};
use crate::store::Paths;
use crate::store::settings::{Settings, TEXT_SIZES, Theme};

/// What the Settings screen shows.
pub struct SettingsView<'a> {
    /// The settings now.
    pub settings: Settings,
    /// The reminders.
    pub reminders: ReminderView,
    /// Problems found in the settings file.
    pub problems: &'a [String],
    /// Where files are kept (`None`: nothing is kept).
    pub paths: Option<&'a Paths>,
    /// Something to say about sound (e.g. no output device).
    pub sound_notice: Option<(&'a str, &'a str)>,
    /// Window is full screen.
    pub fullscreen: bool,
}

/// Draws the Settings screen.
pub fn show(ui: &mut egui::Ui, view: &SettingsView<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let s = view.settings;
    widgets::back_bar(
        ui,
        "Settings",
        view.fullscreen,
        Some(("History", Command::ShowHistory)),
        &mut commands,
    );
    egui::CentralPanel::default().show(ui, |ui| {
        widgets::scroll(ui, "settings")
            .show(ui, |ui| {
                for problem in view.problems {
                    widgets::caution_box(ui, "Settings file", problem);
                }
                section(ui, "Sound");
                if let Some((notice, detail)) = view.sound_notice {
                    widgets::notice_with_details(ui, "settings_sound", notice, detail);
                }
                widgets::sound_controls(ui, s.sound, &mut commands);
                let mut countdown = s.sound.countdown;
                if ui
                    .checkbox(
                        &mut countdown,
                        "Get-ready countdown: \"three, two, one\" (ticks with beeps) before each exercise, rest and side switch",
                    )
                    .changed()
                {
                    commands.push(Command::SetCountdown(countdown));
                }

                section(ui, "Display");
                ui.horizontal(|ui| {
                    ui.label("Theme:");
                    for (theme, label) in [
                        (Theme::System, "Follow the system"),
                        (Theme::Light, "Light"),
                        (Theme::Dark, "Dark"),
                    ] {
                        if ui.radio(s.theme == theme, label).clicked() {
                            commands.push(Command::SetTheme(theme));
                        }
                    }
                });
                ui.horizontal(|ui| {
                    let step = s.text_size_step();
                    ui.label(format!("Text size: {:.0} %", TEXT_SIZES[step] * 100.0));
                    if ui
                        .add_enabled(step > 0, egui::Button::new("Smaller text"))
                        .on_hover_text("Ctrl+-")
                        .clicked()
                    {
                        commands.push(Command::TextSize(-1));
                    }
                    if ui
                        .add_enabled(
                            step + 1 < TEXT_SIZES.len(),
                            egui::Button::new("Larger text"),
                        )
                        .on_hover_text("Ctrl+=")
                        .clicked()
                    {
                        commands.push(Command::TextSize(1));
                    }
                    if ui
                        .button("Normal text size")
                        .on_hover_text("Ctrl+0")
                        .clicked()
                    {
                        commands.push(Command::TextSize(0));
                    }
                });

                section(ui, "Sessions");
                let mut pain_check = s.pain_check;
                if ui
                    .checkbox(
                        &mut pain_check,
                        "Ask \"How is your pain right now?\" before each session",
                    )
                    .changed()
                {
                    commands.push(Command::SetPainCheck(pain_check));
                }

                section(ui, "Reminders");
                super::reminders::show(ui, &view.reminders, &mut commands);

                section(ui, "About");
                ui.label(format!(
                    "Repcue {} — works offline, keeps everything on this computer.",
                    env!("CARGO_PKG_VERSION")
                ));
                match view.paths {
                    Some(paths) => widgets::details(ui, "settings_details", |ui| {
                        let file = paths.config.join(crate::store::settings::FILE_NAME);
                        egui::Grid::new("settings_paths")
                            .num_columns(2)
                            .spacing([16.0, 6.0])
                            .show(ui, |ui| {
                                ui.label("Settings file");
                                ui.label(RichText::new(file.display().to_string()).monospace());
                                ui.end_row();
                                ui.label("History folder");
                                ui.label(
                                    RichText::new(paths.data.display().to_string()).monospace(),
                                );
                                ui.end_row();
                            });
                        ui.label(
                            RichText::new(format!(
                                "Start Repcue with --home FOLDER (or set {}) to keep everything in another folder, \
                                 for example on a USB stick.",
                                crate::store::HOME_ENV
                            ))
                            .weak(),
                        );
                    }),
                    None => {
                        ui.label(
                            "This system has no home folder: settings and history are not kept.",
                        );
                    }
                }
            });
    });
    commands
}

fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(12.0);
    ui.label(RichText::new(title).size(22.0).strong());
}
