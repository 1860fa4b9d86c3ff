//! The session player: phase word and colour, a countdown readable from the mat, counters,
//! what comes next, the exercise's picture, instructions and caution, and the controls.

use eframe::egui::{self, Align, Layout, RichText};

use super::{Command, ImageSlot, theme, widgets};
use crate::format;
use crate::routine::Routine;
use crate::session::{Snapshot, State};
use crate::timeline::{Side, Step, StepKind};

/// What the player shows.
pub struct PlayerView<'a> {
    /// The session now.
    pub snapshot: &'a Snapshot,
    /// The routine being done.
    pub routine: &'a Routine,
    /// Pictures by exercise.
    pub images: &'a [ImageSlot],
    /// Sound is off.
    pub muted: bool,
    /// No sound output could be opened.
    pub no_sound: bool,
    /// A short notice (e.g. a file dropped during the session).
    pub notice: Option<&'a str>,
    /// Window is full screen.
    pub fullscreen: bool,
}

/// Draws the player; returns what was pressed.
pub fn show(ui: &mut egui::Ui, view: &PlayerView<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let snap = view.snapshot;
    let window = ui.ctx().content_rect().size();

    egui::Panel::top("player_top").show(ui, |ui| {
        ui.horizontal(|ui| {
            let (index, count) = snap.exercise;
            if let Some(exercise) = view.routine.exercises.get(index) {
                ui.label(RichText::new(format!("Exercise {} of {count}", index + 1)).size(20.0));
                ui.add(
                    egui::Label::new(RichText::new(&exercise.name).size(24.0).strong()).truncate(),
                );
            }
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                top_buttons(ui, view, &mut commands);
                ui.label(
                    RichText::new(format!("{} left", format::clock(snap.session_left))).size(22.0),
                );
            });
        });
    });

    egui::Panel::bottom("player_controls").show(ui, |ui| {
        ui.add_space(6.0);
        controls(ui, snap, &mut commands);
        ui.add_space(6.0);
    });

    egui::CentralPanel::default().show(ui, |ui| {
        let Some(step) = &snap.step else {
            return;
        };
        let wide = ui.available_width() >= 700.0;
        let left_width = if wide {
            ui.available_width() * 0.58
        } else {
            ui.available_width()
        };
        if let Some(notice) = view.notice {
            ui.colored_label(theme::caution_text(ui), notice);
        }
        if wide {
            ui.horizontal_top(|ui| {
                ui.allocate_ui_with_layout(
                    egui::vec2(left_width, ui.available_height()),
                    Layout::top_down(Align::Center),
                    |ui| phase_column(ui, snap, step, window.y, &mut commands),
                );
                ui.separator();
                ui.vertical(|ui| exercise_column(ui, view, step));
            });
        } else {
            ui.vertical_centered(|ui| phase_column(ui, snap, step, window.y, &mut commands));
            // Too narrow for the side column: the caution still shows, below the counters.
            let caution = view
                .routine
                .exercises
                .get(step.exercise)
                .and_then(|e| e.caution.as_ref());
            if let Some(caution) = caution {
                widgets::caution_box(ui, "Caution", caution);
            }
        }
    });
    commands
}

fn top_buttons(ui: &mut egui::Ui, view: &PlayerView<'_>, commands: &mut Vec<Command>) {
    widgets::window_buttons(ui, view.fullscreen, commands);
    let sound = if view.muted { "Sound off" } else { "Sound on" };
    if ui
        .selectable_label(!view.muted, sound)
        .on_hover_text("M")
        .clicked()
    {
        commands.push(Command::ToggleMute);
    }
    if view.no_sound {
        ui.label(RichText::new("No sound output").color(theme::caution_text(ui)))
            .on_hover_text("Follow the screen; sound comes back when an output is available.");
    }
}

fn controls(ui: &mut egui::Ui, snap: &Snapshot, commands: &mut Vec<Command>) {
    let height = 56.0;
    // Below this width "Stop — this hurts" gets a row of its own rather than covering buttons.
    let one_row = ui.available_width() >= 1000.0;
    if !one_row {
        stop_button(ui, egui::vec2(ui.available_width(), height), commands);
    }
    ui.horizontal(|ui| {
        let small = egui::vec2(0.0, height);
        let paused = snap.state == State::Paused;
        if ui
            .add(egui::Button::new("Previous").min_size(small))
            .clicked()
        {
            commands.push(Command::PreviousStep);
        }
        let pause = if paused { "Resume" } else { "Pause" };
        if ui
            .add(
                egui::Button::new(RichText::new(pause).strong())
                    .min_size(egui::vec2(130.0, height)),
            )
            .clicked()
        {
            commands.push(Command::TogglePause);
        }
        if ui.add(egui::Button::new("Next").min_size(small)).clicked() {
            commands.push(Command::NextStep);
        }
        if ui
            .add(egui::Button::new("Restart exercise").min_size(small))
            .clicked()
        {
            commands.push(Command::RestartExercise);
        }
        if ui
            .add(egui::Button::new("End session").min_size(small))
            .clicked()
        {
            commands.push(Command::AskEnd);
        }
        if one_row {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                stop_button(ui, egui::vec2(250.0, height), commands);
            });
        }
    });
}

