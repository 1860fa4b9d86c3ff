//! The overview: the routine, its exercises and total, the safety notice, Start, and opening
//! another routine (dialog, typed path, drop, recent list).

use std::path::PathBuf;

use eframe::egui::{self, Align, Layout, RichText};

use super::{Command, ImageSlot, theme, widgets};
use crate::format;
use crate::routine::{LoadError, Pace, Routine};
use crate::safety;
use crate::store::settings::SoundSettings;
use crate::t;
use crate::timeline::Timeline;

/// What the overview shows.
pub struct OverviewView<'a> {
    /// Sound settings.
    pub sound: SoundSettings,
    /// Something to say about sound (e.g. no output device).
    pub sound_notice: Option<(&'a str, &'a str)>,
    /// The routine's own words cannot be spoken: (what to do, why), said once here.
    pub speech_notice: Option<(&'a str, &'a str)>,
    /// Intro clips that cannot be played: (exercise index, why).
    pub sound_problems: &'a [(usize, String)],
    /// The loaded routine.
    pub routine: &'a Routine,
    /// Its plan.
    pub timeline: &'a Timeline,
    /// Where it came from, for the window and the header.
    pub origin: &'a str,
    /// Pictures by exercise.
    pub images: &'a [ImageSlot],
    /// The last routine that failed to open, with every problem.
    pub error: Option<&'a LoadError>,
    /// A short notice (e.g. a file that is not a routine).
    pub notice: Option<&'a str>,
    /// Recently opened routines.
    pub recent: &'a [PathBuf],
    /// A routine is being read.
    pub loading: bool,
    /// Window is full screen.
    pub fullscreen: bool,
    /// Something the person should know about their history (moved aside, recovered).
    pub history_notice: Option<&'a str>,
    /// Where the patient stands in the routine's programme, when it has a `[schedule]`.
    pub programme: Option<super::programme::ProgrammeView<'a>>,
    /// Last week's plan, to mark what changed this week.
    pub last_week: Option<&'a Routine>,
    /// The last handout written: success, and where it went (or why not).
    pub handout: Option<(bool, &'a str)>,
}

/// Draws the overview. `path_input` is the "open a file" text field.
pub fn show(ui: &mut egui::Ui, view: &OverviewView<'_>, path_input: &mut String) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::Panel::top("overview_top").show(ui, |ui| {
        // The name on the left and the buttons on the right, or, when the window is too narrow
        // for both (a small screen, the largest text), one after the other, wrapping.
        let needed = 900.0;
        if ui.available_width() >= needed {
            ui.horizontal(|ui| {
                title(ui, view.origin);
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    top_buttons(ui, view.fullscreen, &mut commands);
                });
            });
        } else {
            ui.horizontal_wrapped(|ui| {
                title(ui, view.origin);
                top_buttons(ui, view.fullscreen, &mut commands);
            });
        }
    });

    egui::Panel::bottom("overview_start").show(ui, |ui| {
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let duration = format::duration(view.timeline.total);
            let total = if view.routine.has_self_paced() {
                t!("overview-total-self-paced", duration = duration)
            } else {
                t!("overview-total", duration = duration)
            };
            ui.label(RichText::new(total).size(26.0).strong());
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let start = widgets::big_button(
                    ui,
                    &t!("overview-start"),
                    egui::vec2(220.0, 64.0),
                    Some(theme::phase_colour(crate::timeline::StepKind::Rest)),
                );
                if start.clicked() {
                    commands.push(Command::Start);
                }
            });
        });
        ui.add_space(8.0);
    });

    egui::CentralPanel::default().show(ui, |ui| {
        widgets::scroll(ui, "overview").show(ui, |ui| {
            if let Some(error) = view.error {
                error_box(ui, error, &mut commands);
            }
            if let Some(notice) = view.notice {
                ui.colored_label(theme::ERROR, notice);
            }
            if let Some((ok, text)) = view.handout {
                let colour = if ok {
                    ui.visuals().strong_text_color()
                } else {
                    theme::ERROR
                };
                ui.colored_label(colour, text);
            }
            if let Some(notice) = view.history_notice {
                widgets::caution_box(ui, &t!("overview-history-notice-title"), notice);
                if ui.button(t!("overview-open-history")).clicked() {
                    commands.push(Command::ShowHistory);
                }
            }
            if view.loading {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t!("overview-checking"));
                });
            }
            routine_header(ui, view.routine);
            if ui
                .button(t!("overview-print-handout"))
                .on_hover_text(t!("overview-print-handout-hint"))
                .clicked()
            {
                commands.push(Command::PrintHandout);
            }
            if let Some(programme) = &view.programme {
                super::programme::show(ui, programme);
            }
            widgets::caution_box(ui, &t!("overview-safety"), &safety::notice());
            ui.add_space(6.0);
            let count = view.routine.exercises.len();
            for index in 0..count {
                exercise_row(ui, view, index);
                if index + 1 < count {
                    ui.separator();
                }
            }
            ui.add_space(12.0);
            egui::CollapsingHeader::new(
                RichText::new(t!("overview-warning-signs"))
                    .size(22.0)
                    .strong(),
            )
            .id_salt("overview_warnings")
            .show(ui, |ui| {
                widgets::warning_signs(ui, &crate::safety::Warnings::of(view.routine));
            });
            ui.add_space(16.0);
            sound_section(ui, view, &mut commands);
            ui.add_space(16.0);
            open_section(ui, view, path_input, &mut commands);
        });
    });
    commands
}

