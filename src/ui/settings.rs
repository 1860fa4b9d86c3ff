//! The Settings screen: sound, countdown, theme, text size, language, the pain check, reminders,
//! and where Repcue keeps its files. Every change is applied and saved at once.

use eframe::egui::{self, RichText};

use super::reminders::ReminderView;
use super::{Command, widgets};
use crate::i18n::Choice;
use crate::store::Paths;
use crate::store::settings::{Settings, TEXT_SIZES, Theme};
use crate::t;

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
        &t!("settings-title"),
        view.fullscreen,
        Some((&t!("settings-history-button"), Command::ShowHistory)),
        &mut commands,
    );
    egui::CentralPanel::default().show(ui, |ui| {
        widgets::scroll(ui, "settings").show(ui, |ui| {
            for problem in view.problems {
                widgets::caution_box(ui, &t!("settings-file-problem"), problem);
            }
            section(ui, &t!("settings-section-sound"));
            if let Some((notice, detail)) = view.sound_notice {
                widgets::notice_with_details(ui, "settings_sound", notice, detail);
            }
            widgets::sound_controls(ui, s.sound, &mut commands);
            let mut countdown = s.sound.countdown;
            if ui
                .checkbox(&mut countdown, t!("settings-countdown"))
                .changed()
            {
                commands.push(Command::SetCountdown(countdown));
            }

            section(ui, &t!("settings-section-display"));
            ui.horizontal(|ui| {
                ui.label(t!("settings-theme"));
                for (theme, label) in [
                    (Theme::System, t!("settings-theme-system")),
                    (Theme::Light, t!("settings-theme-light")),
                    (Theme::Dark, t!("settings-theme-dark")),
                ] {
                    if ui.radio(s.theme == theme, label).clicked() {
                        commands.push(Command::SetTheme(theme));
                    }
                }
            });
            ui.horizontal(|ui| {
                let step = s.text_size_step();
                ui.label(t!(
                    "settings-text-size",
                    percent = format!("{:.0}", TEXT_SIZES[step] * 100.0)
                ));
                if ui
                    .add_enabled(step > 0, egui::Button::new(t!("settings-text-smaller")))
                    .on_hover_text("Ctrl+-")
                    .clicked()
                {
                    commands.push(Command::TextSize(-1));
                }
                if ui
                    .add_enabled(
                        step + 1 < TEXT_SIZES.len(),
                        egui::Button::new(t!("settings-text-larger")),
                    )
                    .on_hover_text("Ctrl+=")
                    .clicked()
                {
                    commands.push(Command::TextSize(1));
                }
                if ui
                    .button(t!("settings-text-normal"))
                    .on_hover_text("Ctrl+0")
                    .clicked()
                {
                    commands.push(Command::TextSize(0));
                }
            });

            section(ui, &t!("settings-section-sessions"));
            let mut pain_check = s.pain_check;
            if ui
                .checkbox(&mut pain_check, t!("settings-pain-check"))
                .changed()
            {
                commands.push(Command::SetPainCheck(pain_check));
            }

            section(ui, &t!("settings-section-reminders"));
            super::reminders::show(ui, &view.reminders, &mut commands);

            section(ui, &t!("settings-section-language"));
            language(ui, s.language, &mut commands);

            section(ui, &t!("settings-section-about"));
            ui.label(t!("settings-about", version = env!("CARGO_PKG_VERSION")));
            match view.paths {
                Some(paths) => widgets::details(ui, "settings_details", |ui| {
                    let file = paths.config.join(crate::store::settings::FILE_NAME);
                    egui::Grid::new("settings_paths")
                        .num_columns(2)
                        .spacing([16.0, 6.0])
                        .show(ui, |ui| {
                            ui.label(t!("settings-file"));
                            ui.label(RichText::new(file.display().to_string()).monospace());
                            ui.end_row();
                            ui.label(t!("settings-history-folder"));
                            ui.label(RichText::new(paths.data.display().to_string()).monospace());
                            ui.end_row();
                        });
                    ui.label(
                        RichText::new(t!("settings-home-hint", variable = crate::store::HOME_ENV))
                            .weak(),
                    );
                }),
                None => {
                    ui.label(t!("settings-no-home"));
                }
            }
        });
    });
    commands
}

/// The language of the words on screen and spoken: the system's, or one named in itself
/// ("English", "Español") so a person who cannot read the current one still finds theirs.
fn language(ui: &mut egui::Ui, chosen: Choice, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for choice in Choice::ALL {
            let label = match choice {
                Choice::System => t!("settings-language-system"),
                Choice::English | Choice::Spanish => choice.resolve().native_name().to_string(),
            };
            if ui.radio(chosen == choice, label).clicked() && chosen != choice {
                commands.push(Command::SetLanguage(choice));
            }
        }
    });
}

fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(12.0);
    ui.label(RichText::new(title).size(22.0).strong());
}