fn stop_button(ui: &mut egui::Ui, size: egui::Vec2, commands: &mut Vec<Command>) {
    let stop = egui::Button::new(
        RichText::new("Stop — this hurts")
            .size(24.0)
            .strong()
            .color(egui::Color32::WHITE),
    )
    .fill(theme::STOP)
    .min_size(size);
    if ui.add(stop).clicked() {
        commands.push(Command::StopForPain);
    }
}

fn phase_column(
    ui: &mut egui::Ui,
    snap: &Snapshot,
    step: &Step,
    window_height: f32,
    commands: &mut Vec<Command>,
) {
    let colour = theme::phase_colour(step.kind);
    let paused = snap.state == State::Paused;
    ui.add_space(4.0);
    let word = if paused {
        "PAUSED"
    } else {
        theme::phase_word(step.kind)
    };
    let word_colour = if paused {
        ui.visuals().weak_text_color()
    } else {
        colour
    };
    ui.label(
        RichText::new(word)
            .size((window_height * 0.09).max(40.0))
            .strong()
            .color(word_colour),
    );

    match snap.step_left {
        Some(left) => {
            // The digits' height must be at least a quarter of the window.
            let digits = (window_height * 0.36).max(120.0);
            let label = ui.label(
                RichText::new(format::countdown(left))
                    .size(digits)
                    .strong()
                    .monospace(),
            );
            let seconds_word = if format::countdown(left) == "1" {
                "second"
            } else {
                "seconds"
            };
            label.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Label,
                    true,
                    format!("{} {seconds_word} left", format::countdown(left)),
                )
            });
            widgets::progress_bar(ui, ui.available_width() * 0.85, snap.step_progress, colour);
        }
        None => {
            ui.add_space(window_height * 0.03);
            let size = egui::vec2(ui.available_width() * 0.8, (window_height * 0.22).max(90.0));
            if widgets::big_button(ui, "Rep done", size, Some(colour)).clicked() {
                commands.push(Command::RepDone);
            }
            ui.label(
                RichText::new("Press when you have finished this rep (Enter)")
                    .size(20.0)
                    .weak(),
            );
        }
    }
    ui.add_space(8.0);
    ui.label(
        RichText::new(counters(snap))
            .size((window_height * 0.055).max(24.0))
            .strong(),
    );
    if let Some(next) = &snap.next {
        ui.label(
            RichText::new(format!("Next: {}", describe(next)))
                .size((window_height * 0.035).max(18.0)),
        );
    } else {
        ui.label(RichText::new("Last step").size((window_height * 0.035).max(18.0)));
    }
}

fn exercise_column(ui: &mut egui::Ui, view: &PlayerView<'_>, step: &Step) {
    let Some(exercise) = view.routine.exercises.get(step.exercise) else {
        return;
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let max = egui::vec2(ui.available_width(), ui.available_height() * 0.5);
            if let Some(slot) = view.images.get(step.exercise) {
                slot.show(ui, max, &exercise.name);
            }
            if let Some(caution) = &exercise.caution {
                widgets::caution_box(ui, "Caution", caution);
            }
            if let Some(instructions) = &exercise.instructions {
                ui.label(RichText::new(instructions).size(20.0));
            }
        });
}

/// "Rep 4 of 12 · Set 1 of 2 · Left side", or what the step is about.
pub fn counters(snap: &Snapshot) -> String {
    let mut parts = Vec::new();
    let kind = snap.step.as_ref().map(|s| s.kind);
    let rep_step = matches!(
        kind,
        Some(StepKind::Up | StepKind::Hold | StepKind::Down | StepKind::Rep)
    );
    if let Some((rep, of)) = snap.rep.filter(|_| rep_step) {
        parts.push(format!("Rep {rep} of {of}"));
    }
    if let Some((set, of)) = snap.set.filter(|(_, of)| *of > 1) {
        parts.push(format!("Set {set} of {of}"));
    }
    if let Some(side) = snap.side {
        parts.push(side_words(side).to_string());
    }
    if parts.is_empty() {
        parts.push(match kind {
            Some(StepKind::Prepare) => "Get into position".to_string(),
            Some(StepKind::Rest) => "Breathe and relax".to_string(),
            _ => String::new(),
        });
    }
    parts.join(" · ")
}

fn side_words(side: Side) -> &'static str {
    match side {
        Side::Left => "Left side",
        Side::Right => "Right side",
    }
}

/// A step in a few words: "REST 30s", "UP · rep 2", "SWITCH SIDES 5s".
pub fn describe(step: &Step) -> String {
    let mut text = theme::phase_word(step.kind).to_string();
    if let Some(length) = step.duration {
        text.push_str(&format!(" {}", format::duration(length)));
    }
    if let (Some(rep), StepKind::Up | StepKind::Rep) = (step.rep, step.kind) {
        text.push_str(&format!(" · rep {rep}"));
    }
    if step.kind == StepKind::Prepare {
        text.push_str(" for the next exercise");
    }
    text
}