fn title(ui: &mut egui::Ui, origin: &str) {
    ui.label(RichText::new("Repcue").size(24.0).strong());
    // The file's name only: the full path would run under the buttons.
    let name = std::path::Path::new(origin)
        .file_name()
        .map_or(origin.into(), |n| n.to_string_lossy());
    ui.label(RichText::new(name.as_ref()).weak())
        .on_hover_text(origin);
}

fn top_buttons(ui: &mut egui::Ui, fullscreen: bool, commands: &mut Vec<Command>) {
    widgets::window_buttons(ui, fullscreen, commands);
    if ui.button(t!("overview-settings")).clicked() {
        commands.push(Command::ShowSettings);
    }
    if ui
        .button(t!("overview-history"))
        .on_hover_text(t!("overview-history-hint"))
        .clicked()
    {
        commands.push(Command::ShowHistory);
    }
    if ui
        .button(t!("overview-open-routine"))
        .on_hover_text(t!("overview-open-routine-hint"))
        .clicked()
    {
        commands.push(Command::OpenDialog);
    }
}

fn routine_header(ui: &mut egui::Ui, routine: &Routine) {
    ui.label(RichText::new(&routine.title).size(34.0).strong());
    if let Some(author) = &routine.author {
        ui.label(RichText::new(t!("overview-author", author = author)).weak());
    }
    if let Some(notes) = &routine.notes {
        ui.label(notes);
    }
}

fn exercise_row(ui: &mut egui::Ui, view: &OverviewView<'_>, index: usize) {
    let exercise = &view.routine.exercises[index];
    ui.horizontal(|ui| {
        if let Some(slot @ ImageSlot::Ready(_)) = view.images.get(index) {
            slot.show(ui, egui::vec2(96.0, 72.0), &exercise.name);
        }
        ui.vertical(|ui| exercise_text(ui, view, index));
    });
}

fn exercise_text(ui: &mut egui::Ui, view: &OverviewView<'_>, index: usize) {
    let exercise = &view.routine.exercises[index];
    let plan = &view.timeline.exercises[index];
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{}.", index + 1)).size(24.0).weak());
        ui.label(RichText::new(&exercise.name).size(24.0).strong());
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let duration = format::duration(plan.planned);
            let time = if exercise.pace == Pace::SelfPaced {
                t!("overview-time-self-paced", duration = duration)
            } else {
                duration
            };
            ui.label(RichText::new(time).size(20.0));
        });
    });
    ui.label(RichText::new(crate::routine::words::prescription(exercise)).size(20.0));
    if let Some(before) = view.last_week.and_then(|r| r.exercises.get(index)) {
        let changes = crate::routine::words::changes(exercise, before);
        if !changes.is_empty() {
            let text = t!("overview-new-this-week", changes = changes.join(" · "));
            ui.label(
                RichText::new(text)
                    .size(20.0)
                    .strong()
                    .color(theme::phase_text(ui, crate::timeline::StepKind::Up)),
            );
        }
    }
    if let Some(rests) = crate::routine::words::rests(exercise) {
        ui.label(RichText::new(rests).weak());
    }
    if let Some(caution) = &exercise.caution {
        ui.label(
            RichText::new(t!("overview-caution", caution = caution)).color(theme::caution_text(ui)),
        );
    }
    if let Some(ImageSlot::Failed(message)) = view.images.get(index) {
        ui.label(RichText::new(t!("overview-picture-not-shown", message = message)).weak());
    }
    for (_, problem) in view.sound_problems.iter().filter(|(i, _)| *i == index) {
        ui.label(RichText::new(t!("overview-intro-clip-not-played", problem = problem)).weak());
    }
}

fn error_box(ui: &mut egui::Ui, error: &LoadError, commands: &mut Vec<Command>) {
    egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, theme::ERROR))
        .corner_radius(8.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(t!("overview-load-failed"))
                        .strong()
                        .color(theme::ERROR),
                );
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if ui.button(t!("overview-dismiss")).clicked() {
                        commands.push(Command::DismissError);
                    }
                });
            });
            ui.label(RichText::new(error.to_string()).monospace());
        });
    ui.add_space(8.0);
}

fn sound_section(ui: &mut egui::Ui, view: &OverviewView<'_>, commands: &mut Vec<Command>) {
    ui.label(RichText::new(t!("overview-sound")).size(22.0).strong());
    if let Some((notice, detail)) = view.sound_notice {
        widgets::notice_with_details(ui, "overview_sound", notice, detail);
    }
    if let Some((notice, detail)) = view.speech_notice {
        widgets::notice_with_details(ui, "overview_speech", notice, detail);
    }
    widgets::sound_controls(ui, view.sound, &mut *commands);
}

fn open_section(
    ui: &mut egui::Ui,
    view: &OverviewView<'_>,
    path_input: &mut String,
    commands: &mut Vec<Command>,
) {
    ui.label(
        RichText::new(t!("overview-open-another"))
            .size(22.0)
            .strong(),
    );
    ui.label(RichText::new(t!("overview-open-help")).weak());
    ui.horizontal(|ui| {
        let field = egui::TextEdit::singleline(path_input)
            .hint_text(t!("overview-path-hint"))
            .desired_width(ui.available_width() - 120.0);
        let response = ui.add(field).accessible_name(t!("overview-path-label"));
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(t!("overview-open")).clicked() || entered) && !path_input.trim().is_empty() {
            commands.push(Command::Open(PathBuf::from(path_input.trim())));
        }
    });
    if !view.recent.is_empty() {
        ui.label(RichText::new(t!("overview-recent")).strong());
        for path in view.recent {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let response = ui
                .link(format!(
                    "{name}  ({})",
                    path.parent()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default()
                ))
                .accessible_name(t!("overview-open-recent", name = &name));
            if response.clicked() {
                commands.push(Command::Open(path.clone()));
            }
        }
    }
}
